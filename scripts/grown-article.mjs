// The long article the memory measurements read (`npm run bench`, scripts/memory-profile.mjs): the seed articles'
// paragraphs, each numbered so that the cleaner keeps every copy, repeated to the size asked for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const seedsDir = new URL('../seeds/', import.meta.url).pathname;
const MB = 1024 * 1024;

export function seedArticles() {
  return readdirSync(seedsDir).map((name) => readFileSync(join(seedsDir, name), 'utf8'));
}

export function grownArticle(mb) {
  const paragraphs = seedArticles()
    .join('\n\n')
    .split(/\n+/)
    .filter((line) => line.length > 80);
  const parts = [];
  for (let i = 0, size = 0; size < mb * MB; i++) {
    const paragraph = `${paragraphs[i % paragraphs.length]} (${i})`;
    parts.push(paragraph);
    size += paragraph.length + 2;
  }
  return parts.join('\n\n').slice(0, mb * MB);
}
