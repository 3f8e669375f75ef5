import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/core/lower-bound.js';

describe('lowerBound', () => {
  it.each<[number[], number, number]>([
    [[], 5, 0],
    [[1, 3, 5, 7], 0, 0],
    [[1, 3, 5, 7], 5, 2],
    [[1, 3, 5, 7], 6, 3],
    [[1, 3, 5, 7], 9, 4],
    [[2, 2, 2], 2, 0],
  ])('in %j, the first item not below %d is at %d', (items, key, expected) => {
    expect(lowerBound(items, (item) => item < key)).toBe(expected);
  });

  it('agrees with a linear scan on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, key) => {
        const items = [...values].sort((a, b) => a - b);
        const linear = items.findIndex((item) => item >= key);
        expect(lowerBound(items, (item) => item < key)).toBe(linear === -1 ? items.length : linear);
      }),
    );
  });
});
