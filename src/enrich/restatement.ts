import type { Span } from '../core/schema.js';
import type { Sentence, Token } from '../core/tokens.js';
import { lowerBound } from '../core/lower-bound.js';
import type { Analysis } from '../text/analyse.js';
import type { ClaimDraft, EnrichContext, Refiner } from './types.js';

export const RESTATEMENT_REFINER_ID = 'enrich/restatement';

/**
 * The ways one speaker's one proposition is told twice (ANNOTATION: one claim per speaker per proposition), each
 * naming the claim it keeps in its `rules`.
 * - `summary`: a sentence that sums up the quotation opening right after it ("X welcomed the vote. She said: '…'",
 *   "X accused the board of hiding the figures. '… they hid the figures …,' X said.").
 * - `repeated`: the same words again a few sentences on (a standfirst and its body sentence, a heading line over
 *   the paragraph that tells it).
 */
export const RESTATEMENT_RULES = {
  summary: `${RESTATEMENT_REFINER_ID}:summary`,
  repeated: `${RESTATEMENT_REFINER_ID}:repeated`,
} as const;

/** Parts of speech that carry a proposition's content; the rest (determiners, auxiliaries, pronouns) do not. */
const CONTENT_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
/**
 * Share of a summary's content words the quotation after it must repeat. A summary that repeats less is a claim of
 * its own ("X welcomed the vote. She said: 'History made.'" tells two things).
 */
const SUMMARY_SHARE = 0.75;
const MIN_SUMMARY_WORDS = 3;
/**
 * Shares of content words two tellings must have in common: most of the shorter one's, and half of the longer one's
 * (a short clause whose words a long one happens to hold is no second telling of it).
 */
const REPEAT_SHARE = 0.75;
const REPEAT_SHARE_OF_LONGER = 0.5;
const MIN_REPEATED_WORDS = 4;
/** How many sentences apart a repeated telling may stand (a standfirst and the body paragraph that tells it). */
const REPEAT_REACH = 8;

interface Reading {
  draft: ClaimDraft;
  /** Index of the first sentence the claim is read from. */
  firstSentence: number;
  words: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
}

/**
 * Drops the second telling of one speaker's proposition and names the rule on the claim it keeps. Compares each claim
 * with the few claims of the same speaker just before it: linear in claims.
 */
export const restatementRefiner: Refiner = {
  id: RESTATEMENT_REFINER_ID,
  refine(ctx: EnrichContext, analysis: Analysis, drafts: ClaimDraft[]): ClaimDraft[] {
    const { sentences } = analysis;
    // A claim's reading (two sets of words) is made when the claim is met and let go once its speaker's list moves
    // past it: read for every claim at once, the readings of a long article lived through the whole refiner.
    const readings: Array<Reading | undefined> = new Array(drafts.length);
    const dropped = new Set<number>();
    const kept = new Map<number, string>();
    const bySpeaker = new Map<string, number[]>();
    drafts.forEach((draft, index) => {
      const id = draft.speaker?.id;
      if (id === undefined) return;
      const reading = read(draft, sentences);
      const earlier = bySpeaker.get(id) ?? [];
      for (const before of earlier) {
        if (dropped.has(before)) continue;
        const verdict = judge(readings[before]!, reading);
        if (verdict === null) continue;
        const [drop, keep] = verdict.drop === 'earlier' ? [before, index] : [index, before];
        dropped.add(drop);
        kept.set(keep, verdict.rule);
        ctx.report(RESTATEMENT_REFINER_ID, drafts[drop]!.attribution.quoteSpans[0] ?? null, () => `dropped: ${verdict.rule} of a claim kept`);
        if (drop === index) break;
      }
      if (dropped.has(index)) return;
      readings[index] = reading;
      const near = earlier.filter((before) => readings[before]!.firstSentence + REPEAT_REACH >= reading.firstSentence);
      for (const before of earlier) if (!near.includes(before)) readings[before] = undefined;
      bySpeaker.set(id, [...near, index]);
    });
    return drafts.flatMap((draft, index) => {
      if (dropped.has(index)) return [];
      const rule = kept.get(index);
      return rule === undefined ? [draft] : [{ ...draft, rules: draft.rules.concat(rule) }];
    });
  },
};

function judge(earlier: Reading, later: Reading): { rule: string; drop: 'earlier' | 'later' } | null {
  if (sums(earlier, later)) return { rule: RESTATEMENT_RULES.summary, drop: 'earlier' };
  const laterIsDirect = later.draft.attribution.quoteType === 'direct';
  const earlierIsDirect = earlier.draft.attribution.quoteType === 'direct';
  // Two quotations are two utterances, however alike their words.
  if (laterIsDirect && earlierIsDirect) return null;
  if (later.firstSentence - earlier.firstSentence > REPEAT_REACH || !repeats(earlier, later)) return null;
  // The quotation is the fuller telling; between two of a kind the later one is the body's and the earlier its summary.
  return { rule: RESTATEMENT_RULES.repeated, drop: earlierIsDirect && !laterIsDirect ? 'later' : 'earlier' };
}

/** A reported sentence right before a quotation of the same speaker, naming what the quotation goes on to say. */
function sums(summary: Reading, quotation: Reading): boolean {
  const { attribution } = summary.draft;
  if (attribution.quoteType === 'direct' || quotation.draft.attribution.quoteType !== 'direct') return false;
  if (attribution.sentence.index + 1 !== quotation.firstSentence) return false;
  return summary.words.size >= MIN_SUMMARY_WORDS && share(summary.words, quotation.words) >= SUMMARY_SHARE;
}

/** Most words in common and no number that only one of them gives ("in 10 hours" and "in 24 hours" tell two facts). */
function repeats(a: Reading, b: Reading): boolean {
  const [shorter, longer] = a.words.size <= b.words.size ? [a, b] : [b, a];
  if (shorter.words.size < MIN_REPEATED_WORDS || share(shorter.words, longer.words) < REPEAT_SHARE) return false;
  return share(longer.words, shorter.words) >= REPEAT_SHARE_OF_LONGER && sameNumbers(a.numbers, b.numbers);
}

function sameNumbers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const number of a) if (!b.has(number)) return false;
  return true;
}

function share(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 0;
  let found = 0;
  for (const word of part) if (whole.has(word)) found++;
  return found / part.size;
}

function read(draft: ClaimDraft, sentences: readonly Sentence[]): Reading {
  const { attribution } = draft;
  const words = new Set<string>();
  const numbers = new Set<string>();
  forEachTokenIn(sentences, attribution.quoteSpans, (token) => {
    if (CONTENT_TAGS.has(token.pos)) words.add(wordKey(token));
    if (token.pos === 'NUM') numbers.add(token.normal);
  });
  const first = lowerBound(sentences, (sentence) => sentence.end <= attribution.evidence.start);
  return { draft, firstSentence: sentences[first]?.index ?? attribution.sentence.index, words, numbers };
}

/**
 * Visits the tokens inside the spans, found by binary search over the article's sentences. A plain loop: as a
 * generator it made an iterator result per token of every quote, among the refiner's largest allocations.
 */
function forEachTokenIn(sentences: readonly Sentence[], spans: readonly Span[], visit: (token: Token) => void): void {
  for (const span of spans) {
    for (let s = lowerBound(sentences, (sentence) => sentence.end <= span.start); s < sentences.length && sentences[s]!.start < span.end; s++) {
      for (const token of sentences[s]!.tokens) if (token.start >= span.start && token.end <= span.end) visit(token);
    }
  }
}

/** A word's form for comparing tellings: lower case, a plural or possessive ending dropped ("countries’" ~ "country"). */
function wordKey(token: Token): string {
  const word = token.normal.replace(/['’]s?$/, '');
  if (word.length <= 3 || !word.endsWith('s') || word.endsWith('ss')) return word;
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
}
