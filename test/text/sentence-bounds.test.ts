import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/analyse.js';
import { sentenceBounds } from '../../src/text/sentence-bounds.js';

function sentencesOf(raw: string): string[] {
  return analyse(raw, [{ start: 0, end: raw.length }]).sentences.map((sentence) => sentence.text);
}

describe('sentenceBounds', () => {
  it('splits after a terminator and keeps the closing quotes and brackets with it', () => {
    const values = ['He', 'left', '.', '”', 'She', 'came', '(', 'late', '.', ')', 'Then', '?', '!', 'Done'];
    const spaced = [false, true, false, false, true, true, true, false, false, false, true, false, false, true];
    expect(sentenceBounds(values, spaced)).toEqual([
      [0, 3],
      [4, 9],
      [10, 12],
      [13, 13],
    ]);
  });

  it('splits at a blank line even without a terminator', () => {
    expect(sentenceBounds(['A', 'title', '\n\n', 'Body', 'text'], [false, true, false, false, true])).toEqual([
      [0, 1],
      [3, 4],
    ]);
    expect(sentenceBounds(['A', 'title', '\r\n \r\n', 'Body'], [false, true, false, false])).toEqual([
      [0, 1],
      [3, 3],
    ]);
    expect(sentenceBounds(['A', 'title', '\n', 'Body', 'text'], [false, true, false, false, true])).toEqual([[0, 4]]);
  });

  it('splits a paragraph at a blank line inside it', () => {
    const raw = 'Flood warning\n\nRivers rose overnight.';
    expect(sentencesOf(raw)).toEqual(['Flood warning', 'Rivers rose overnight.']);
  });

  it('gives no bounds for no tokens', () => {
    expect(sentenceBounds([], [])).toEqual([]);
  });
});

describe('sentences of analyse', () => {
  it.each([
    ['plain sentences', 'Rates rose in May. Lenders were cautious! Why now? Nobody knew.', ['Rates rose in May.', 'Lenders were cautious!', 'Why now?', 'Nobody knew.']],
    ['a quotation ending in a full stop', '“We will rebuild.” The mayor left the stage.', ['“We will rebuild.”', 'The mayor left the stage.']],
    ['a question inside a quotation followed by its speaker', '"Who pays?" asked the minister.', ['"Who pays?" asked the minister.']],
    ['a dash after a full stop continues the line', 'Talks stalled. - Delegates from nine states walked out.', ['Talks stalled. - Delegates from nine states walked out.']],
    ['an ellipsis after a full stop opens a cut', '"We start today. … Nobody will stop us," she said.', ['"We start today.', '… Nobody will stop us," she said.']],
    ['spaced dots stay with their line', 'Gone . . . #tags here', ['Gone . . . #tags here']],
    ['a dotted abbreviation before a name stays', 'The U.N. Secretary spoke first.', ['The U.N. Secretary spoke first.']],
    ['a dotted abbreviation before an opener ends a sentence', 'Troops returned to the U.K. The ministry confirmed it.', ['Troops returned to the U.K.', 'The ministry confirmed it.']],
    ['a title abbreviation wink splits from its dot stays', 'The Rev. Anne Lowe and Msgr. Paul Ode spoke.', ['The Rev. Anne Lowe and Msgr. Paul Ode spoke.']],
    ['a plural title before a list stays', 'Sens. Ana Ruiz and Tom Bell objected.', ['Sens. Ana Ruiz and Tom Bell objected.']],
    ['a company suffix before an opener ends a sentence', 'Shares fell at Brightwater Inc. The firm said so.', ['Shares fell at Brightwater Inc.', 'The firm said so.']],
    ['a party-state label before an opener ends a sentence', 'It was sent by Rep. Jo Hale, D-N.Y. The letter was short.', ['It was sent by Rep. Jo Hale, D-N.Y.', 'The letter was short.']],
    ['a title abbreviation before an opener ends a sentence', 'They thanked the Rev. He smiled.', ['They thanked the Rev.', 'He smiled.']],
    ['a company suffix inside a sentence stays', 'She joined Tidewire Corp. last year.', ['She joined Tidewire Corp. last year.']],
    ['a time of day before a number stays', 'They met at 9 a.m. 40 delegates came.', ['They met at 9 a.m. 40 delegates came.']],
  ])('%s', (_name, raw, expected) => {
    expect(sentencesOf(raw)).toEqual(expected);
  });
});
