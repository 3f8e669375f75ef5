import { matchPlaceAt, type WordToken } from '../gazetteer/country.js';

/** Words that vary between two writings of one institution ("Ministry of Foreign Affairs" ≡ "Foreign Ministry"). */
const IGNORED: ReadonlySet<string> = new Set(['the', 'of', 'for', 'affairs', "'s", '’s', "'", '’', 'and', '&']);
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
  if (!IGNORED.has(word) && HAS_LETTER.test(word)) words.push(SPELLINGS[word] ?? word);
}

/** The key without its country, to match "the Foreign Ministry" with the one the article named before. */
export function bareInstitutionKey(key: string): string {
  return key.slice(key.indexOf('|') + 1);
}
