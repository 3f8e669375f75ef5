import { isCapitalised } from '../core/capitalised.js';
import { INSTITUTION_NAME_CONNECTORS } from '../lang/en/words.js';
import { matchPlaceAt, type WordToken } from '../gazetteer/country.js';
import { INSTITUTION_KEY_FILLERS } from '../lang/en/grammar.js';

const SPELLINGS: Readonly<Record<string, string>> = { defence: 'defense', organisation: 'organization', programme: 'program' };
const HAS_LETTER = /\p{L}/u;

/**
 * A key under which writings of one institution meet: its country (from a demonym, a possessive or "of X"),
 * then its other words, lower-cased, spelling-normalised and sorted, so word order and "of … Affairs" do not
 * matter. "Ukraine’s Foreign Ministry" and "the Ukrainian Ministry of Foreign Affairs" share one key.
 */
export function institutionKey(tokens: readonly WordToken[], country: string | null): string {
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const place = matchPlaceAt(tokens, i);
    if (place === null) {
      addWord(words, tokens[i]!);
      continue;
    }
    // A seat of government stays in the key ("Kremlin administration"); a country is the key's first field.
    if (place.kind === 'seat') for (let k = i; k <= place.last; k++) addWord(words, tokens[k]!);
    i = place.last;
  }
  words.sort();
  return `${country ?? ''}|${words.join(' ')}`;
}

function addWord(words: string[], token: WordToken): void {
  const word = token.value.toLowerCase();
  if (!INSTITUTION_KEY_FILLERS.has(word) && HAS_LETTER.test(word)) words.push(SPELLINGS[word] ?? word);
}

/** The key without its country, to match "the Foreign Ministry" with the one the article named before. */
export function bareInstitutionKey(key: string): string {
  return key.slice(key.indexOf('|') + 1);
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
const DOT = /\./g;

/** "WHO", "the U.N.": a name written in capitals only, two to six letters once the dots are dropped; else null. */
export function acronymOf(name: string): string | null {
  const letters = name.replace(DOT, '');
  return ACRONYM.test(letters) ? letters : null;
}

/**
 * "World Health Organization" → "WHO", "Union of Baltic Ports" → "UBP": the first letters of the name's capitalised
 * words, the way an acronym is made, skipping lower-case connectors. Empty unless the name is such a name
 * throughout: fewer than two capitalised words or another lower-case word ("the EU's top court") make it none. A
 * possessive inside a name of capitalised words is one of its words ("International Dockers’ Union",
 * "Ministry of Women's Affairs").
 */
export function initialsOf(name: string): string {
  let initials = '';
  for (const word of name.split(' ')) {
    if (isCapitalised(word)) initials += word[0];
    else if (!INSTITUTION_NAME_CONNECTORS.has(word)) return '';
  }
  return initials.length >= 2 ? initials : '';
}
