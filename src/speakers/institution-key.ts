import { placeReferences, type WordToken } from '../enrich/country.js';

/** Words that vary between two writings of one institution ("Ministry of Foreign Affairs" ≡ "Foreign Ministry"). */
const IGNORED: ReadonlySet<string> = new Set(['the', 'of', 'for', 'affairs', "'s", '’s', "'", '’', 'and', '&']);
const SPELLINGS: Readonly<Record<string, string>> = { defence: 'defense', organisation: 'organization', programme: 'program' };

/**
 * A key under which writings of one institution meet: its country (from a demonym, a possessive or "of X"),
 * then its other words, lower-cased, spelling-normalised and sorted, so word order and "of … Affairs" do not
 * matter. "Ukraine’s Foreign Ministry" and "the Ukrainian Ministry of Foreign Affairs" share one key.
 */
export function institutionKey(tokens: readonly WordToken[], country: string | null): string {
  const placeTokens = new Set<number>();
  for (const place of placeReferences(tokens)) {
    if (place.kind === 'seat') continue;
    for (let i = place.first; i <= place.last; i++) placeTokens.add(i);
  }
  const words: string[] = [];
  tokens.forEach((token, i) => {
    if (placeTokens.has(i)) return;
    const word = token.value.toLowerCase();
    if (IGNORED.has(word) || !/\p{L}/u.test(word)) return;
    words.push(SPELLINGS[word] ?? word);
  });
  words.sort();
  return `${country ?? ''}|${words.join(' ')}`;
}

/** The key without its country, to match "the Foreign Ministry" with the one the article named before. */
export function bareInstitutionKey(key: string): string {
  return key.slice(key.indexOf('|') + 1);
}
