import { entryWords, wordForms } from './inflect.js';

/** One lexicon phrase compiled for lookup: per position, the word forms it accepts (`null` = any word). */
interface CompiledPhrase<F extends string> {
  family: F;
  entry: string;
  slots: Array<ReadonlySet<string> | null>;
}

/**
 * The phrases that open on one word form, longest first, and the same list narrowed by the next word: a common opener
 * ("should", "must") starts dozens of phrases, and keyed by the next word too a lookup tries only the few that can
 * still match. The narrowed lists are made the first time the form is met, so compiling stays as cheap as before.
 */
interface FirstWordEntry<F extends string> {
  phrases: ReadonlyArray<CompiledPhrase<F>>;
  next: NextWordIndex<F> | null;
}

interface NextWordIndex<F extends string> {
  /** Those whose second word is this one, or any word. */
  bySecond: ReadonlyMap<string, ReadonlyArray<CompiledPhrase<F>>>;
  /** Those a next word cannot rule out: one word long, or any word second. */
  rest: ReadonlyArray<CompiledPhrase<F>>;
}

/** Phrases keyed by every form of their first word. */
export type PhraseIndex<F extends string> = ReadonlyMap<string, FirstWordEntry<F>>;

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
  const entries = new Map<string, FirstWordEntry<F>>();
  for (const [form, list] of index) entries.set(form, { phrases: list.sort((a, b) => b.slots.length - a.slots.length), next: null });
  return entries;
}

/** In list order: a phrase that any next word may follow joins every list, one with a second word joins its own. */
function indexNextWords<F extends string>(phrases: ReadonlyArray<CompiledPhrase<F>>): NextWordIndex<F> {
  const bySecond = new Map<string, Array<CompiledPhrase<F>>>();
  const rest: Array<CompiledPhrase<F>> = [];
  for (const phrase of phrases) {
    const second = phrase.slots.length < 2 ? null : phrase.slots[1]!;
    if (second === null) {
      rest.push(phrase);
      for (const list of bySecond.values()) list.push(phrase);
      continue;
    }
    for (const word of second) {
      const list = bySecond.get(word);
      if (list === undefined) bySecond.set(word, [...rest, phrase]);
      else list.push(phrase);
    }
  }
  return { bySecond, rest };
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
  const entry = index.get(words[at]!);
  if (!entry) return null;
  const next = (entry.next ??= indexNextWords(entry.phrases));
  // Every phrase listed under the next word accepts it: the words from the third on are left to check.
  const candidates = (at + 1 < words.length ? next.bySecond.get(words[at + 1]!) : undefined) ?? next.rest;
  for (const phrase of candidates) {
    const end = at + phrase.slots.length;
    if (end > words.length) continue;
    let matches = true;
    for (let k = 2; k < phrase.slots.length && matches; k++) {
      const slot = phrase.slots[k]!;
      matches = slot === null || slot.has(words[at + k]!);
    }
    if (matches) return { family: phrase.family, entry: phrase.entry, from: at, to: end };
  }
  return null;
}
