import countries from 'world-countries';

/** Short forms the dataset spells differently or not at all. */
const EXTRA_PLACE_NAMES: readonly string[] = ['US', 'UK', 'U.S.', 'U.K.', 'EU', 'E.U.', 'Kyiv', 'Kiev', 'Britain', 'Europe', 'West'];

let placeNames: ReadonlySet<string> | undefined;

/**
 * Country names, alternative spellings, capitals and English demonyms: "according to Moscow" or "told Ukrainian
 * media" credit no outlet. Built once on first use from world-countries, never changed afterwards.
 */
export function isPlaceName(name: string): boolean {
  placeNames ??= buildPlaceNames();
  return placeNames.has(name);
}

function buildPlaceNames(): ReadonlySet<string> {
  const names = new Set<string>(EXTRA_PLACE_NAMES);
  for (const country of countries) {
    names.add(country.name.common);
    names.add(country.name.official);
    for (const spelling of country.altSpellings) if (spelling.length > 2) names.add(spelling);
    for (const capital of country.capital) names.add(capital);
    const demonyms = country.demonyms['eng'];
    if (demonyms) {
      names.add(demonyms.m);
      names.add(demonyms.f);
    }
  }
  return names;
}
