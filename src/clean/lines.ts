/** One raw line with its trimmed span; `text` is `raw.slice(start, end)`. */
export interface RawLine {
  /** 1-based line number in the raw input. */
  lineNo: number;
  start: number;
  end: number;
  text: string;
}

const LINE = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
const LEADING_SPACE = /^\s+/;

/**
 * Splits the raw input into lines (CRLF, LF and lone CR all end a line) and keeps the non-blank ones, trimmed,
 * so every later step reasons about raw spans and the 1-based line numbers an editor shows.
 */
export function splitLines(raw: string): RawLine[] {
  const lines: RawLine[] = [];
  LINE.lastIndex = 0;
  let lineNo = 0;
  for (let match = LINE.exec(raw); match && match.index < raw.length; match = LINE.exec(raw)) {
    lineNo++;
    const full = match[0];
    const body = full.replace(/[\r\n]+$/, '');
    const text = body.trim();
    if (text) {
      const leading = LEADING_SPACE.exec(body)?.[0].length ?? 0;
      const start = match.index + leading;
      lines.push({ lineNo, start, end: start + text.length, text });
    }
    if (full.length === 0) LINE.lastIndex++;
  }
  return lines;
}
