import type { RemovedLine, Span } from '../core/schema.js';
import { joinSpans } from '../core/offset-map.js';
import { classifyLines } from './classify.js';
import { compileLexicon } from './compile.js';
import { decide } from './decide.js';
import { chromeLexicon, type ChromeLexicon } from '../lang/en/chrome.js';
import { readArticle } from './metadata.js';
import { markRelatedRuns } from './related.js';
import { demoteWedgedProse } from './smooth.js';
import { markSummaryBoxes } from './summary-box.js';
import type { CleanedLines, CleanResult, CleanSettings } from './types.js';

export { chromeLexicon, type ChromeLexicon } from '../lang/en/chrome.js';

const defaultCompiled = compileLexicon(chromeLexicon);
export { findDate, type DateMatch } from '../gazetteer/date/full-date.js';
export { removalReasonMeaning } from './reasons.js';

/**
 * Separates the article from page chrome, line by line, the jusText way: features of each line, classes from its
 * own text, then context (the largest block of prose is the body; the headline, standfirst and datelines above it
 * survive; link lists, share bars, menus and footers around it go). Reads title, publisher and date on the way.
 */
export function cleanLines(raw: string, settings: CleanSettings): CleanedLines {
  const lexicon = settings.chromeLexicon;
  const compiled = lexicon === chromeLexicon ? defaultCompiled : compileLexicon(lexicon);
  const infos = classifyLines(raw, compiled);
  markRelatedRuns(infos);
  markSummaryBoxes(infos);
  demoteWedgedProse(infos);
  const decisions = decide(raw, infos);
  const blocks: Span[] = [];
  const removed: RemovedLine[] = [];
  for (let i = 0; i < infos.length; i++) {
    const reason = decisions.reasons[i];
    const start = infos.start[i]!;
    const end = infos.end[i]!;
    if (reason === null || reason === undefined) blocks.push({ start, end });
    else removed.push({ line: infos.lineNo[i]!, start, end, text: infos.text[i]!, reason, check: decisions.checks[i]! });
  }
  return { removed, blocks, article: readArticle(raw, infos, decisions, settings, compiled.agencies) };
}

/** `cleanLines`, and the article's text (the kept lines joined by "\n") with the map back to raw offsets. */
export function cleanText(raw: string, settings: CleanSettings): CleanResult {
  const { removed, blocks, article } = cleanLines(raw, settings);
  const { text, map } = joinSpans(raw, blocks, '\n');
  return { text, removed, toRaw: (offset) => map.toRaw(offset), blocks, article };
}
