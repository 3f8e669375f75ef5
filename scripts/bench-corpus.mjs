// The bench's corpus: the seeds and the boilerplate pages, repeated to 5 MB. Shared by `npm run bench` and the
// one-thread run it starts in a fresh process.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const MB = 1024 * 1024;

export function readCorpus() {
  const seeds = readdirSync(join(root, 'seeds')).map((name) => readFileSync(join(root, 'seeds', name), 'utf8'));
  const pagesDir = join(root, 'fixtures/boilerplate');
  const pages = readdirSync(pagesDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(pagesDir, name), 'utf8'));
  const base = [...seeds, ...pages];
  const corpus = [];
  let bytes = 0;
  while (bytes < 5 * MB) {
    for (const article of base) {
      corpus.push(article);
      bytes += Buffer.byteLength(article);
    }
  }
  return corpus;
}

/** CPU seconds of every thread of this process. */
export function cpuSeconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Runs `work` over the corpus and gives documents per second and the CPU milliseconds per document. */
export async function throughput(corpus, work) {
  const [cpu0, t0] = [cpuSeconds(), performance.now()];
  await work();
  return { perSecond: corpus.length / ((performance.now() - t0) / 1000), cpuMs: ((cpuSeconds() - cpu0) * 1000) / corpus.length };
}
