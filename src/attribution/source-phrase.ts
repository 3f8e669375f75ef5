import type { Token } from '../text/analyse.js';
import { phraseStartingAt, type TokenRange } from '../text/noun-phrase.js';
import { isComma } from '../lang/en/words.js';
import { COLLECTIVE_PEOPLE, DOCUMENT_LINKS, DOCUMENT_NOUNS } from '../lang/en/grammar.js';

const MAX_FALLBACK_WORDS = 8;

/**
 * The phrase after "according to": a noun phrase, or, when it names a document, the one who published it
 * ("a report by the ministry", "a poll, published by an agency").
 */
export function sourcePhrase(tokens: readonly Token[], first: number, end: number): TokenRange | null {
  const phrase = phraseStartingAt(tokens, first, end) ?? wordsToComma(tokens, first, end);
  if (phrase === null || isMannerNoun(tokens, phrase)) return null;
  for (let k = phrase.first; k < phrase.last; k++) {
    if (!DOCUMENT_NOUNS.has(tokens[k]!.normal) || !DOCUMENT_LINKS.has(tokens[k + 1]!.normal)) continue;
    const publisher = phraseStartingAt(tokens, k + 2, end);
    if (publisher !== null) return publisher;
  }
  if (!DOCUMENT_NOUNS.has(tokens[phrase.last]!.normal)) return phrase;
  let j = phrase.last + 1;
  if (isComma(tokens[j]) && tokens[j + 1]?.pos === 'VERB') j += 2;
  if (tokens[j] && DOCUMENT_LINKS.has(tokens[j]!.normal)) {
    const publisher = phraseStartingAt(tokens, j + 1, end);
    if (publisher !== null) return publisher;
  }
  return phrase;
}

/** The tagger misreads some sources ("people/VERB familiar with the matter"): fall back to the words up to a comma. */
function wordsToComma(tokens: readonly Token[], first: number, end: number): TokenRange | null {
  let last = first - 1;
  for (let j = first; j < end && j - first < MAX_FALLBACK_WORDS; j++) {
    const token = tokens[j]!;
    if (isComma(token) || token.pos === 'PUNCT') break;
    last = j;
  }
  return last >= first && /^[\p{L}\p{N}]/u.test(tokens[first]!.value) ? { first, last } : null;
}

/**
 * "according to plan / schedule / tradition": a bare lower-case singular noun is a manner, not a source; a noun for a
 * body of people ("according to police", "according to staff") is a source.
 */
function isMannerNoun(tokens: readonly Token[], range: TokenRange): boolean {
  const token = tokens[range.first]!;
  return range.first === range.last && /^\p{Ll}+$/u.test(token.value) && !token.value.endsWith('s') && !COLLECTIVE_PEOPLE.has(token.normal);
}
