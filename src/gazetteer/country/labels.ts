import type { WordToken } from '../../core/tokens.js';
import type { Span } from '../../core/schema.js';
import { isCapitalised } from '../../core/capitalised.js';
import { nationalOfficeCountries, partyLabelCountries, partyLabelQualifiers } from '../../lang/en/national-labels.js';

const PARTY_LABEL_QUALIFIERS: ReadonlySet<string> = new Set(partyLabelQualifiers);
const HYPHEN = '-';

/**
 * "Republicans", "GOP-led", "Tory", "congresswoman": the country a party label or a one-country office implies.
 * A capitalised label after another capitalised word is part of a foreign party's name ("Christian Democrats"),
 * unless that word only qualifies it ("House Democrats").
 */
export function labelCountry(token: WordToken, previous: WordToken | undefined): string | null {
  const office = nationalOfficeCountries[token.value.toLowerCase()];
  if (office !== undefined) return office;
  if (!isCapitalised(token.value)) return null;
  if (previous !== undefined && isCapitalised(previous.value) && !PARTY_LABEL_QUALIFIERS.has(previous.value.toLowerCase())) return null;
  const hyphen = token.value.indexOf(HYPHEN);
  return partyLabelCountries[hyphen === -1 ? token.value : token.value.slice(0, hyphen)] ?? null;
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
