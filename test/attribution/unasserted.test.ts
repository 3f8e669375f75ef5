import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

describe('a cue inside a yes-no question or a condition asserts nothing', () => {
  it.each([
    ['Asked whether she backed the levy, Ms. Lind said she had not decided.', 'Ms. Lind', 'she had not decided'],
    ['Asked if he believed the count was fair, the mayor said he would wait for the audit.', 'the mayor', 'he would wait for the audit'],
    ['When asked whether he rejected the plan, Mr. Berg said he did not.', 'Mr. Berg', 'he did not'],
    ['If the council rejects the budget, the mayor said, the library will close.', 'the mayor', 'If the council rejects the budget | the library will close'],
  ])('%s', (text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it('still reads the cue of an asserted clause after "whether" has closed', () => {
    expect(pairs('Whether or not the vote passes, Ms. Lind said the levy would stay.')).toEqual([['Ms. Lind', 'the levy would stay']]);
  });
});
