// Stance accuracy on the seed gold claims, before the pipeline matches claims: each gold quote becomes a draft
// (cue = nearest verb) and the stance refiner runs over them. Run: npx tsx test/enrich/stance/measure-gold.ts [-v]
import { readFileSync, readdirSync } from 'node:fs';
import { createContext, withSettings } from '../../../src/core/context.js';
import { stanceRefiner } from '../../../src/enrich/stance/index.js';
import { resolveOptions } from '../../../src/pipeline/options.js';
import type { Stance, Topic } from '../../../src/core/schema.js';
import { analyseLines, draftsFor } from './helpers.js';

const root = new URL('../../../', import.meta.url).pathname;
const verbose = process.argv.includes('-v');
const labels: Stance[] = ['support', 'oppose', 'conditional', 'neutral'];
const confusion = new Map<string, number>();
let right = 0;
let total = 0;
for (const file of readdirSync(`${root}fixtures/seeds`).filter((name) => name.endsWith('.json'))) {
  const gold = JSON.parse(readFileSync(`${root}fixtures/seeds/${file}`, 'utf8')) as {
    file: string;
    topic: Topic;
    claims: Array<{ speaker: string | null; quote: string; stance: Stance }>;
  };
  const raw = readFileSync(`${root}seeds/${gold.file}`, 'utf8');
  const analysis = analyseLines(raw);
  const seen = new Map<string, number>();
  const claims = gold.claims.map((claim) => {
    const key = `${claim.quote}`;
    const occurrence = claim.speaker && seen.has(`${key}|${claim.speaker}`) ? 1 : 0;
    seen.set(`${key}|${claim.speaker}`, 1);
    return { quote: claim.quote, occurrence, ...(claim.speaker ? { speaker: claim.speaker } : {}) };
  });
  const drafts = draftsFor(raw, analysis, claims);
  const options = resolveOptions({ topic: gold.topic, refiners: [] });
  const ctx = withSettings(createContext(raw, { title: null, publisher: null, published: null, provenance: { title: null, publisher: null, published: null } }), options.enrich);
  const refined = stanceRefiner.refine(ctx, analysis, drafts);
  refined.forEach((draft, index) => {
    const expected = gold.claims[index]!.stance;
    total++;
    if (draft.stance === expected) right++;
    const key = `${expected}>${draft.stance}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
    if (verbose && (draft.stance !== expected || process.argv.includes("-a"))) {
      process.stdout.write(`${file.slice(0, 3)} gold ${expected} got ${draft.stance} | ${gold.claims[index]!.quote.slice(0, 90)}\n    ${draft.stanceReason.summary}\n`);
    }
  });
}
process.stdout.write(`stance accuracy on gold claims: ${right}/${total} = ${(right / total).toFixed(3)}\n`);
process.stdout.write(`gold\\got  ${labels.map((label) => label.padEnd(12)).join('')}\n`);
for (const expected of labels) {
  process.stdout.write(`${expected.padEnd(10)} ${labels.map((got) => String(confusion.get(`${expected}>${got}`) ?? 0).padEnd(12)).join('')}\n`);
}
