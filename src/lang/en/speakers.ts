import { publicBodyWords } from './institutions.js';
import { foreignArticles, outletHeadNouns, outletNameWords } from './outlets.js';

/** What role readers need to know about words; the speakers lexicon provides it. */
export interface RoleWords {
  /** Lower-cased office nouns that can head a role ("minister", "spokeswoman", "chief"). */
  isOffice(normal: string): boolean;
  /** Lower-cased forms of address that are no role ("mr.", "dr."). */
  isHonorific(normal: string): boolean;
  /** Lower-cased nouns of a trade or function that make a role in an apposition only ("a historian at X"). */
  isFunction?(normal: string): boolean;
  /** Lower-cased nouns written capitalised before a name as a title is ("Actor Jane Roe"), though no office. */
  isFalseTitle?(normal: string): boolean;
}

/**
 * The words that tell people, offices, institutions, outlets and anonymous sources apart. Word lists, not lists
 * of people or places: extend a copy and pass it to `createSpeakerResolver`. Single words are matched on the
 * lower-cased token; multi-word outlet head nouns on the lower-cased phrase end.
 */
export interface SpeakerLexicon {
  /** Office nouns and their modifiers that stand before a name ("Foreign Minister", "spokesperson"). */
  officeWords: readonly string[];
  /** Office words that only qualify an office ("foreign", "state", "prime"): alone they name none ("the state"). */
  officeModifiers: readonly string[];
  /** Ranks and honorifics: a role only when nothing better is given ("General", "Mr."). */
  rankWords: readonly string[];
  /**
   * Trades and functions ("historian", "goalkeeper", "treasurer"): a role when an apposition gives one to a named
   * person ("Jane Roe, the club's goalkeeper"), never a title before a name nor a speaker alone ("a teacher said").
   */
  functionNouns?: readonly string[];
  /**
   * Nouns for what someone is or does that news style writes capitalised before a name, as if a title ("Actor Jane
   * Roe", "Billionaire Tom Lee", "Rival Ann Lee": the "false title"): no part of the name, and the person's role.
   * Function nouns count too. Words that are also common first names are left out ("Hunter", "Carter", "Mason").
   */
  falseTitles?: readonly string[];
  /** Nouns for a side or standing written before a name as false titles are ("Rival Jane Roe"), which give no role. */
  standingNouns?: readonly string[];
  /** Forms of address that give no role at all. */
  honorifics: readonly string[];
  /** Head nouns of institutions that speak ("Ministry", "government", "leadership"). */
  institutionWords: readonly string[];
  /** Head nouns of anonymous sources ("officials", "source"). */
  anonymousHeads: readonly string[];
  /** Last words of place names ("Gaza Strip", "Orange County", "Red River"): such a name is no speaker. */
  placeHeads: readonly string[];
  /** People named by what they do or are ("a nurse", "one resident"): unnamed, an anonymous source. */
  personNouns: readonly string[];
  /** Words that make an institution a company ("Motors", "Bank", "carmaker"): "the company" points back to one. */
  companyWords: readonly string[];
  /** Common nouns for an outlet ("newspaper", "news agency"). */
  outletHeadNouns: readonly string[];
  /** Capitalised words that name outlets ("Times", "Telegraph"). */
  outletNameWords: readonly string[];
  /** Articles that open outlet names in other languages ("La Gazette"). */
  foreignArticles: readonly string[];
  /** Capitalised plurals that name a party or camp speaking as one ("Republicans said"). */
  groupWords: readonly string[];
  /** Words whose holder is a woman or a man, to keep "she" from an entity known as "he". */
  feminineWords: readonly string[];
  masculineWords: readonly string[];
}

/** One office under two titles: a bare "the premier" is held by the person named as prime minister. */
export const OFFICE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['premier', 'prime minister'],
  ['pm', 'prime minister'],
  ['chief executive', 'ceo'],
  ['chief executive officer', 'ceo'],
  ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
  ['chairman', 'chair'],
  ['chairwoman', 'chair'],
  ['chairperson', 'chair'],
]);

export const officeWords: readonly string[] = [
  'president', 'vice', 'prime', 'minister', 'secretary', 'secretary-general', 'chancellor', 'premier', 'senator',
  'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'spokesperson',
  'spokesman', 'spokeswoman', 'ambassador', 'envoy', 'director', 'director-general', 'chief', 'commissioner',
  'chairman', 'chairwoman', 'chair', 'chairperson', 'leader', 'speaker', 'king', 'queen', 'prince', 'princess',
  'pope', 'emir', 'sheikh', 'sultan', 'deputy', 'head', 'ceo', 'judge', 'justice', 'attorney', 'prosecutor',
  'adviser', 'advisor', 'diplomat', 'negotiator', 'lawmaker', 'legislator', 'mp', 'mep', 'commander',
  'coordinator', 'administrator', 'inspector', 'ombudsman', 'president-elect', 'fm', 'pm', 'pres.', 'sec.',
  'amb.', 'foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'health', 'trade', 'state',
  'policy', 'affairs', 'security', 'national', 'acting', 'former', 'top', 'senior', 'junior', 'first', 'lady',
  'general', 'attorney-general', 'staff', 'press', 'official', 'executive', 'founder', 'chancellor-elect',
  'treasurer', 'whip', 'majority', 'minority', 'house', 'cabinet', 'czar', 'tsar', 'counsel', 'minister-president',
  'nominee', 'candidate', 'manager', 'strategist', 'pollster',
  // Functions written before a name ("Coach Tim Alder", "Sheriff Dana Holt", "the Rev. Anne Lowe").
  'coach', 'sheriff', 'detective', 'officer', 'trooper', 'rabbi', 'imam', 'pastor', 'reverend', 'rev.', 'archbishop',
  'superintendent', 'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'assemblyman',
  'assemblywoman',
];

export const officeModifiers: readonly string[] = [
  'vice', 'prime', 'foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'health', 'trade', 'state',
  'policy', 'affairs', 'security', 'national', 'acting', 'former', 'top', 'senior', 'junior', 'first', 'staff',
  'press', 'majority', 'minority', 'house', 'cabinet',
];

export const functionNouns: readonly string[] = [
  'goalkeeper', 'midfielder', 'striker', 'defender', 'winger', 'captain', 'referee', 'athlete',
  'historian', 'economist', 'analyst', 'researcher', 'fellow', 'scholar', 'lecturer', 'professor', 'expert',
  'scientist', 'teacher', 'principal', 'lawyer', 'doctor', 'surgeon', 'nurse', 'engineer', 'author', 'writer',
  'journalist', 'editor', 'columnist', 'correspondent', 'reporter', 'consultant', 'lobbyist', 'activist',
  'campaigner', 'organiser', 'organizer', 'owner', 'farmer', 'pilot', 'astronaut', 'architect', 'designer',
  'accountant', 'banker', 'trader', 'investor', 'physician', 'psychologist', 'curator',
  'producer', 'presenter', 'broadcaster', 'trustee', 'aide', 'specialist', 'staffer', 'assistant',
];

export const falseTitles: readonly string[] = [
  // Performers, writers and people of the screen.
  'actor', 'actress', 'comedian', 'comedienne', 'comic', 'singer', 'songwriter', 'rapper', 'musician', 'artist',
  'filmmaker', 'novelist', 'poet', 'playwright', 'screenwriter', 'entertainer', 'celebrity', 'superstar',
  'supermodel', 'dancer', 'photographer', 'blogger', 'vlogger', 'influencer', 'podcaster', 'commentator', 'pundit',
  'host', 'anchor', 'anchorman', 'anchorwoman', 'moderator', 'co-moderator', 'co-host', 'narrator', 'biographer',
  // Money and business.
  'billionaire', 'millionaire', 'businessman', 'businesswoman', 'entrepreneur', 'magnate', 'mogul', 'tycoon',
  'philanthropist', 'financier', 'developer', 'socialite', 'heiress',
  // Sport, faith and learning.
  'quarterback', 'boxer', 'golfer', 'sprinter', 'swimmer', 'cyclist', 'champion', 'evangelist',
  'televangelist', 'theologian', 'philosopher', 'sociologist', 'physicist', 'biologist', 'epidemiologist',
];

/**
 * Nouns for the side or standing someone has in a contest or a case ("Rival Jane Roe", "Challenger Tom Lee"): written
 * before a name as false titles are, but they state no office or function, so they give no role.
 */
export const standingNouns: readonly string[] = [
  'rival', 'challenger', 'opponent', 'incumbent', 'frontrunner', 'front-runner', 'contender', 'hopeful', 'newcomer',
  'underdog', 'whistleblower', 'defendant', 'plaintiff', 'survivor', 'victim', 'suspect',
];

export const rankWords: readonly string[] = [
  'general', 'gen.', 'admiral', 'adm.', 'colonel', 'col.', 'lieutenant', 'lt.', 'major', 'maj.', 'captain',
  'capt.', 'sergeant', 'sgt.', 'marshal', 'brigadier', 'commodore',
  // British style writes the abbreviations without a full stop ("Lt Col Jane Roe").
  'gen', 'adm', 'col', 'lt', 'maj', 'capt', 'sgt', 'brig', 'cdr', 'cmdr',
];

export const honorifics: readonly string[] = [
  'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'dr.', 'dr', 'prof.', 'professor', 'sir', 'dame', 'lord', 'madam',
  'monsieur', 'herr', 'frau',
];

/** Lower-case particles inside personal names ("Alberto van Klaveren", "Ursula von der Leyen", "Luiz da Silva"). */
export const nameParticles: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el',
]);

/**
 * Heads of institution phrases: the public bodies, then words that head other bodies and companies. Some of these
 * also head outlets' names ("agency", "network", "group", "corporation"), so only `publicBodyWords` are shared with
 * the outlet reader.
 */
export const institutionWords: readonly string[] = [
  ...publicBodyWords,
  'military', 'agency', 'authorities', 'leadership', 'presidency', 'directorate',
  'secretariat', 'mission', 'delegation', 'chancellery', 'prosecutors', 'coalition', 'regime', 'junta',
  'headquarters', 'team', 'campaign', 'company', 'corporation', 'group', 'foundation',
  'federation', 'confederation', 'association', 'society', 'league', 'chamber', 'board',
  'caucus', 'conference', 'network', 'tribunal', 'panel', 'motors', 'holdings', 'industries', 'technologies',
  'airlines', 'airways', 'partners', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'gmbh',
  'pharmaceuticals', 'laboratories', 'securities', 'investments', 'ventures', 'insurance', 'telecom',
  'hospital', 'clinic', 'school', 'museum', 'centre', 'center', 'academy', 'club', 'firm', 'carmaker', 'automaker', 'manufacturer', 'retailer', 'lender',
  'insurer', 'conglomerate', 'utility', 'airline',
];

/**
 * Adjectives that follow the sources they describe ("people familiar with the talks", "officials close to the
 * president"): the phrase before them is the speaker, described by what it knows.
 */
export const sourcePostmodifiers: ReadonlySet<string> = new Set([
  'familiar', 'close', 'briefed', 'knowledgeable', 'involved', 'privy', 'opposed', 'loyal',
]);

/** Links from unnamed people to the field they know ("experts on trade", "specialists on the region"). */
export const sourceFieldLinks: ReadonlySet<string> = new Set(['on']);

/**
 * Nouns for people who serve someone, which take "to" for whom they serve ("an aide to the governor", "the envoy to
 * the talks"): the phrase before a verb runs back over "to" from such a noun only.
 */
export const servingNouns: ReadonlySet<string> = new Set([
  'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'assistant', 'assistants', 'spokesman', 'spokeswoman',
  'spokesperson', 'spokespeople', 'ambassador', 'ambassadors', 'envoy', 'envoys', 'counselor', 'counselors',
  'counsellor', 'counsellors', 'successor', 'heir', 'deputy', 'deputies', 'liaison', 'secretary',
]);

/**
 * Nouns that name one member of a party or camp ("an Ohio Republican", "the veteran Democrat"): a description of
 * a person, who may be named elsewhere.
 */
export const partyMemberNouns: ReadonlySet<string> = new Set([
  'republican', 'democrat', 'conservative', 'liberal', 'socialist', 'independent', 'tory', 'centrist', 'populist',
  'nationalist', 'communist', 'libertarian', 'progressive',
]);

export const anonymousHeads: readonly string[] = [
  'source', 'sources', 'official', 'officials', 'diplomat', 'diplomats', 'insider', 'insiders', 'aide', 'aides',
  'person', 'people', 'officer', 'officers', 'analyst', 'analysts', 'expert', 'experts', 'observer',
  'observers', 'lawmakers', 'legislators', 'politicians', 'investigators', 'witnesses', 'residents', 'neighbors',
  'neighbours', 'critics', 'supporters', 'opponents', 'economists', 'researchers', 'scientists', 'activists',
  'protesters', 'voters', 'detectives', 'workers',
  // Office holders in the plural, unnamed ("European ministers said", "executives said").
  'ministers', 'senators', 'executives', 'judges', 'ambassadors', 'envoys', 'governors', 'mayors', 'commanders',
  'negotiators', 'advisers', 'advisors', 'spokespeople', 'directors', 'deputies', 'regulators', 'managers',
  'strategists', 'pollsters', 'lawyers', 'attorneys', 'staffers', 'employees', 'organizers', 'organisers',
  'councillors', 'councilors',
  // People named by whom they stand with or belong to ("allies of the mayor", "members of the panel").
  'allies', 'friends', 'associates', 'colleagues', 'relatives', 'members', 'backers', 'defenders', 'detractors', 'fans',
  'followers',
];

export const companyWords: readonly string[] = [
  'company', 'firm', 'carmaker', 'automaker', 'manufacturer', 'retailer', 'lender', 'insurer', 'airline', 'airlines',
  'bank', 'group', 'conglomerate', 'utility', 'corporation', 'motors', 'holdings', 'industries', 'technologies',
  'pharmaceuticals', 'laboratories', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'gmbh', 'telecom',
  'insurance', 'ventures', 'investments', 'partners',
];

export const personNouns: readonly string[] = [
  'nurse', 'doctor', 'teacher', 'farmer', 'driver', 'resident', 'student', 'witness', 'victim', 'survivor', 'parent',
  'mother', 'father', 'neighbour', 'neighbor', 'owner', 'customer', 'passenger', 'voter', 'soldier', 'worker',
  'employee', 'patient', 'shopkeeper', 'fisherman', 'protester', 'activist', 'volunteer', 'refugee', 'pensioner',
];

/** Words that are also common surnames ("Park", "Lake", "Bay", "Camp", "Rivers") are left out. */
export const placeHeads: readonly string[] = [
  'strip', 'city', 'county', 'province', 'region', 'district', 'valley', 'island', 'islands', 'mountains', 'street',
  'avenue', 'square', 'road', 'crossing', 'border', 'peninsula', 'airport', 'station',
];

export const groupWords: readonly string[] = [
  'Republicans', 'Democrats', 'Conservatives', 'Liberals', 'Socialists', 'Greens', 'Tories', 'Progressives',
  'Populists', 'Nationalists', 'Separatists', 'Rebels', 'Islamists', 'Communists', 'Centrists', 'Independents',
];

export const feminineWords: readonly string[] = [
  'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'queen', 'princess', 'ms.', 'ms', 'mrs.',
  'mrs', 'madam', 'dame', 'frau', 'lady', 'she',
];

export const masculineWords: readonly string[] = [
  'spokesman', 'chairman', 'congressman', 'businessman', 'king', 'prince', 'mr.', 'mr', 'sir', 'lord',
  'monsieur', 'herr', 'he',
];

export const defaultSpeakerLexicon: SpeakerLexicon = {
  officeWords,
  officeModifiers,
  rankWords,
  functionNouns,
  falseTitles,
  standingNouns,
  honorifics,
  institutionWords,
  anonymousHeads,
  placeHeads,
  personNouns,
  companyWords,
  outletHeadNouns,
  outletNameWords,
  foreignArticles,
  groupWords,
  feminineWords,
  masculineWords,
};

/** A lexicon as sets, built once per resolver: lookups per token stay O(1). */
export interface CompiledSpeakerLexicon {
  office: ReadonlySet<string>;
  officeModifier: ReadonlySet<string>;
  rank: ReadonlySet<string>;
  honorific: ReadonlySet<string>;
  /** False titles, standing nouns and function nouns: what may stand capitalised before a name without being part of it. */
  falseTitle: ReadonlySet<string>;
  /** Office, rank and honorific words in one set: the question asked of most capitalised words. */
  title: ReadonlySet<string>;
  institution: ReadonlySet<string>;
  anonymous: ReadonlySet<string>;
  placeHead: ReadonlySet<string>;
  personNoun: ReadonlySet<string>;
  company: ReadonlySet<string>;
  outletHeads: ReadonlySet<string>;
  outletHeadMaxWords: number;
  outletNames: ReadonlySet<string>;
  foreignArticles: ReadonlySet<string>;
  groups: ReadonlySet<string>;
  feminine: ReadonlySet<string>;
  masculine: ReadonlySet<string>;
  /** The same words as the role readers ask for them. */
  roleWords: RoleWords;
}

/** "Services", "Committees", "Agencies": an institution word counts in the plural too. */
function withPlurals(words: ReadonlySet<string>): ReadonlySet<string> {
  const all = new Set(words);
  for (const word of words) {
    if (word.endsWith('s')) continue;
    all.add(/[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`);
  }
  return all;
}

export function compileSpeakerLexicon(lexicon: SpeakerLexicon): CompiledSpeakerLexicon {
  const lower = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((word) => word.toLowerCase()));
  const office = lower(lexicon.officeWords);
  const rank = lower(lexicon.rankWords);
  const honorific = lower(lexicon.honorifics);
  const functions = lower(lexicon.functionNouns ?? []);
  const falseTitleRoles = new Set([...functions, ...lower(lexicon.falseTitles ?? [])]);
  return {
    roleWords: {
      isOffice: (normal) => office.has(normal) || rank.has(normal),
      isHonorific: (normal) => honorific.has(normal),
      isFunction: (normal) => functions.has(normal),
      isFalseTitle: (normal) => falseTitleRoles.has(normal),
    },
    falseTitle: new Set([...falseTitleRoles, ...lower(lexicon.standingNouns ?? [])]),
    office,
    officeModifier: lower(lexicon.officeModifiers),
    rank,
    honorific,
    title: new Set([...office, ...rank, ...honorific]),
    institution: withPlurals(lower(lexicon.institutionWords)),
    anonymous: lower(lexicon.anonymousHeads),
    placeHead: lower(lexicon.placeHeads),
    personNoun: lower(lexicon.personNouns),
    company: lower(lexicon.companyWords),
    outletHeads: lower(lexicon.outletHeadNouns),
    outletHeadMaxWords: Math.max(1, ...lexicon.outletHeadNouns.map((noun) => noun.split(' ').length)),
    outletNames: new Set(lexicon.outletNameWords),
    foreignArticles: new Set(lexicon.foreignArticles),
    groups: new Set(lexicon.groupWords),
    feminine: lower(lexicon.feminineWords),
    masculine: lower(lexicon.masculineWords),
  };
}
