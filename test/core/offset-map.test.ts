import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinSpans } from '../../src/core/offset-map.js';

describe('joinSpans', () => {
  it('maps every offset of the joined text back to the same character in the raw input', () => {
    const raw = 'nav\n  First line.  \n\nSecond line\n©';
    const spans = [
      { start: 6, end: 17 },
      { start: 21, end: 32 },
    ];
    const { text, map } = joinSpans(raw, spans, '\n');
    expect(text).toBe('First line.\nSecond line');
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== '\n') expect(raw[map.toRaw(i)]).toBe(text[i]);
    }
  });

  it('maps a separator offset to the end of the segment before it', () => {
    const raw = 'aa bb';
    const { map } = joinSpans(raw, [{ start: 0, end: 2 }, { start: 3, end: 5 }], '\n\n');
    expect(map.toRaw(2)).toBe(2);
    expect(map.toRaw(3)).toBe(2);
    expect(map.toRaw(4)).toBe(3);
  });

  it('round-trips any set of disjoint spans', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.array(fc.nat(), { maxLength: 20 }), (raw, cuts) => {
        const points = [...new Set(cuts.map((cut) => cut % (raw.length + 1)))].sort((a, b) => a - b);
        const spans = [];
        for (let i = 0; i + 1 < points.length; i += 2) spans.push({ start: points[i]!, end: points[i + 1]! });
        const { text, map } = joinSpans(raw, spans, '\n');
        let offset = 0;
        for (const span of spans) {
          for (let k = 0; k < span.end - span.start; k++) expect(map.toRaw(offset + k)).toBe(span.start + k);
          offset += span.end - span.start + 1;
        }
        expect(text.length).toBe(Math.max(0, offset - 1));
      }),
    );
  });
});
