import type { Span, TextSpan } from './schema.js';

export function textSpan(raw: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: raw.slice(span.start, span.end) };
}

/** A quote is the raw text of its spans joined by single spaces: never edited, never invented. */
export function quoteText(raw: string, spans: readonly Span[]): string {
  return spans.map((span) => raw.slice(span.start, span.end)).join(' ');
}
