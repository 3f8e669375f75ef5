import { MIN_VALENCE, valenceDerivations, wordValence } from '../../lang/en/stance/valence.js';
import type { PhraseFamily } from './lexicon.js';
import type { PhraseHit } from './phrase-index.js';
import type { StanceWord } from './words.js';

/** An evaluative word of the published lexicon, read in its scope. */
export interface ValenceHit {
  at: number;
  /** The lexicon's rating, after negation and shifting. */
  value: number;
  /** The word as the lexicon lists it (its base for a derived form), with its rating there. */
  entry: string;
  rating: number;
  negated: boolean;
  /** Object of a verb that undoes it ("end the war"): said in favour of the undoing. */
  shifted: boolean;
  /** Under a possibility modal ("may be the best way"): still a judgement, said with less force. */
  hedged: boolean;
  /** About a term that runs against the topic (`CompiledTopic.reversed`): its value was turned around. */
  reversed?: boolean;
  /** The word said is the entry's opposite ("legal" for "illegal"): its rating counts the other way. */
  opposite?: boolean;
}

/** A rating given for a position instead of the list's: the opposite of a rated topic term. */
export interface GivenRating {
  entry: string;
  rating: number;
  opposite: boolean;
}

/** Content words only: "like" (a preposition), "no" (a determiner) and "will" are rated but judge nothing. */
const EVALUATIVE_TAGS: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'VERB', 'NOUN']);
const NEGATION_REACH = 3;
const SHIFT_REACH = 3;
const HEDGE_REACH = 3;

/**
 * Rated words at the positions `inScope` allows, except words a lexicon phrase or a topic term already took.
 * Linear: each word looks back a fixed number of hits for a negator, shifter or hedge.
 */
export function readValence(
  words: readonly StanceWord[],
  hits: ReadonlyArray<PhraseHit<PhraseFamily>>,
  taken: readonly boolean[],
  inScope: (index: number) => boolean,
  given: ReadonlyMap<number, GivenRating> = new Map(),
): ValenceHit[] {
  const before = precedingHits(words.length, hits);
  const out: ValenceHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (taken[i] || !EVALUATIVE_TAGS.has(word.pos) || !inScope(i)) continue;
    const override = given.get(i);
    const listed = override ? override.entry : listedAs(word.normal);
    const rating = override ? override.rating : listed === undefined ? undefined : wordValence[listed]!;
    if (rating === undefined || Math.abs(rating) < MIN_VALENCE) continue;
    const negated = within(words, before[i]!, i, 'negator', NEGATION_REACH);
    const shifted = rating < 0 && (within(words, before[i]!, i, 'shifter', SHIFT_REACH) || within(words, before[i]!, i, 'reversal', SHIFT_REACH));
    const hedged = within(words, before[i]!, i, 'hedge', HEDGE_REACH);
    const opposite = override?.opposite === true;
    const value = (negated !== shifted) !== opposite ? -rating : rating;
    out.push({ at: i, value, entry: listed!, rating, negated, shifted, hedged, ...(opposite ? { opposite } : {}) });
  }
  return out;
}

const MIN_STEM = 4;

/** The list's entry for the word: itself, or its base when the list leaves the derived form out ("problematic" → "problem"). */
function listedAs(word: string): string | undefined {
  if (wordValence[word] !== undefined) return word;
  for (const [suffix, replacement] of valenceDerivations) {
    if (!word.endsWith(suffix) || word.length - suffix.length < MIN_STEM) continue;
    const base = word.slice(0, -suffix.length) + replacement;
    if (wordValence[base] !== undefined) return base;
  }
  return undefined;
}

/** For each word, the hits that end at or before it, nearest first (shared arrays; built in one pass). */
function precedingHits(length: number, hits: ReadonlyArray<PhraseHit<PhraseFamily>>): Array<ReadonlyArray<PhraseHit<PhraseFamily>>> {
  const out: Array<ReadonlyArray<PhraseHit<PhraseFamily>>> = new Array(length);
  let recent: Array<PhraseHit<PhraseFamily>> = [];
  let h = 0;
  for (let i = 0; i < length; i++) {
    while (h < hits.length && hits[h]!.to <= i) {
      recent = [hits[h]!, ...recent.slice(0, 3)];
      h++;
    }
    out[i] = recent;
  }
  return out;
}

function within(
  words: readonly StanceWord[],
  recent: ReadonlyArray<PhraseHit<PhraseFamily>>,
  at: number,
  family: PhraseFamily,
  reach: number,
): boolean {
  const clause = words[at]!.clause;
  return recent.some((hit) => hit.family === family && at - hit.to <= reach && words[hit.from]!.clause === clause);
}
