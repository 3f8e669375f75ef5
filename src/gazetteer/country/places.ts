import countries from 'world-countries';
import { supranationalBodies } from './bodies.js';
import { subnationalAbbreviations, subnationalRegions } from './regions.js';
import { nationalAgencies, seatsOfGovernment } from './seats.js';

/**
 * How a form names its country: the name itself, a demonym, a capital (metonym), a supranational body, a seat of
 * government or national agency, a state or province.
 */
export type PlaceKind = 'name' | 'demonym' | 'capital' | 'body' | 'seat' | 'region';

export interface PlaceEntry {
  country: string;
  kind: PlaceKind;
}

export interface PlaceIndex {
  get(form: string): PlaceEntry | undefined;
  /** Whether some form starts with this word: most capitalised words do not, and are rejected at once. */
  startsForm(word: string): boolean;
  /**
   * For a longest-match scan, in one probe: the entry `text` names, null when it only begins some form, undefined
   * when no form begins with it (the scan stops there).
   */
  readForm(text: string): PlaceEntry | null | undefined;
  /** The most words any form has, so callers bound their longest-match window. */
  readonly maxWords: number;
}

/** The dataset's common name where articles use another ("Türkiye" is mostly written "Turkey"). */
export const familiarCountryNames: Readonly<Record<string, string>> = { TUR: 'Turkey' };

/** Forms the dataset lacks or keeps only as ambiguous two-letter codes. */
export const extraCountryForms: ReadonlyArray<{ form: string; country: string; kind: PlaceKind }> = [
  { form: 'US', country: 'United States', kind: 'name' },
  { form: 'U.S.', country: 'United States', kind: 'name' },
  { form: 'U.S.A.', country: 'United States', kind: 'name' },
  { form: 'America', country: 'United States', kind: 'name' },
  { form: 'Washington', country: 'United States', kind: 'capital' },
  { form: 'UK', country: 'United Kingdom', kind: 'name' },
  { form: 'U.K.', country: 'United Kingdom', kind: 'name' },
  { form: 'Britain', country: 'United Kingdom', kind: 'name' },
  { form: 'Kiev', country: 'Ukraine', kind: 'capital' },
  { form: 'Turkey', country: 'Turkey', kind: 'name' },
  { form: 'Czech Republic', country: 'Czechia', kind: 'name' },
  { form: 'Emirati', country: 'United Arab Emirates', kind: 'demonym' },
];

/** A form the dataset gives a country: its common or official name, another spelling, a demonym or a capital. */
export interface CountryForm {
  form: string;
  /** The country's name as claimex writes it. */
  country: string;
  kind: 'name' | 'spelling' | 'demonym' | 'capital';
  independent: boolean;
}

/**
 * Every form world-countries gives each country, the one reading of the dataset that the place index and the
 * place-name test share. Independent states come first, so a demonym or capital they share with a territory
 * names the state.
 */
export function countryForms(): CountryForm[] {
  const forms: CountryForm[] = [];
  const ordered = [...countries].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
  for (const entry of ordered) {
    const country = familiarCountryNames[entry.cca3] ?? entry.name.common;
    const independent = entry.independent ?? false;
    const push = (form: string, kind: CountryForm['kind']): void => void forms.push({ form, country, kind, independent });
    push(entry.name.common, 'name');
    push(entry.name.official, 'name');
    for (const spelling of entry.altSpellings) push(spelling, 'spelling');
    const demonyms = entry.demonyms['eng'];
    if (demonyms) {
      push(demonyms.m, 'demonym');
      push(demonyms.f, 'demonym');
    }
    for (const capital of entry.capital) push(capital, 'capital');
  }
  return forms;
}

const LATIN_FORM = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} .'’-]*$/u;

let index: PlaceIndex | undefined;

/**
 * Country names, spellings, demonyms and capitals from world-countries, plus supranational bodies and seats of
 * government, keyed by their written form. Built once on first use and never changed: the dataset is large, so
 * nothing else keeps a reference to it.
 */
export function placeIndex(): PlaceIndex {
  index ??= buildPlaceIndex();
  return index;
}

const CURLY_APOSTROPHES = /[’‘`]/g;

export function normaliseApostrophes(text: string): string {
  return text.includes('’') || text.includes('‘') || text.includes('`') ? text.replace(CURLY_APOSTROPHES, "'") : text;
}

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const RIGHT_SINGLE_QUOTE = 0x2019;

/**
 * A form's first word as tokens split it: up to a space, hyphen or apostrophe ("Quai d'Orsay" → "Quai"). Asked of
 * every capitalised token, nearly all short and unbroken: a loop over their char codes costs less than a regex call.
 */
function firstWord(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === SPACE || code === APOSTROPHE || code === HYPHEN || code === RIGHT_SINGLE_QUOTE) return text.slice(0, i);
  }
  return text;
}

function buildPlaceIndex(): PlaceIndex {
  const map = new Map<string, PlaceEntry>();
  const add = (form: string, entry: PlaceEntry): void => {
    const key = normaliseApostrophes(form);
    if (!map.has(key) && LATIN_FORM.test(key)) map.set(key, entry);
  };
  for (const { form, country, kind } of extraCountryForms) add(form, { country, kind });
  for (const body of supranationalBodies) for (const form of body.forms) add(form, { country: body.name, kind: 'body' });
  for (const seat of [...seatsOfGovernment, ...nationalAgencies]) add(seat.name, { country: seat.country, kind: 'seat' });
  for (const { form, country, kind, independent } of countryForms()) {
    if (kind === 'spelling') {
      // Short codes ("TR") and inverted names ("Korea, Republic of") are not how articles name a country.
      if (form.length > 3 && !form.includes(',')) add(form, { country, kind: 'name' });
    } else if (kind !== 'capital') {
      add(form, { country, kind });
    } else if (independent) {
      // A territory's capital is rarely written for its country.
      add(form, { country, kind: 'capital' });
      const city = form.replace(/(?<!\s)\s+D\.C\.$/, '');
      if (city !== form) add(city, { country, kind: 'capital' });
    }
  }
  // Last, so a country, capital or demonym spelled the same keeps its meaning.
  for (const region of [...subnationalRegions, ...subnationalAbbreviations]) add(region.name, { country: region.country, kind: 'region' });
  let maxWords = 1;
  const firstWords = new Set<string>();
  /** Every prefix of every form, mapped to the form's entry where the prefix is a whole form, else to null. */
  const prefixes = new Map<string, PlaceEntry | null>();
  for (const key of map.keys()) {
    const words = key.split(' ');
    maxWords = Math.max(maxWords, words.length);
    firstWords.add(firstWord(key));
    for (let end = 1; end <= key.length; end++) {
      const prefix = key.slice(0, end);
      prefixes.set(prefix, map.get(prefix) ?? null);
    }
  }
  return {
    get: (form) => map.get(normaliseApostrophes(form)),
    startsForm: (word) => firstWords.has(firstWord(word)),
    readForm: (text) => prefixes.get(normaliseApostrophes(text)),
    maxWords: Math.min(maxWords, 5),
  };
}
