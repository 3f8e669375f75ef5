import type { Span } from './schema.js';
import { lowerBound } from './lower-bound.js';

/** Spans ordered by start, with the furthest end reached by each prefix: overlap asked in logarithmic time. */
export interface SpanIndex {
  starts: readonly number[];
  furthestEnds: readonly number[];
}

export function spanIndex(spans: readonly Span[]): SpanIndex {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthestEnds: number[] = [];
  let furthest = -Infinity;
  for (const span of sorted) {
    furthest = Math.max(furthest, span.end);
    furthestEnds.push(furthest);
  }
  return { starts: sorted.map((span) => span.start), furthestEnds };
}

/** Whether any indexed span overlaps the open interval (`start`, `end`): one starts before `end` and ends after `start`. */
export function overlapsAny(index: SpanIndex, start: number, end: number): boolean {
  const before = lowerBound(index.starts, (spanStart) => spanStart < end);
  return before > 0 && index.furthestEnds[before - 1]! > start;
}
