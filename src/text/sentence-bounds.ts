import { DOTTED_MONTH_ABBREVIATIONS } from '../lang/en/calendar.js';
import { isWhiteSpace } from '../core/white-space.js';
import { AMBIGUOUS_QUOTES, TERMINATORS } from '../lang/en/grammar.js';

/**
 * Sentence boundaries read from wink's tokens. wink's own boundary pass cost a quarter of its reading time and
 * its part-of-speech tags do not depend on it, so claimex runs wink without it and splits here: after a run of
 * `.`, `!` or `?` (with the closing quotes and brackets that follow it), after an abbreviation that ends in a
 * dot when a sentence opener follows, and at a blank line (wink gives line breaks as tokens). `analyse` then
 * mends the breaks.
 */

const CLOSERS: ReadonlySet<string> = new Set([')', ']', '}', '”', '’', '»']);

/**
 * Words that open a sentence after an abbreviation ("… in the U.S. The army said", "… Acme Inc. It said"); before
 * any other capitalised word the dot is read as part of a name ("the U.S. Army", "Gov. Ana Ruiz").
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'its', 'our', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while',
  'after', 'before', 'since', 'there', 'then', 'now', 'still', 'however', 'meanwhile', 'also', 'some', 'many',
  'most', 'no', 'not', 'one', 'what', 'why', 'how', 'who', 'where',
]);

/**
 * Abbreviations that end in a dot without ending the sentence, even before a capitalised word: titles before a
 * name ("the Rev. Anne Lowe", which wink splits into "Rev" and "."), months, "No.", company suffixes.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'capt.', 'sgt.', 'sen.', 'rep.', 'gov.',
  'pres.', 'st.', 'mt.', ...DOTTED_MONTH_ABBREVIATIONS, 'no.', 'vs.', 'inc.', 'co.', 'corp.', 'ltd.', 'jr.', 'sr.', 'rev.', 'hon.', 'adm.',
  'msgr.', 'atty.', 'supt.', 'sens.', 'reps.', 'gens.', 'messrs.', 'cmdr.', 'maj.', 'brig.', 'cpl.', 'pvt.',
  'fr.',
]);

/** A word written with a final dot: "U.S.", "p.m.", "Inc.". */
const ABBREVIATION = /^\p{L}[\p{L}.]*\.$/u;
const FULL_STOP = 46;

/** Asked of every token: the final dot, read from its char code, rules out nearly all before the Unicode regex runs. */
function isAbbreviation(value: string): boolean {
  return value.length > 1 && value.charCodeAt(value.length - 1) === FULL_STOP && ABBREVIATION.test(value);
}
/**
 * A sentence opens with a word, a number, a quotation mark, a bracket or an ellipsis (a cut in a quoted passage); a
 * dash or a stray dot continues the line.
 */
const OPENS_SENTENCE = /^(?:[\p{L}\p{N}"“‘'«(\[…]|\.{3})/u;

/** Terminators are short marks: a length check spares the set lookup for nearly every token. */
const LONGEST_TERMINATOR = Math.max(...Array.from(TERMINATORS, (terminator) => terminator.length));

/** White space holding two line breaks or more: a blank line. One pass over codes, no backtracking. */
function isBlankLine(value: string): boolean {
  let breaks = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!isWhiteSpace(code)) return false;
    if (code === 10) breaks++;
  }
  return breaks >= 2;
}

/** Per token: whether white space precedes it (booleans, or 0 and 1 in a typed array). */
type Spacing = ArrayLike<boolean | number>;

/**
 * Inclusive token index pairs [first, last] of the sentences of a token stream, from each token's value and
 * whether white space precedes it. A blank line belongs to no sentence.
 */
export function sentenceBounds(values: readonly string[], spaced: Spacing): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  const count = values.length;
  let start = 0;
  const close = (last: number): void => {
    if (last >= start) bounds.push([start, last]);
    start = last + 1;
  };
  for (let i = 0; i < count; i++) {
    const value = values[i]!;
    if (value.length > 1 && value.charCodeAt(0) <= 32 && isBlankLine(value)) {
      close(i - 1);
      start = i + 1;
      continue;
    }
    if (value.length <= LONGEST_TERMINATOR && TERMINATORS.has(value)) {
      const titleDot = value === '.' && i > 0 && !spaced[i] && NON_FINAL_ABBREVIATIONS.has(`${values[i - 1]!.toLowerCase()}.`);
      if (titleDot && !opensWithOpener(values, spaced, i + 1)) continue;
      let last = i;
      while (last + 1 < count && TERMINATORS.has(values[last + 1]!) && !spaced[last + 1]) last++;
      while (last + 1 < count && !spaced[last + 1] && (CLOSERS.has(values[last + 1]!) || AMBIGUOUS_QUOTES.has(values[last + 1]!))) last++;
      if (last + 1 < count && OPENS_SENTENCE.test(values[last + 1]!)) close(last);
      i = last;
      continue;
    }
    if (isAbbreviation(value) && opensWithOpener(values, spaced, i + 1)) close(i);
  }
  if (start < count) bounds.push([start, count - 1]);
  return bounds;
}

/** Token `at` is a capitalised sentence opener ("The", "It") after white space. */
function opensWithOpener(values: readonly string[], spaced: Spacing, at: number): boolean {
  const next = values[at];
  if (next === undefined || !spaced[at] || !SENTENCE_OPENERS.has(next.toLowerCase())) return false;
  return next[0] !== next[0]!.toLowerCase();
}

/**
 * No sentence holds more tokens than this. Prose sentences hold well under a hundred; a longer run is a list, a
 * table or text without punctuation, and every stage after this one reads a claim's whole sentence, so an unbounded
 * sentence would make each claim in it cost the length of the text.
 */
export const MAX_SENTENCE_TOKENS = 512;

/** The bounds, each one longer than `MAX_SENTENCE_TOKENS` cut into consecutive pieces of that length. */
export function capSentenceLength(bounds: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const capped: Array<[number, number]> = [];
  for (const [first, last] of bounds) {
    for (let start = first; start <= last; start += MAX_SENTENCE_TOKENS) {
      capped.push([start, Math.min(last, start + MAX_SENTENCE_TOKENS - 1)]);
    }
  }
  return capped;
}
