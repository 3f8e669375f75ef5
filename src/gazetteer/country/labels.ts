import type { WordToken } from '../../core/tokens.js';
import type { Span } from '../../core/schema.js';
import { isCapitalised } from '../../core/capitalised.js';
import { nationalOfficeCountries, partyLabelCountries, partyLabelQualifiers } from '../../lang/en/national-labels.js';

const PARTY_LABEL_QUALIFIERS: ReadonlySet<string> = new Set(partyLabelQualifiers);
// Maps, not the records themselves: a record answers "constructor" with a function.
const NATIONAL_OFFICE_COUNTRIES: ReadonlyMap<string, string> = new Map(Object.entries(nationalOfficeCountries));
const PARTY_LABEL_COUNTRIES: ReadonlyMap<string, string> = new Map(Object.entries(partyLabelCountries));
const HYPHEN = '-';
/**
 * The lengths of the office words: a word of another length is no office, and is neither lower-cased nor looked up.
 * (Lower-casing keeps the length of any word that becomes an ASCII office word.)
 */
const officeLengths = [...NATIONAL_OFFICE_COUNTRIES.keys()].map((office) => office.length);
const OFFICE_MIN_LENGTH = Math.min(...officeLengths);
const OFFICE_MAX_LENGTH = Math.max(...officeLengths);

/**
 * "Republicans", "GOP-led", "Tory", "congresswoman": the country a party label or a one-country office implies.
 * A capitalised label after another capitalised word is part of a foreign party's name ("Christian Democrats"),
 * unless that word only qualifies it ("House Democrats"). Asked of every token of an article, so only a
 * capitalised word is lower-cased before the office lookup.
 */
export function labelCountry(token: WordToken, previous: WordToken | undefined): string | null {
  const value = token.value;
  const capitalised = isCapitalised(value);
  if (value.length >= OFFICE_MIN_LENGTH && value.length <= OFFICE_MAX_LENGTH) {
    const office = NATIONAL_OFFICE_COUNTRIES.get(capitalised ? value.toLowerCase() : value);
    if (office !== undefined) return office;
  }
  if (!capitalised) return null;
  if (previous !== undefined && isCapitalised(previous.value) && !PARTY_LABEL_QUALIFIERS.has(previous.value.toLowerCase())) return null;
  const hyphen = value.indexOf(HYPHEN);
  return PARTY_LABEL_COUNTRIES.get(hyphen === -1 ? value : value.slice(0, hyphen)) ?? null;
}

/** The first party label or one-country office in a title or apposition ("Tory MP", "a Republican"), or null. */
export function countryOfLabel(tokens: readonly WordToken[]): { country: string; span: Span } | null {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const country = labelCountry(token, tokens[i - 1]);
    if (country !== null) return { country, span: { start: token.start, end: token.end } };
  }
  return null;
}
