import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { overlapsAny, spanIndex } from '../../src/core/span-index.js';

describe('spanIndex / overlapsAny', () => {
  it.each([
    [[{ start: 10, end: 20 }], 0, 10, false],
    [[{ start: 10, end: 20 }], 0, 11, true],
    [[{ start: 10, end: 20 }], 19, 30, true],
    [[{ start: 10, end: 20 }], 20, 30, false],
    [[{ start: 40, end: 50 }, { start: 0, end: 5 }], 10, 30, false],
    [[{ start: 0, end: 100 }, { start: 40, end: 50 }], 60, 70, true],
    [[], 0, 10, false],
  ])('%j overlaps (%i, %i): %s', (spans, start, end, expected) => {
    expect(overlapsAny(spanIndex(spans), start, end)).toBe(expected);
  });

  it('answers as a scan of every span would', () => {
    const span = fc.tuple(fc.nat(200), fc.nat(50)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), span, (spans, query) => {
        const scanned = spans.some((each) => each.start < query.end && query.start < each.end);
        expect(overlapsAny(spanIndex(spans), query.start, query.end)).toBe(scanned);
      }),
    );
  });
});
