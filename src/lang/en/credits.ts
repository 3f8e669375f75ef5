/**
 * Words of story credits: the line that says which outlet wrote the whole story ("By Jane Roe, Associated Press",
 * "— Reuters", "This article first appeared in X"). A dateline credit ("CITY (Agency) —") is read by its shape
 * and needs no list; a byline or a sign-off line is told from a person's by the agency's name.
 */
export interface CreditLexicon {
  /**
   * The international and national wire services whose copy other outlets run under their own mastheads
   * (the well-known members of the world's news-agency lists, each as it signs its copy).
   */
  wireAgencies: readonly string[];
  /** Words of a photo credit: a line holding one credits a picture, not the story ("Jane Roe | AFP | Getty Images"). */
  photoCreditWords: readonly string[];
  /** What a republished story says before its first outlet's name ("Originally published in", "Reprinted from"). */
  republishedLeads: readonly string[];
  /** Words that may stand before such a lead ("This article was originally …"). */
  republishedSubjects: readonly string[];
  /** Lower-case words a byline holds beside names ("By Jane Roe and Tom Poe for Agency", "06:00 pm"). */
  bylineWords: readonly string[];
  /** Lower-case words inside an outlet's name ("The Voice of the North"). */
  nameConnectors: readonly string[];
}

export const wireAgencies: readonly string[] = [
  'Reuters', 'Associated Press', 'AP', 'Agence France-Presse', 'Agence France Presse', 'AFP', 'Bloomberg',
  'United Press International', 'UPI', 'Deutsche Presse-Agentur', 'dpa', 'DPA', 'ANSA', 'EFE', 'Europa Press',
  'Xinhua', 'TASS', 'Tass', 'RIA Novosti', 'Interfax', 'Sputnik', 'Ukrinform', 'UNIAN', 'Kyodo', 'Kyodo News',
  'Jiji Press', 'Yonhap', 'Press Trust of India', 'PTI', 'IANS', 'ANI', 'Bernama', 'Antara', 'Anadolu',
  'Anadolu Agency', 'IRNA', 'KUNA', 'WAM', 'QNA', 'MENA', 'APS', 'PAP', 'CTK', 'ČTK', 'TASR', 'MTI',
  'BTA', 'Agerpres', 'HINA', 'Tanjug', 'LETA', 'BNS', 'ELTA', 'STT', 'NTB', 'Ritzau', 'ANP', 'Belga',
  'APA', 'Keystone-SDA', 'Lusa', 'ANA-MPA', 'PA Media', 'Press Association', 'AAP', 'Australian Associated Press',
  'Canadian Press', 'Notimex', 'Prensa Latina', 'Agencia Brasil', 'Télam', 'Telam', 'BSS',
  'CNA', 'Central News Agency', 'Philippine News Agency', 'PNA', 'Vietnam News Agency', 'VNA', 'KCNA', 'SANA',
  'WAFA', 'Kazinform', 'Azertag', 'Armenpress', 'Belta', 'BelTA',
];

export const photoCreditWords: readonly string[] = [
  'Photo', 'Photos', 'Photograph', 'Picture', 'Image', 'Images', 'Getty', 'Pool', 'File', 'Shutterstock', 'Alamy',
  'Credit', 'Video', 'Illustration',
];

export const republishedLeads: readonly string[] = [
  'published in', 'published by', 'published on', 'appeared in', 'appeared on', 'appeared first in',
  'appeared first on', 'republished from', 'reprinted from', 'reprinted with permission from',
  'republished with permission from', 'originally ran in',
];

export const republishedSubjects: readonly string[] = [
  'this', 'the', 'article', 'story', 'piece', 'column', 'op-ed', 'commentary', 'essay', 'report', 'interview', 'it',
  'was', 'is', 'has', 'been', 'originally', 'first', 'previously', 'also',
];

export const bylineWords: readonly string[] = ['by', 'and', 'for', 'of', 'in', 'am', 'pm', 'a.m.', 'p.m.', 'at', 'with'];

export const nameConnectors: readonly string[] = ['of', 'and', '&', 'de', 'am', 'the', 'for'];

export const defaultCreditLexicon: CreditLexicon = {
  wireAgencies,
  photoCreditWords,
  republishedLeads,
  republishedSubjects,
  bylineWords,
  nameConnectors,
};
