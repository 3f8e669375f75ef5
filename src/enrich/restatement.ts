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
 * - `headline`: a body claim that tells what a headline claim sums up (ANNOTATION: a headline that merely restates a
 *   body claim is none; the body sentence is annotated). The headline claim goes, the body claim names the rule.
 */
export const RESTATEMENT_RULES = {
  summary: `${RESTATEMENT_REFINER_ID}:summary`,
  repeated: `${RESTATEMENT_REFINER_ID}:repeated`,
  headline: `${RESTATEMENT_REFINER_ID}:headline`,
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
/**
 * Shares of a headline claim's content words a body claim's quote must hold to restate it: half when the same
 * speaker tells it (a headline shortens and rewords: "calls for a pause of the rules" / "the rules should be
 * paused"), most when another speaker does (a headline credits a report to "Media" or "Poll" that the body credits to
 * the newspaper or pollster by name).
 */
const HEADLINE_SHARE_SAME_SPEAKER = 0.5;
const HEADLINE_SHARE_ANY_SPEAKER = 0.75;
/**
 * Share of the whole headline's content words (speaker, cue and claim) a body claim's sentence must hold to tell the
 * same story, where the body reports it in other words ("Critics Condemn Draghi Rate Cut as Pandering to South" /
 * "critics of ECB President Mario Draghi said he is pandering to weaker economies …").
 */
const HEADLINE_SHARE_OF_LINE = 0.5;
/** Letters of a word compared between a headline and the body: enough to tell words apart, few enough to meet inflections ("pause" ~ "paused", "Ukraine" ~ "Ukrainian"). */
const HEADLINE_STEM_LETTERS = 5;
const SMALL_S = 115;

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
  refine(ctx: EnrichContext, analysis: Analysis, all: ClaimDraft[]): ClaimDraft[] {
    const { sentences } = analysis;
    const drafts = withoutRestatedHeadlines(ctx, sentences, all);
    // A claim's reading (two sets of words) is made when the claim is met and let go once its speaker's list moves
    // past it: read for every claim at once, the readings of a long article lived through the whole refiner.
    const readings: Array<Reading | undefined> = new Array(drafts.length);
    const dropped = new Set<number>();
    const kept = new Map<number, string>();
    const bySpeaker = new Map<string, number[]>();
    const claimsOf = new Map<string, number>();
    for (const draft of drafts) if (draft.speaker !== null) claimsOf.set(draft.speaker.id, (claimsOf.get(draft.speaker.id) ?? 0) + 1);
    drafts.forEach((draft, index) => {
      const id = draft.speaker?.id;
      // A speaker's only claim restates nothing; four in ten speakers have one, and are not read.
      if (id === undefined || claimsOf.get(id) === 1) return;
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

/**
 * A claim as compared with the headline: who tells it (its speaker's id; for a headline claim also its speaker's
 * names, for a body claim the outlet it was told to, so that "…, Gazette reports" meets "… officials told the
 * Gazette") and the stems of its quote's content words.
 */
export interface HeadlineTelling {
  voices: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  /** The stems of the whole line a headline claim stands in, of the sentence a body claim is read from. */
  context: ReadonlySet<string>;
}

/**
 * Whether a body claim restates a headline claim: it holds half of the headline claim's content words and is told
 * by the same voice, or holds most of them whoever tells it, or its sentence holds half the headline's words.
 */
export function restatesHeadline(headline: HeadlineTelling, body: HeadlineTelling): boolean {
  if (headline.stems.size === 0) return false;
  if (share(headline.context, body.context) >= HEADLINE_SHARE_OF_LINE) return true;
  const held = share(headline.stems, body.stems);
  let sameVoice = false;
  for (const voice of headline.voices) sameVoice ||= body.voices.has(voice);
  return held >= (sameVoice ? HEADLINE_SHARE_SAME_SPEAKER : HEADLINE_SHARE_ANY_SPEAKER);
}

/**
 * Drops each claim read in the headline that a body claim restates, and names the rule on the first body claim that
 * does. Headline claims are few (one line), so comparing each with every body claim stays linear in claims.
 */
function withoutRestatedHeadlines(ctx: EnrichContext, sentences: readonly Sentence[], drafts: ClaimDraft[]): ClaimDraft[] {
  const title = ctx.article.provenance.title;
  if (title === null) return drafts;
  const inHeadline = (draft: ClaimDraft): boolean => {
    const first = draft.attribution.quoteSpans[0];
    return first !== undefined && first.start >= title.start && first.start < title.end;
  };
  const headlines = drafts.filter(inHeadline);
  if (headlines.length === 0) return drafts;
  const body = drafts.filter((draft) => draft.attribution.evidence.start >= title.end);
  const bodyTellings = body.map((draft) => bodyTelling(draft, sentences, ctx.raw));
  const restating = new Set<ClaimDraft>();
  const dropped = new Set<ClaimDraft>();
  for (const headline of headlines) {
    const told = headlineTelling(headline, sentences, title);
    const index = bodyTellings.findIndex((bodyTelling) => restatesHeadline(told, bodyTelling));
    if (index < 0) continue;
    dropped.add(headline);
    restating.add(body[index]!);
    ctx.report(RESTATEMENT_REFINER_ID, headline.attribution.quoteSpans[0] ?? null, () => `dropped: ${RESTATEMENT_RULES.headline} of a body claim kept`);
  }
  return drafts.flatMap((draft) => {
    if (dropped.has(draft)) return [];
    return restating.has(draft) ? [{ ...draft, rules: draft.rules.concat(RESTATEMENT_RULES.headline) }] : [draft];
  });
}

function telling(draft: ClaimDraft, sentences: readonly Sentence[], voices: string[], context: Span): HeadlineTelling {
  if (draft.speaker !== null) voices.push(draft.speaker.id);
  return { voices: new Set(voices), stems: stemsIn(sentences, draft.attribution.quoteSpans), context: stemsIn(sentences, [context]) };
}

function stemsIn(sentences: readonly Sentence[], spans: readonly Span[]): Set<string> {
  const stems = new Set<string>();
  forEachTokenIn(sentences, spans, (token) => {
    if (CONTENT_TAGS.has(token.pos)) stems.add(wordKey(token).slice(0, HEADLINE_STEM_LETTERS));
  });
  return stems;
}

function headlineTelling(draft: ClaimDraft, sentences: readonly Sentence[], title: Span): HeadlineTelling {
  const names = draft.speaker === null ? [] : [draft.speaker.name, ...draft.speaker.aliases];
  return telling(draft, sentences, names.map(nameVoice), title);
}

function bodyTelling(draft: ClaimDraft, sentences: readonly Sentence[], raw: string): HeadlineTelling {
  const { addressee, evidence } = draft.attribution;
  return telling(draft, sentences, addressee === null ? [] : [nameVoice(raw.slice(addressee.start, addressee.end))], evidence);
}

/** A name as a voice: its words in lower case, without a leading article or a stop ("the Gazette." ~ "Gazette"). */
function nameVoice(name: string): string {
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  return `name:${(words[0] === 'the' ? words.slice(1) : words).join(' ')}`;
}

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
  const word = withoutPossessive(token.normal);
  if (word.length <= 3 || !word.endsWith('s') || word.endsWith('ss')) return word;
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
}

const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;

/** The word without a closing `'` or `'s` (either apostrophe): `/['’]s?$/` removed, read from the end with no regex call per token. */
function withoutPossessive(word: string): string {
  const end = word.length;
  if (isApostrophe(word.charCodeAt(end - 1))) return word.slice(0, end - 1);
  return word.charCodeAt(end - 1) === SMALL_S && isApostrophe(word.charCodeAt(end - 2)) ? word.slice(0, end - 2) : word;
}
