import type { LineInfo, LineTable } from './classify.js';
import { findDate, type DateMatch } from '../gazetteer/date/full-date.js';

/** A scraped page may open with its date stamp, an optional label before it: "2025-03-04 …", "date 2025-03-04 …". */
const LEADING_ISO = /^\s*(?:\p{L}{1,12}:?\s)?\d{4}-\d{2}-\d{2}(?=\s|$)/u;

/** The date stamp that opens the page's first line, even when the article's text follows it on that line. */
export function leadingDate(infos: LineTable): { info: LineInfo; date: DateMatch } | null {
  let first: LineInfo | undefined;
  for (let i = 0; i < infos.length && first === undefined; i++) if (infos.text[i]!.trim() !== '') first = infos.line(i);
  if (!first) return null;
  const stamp = LEADING_ISO.exec(first.text);
  if (!stamp) return null;
  const date = findDate(stamp[0]);
  return date ? { info: first, date } : null;
}
