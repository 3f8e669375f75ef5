/**
 * Words that place their holder or their article in one country without naming it: party labels of two-party
 * systems and offices only one country has. A capitalised label counts standing alone only: after another
 * capitalised word it is part of a foreign party's name ("Christian Democrats", "Sweden Democrats").
 */
export const partyLabelCountries: Readonly<Record<string, string>> = {
  Republican: 'United States',
  Republicans: 'United States',
  GOP: 'United States',
  Democrat: 'United States',
  Democrats: 'United States',
  Tory: 'United Kingdom',
  Tories: 'United Kingdom',
};

/** Capitalised words that may stand before a party label without making it a foreign party's name ("House Democrats"). */
export const partyLabelQualifiers: readonly string[] = ['the', 'house', 'senate', 'congressional', 'state', 'county', 'city'];

/** Lower-cased offices one country has ("congresswoman"): an article about their holders is about that country. */
export const nationalOfficeCountries: Readonly<Record<string, string>> = {
  congressman: 'United States',
  congresswoman: 'United States',
  congressmen: 'United States',
  congresswomen: 'United States',
};

/**
 * Role words of private employment ("chief operating officer", "founder"): a company's people speak for no
 * state, so an article's country does not pass to them.
 */
export const privateRoleWords: readonly string[] = [
  'ceo', 'cfo', 'coo', 'cto', 'executive', 'operating', 'founder', 'co-founder', 'investor', 'entrepreneur',
  'analyst', 'economist', 'strategist', 'pollster', 'researcher', 'fellow', 'professor', 'scientist', 'partner',
  'manager', 'owner', 'businessman', 'businesswoman', 'shareholder',
];

/**
 * Nouns of expertise or assignment that a country's name before them makes a subject, not a nationality: a "Ukraine
 * specialist" or "Russia expert" may be of any country, a "China correspondent" reports on China, and a "Ukraine policy"
 * is any state's policy on Ukraine.
 */
export const subjectAreaNouns: readonly string[] = [
  'specialist', 'specialists', 'expert', 'experts', 'analyst', 'analysts', 'scholar', 'scholars', 'watcher',
  'watchers', 'hawk', 'hawks', 'correspondent', 'correspondents', 'researcher', 'researchers', 'historian',
  'historians', 'observer', 'observers', 'envoy', 'desk', 'hand', 'hands', 'policy', 'strategy',
];

/**
 * Capitalised words that stand before a country's or a capital's name as part of a place or an era, not as a first
 * name ("Northern Syria", "Greater London", "Soviet Russia", "Downtown Lima"): before any other capitalised word such a
 * name is a surname ("Joana Lima", "Michael Jordan").
 */
export const placeModifiers: readonly string[] = [
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest',
  'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'central', 'greater',
  'inner', 'outer', 'upper', 'lower', 'metropolitan', 'metro', 'downtown', 'mainland', 'coastal', 'rural', 'urban',
  'occupied', 'free', 'independent', 'united', 'modern', 'ancient', 'old', 'new', 'imperial', 'soviet', 'communist',
  'nazi', 'tsarist', 'colonial', 'postwar', 'post-war', 'wartime', 'global', 'all', 'whole', 'entire', 'rest',
];
