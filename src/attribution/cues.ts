import type { ReportingCue } from '../schema.js';

/** Reporting verbs and phrases by base form. Users add entries through the `cues` option. */
export const reportingCues: readonly ReportingCue[] = [
  { lemma: 'say', kind: 'speech' },
  { lemma: 'tell', kind: 'speech' },
  { lemma: 'state', kind: 'speech' },
  { lemma: 'according to', kind: 'speech' },
];
