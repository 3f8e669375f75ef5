import type { Span } from '../../core/schema.js';

/**
 * How far (in characters) a date phrase may sit from what it dates: "said at a press conference in Brussels on
 * Tuesday" is ~40; a date further away usually belongs to another event of the sentence.
 */
export const ATTACHMENT_WINDOW = 48;

/** Words that carry the time of a statement or of its publication, besides the claim's own cue. */
const STATEMENT_TIME_WORD =
  /\b(?:said|says|say|saying|told|tells|stated|states|reported|reports|wrote|writes|published|publishes|announced|interview|speaking|spoke|remarks|statement|according to)\b/gi;

/** Spans of the words in `part` that can carry a statement's time ("reported", "in an interview"). */
export function statementTimeWords(raw: string, part: Span): Span[] {
  const text = raw.slice(part.start, part.end);
  return [...text.matchAll(STATEMENT_TIME_WORD)].map((match) => ({
    start: part.start + match.index,
    end: part.start + match.index + match[0].length,
  }));
}

/** Characters between two spans; 0 when they touch or overlap. */
export function gapBetween(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** Whether some span lies wholly between `a` and `b` (another claim's cue separates a date from this claim). */
export function separatedBy(a: Span, b: Span, blockers: readonly Span[]): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  return blockers.some((blocker) => blocker.start >= from && blocker.end <= to);
}

/** Opens a relative clause: ", who said Tuesday …," / ", which was formed on May 3 …,". */
const RELATIVE_CLAUSE_START = /,\s*(?:who|whom|whose|which|where|when)\b/gi;
const RELATIVE_CLAUSE_REACH = 120;

/**
 * The relative clause that holds `phrase` (from its ", who" to the next comma), or null. A date in it dates the
 * clause's own event or statement, not the main clause.
 */
export function enclosingRelativeClause(raw: string, phrase: Span): Span | null {
  const from = Math.max(0, phrase.start - RELATIVE_CLAUSE_REACH);
  const before = raw.slice(from, phrase.start);
  let opener = -1;
  for (const match of before.matchAll(RELATIVE_CLAUSE_START)) opener = match.index;
  if (opener === -1 || before.indexOf(',', opener + 1) !== -1) return null;
  const closer = raw.indexOf(',', phrase.end);
  const limit = phrase.end + RELATIVE_CLAUSE_REACH;
  return { start: from + opener, end: closer === -1 || closer > limit ? limit : closer };
}

/**
 * The smallest gap from `phrase` to an anchor that no blocker separates from it and that shares its relative
 * clause, if any; null when none is within the window.
 */
export function attachmentGap(
  raw: string,
  phrase: Span,
  anchors: readonly Span[],
  blockers: readonly Span[],
): number | null {
  const clause = enclosingRelativeClause(raw, phrase);
  let best: number | null = null;
  for (const anchor of anchors) {
    const gap = gapBetween(phrase, anchor);
    if (gap > ATTACHMENT_WINDOW || separatedBy(phrase, anchor, blockers)) continue;
    if (clause && (anchor.start < clause.start || anchor.end > clause.end)) continue;
    if (best === null || gap < best) best = gap;
  }
  return best;
}
