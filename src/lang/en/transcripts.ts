/**
 * Capitalised labels that open a paragraph with a colon but name a section, not a speaker ("CORRECTION:", "UPDATE:",
 * "WATCH:"), or a headline's kicker ("BOMBSHELL:", "Wow:"); a transcript's turns and a headline's credited speakers are
 * never labelled with these.
 */
export const SECTION_LABELS: ReadonlySet<string> = new Set([
  'correction', 'corrections', 'update', 'updated', 'updates', 'byline', 'exclusive', 'video', 'videos', 'watch', 'look',
  'email', 'previously', 'breaking', 'related', 'note', 'editor’s note', "editor's note", 'latest', 'latest developments',
  'in brief', 'short reads', 'photo', 'photos', 'source', 'sources', 'credit', 'read more', 'more', 'live', 'analysis',
  'opinion', 'clarification', 'advertisement', 'listen', 'background', 'context', 'summary', 'warning', 'spoiler',
  'boom', 'bombshell', 'busted', 'wow', 'breaking news', 'just in', 'revealed', 'exposed', 'explainer', 'fact check',
]);
