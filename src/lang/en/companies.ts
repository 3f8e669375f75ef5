/**
 * Words that close a company's legal name ("Harbour Media Group, LLC", "The Printers Private Ltd"): a copyright
 * line ending in one names the company that owns an outlet, not the outlet.
 */
export const legalEntitySuffixes: readonly string[] = [
  'Ltd', 'Ltd.', 'Limited', 'LLC', 'L.L.C.', 'Inc', 'Inc.', 'Incorporated', 'Corp', 'Corp.', 'Corporation', 'PLC', 'plc',
  'GmbH', 'AG', 'SA', 'S.A.', 'S.L.', 'SpA', 'S.p.A.', 'BV', 'B.V.', 'NV', 'N.V.', 'AB', 'ASA', 'Oy', 'LLP', 'LP',
  'Pty', 'Pvt', 'Co.', 'K.K.',
];

/**
 * Words a company adds to the name of the outlet it owns ("Harbour Media Group", "Riverton Publishing Company"):
 * without them and its legal form, the company's name is the outlet's own word ("Harbour", "Riverton").
 */
export const corporateWords: readonly string[] = [
  'Media', 'Group', 'Holdings', 'Holding', 'Communications', 'Publishing', 'Publishers', 'Publications', 'Company',
  'Companies', 'Enterprises', 'Partners', 'Network', 'Networks', 'Digital', 'Newspapers', 'Ventures', 'Co', 'Corp', '&',
];

/** How a page credits its own newsroom: "Special to the Harbour Ledger", "Harbour Ledger staff", "By Ledger Staff". */
export interface NewsroomCredit {
  specialTo: readonly string[];
  staffWords: readonly string[];
  bylineLead: string;
  /** The word between a byline's writer and the outlet they write for ("By Jane Roe for the Harbour Ledger"). */
  writingFor: readonly string[];
  notNames: readonly string[];
}

export const newsroomCredit: NewsroomCredit = {
  specialTo: ['Special to the', 'Special to'],
  staffWords: ['staff', 'Staff', 'staff report', 'Staff Report', 'staff writer', 'Staff Writer', 'staff reports', 'Staff Reports'],
  bylineLead: 'By',
  writingFor: ['for', 'For', 'FOR'],
  /** Words before "staff" that say whose staff without naming an outlet ("Our staff", "Editorial Staff"). */
  notNames: ['Our', 'Their', 'Your', 'His', 'Her', 'The', 'All', 'Editorial', 'News', 'Newsroom', 'Web', 'Digital'],
};
