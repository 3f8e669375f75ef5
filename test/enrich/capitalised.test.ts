import { describe, expect, it } from 'vitest';
import { isCapitalised } from '../../src/enrich/capitalised.js';

describe('isCapitalised', () => {
  it.each([
    ['Harbour', true],
    ['Z', true],
    ['Élodie', true],
    ['Ørsted', true],
    ['Σοφία', true],
    ['Дмитро', true],
    ['harbour', false],
    ['élodie', false],
    ['дмитро', false],
    ['9th', false],
    ["'s", false],
    ['', false],
    ['[Editor]', false],
  ])('%s → %s', (word, expected) => {
    expect(isCapitalised(word)).toBe(expected);
  });
});
