import { describe, expect, it } from 'vitest';
import { isTitleCased } from '../../src/speakers/scan.js';
import { analyse } from '../../src/text/analyse.js';

const sentenceOf = (text: string) => analyse(text, [{ start: 0, end: text.length }]).sentences[0]!;

describe('isTitleCased', () => {
  it.each([
    ['Mayor Calls Harbour Plan A Costly Mistake', true],
    ['Ada Brun Warns Of Strike Over Ferry Cuts', true],
    ['Mayor calls harbour plan a costly mistake', false],
    ['Ada Brun says the ferry will stop in March', false],
    ['Oslo Wins', false],
  ])('%s → %s', (text, expected) => {
    expect(isTitleCased(sentenceOf(text))).toBe(expected);
  });
});
