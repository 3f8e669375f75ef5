import { joinTokens, type Token, type WordToken } from '../core/tokens.js';
import type { Span } from '../core/schema.js';
import { isCapitalised } from '../core/capitalised.js';
import { placeIndex, type PlaceEntry, type PlaceKind } from './country/places.js';
import { NAME_OPENERS, NOT_OWNER_PREPOSITIONS, NOUN_PHRASE_DETERMINERS, SENTENCE_ADVERBS } from '../lang/en/words.js';
import { officeModifiers, officeWords } from '../lang/en/speakers.js';
import { placeModifiers, subjectAreaNouns } from '../lang/en/national-labels.js';

export type { WordToken } from '../core/tokens.js';
export { familiarCountryNames, extraCountryForms, placeIndex, type PlaceEntry, type PlaceKind } from './country/places.js';
export { supranationalBodies, type SupranationalBody } from './country/bodies.js';
export { nationalAgencies, seatsOfGovernment, type SeatOfGovernment } from './country/seats.js';
export { countryOfLabel, labelCountry } from './country/labels.js';

/** A place named in a run of tokens: which tokens, what it names and how. */
export interface PlaceReference {
  first: number;
  last: number;
  span: Span;
  country: string;
  kind: PlaceKind;
  /** A possessive follows ("France’s Armed Forces"). */
  possessive: boolean;
}

const POSSESSIVE_S = /^['’]s?$/;

/** The country (or body) a written form names: "Germany", "German", "Berlin", "EU", "the Kremlin" without "the". */
export function lookupPlace(form: string): PlaceEntry | null {
  return placeIndex().get(form.trim()) ?? null;
}

/** The longest place name that starts at token `i` ("United Kingdom", "U.K.", "White House"), or null. */
export function matchPlaceAt(tokens: readonly WordToken[], i: number, limit = tokens.length): PlaceReference | null {
  const place = longestPlaceAt(tokens, i, limit);
  return place !== null && (isAnothersInstitution(tokens, place) || isSurname(tokens, place) || isSubjectArea(tokens, place)) ? null : place;
}

const SUBJECT_AREA_NOUNS: ReadonlySet<string> = new Set(subjectAreaNouns);
const ABBREVIATION = /^[\p{Lu}.]+$/u;

/**
 * "a Ukraine specialist", "Russia experts", "the China desk": a country's name (not its demonym, possessive or
 * abbreviation: "a US expert" is American) right before a noun of expertise is the field, not whose the holder is.
 */
function isSubjectArea(tokens: readonly WordToken[], place: PlaceReference): boolean {
  if (place.kind !== 'name' || place.possessive) return false;
  const next = tokens[place.last + 1];
  if (next === undefined || !SUBJECT_AREA_NOUNS.has(next.value)) return false;
  return !ABBREVIATION.test(tokens[place.first]!.value);
}

const NAME_BEFORE_DEMONYM_EXCLUDED: ReadonlySet<string> = new Set([...NOUN_PHRASE_DETERMINERS, ...officeWords, ...officeModifiers]);
/** Before a country's or a capital's name, function words and place modifiers too ("In Lima", "Northern Syria"). */
const NAME_BEFORE_PLACE_EXCLUDED: ReadonlySet<string> = new Set([...NAME_BEFORE_DEMONYM_EXCLUDED, ...NAME_OPENERS, ...SENTENCE_ADVERBS, ...placeModifiers]);
const SURNAME_KINDS: ReadonlySet<PlaceKind> = new Set(['demonym', 'name', 'capital']);

/**
 * "Mark Cuban", "Tom French", "Joana Lima", "Michael Jordan": a one-word demonym, country or capital written as a word
 * right after a capitalised word that is no determiner, office word, function word, place modifier or place is a
 * surname. ("Former Cuban officials", "The Cuban government", "Latin American", "In Lima", "Northern Syria" keep
 * their place.)
 */
function isSurname(tokens: readonly WordToken[], place: PlaceReference): boolean {
  if (!SURNAME_KINDS.has(place.kind) || place.first !== place.last || ABBREVIATION.test(tokens[place.first]!.value)) return false;
  const before = tokens[place.first - 1];
  if (before === undefined || before.end !== place.span.start - 1 || !isCapitalised(before.value) || !/^\p{L}+$/u.test(before.value)) return false;
  const excluded = place.kind === 'demonym' ? NAME_BEFORE_DEMONYM_EXCLUDED : NAME_BEFORE_PLACE_EXCLUDED;
  if (excluded.has(before.value.toLowerCase()) || isTaggedVerb(before)) return false;
  return longestPlaceAt(tokens, place.first - 1, place.first) === null && !placeIndex().startsForm(before.value);
}

/** A word a tagger read as a verb ("Say Mexico demanded …") is no first name; tokens from a sentence carry their tag. */
function isTaggedVerb(token: WordToken): boolean {
  const pos = (token as Partial<Token>).pos;
  return pos === 'VERB' || pos === 'AUX';
}

function longestPlaceAt(tokens: readonly WordToken[], i: number, limit: number): PlaceReference | null {
  const first = tokens[i];
  if (first === undefined || !isCapitalised(first.value)) return null;
  const places = placeIndex();
  if (!places.startsForm(first.value)) return null;
  let text = '';
  let best: PlaceReference | null = null;
  for (let k = i; k < limit && k - i < places.maxWords * 2; k++) {
    const token = tokens[k]!;
    if (k > i) text += token.start > tokens[k - 1]!.end ? ' ' : '';
    text += token.value;
    const entry = places.readForm(text);
    if (entry === undefined) break;
    if (entry !== null) {
      const next = tokens[k + 1];
      best = {
        first: i,
        last: k,
        span: { start: first.start, end: token.end },
        country: entry.country,
        kind: entry.kind,
        possessive: next !== undefined && POSSESSIVE_S.test(next.value),
      };
    }
  }
  return best;
}

/**
 * "the National Security Council", "Russia's Security Council": a body's institution of several words ("Security
 * Council") that a name or a possessive before it makes another's, a state's own. The body's own name ("the United
 * Nations") and its acronym stay the body's.
 */
function isAnothersInstitution(tokens: readonly WordToken[], place: PlaceReference): boolean {
  if (place.kind !== 'body' || place.last === place.first) return false;
  const before = tokens[place.first - 1];
  if (before === undefined || before.end < place.span.start - 1) return false;
  if (POSSESSIVE_S.test(before.value)) return true;
  if (!isCapitalised(before.value) || NOUN_PHRASE_DETERMINERS.has(before.value.toLowerCase())) return false;
  return joinTokens(tokens.slice(place.first, place.last + 1)) !== place.country && !followsOwnBody(tokens, place);
}

/** "the United Nations Security Council": the body's own name just before its institution. */
function followsOwnBody(tokens: readonly WordToken[], place: PlaceReference): boolean {
  for (let k = Math.max(0, place.first - placeIndex().maxWords * 2); k < place.first; k++) {
    const before = longestPlaceAt(tokens, k, place.first);
    if (before !== null && before.last === place.first - 1 && before.country === place.country) return true;
  }
  return false;
}

/** Every place named in the tokens, left to right, without overlaps. */
export function placeReferences(tokens: readonly WordToken[]): PlaceReference[] {
  const found: PlaceReference[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const place = matchPlaceAt(tokens, i);
    if (place === null) continue;
    found.push(place);
    i = place.last;
  }
  return found;
}

/** Whether the word before the place (past a "the") is one of `words`: "to Ukraine", "in the Netherlands". */
export function placeAfter(tokens: readonly WordToken[], place: PlaceReference, words: ReadonlySet<string>): boolean {
  const before = tokens[place.first - 1]?.value.toLowerCase() ?? '';
  return words.has(before) || (before === 'the' && words.has(tokens[place.first - 2]?.value.toLowerCase() ?? ''));
}

/**
 * The country a title or apposition gives its holder: a supranational body wins over a nation inside the same
 * title ("EU envoy to Ukraine"), and a place after "to"/"in" is where, not whose. Seats of government count
 * ("Kremlin spokesman" → Russia).
 */
export function countryOfTitle(tokens: readonly WordToken[]): { country: string; span: Span } | null {
  let nation: PlaceReference | null = null;
  for (const place of placeReferences(tokens)) {
    if (placeAfter(tokens, place, NOT_OWNER_PREPOSITIONS)) continue;
    if (place.kind === 'body') return { country: place.country, span: place.span };
    nation ??= place;
  }
  return nation ? { country: nation.country, span: nation.span } : null;
}

/**
 * A party-and-state label set off after a name ("Sen. Jane Roe (D-N.M.)", "Rep. John Doe, R-Ohio,") is the US
 * press convention for members of Congress and state officials: it places them in the United States.
 */
const US_PARTY_STATE_LABEL = /^[DRI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?$/;
const US_COUNTRY = 'United States';

export function countryOfPartyLabel(tokens: readonly WordToken[]): { country: string; span: Span } | null {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined || !US_PARTY_STATE_LABEL.test(joinTokens(tokens))) return null;
  return { country: US_COUNTRY, span: { start: first.start, end: last.end } };
}

/** Whether a speaker phrase that is only this name is a country acting as a speaker ("Russia", "Moscow", "Kyiv"). */
export function isCountrySpeaker(name: string): boolean {
  const entry = lookupPlace(name);
  return entry !== null && (entry.kind === 'name' || entry.kind === 'capital');
}
