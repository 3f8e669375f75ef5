import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, sameSurname, withinEditDistance } from '../../src/speakers/name-key.js';

describe('nameKey', () => {
  it.each([
    ['Tsereteliy', 'Tsereteli'],
    ['Kovalskyy', 'Kovalskiy'],
    ['Kovalsky', 'Kovalskij'],
    ['Dmytro', 'Dmitro'],
    ['Müller', 'Muller'],
    ['Allessandro', 'Alessandro'],
    ['Jérôme', 'Jerome'],
  ])('%s and %s share a key', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([['Berg', 'Borg'], ['Anna', 'Hanna'], ['Kim', 'Kang']])('%s and %s do not', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it.each([
    ['Ostrovskiy', 'ostrovski'],
    ['BRANNIGAN', 'branigan'],
    ["O'Shea-Lynn", 'oshealin'],
    ['Hoyij', 'hoi'],
    ['Yy', 'i'],
    ['', ''],
  ])('%s → %s', (word, key) => {
    expect(nameKey(word)).toBe(key);
  });

  it('a plain word keys as its accented writing does', () => {
    const asciiWord = fc.stringMatching(/^[A-Za-z' .-]{0,12}$/);
    fc.assert(
      fc.property(asciiWord, (word) => {
        const accented = word.replace(/[A-Za-z]/g, (letter) => `${letter}\u0301`);
        expect(nameKey(word)).toBe(nameKey(accented));
      }),
    );
  });
});

describe('sameSurname', () => {
  it.each([
    ['kowalczik', 'kowalczek', true],
    ['petrenko', 'petrenko', true],
    ['berg', 'borg', false],
    ['petrenko', 'petrenkova', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(sameSurname(a, b)).toBe(expected);
  });
});

describe('withinEditDistance', () => {
  it.each([
    ['abc', 'abc', 0, true],
    ['abc', 'abd', 0, false],
    ['kitten', 'sitting', 3, true],
    ['kitten', 'sitting', 2, false],
    ['', 'ab', 2, true],
    ['abc', 'abd', 1, true],
    ['abc', 'xbc', 1, true],
    ['abc', 'ab', 1, true],
    ['bc', 'abc', 1, true],
    ['abc', 'acb', 1, false],
    ['abcd', 'ab', 1, false],
    ['abcd', 'axcy', 1, false],
    ['', 'a', 1, true],
    ['', '', 1, true],
  ])('%s / %s within %i → %s', (a, b, max, expected) => {
    expect(withinEditDistance(a, b, max)).toBe(expected);
  });

  it('answers one edit as the full table does, on random words', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 }), (a, b) => {
        expect(withinEditDistance(a, b, 1)).toBe(editDistance(a, b) <= 1);
      }),
    );
  });
});

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length]!;
}
