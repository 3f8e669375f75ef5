import type { Span } from './schema.js';
import { lowerBound } from './lower-bound.js';

/** One stretch of cleaned text copied verbatim from the raw input. */
export interface Segment {
  cleanStart: number;
  rawStart: number;
  length: number;
}

/**
 * Maps offsets in a text assembled from raw segments back to the raw input.
 * Offsets that fall in the separators between segments map to the end of the segment before them.
 */
export class OffsetMap {
  readonly segments: readonly Segment[];

  constructor(segments: readonly Segment[]) {
    this.segments = segments;
  }

  toRaw(offset: number): number {
    const segments = this.segments;
    if (segments.length === 0) return 0;
    const segment = segments[Math.max(0, lowerBound(segments, (candidate) => candidate.cleanStart <= offset) - 1)]!;
    const within = Math.max(0, Math.min(offset - segment.cleanStart, segment.length));
    return segment.rawStart + within;
  }
}

/** Joins raw spans with `separator`, returning the joined text and its map back to raw offsets. */
export function joinSpans(raw: string, spans: readonly Span[], separator: string): { text: string; map: OffsetMap } {
  const segments: Segment[] = [];
  const parts: string[] = [];
  let cleanOffset = 0;
  spans.forEach((span, index) => {
    if (index > 0) cleanOffset += separator.length;
    segments.push({ cleanStart: cleanOffset, rawStart: span.start, length: span.end - span.start });
    parts.push(raw.slice(span.start, span.end));
    cleanOffset += span.end - span.start;
  });
  return { text: parts.join(separator), map: new OffsetMap(segments) };
}
