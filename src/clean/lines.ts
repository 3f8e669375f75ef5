import { isWhiteSpace } from '../core/white-space.js';

/** One raw line with its trimmed span; `text` is `raw.slice(start, end)`. */
export interface RawLine {
  /** 1-based line number in the raw input. */
  lineNo: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Splits the raw input into lines (CRLF, LF and lone CR all end a line) and hands the non-blank ones, trimmed, to
 * `visit`, so every later step reasons about raw spans and the 1-based line numbers an editor shows. The caller
 * builds its own record of each line from them: a page of short lines has hundreds of thousands, and one record
 * per line (not a line and a record that copies it) is what the garbage collector then has to carry. Line ends
 * are found with the native `indexOf`, much faster than a loop over char codes; the next LF and the next CR are
 * each searched for again only once passed, so the split stays linear.
 */
export function forEachLine(raw: string, visit: (lineNo: number, start: number, end: number) => void): void {
  let lineNo = 0;
  let lineStart = 0;
  let nextLf = -1;
  let nextCr = -1;
  while (lineStart < raw.length) {
    lineNo++;
    if (nextLf < lineStart) nextLf = indexOrEnd(raw, '\n', lineStart);
    if (nextCr < lineStart) nextCr = indexOrEnd(raw, '\r', lineStart);
    const lineEnd = Math.min(nextLf, nextCr);
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isWhiteSpace(raw.charCodeAt(start))) start++;
    while (end > start && isWhiteSpace(raw.charCodeAt(end - 1))) end--;
    if (start < end) visit(lineNo, start, end);
    lineStart = lineEnd + (lineEnd === nextCr && nextLf === lineEnd + 1 ? 2 : 1);
  }
}

function indexOrEnd(raw: string, char: string, from: number): number {
  const at = raw.indexOf(char, from);
  return at < 0 ? raw.length : at;
}
