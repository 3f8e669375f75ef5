import { entryWords, wordForms } from './inflect.js';

/** One lexicon phrase compiled for lookup: per position, the word forms it accepts (`null` = any word). */
interface CompiledPhrase<F extends string> {
  family: F;
  entry: string;
  slots: Array<ReadonlySet<string> | null>;
}

/** Phrases keyed by every form of their first word, longest first, so a lookup costs one Map access per word. */
export type PhraseIndex<F extends string> = ReadonlyMap<string, ReadonlyArray<CompiledPhrase<F>>>;

/** A phrase found at word positions `[from, to)`. */
export interface PhraseHit<F extends string> {
  family: F;
  entry: string;
  from: number;
  to: number;
}

const WILDCARD = '*';

/** `formsOf` gives the forms a word of an entry accepts: inflections for cues, inflections and -ment nouns for terms. */
export function compilePhrases<F extends string>(
  families: ReadonlyArray<readonly [F, readonly string[]]>,
  formsOf: (word: string) => string[] = wordForms,
): PhraseIndex<F> {
  const index = new Map<string, Array<CompiledPhrase<F>>>();
  for (const [family, entries] of families) {
    for (const entry of entries) {
      const words = entryWords(entry);
      if (words.length === 0 || words[0] === WILDCARD) continue;
      const slots = words.map((word) => (word === WILDCARD ? null : new Set(formsOf(word))));
      const phrase: CompiledPhrase<F> = { family, entry, slots };
      for (const form of slots[0]!) {
        const list = index.get(form) ?? [];
        list.push(phrase);
        index.set(form, list);
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.slots.length - a.slots.length);
  return index;
}

/** Greedy left-to-right, longest phrase first, no overlaps: "not well-founded" wins over "not". */
export function matchPhrases<F extends string>(index: PhraseIndex<F>, words: readonly string[]): Array<PhraseHit<F>> {
  const hits: Array<PhraseHit<F>> = [];
  let i = 0;
  while (i < words.length) {
    const hit = longestAt(index, words, i);
    if (hit) {
      hits.push(hit);
      i = hit.to;
    } else {
      i++;
    }
  }
  return hits;
}

function longestAt<F extends string>(index: PhraseIndex<F>, words: readonly string[], at: number): PhraseHit<F> | null {
  const candidates = index.get(words[at]!);
  if (!candidates) return null;
  for (const phrase of candidates) {
    const end = at + phrase.slots.length;
    if (end > words.length) continue;
    let matches = true;
    for (let k = 1; k < phrase.slots.length && matches; k++) {
      const slot = phrase.slots[k]!;
      matches = slot === null || slot.has(words[at + k]!);
    }
    if (matches) return { family: phrase.family, entry: phrase.entry, from: at, to: end };
  }
  return null;
}
