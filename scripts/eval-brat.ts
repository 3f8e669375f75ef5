// `npm run eval:brat -- <dir> [--verbose]`: claims against attribution annotations in brat standoff format, as
// in the PolNeAR corpus (Source / Cue / Content spans joined by an Attribution event). Every `<name>.txt` in the
// folder is read with its `<name>.ann`. Such corpora also annotate thoughts, polls and actions, which claimex
// does not read as claims, so recall here runs below recall on claimex's own gold files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../src/index.js';

type Spans = Array<[number, number]>;

interface GoldAttribution {
  content: Spans;
  source: Spans;
  sourceText: string;
  cueText: string;
  contentText: string;
}

/** A claim matches an annotation when half the shorter of the two quote texts overlaps. */
const MIN_OVERLAP = 0.5;

const dir = process.argv[2];
const verbose = process.argv.includes('--verbose');
if (dir === undefined || !existsSync(dir)) {
  console.error('usage: npm run eval:brat -- <folder with .txt and .ann files> [--verbose]');
  process.exit(2);
}

const parseSpans = (text: string): Spans => text.split(';').map((part) => part.split(' ').map(Number) as [number, number]);
const length = (spans: Spans): number => spans.reduce((sum, [start, end]) => sum + end - start, 0);
function overlap(a: Spans, b: Spans): number {
  let shared = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) shared += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return shared;
}

function readAnnotations(file: string): GoldAttribution[] {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const textBound = new Map<string, { spans: Spans; text: string }>();
  for (const line of lines) {
    const [id, middle, text] = line.split('\t');
    if (!id?.startsWith('T') || middle === undefined) continue;
    const space = middle.indexOf(' ');
    textBound.set(id, { spans: parseSpans(middle.slice(space + 1)), text: text ?? '' });
  }
  const attributions: GoldAttribution[] = [];
  for (const line of lines) {
    const [id, relation] = line.split('\t');
    if (!id?.startsWith('E') || relation === undefined) continue;
    const roles = Object.fromEntries(relation.split(' ').map((part) => part.split(':') as [string, string]));
    const content = textBound.get(roles.Content ?? '');
    if (content === undefined) continue;
    const source = textBound.get(roles.Source ?? '');
    attributions.push({
      content: content.spans,
      source: source?.spans ?? [],
      sourceText: source?.text ?? '',
      cueText: textBound.get(roles.Cue ?? '')?.text ?? '',
      contentText: content.text,
    });
  }
  return attributions;
}

let goldTotal = 0;
let claimTotal = 0;
let goldMatched = 0;
let claimsMatched = 0;
let speakerAgrees = 0;
for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt')).sort()) {
  const annotations = join(dir, name.replace(/\.txt$/, '.ann'));
  if (!existsSync(annotations)) continue;
  const text = readFileSync(join(dir, name), 'utf8');
  const gold = readAnnotations(annotations);
  const claims = extractClaims(text).claims.map((claim) => ({ claim, spans: claim.quoteSpans.map((span) => [span.start, span.end]) as Spans }));
  const matched = new Set<number>();
  const notes: string[] = [];
  for (const attribution of gold) {
    let best = -1;
    let bestScore = 0;
    claims.forEach(({ spans }, index) => {
      const score = overlap(attribution.content, spans) / Math.max(1, Math.min(length(attribution.content), length(spans)));
      if (score > bestScore) [best, bestScore] = [index, score];
    });
    if (best < 0 || bestScore < MIN_OVERLAP) {
      notes.push(`  missed [${attribution.cueText}] ${attribution.sourceText || '(no source)'} :: ${attribution.contentText.slice(0, 100)}`);
      continue;
    }
    goldMatched++;
    matched.add(best);
    const { claim } = claims[best]!;
    const mention: Spans = claim.speakerMention ? [[claim.speakerMention.start, claim.speakerMention.end]] : [];
    // A resolved name agrees with a pronoun or a description in the gold source when a name word appears in it.
    const nameWords = (claim.speaker ?? '').split(/\s+/).filter((word) => word.length > 2 && /^\p{Lu}/u.test(word));
    if (overlap(mention, attribution.source) > 0 || nameWords.some((word) => attribution.sourceText.includes(word))) speakerAgrees++;
    else notes.push(`  speaker: gold "${attribution.sourceText}" got "${claim.speaker}"`);
  }
  claims.forEach(({ claim }, index) => {
    if (!matched.has(index)) notes.push(`  extra: ${claim.speaker} [${claim.cue?.text ?? ''}] ${claim.quote.slice(0, 100)}`);
  });
  goldTotal += gold.length;
  claimTotal += claims.length;
  claimsMatched += matched.size;
  if (verbose) console.log(`${name}: ${gold.length} annotated, ${claims.length} claims\n${notes.join('\n')}`);
}

const precision = claimTotal === 0 ? 0 : claimsMatched / claimTotal;
const recall = goldTotal === 0 ? 0 : goldMatched / goldTotal;
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
console.log(
  `annotated ${goldTotal}, claims ${claimTotal}: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}, ` +
    `speaker agrees on ${goldMatched === 0 ? '-' : (speakerAgrees / goldMatched).toFixed(3)} of matched`,
);
