/**
 * Nouns for evidence that speaks through what it shows: a poll, a study, figures, a recording. Headed by one, a
 * subject makes "show" and "find" report their object with no "that" ("the poll shows the mayor ahead", "one study
 * found 31 cases"), as a person's "show" would not ("she showed her badge").
 */
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'analyses', 'data',
  'research', 'figures', 'numbers', 'statistics', 'records', 'documents', 'audit', 'audits', 'review', 'investigation',
  'inquiry', 'probe', 'video', 'videos', 'footage', 'recording', 'transcript', 'transcripts', 'average', 'averages',
  'census', 'estimate', 'estimates', 'tally', 'count', 'results', 'findings', 'evidence', 'tests', 'test', 'experiment',
  'model', 'models', 'projections', 'forecast', 'forecasts', 'filings', 'returns', 'statements', 'emails', 'memo',
  'memos', 'paper', 'papers', 'index', 'chart', 'graph', 'map', 'photos', 'images', 'slide',
]);

/** Cue lemmas whose frame requires a "that" a subject headed by an evidence noun does not need. */
export const EVIDENCE_CUES: ReadonlySet<string> = new Set(['show', 'find']);
