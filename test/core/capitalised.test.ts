import { describe, expect, it } from 'vitest';
import { isCapitalised } from '../../src/core/capitalised.js';

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
    ['“Ruritania', false],
    ['—', false],
    ['’s', false],
    ['…', false],
    ['«Le', false],
  ])('%s → %s', (word, expected) => {
    expect(isCapitalised(word)).toBe(expected);
  });

  it('reads every character of the punctuation block and Latin-1 as the Unicode regex does', () => {
    for (let code = 0x80; code <= 0x2bff; code++) {
      const word = `${String.fromCharCode(code)}x`;
      expect(isCapitalised(word)).toBe(/^\p{Lu}/u.test(word));
    }
  });
});
