/**
 * Words that close a company's legal name ("Harbour Media Group, LLC", "The Printers Private Ltd"): a copyright
 * line ending in one names the company that owns an outlet, not the outlet.
 */
export const legalEntitySuffixes: readonly string[] = [
  'Ltd', 'Ltd.', 'Limited', 'LLC', 'L.L.C.', 'Inc', 'Inc.', 'Incorporated', 'Corp', 'Corp.', 'Corporation', 'PLC', 'plc',
  'GmbH', 'AG', 'SA', 'S.A.', 'S.L.', 'SpA', 'S.p.A.', 'BV', 'B.V.', 'NV', 'N.V.', 'AB', 'ASA', 'Oy', 'LLP', 'LP',
  'Pty', 'Pvt', 'Co.', 'K.K.',
];
