/** A state or province written for its country ("Ohio Gov. Jane Roe", "the Texas attorney general"). */
export interface SubnationalRegion {
  name: string;
  country: string;
}

const US = 'United States';

/**
 * US states by name. Left out: Georgia (a country too), Washington (already the US capital) and states that are
 * also common given names or surnames (Virginia, Montana, Indiana, Nevada), which would cut a person's name.
 */
export const subnationalRegions: readonly SubnationalRegion[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Nebraska', 'New Hampshire', 'New Jersey', 'New Mexico',
  'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
  'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'West Virginia', 'Wisconsin',
  'Wyoming', 'District of Columbia',
].map((name) => ({ name, country: US }));

/**
 * The AP stylebook's state abbreviations, as US datelines write them after a city ("ALBANY, N.Y. —", "AUSTIN, Tex.").
 * Left out where the abbreviation is also a common word or title: "Ind." (independent), "Miss.", "Del." (delegate),
 * "La." and "Mo.".
 */
export const subnationalAbbreviations: readonly SubnationalRegion[] = [
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Fla.', 'Ga.', 'Ill.', 'Kan.', 'Ky.', 'Md.', 'Mass.', 'Mich.',
  'Minn.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.',
  'S.C.', 'S.D.', 'Tenn.', 'Va.', 'Vt.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.', 'D.C.',
].map((name) => ({ name, country: US }));
