import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

/** Who speaks a quotation when the words around it are not a reporting verb of the lexicon. */
describe('quotation speakers', () => {
  it.each([
    ['a party label', '“We have the votes. The bill will pass,” Rep. Ann Roe (D-Md.) said.', 'Rep. Ann Roe', 'We have the votes. The bill will pass'],
    ['a party label with a home state of two words', '“We have the votes. Trust me,” Sen. Tom Hale (R-N.Y.) told reporters.', 'Sen. Tom Hale', 'We have the votes. Trust me'],
    ['a label, then an adjunct', '“It is over. We lost,” Rep. Ann Roe (D-Md.) said in a phone interview.', 'Rep. Ann Roe', 'It is over. We lost'],
    ['an age', '“The mill fed this town. Now it is gone,” Joe Park (61) said.', 'Joe Park', 'The mill fed this town. Now it is gone'],
    ['a caption note', '“We start on Monday. Nothing will stop us,” Lena Cruz (pictured) said.', 'Lena Cruz', 'We start on Monday. Nothing will stop us'],
  ])('a short bracket after the name of the speaker of a quotation: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a bracket that opens a new sentence', '“We start on Monday. Nothing will stop us.” (Laughter.) The senator said the bill would pass.', 'The senator', 'the bill would pass'],
  ])('a bracket that is no part of an attribution: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });
});
