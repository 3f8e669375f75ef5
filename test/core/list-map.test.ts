import { describe, expect, it } from 'vitest';
import { addToList } from '../../src/core/list-map.js';

describe('addToList', () => {
  it('starts a list for a new key and appends to it afterwards, keys kept apart', () => {
    const lists = new Map<number, string[]>();
    const first = addToList(lists, 1, 'a');
    expect(addToList(lists, 1, 'b')).toBe(first);
    addToList(lists, 2, 'c');
    expect([...lists]).toEqual([
      [1, ['a', 'b']],
      [2, ['c']],
    ]);
  });
});
