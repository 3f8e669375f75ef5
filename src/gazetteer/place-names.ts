import { countryForms } from './country/places.js';

/** Short forms the dataset spells differently or not at all. */
const EXTRA_PLACE_NAMES: readonly string[] = ['US', 'UK', 'U.S.', 'U.K.', 'EU', 'E.U.', 'Kyiv', 'Kiev', 'Britain', 'Europe', 'West'];

let placeNames: ReadonlySet<string> | undefined;

/**
 * Country names, alternative spellings, capitals and English demonyms: "according to Moscow" or "told Ukrainian
 * media" credit no outlet. Built once on first use from the same reading of world-countries as the place index,
 * never changed afterwards. It takes more of the dataset than the index (territories' capitals, three-letter
 * spellings such as "UAE", names in other scripts) and none of the index's own additions (seats of government,
 * supranational bodies, states); an exact form is asked, with no apostrophe folding.
 */
export function isPlaceName(name: string): boolean {
  placeNames ??= buildPlaceNames();
  return placeNames.has(name);
}

function buildPlaceNames(): ReadonlySet<string> {
  const names = new Set<string>(EXTRA_PLACE_NAMES);
  for (const { form, kind } of countryForms()) if (kind !== 'spelling' || form.length > 2) names.add(form);
  return names;
}
