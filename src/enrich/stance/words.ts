import type { Token } from '../../text/analyse.js';
import { SEGMENT_BREAKS, STANCE_QUOTE_TOKENS } from '../../lang/en/grammar.js';

/** A word of the claim as the classifier sees it: raw offsets, whether it is quoted, and which clause it is in. */
export interface StanceWord {
  normal: string;
  pos: string;
  start: number;
  end: number;
  inQuote: boolean;
  /** Clauses split at commas, dashes, brackets and contrast words ("but", "while"); negation and anchors stay inside one. */
  clause: number;
  /** Sentences and sentence-like pieces (split at . ; ! ?); a condition only governs its own segment. */
  segment: number;
}

/** A token handed to the classifier; `gapBefore` marks text left out before it (another claim's quote). */
export interface StanceToken {
  token: Token;
  inQuote: boolean;
  gapBefore?: boolean;
}

const CURLY_APOSTROPHE = /’/g;
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ',', ':', '—', '–', '(', ')', '[', ']', 'but', 'however', 'while', 'whereas', 'although', 'though', 'yet',
]);

/** Drops quotation marks (they are not words) and numbers clauses and segments; one pass over the tokens. */
export function toStanceWords(tokens: readonly StanceToken[]): StanceWord[] {
  const words: StanceWord[] = [];
  let clause = 0;
  let segment = 0;
  for (const { token, inQuote, gapBefore } of tokens) {
    const normal = token.normal.includes('’') ? token.normal.replace(CURLY_APOSTROPHE, "'") : token.normal;
    if (gapBefore) clause++;
    if (STANCE_QUOTE_TOKENS.has(normal)) continue;
    if (SEGMENT_BREAKS.has(normal)) {
      words.push({ normal, pos: token.pos, start: token.start, end: token.end, inQuote, clause, segment });
      clause++;
      segment++;
      continue;
    }
    if (CLAUSE_BREAKS.has(normal)) clause++;
    words.push({ normal, pos: token.pos, start: token.start, end: token.end, inQuote, clause, segment });
  }
  return words;
}

/** True for a token that ends a segment (a sentence end or a digest bullet). */
/** The word positions that any of the ranges covers (`from` inclusive, `to` exclusive). */
export function coveredWords(length: number, ...groups: ReadonlyArray<Iterable<{ from: number; to: number }>>): boolean[] {
  const covered = new Array<boolean>(length).fill(false);
  for (const ranges of groups) for (const { from, to } of ranges) covered.fill(true, from, to);
  return covered;
}

export function isSegmentBreak(normal: string): boolean {
  return SEGMENT_BREAKS.has(normal);
}

/** True for the punctuation words that end a clause or a segment. */
export function isBreak(word: StanceWord): boolean {
  return SEGMENT_BREAKS.has(word.normal) || CLAUSE_BREAKS.has(word.normal);
}
