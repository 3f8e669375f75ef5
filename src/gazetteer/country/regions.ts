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
