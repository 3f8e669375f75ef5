import { capitalise } from '../../core/capitalised.js';
import { publicBodyWords } from './institutions.js';
import { defaultCreditLexicon, type CreditLexicon } from './credits.js';

/**
 * Words that tell an outlet from a person or an institution. They describe how outlets are named and referred
 * to in general, not any particular outlet; users extend them through `createSourceRefiner`.
 */
export interface OutletLexicon {
  /** Common nouns for an outlet, written next to its name: "public broadcaster NRK", "Nordland news agency". */
  headNouns: readonly string[];
  /** Words that name outlets in many languages: "Irish Times", "Lima Post", "Gazeta Krakowska". */
  nameWords: readonly string[];
  /** Articles that open many outlet names in other languages: "La Gazette", "Die Zeit", "El País". */
  foreignArticles: readonly string[];
  /** Titles and offices: a name run holding one is a person ("U.K. Foreign Secretary David Cameron"). */
  titleWords: readonly string[];
  /** Words of institutions that speak but do not publish ("Foreign Ministry", "Security Council"). */
  institutionWords: readonly string[];
  /** Words of the credits that name the outlet of a whole story (wire agencies, bylines, republishing notes). */
  credits: CreditLexicon;
}

export const outletHeadNouns: readonly string[] = [
  'news agency', 'press agency', 'wire service', 'newspaper', 'daily', 'weekly', 'tabloid', 'paper', 'agency',
  'broadcaster', 'magazine', 'outlet', 'news outlet', 'media outlet', 'news site', 'news website', 'website',
  'portal', 'news portal', 'channel', 'TV channel', 'TV', 'television', 'radio', 'radio station', 'station',
  'network', 'publication', 'journal', 'news service',
];

export const outletNameWords: readonly string[] = [
  'Times', 'Post', 'News', 'Journal', 'Press', 'Telegraph', 'Guardian', 'Gazette', 'Herald', 'Tribune', 'Observer',
  'Independent', 'Mirror', 'Express', 'Chronicle', 'Examiner', 'Globe', 'Standard', 'Monitor', 'Courier', 'Review',
  'Daily', 'Weekly', 'Radio', 'TV', 'Television', 'Broadcasting', 'Media', 'Magazine', 'Wire', 'Insider', 'Reporter',
  'Dispatch', 'Bulletin', 'Inquirer', 'Sentinel', 'Gazeta', 'Zeitung', 'Kurier', 'Corriere', 'Diario',
  'Dagbladet', 'Pravda', 'Izvestia', 'Novosti', 'Nieuws', 'Nachrichten', 'Allgemeine', 'Rundschau', 'Gazzetta',
  'Correio', 'Nacion', 'Nación', 'Noticias', 'Jornal', 'Folha', 'Hurriyet', 'Hürriyet', 'Haber', 'Shimbun',
  'Ilbo', 'Tagesschau', 'Presse', 'Dziennik', 'Star', 'Sun', 'Mail', 'Echo', 'Voice', 'Ledger', 'Record', 'Register', 'Advocate', 'Enquirer', 'Courant',
  'Citizen', 'Leader', 'Beacon',
];

export const foreignArticles: readonly string[] = [
  'Le', 'La', 'Les', 'Die', 'Der', 'Das', 'El', 'Il', 'Lo', 'De', 'Het', 'Al',
];

export const titleWords: readonly string[] = [
  'President', 'Vice', 'Prime', 'Minister', 'Secretary', 'Chancellor', 'Senator', 'Sen.', 'Rep.', 'Representative',
  'Congressman', 'Congresswoman', 'Governor', 'Gov.', 'Mayor', 'General', 'Gen.', 'Admiral', 'Adm.', 'Colonel',
  'Col.', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Ambassador', 'Envoy', 'Director', 'Chief', 'Commissioner',
  'Chairman', 'Chairwoman', 'Chair', 'Leader', 'Speaker', 'King', 'Queen', 'Prince', 'Pope', 'Mr.', 'Mrs.', 'Ms.',
  'Dr.', 'Prof.', 'Professor', 'Deputy', 'Head', 'CEO', 'Judge', 'Justice', 'Attorney', 'Sheriff', 'Officer',
  'Lt.', 'Sgt.', 'Captain', 'Capt.', 'Rabbi', 'Bishop', 'Father', 'Sir', 'Lord', 'Lady', 'Dame',
];

/**
 * Words that make a capitalised name a speaking institution, not an outlet: the public bodies the speaker reader
 * knows, and the words of state names that are not heads of a described institution ("White House", "the
 * Kremlin", "United Nations", "Joint Chiefs of Staff").
 */
export const institutionWords: readonly string[] = [...publicBodyWords, 'house', 'kremlin', 'pentagon', 'nations', 'staff'].map(
  capitalise,
);

export const defaultOutletLexicon: OutletLexicon = {
  headNouns: outletHeadNouns,
  nameWords: outletNameWords,
  foreignArticles,
  titleWords,
  institutionWords,
  credits: defaultCreditLexicon,
};
