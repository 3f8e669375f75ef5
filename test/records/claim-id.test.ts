import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimId } from '../../src/records.js';

/** The reference FNV-1a 64-bit over UTF-16 code units, in BigInt, that ids have always been made with. */
function bigIntFnv(key: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < key.length; i++) {
    hash ^= BigInt(key.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `c_${hash.toString(16).padStart(16, '0')}`;
}

function keyOf(spans: ReadonlyArray<{ start: number; end: number }>, speaker: string | null): string {
  return `${spans.map((span) => `${span.start}-${span.end}`).join(',')}|${speaker ?? ''}`;
}

describe('claimId', () => {
  it.each([
    [[], null],
    [[{ start: 0, end: 0 }], ''],
    [[{ start: 12, end: 80 }], 'Jana Novak'],
    [[{ start: 5, end: 9 }, { start: 20, end: 41 }], 'Émile Zola-Durand'],
    [[{ start: 1_000_000, end: 1_000_500 }], '李小龍'],
    [[{ start: 3, end: 4 }], '😀 emoji speaker'],
  ])('matches the BigInt FNV-1a for %j / %s', (spans, speaker) => {
    expect(claimId(spans, speaker)).toBe(bigIntFnv(keyOf(spans, speaker)));
  });

  it('gives 16 hex digits after the prefix, zero-padded', () => {
    expect(claimId([], null)).toMatch(/^c_[0-9a-f]{16}$/);
  });

  it('matches the BigInt FNV-1a on random spans and speakers (any UTF-16 code unit)', () => {
    const span = fc.record({ start: fc.nat(), end: fc.nat() });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 4 }), fc.option(fc.string({ unit: 'binary', maxLength: 40 })), (spans, speaker) => {
        expect(claimId(spans, speaker)).toBe(bigIntFnv(keyOf(spans, speaker)));
      }),
      { numRuns: 500 },
    );
  });

  it('differs when the speaker or the spans differ', () => {
    const spans = [{ start: 10, end: 20 }];
    expect(claimId(spans, 'A')).not.toBe(claimId(spans, 'B'));
    expect(claimId(spans, 'A')).not.toBe(claimId([{ start: 10, end: 21 }], 'A'));
  });
});
