import type { Span } from '../../core/schema.js';

/**
 * The parts of `within` that no quote span covers: the attribution part of a sentence ("X said on May 20",
 * "Politico reported"). Dates and outlets inside the quote are what was said about, not when or where.
 */
export function outsideQuotes(within: Span, quoteSpans: readonly Span[]): Span[] {
  const sorted = [...quoteSpans].sort((a, b) => a.start - b.start);
  const parts: Span[] = [];
  let cursor = within.start;
  for (const quote of sorted) {
    if (quote.end <= cursor) continue;
    if (quote.start >= within.end) break;
    if (quote.start > cursor) parts.push({ start: cursor, end: quote.start });
    cursor = Math.max(cursor, quote.end);
  }
  if (cursor < within.end) parts.push({ start: cursor, end: within.end });
  return parts;
}
