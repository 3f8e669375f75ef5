import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExtractionResultSchema, extractClaims } from '../../src/index.js';
// The generators and properties of `npm run fuzz` (scripts/fuzz.mjs), which runs them 100,000 times over dist/.
import { generateInput, INPUT_KINDS, resultFailures } from '../../scripts/fuzz-inputs.mjs';

/** Small inputs keep 5,000 whole-pipeline runs within a few tens of seconds; `npm run fuzz` reads longer ones. */
const MAX_CHARS = 600;
const RUNS = 5_000;

describe('the whole pipeline on generated inputs', () => {
  it(`holds its properties on ${RUNS} inputs of every kind`, () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.nat(RUNS * 10), (seed, index) => {
        const { kind, raw } = generateInput(seed, index, MAX_CHARS);
        kinds.add(kind);
        expect(resultFailures(raw, extractClaims(raw), ExtractionResultSchema)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    expect([...kinds].sort()).toEqual([...INPUT_KINDS].sort());
  }, 300_000);
});
