import type { Token } from '../../text/analyse.js';
import { ANAPHOR_DETERMINERS, CLOSE_DETERMINERS, CONTRASTED_PRONOUNS, CONTRASTS, PRONOUN_REFERENCES, SEGMENT_BREAKS, STANCE_QUOTE_TOKENS } from '../../lang/en/grammar.js';
import { standInSubjects } from '../../lang/en/stance/valence.js';

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
  /** The word classes it belongs to (`WordRole` flags), looked up once when the word is made (see `wordRoles`). */
  roles: number;
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

/**
 * The classes of words the stance passes ask about, a flag each. Each pass asked its own set for every word of every
 * claim; one table, read once per word when the word is made, answers them all.
 */
export const WordRole = {
  QUOTE_MARK: 1,
  SEGMENT_BREAK: 2,
  CLAUSE_BREAK: 4,
  /** "this", "such": may open a reference back to the topic ("this plan"). */
  ANAPHOR_DETERMINER: 8,
  /** "the", "its": open such a reference only a few sentences after the topic was named. */
  CLOSE_DETERMINER: 16,
  /** "it", "they": may point back after a contrast ("but it is a start"). */
  CONTRASTED_PRONOUN: 32,
  CONTRAST: 64,
  /** "it", "this" alone: the topic named in the sentence just before. */
  PRONOUN_REFERENCE: 128,
  /** "it", "this", "which": may stand for the topic as the subject of a judgement. */
  STAND_IN: 256,
} as const;

const ROLES: ReadonlyMap<string, number> = (() => {
  const roles = new Map<string, number>();
  const mark = (words: Iterable<string>, role: number): void => {
    for (const word of words) roles.set(word, (roles.get(word) ?? 0) | role);
  };
  mark(STANCE_QUOTE_TOKENS, WordRole.QUOTE_MARK);
  mark(SEGMENT_BREAKS, WordRole.SEGMENT_BREAK);
  mark(CLAUSE_BREAKS, WordRole.CLAUSE_BREAK);
  mark(ANAPHOR_DETERMINERS, WordRole.ANAPHOR_DETERMINER);
  mark(CLOSE_DETERMINERS, WordRole.CLOSE_DETERMINER);
  mark(CONTRASTED_PRONOUNS, WordRole.CONTRASTED_PRONOUN);
  mark(CONTRASTS, WordRole.CONTRAST);
  mark(PRONOUN_REFERENCES, WordRole.PRONOUN_REFERENCE);
  mark(standInSubjects, WordRole.STAND_IN);
  return roles;
})();

/** The `WordRole` flags of a normalised word. */
export function wordRoles(normal: string): number {
  return ROLES.get(normal) ?? 0;
}

/** Whether the word is of any of the classes in `role` (flags may be or-ed). */
export function hasRole(word: StanceWord, role: number): boolean {
  return (word.roles & role) !== 0;
}

/** Drops quotation marks (they are not words) and numbers clauses and segments; one pass over the tokens. */
export function toStanceWords(tokens: readonly StanceToken[]): StanceWord[] {
  const words: StanceWord[] = [];
  let clause = 0;
  let segment = 0;
  for (const { token, inQuote, gapBefore } of tokens) {
    const normal = token.normal.includes('’') ? token.normal.replace(CURLY_APOSTROPHE, "'") : token.normal;
    if (gapBefore) clause++;
    const roles = wordRoles(normal);
    if ((roles & WordRole.QUOTE_MARK) !== 0) continue;
    if ((roles & WordRole.SEGMENT_BREAK) !== 0) {
      words.push({ normal, pos: token.pos, start: token.start, end: token.end, inQuote, clause, segment, roles });
      clause++;
      segment++;
      continue;
    }
    if ((roles & WordRole.CLAUSE_BREAK) !== 0) clause++;
    words.push({ normal, pos: token.pos, start: token.start, end: token.end, inQuote, clause, segment, roles });
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
  return hasRole(word, WordRole.SEGMENT_BREAK | WordRole.CLAUSE_BREAK);
}
