import type { LineInfo } from './classify.js';
import { findDate, type DateMatch } from '../gazetteer/date/full-date.js';

/** A scraped page may open with its date stamp, an optional label before it: "2025-03-04 …", "date 2025-03-04 …". */
const LEADING_ISO = /^\s*(?:\p{L}{1,12}:?\s)?\d{4}-\d{2}-\d{2}(?=\s|$)/u;

/** The date stamp that opens the page's first line, even when the article's text follows it on that line. */
export function leadingDate(infos: readonly LineInfo[]): { info: LineInfo; date: DateMatch } | null {
  const first = infos.find((info) => info.text.trim() !== '');
  if (!first) return null;
  const stamp = LEADING_ISO.exec(first.text);
  if (!stamp) return null;
  const date = findDate(stamp[0]);
  return date ? { info: first, date } : null;
}
