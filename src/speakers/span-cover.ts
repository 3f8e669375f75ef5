import type { Span } from '../core/schema.js';
import { lowerBound } from '../core/lower-bound.js';

/** Whether some span of a fixed set holds a given span; asked in O(log n), however many spans the set has. */
export type SpanCover = (span: Span) => boolean;

/**
 * The spans ordered by start with the furthest end reached so far: a span is held when some span starting at or
 * before it reaches its end, which is the furthest end among those that start at or before it.
 */
export function spanCover(spans: readonly Span[]): SpanCover {
  if (spans.length === 0) return () => false;
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  let furthest = -Infinity;
  for (const span of ordered) {
    furthest = Math.max(furthest, span.end);
    furthestEnd.push(furthest);
  }
  return (span) => {
    const count = lowerBound(ordered, (outer) => outer.start <= span.start);
    return count > 0 && furthestEnd[count - 1]! >= span.end;
  };
}

/** Held by either cover. */
export function eitherCover(first: SpanCover, second: SpanCover): SpanCover {
  return (span) => first(span) || second(span);
}
