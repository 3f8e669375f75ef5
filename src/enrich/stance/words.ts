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

/** The part a word plays in splitting a claim's words: a flag per set it belongs to. */
const QUOTE_MARK = 1;
const SEGMENT_BREAK = 2;
const CLAUSE_BREAK = 4;

/**
 * The sets above as one table, so each word of each claim is looked up once rather than in each set (the stance
 * stage's most frequent lookups).
 */
const BREAK_ROLES: ReadonlyMap<string, number> = (() => {
  const roles = new Map<string, number>();
  const mark = (words: ReadonlySet<string>, role: number): void => {
    for (const word of words) roles.set(word, (roles.get(word) ?? 0) | role);
  };
  mark(STANCE_QUOTE_TOKENS, QUOTE_MARK);
  mark(SEGMENT_BREAKS, SEGMENT_BREAK);
  mark(CLAUSE_BREAKS, CLAUSE_BREAK);
  return roles;
})();

/** Drops quotation marks (they are not words) and numbers clauses and segments; one pass over the tokens. */
export function toStanceWords(tokens: readonly StanceToken[]): StanceWord[] {
  const words: StanceWord[] = [];
  let clause = 0;
  let segment = 0;
  for (const { token, inQuote, gapBefore } of tokens) {
    const normal = token.normal.includes('’') ? token.normal.replace(CURLY_APOSTROPHE, "'") : token.normal;
    if (gapBefore) clause++;
    const role = BREAK_ROLES.get(normal) ?? 0;
    if ((role & QUOTE_MARK) !== 0) continue;
    if ((role & SEGMENT_BREAK) !== 0) {
      words.push({ normal, pos: token.pos, start: token.start, end: token.end, inQuote, clause, segment });
      clause++;
      segment++;
      continue;
    }
    if ((role & CLAUSE_BREAK) !== 0) clause++;
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
  return ((BREAK_ROLES.get(word.normal) ?? 0) & (SEGMENT_BREAK | CLAUSE_BREAK)) !== 0;
}
