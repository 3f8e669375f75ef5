import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

describe('relative-clause', () => {
  it('gives the relative clause and the main verb to the same speaker', () => {
    expect(pairs('Governor Elena Ruiz, who said Monday she was seeking a third term, estimated that turnout would exceed 70 percent.')).toEqual([
      ['Governor Elena Ruiz', 'she was seeking a third term'],
      ['Governor Elena Ruiz', 'turnout would exceed 70 percent'],
    ]);
  });

  it('ends the main complement where a relative clause with a cue starts', () => {
    expect(pairs('The union says it is open to talks with Chief Executive Dan Moore, who has said he wants a deal by March.')).toEqual([
      ['The union', 'it is open to talks with Chief Executive Dan Moore'],
      ['Chief Executive Dan Moore', 'he wants a deal by March'],
    ]);
  });

  it('gives one attribution per coordinated speaker', () => {
    expect(pairs('She replied to remarks by Finance Minister Jan Novak and Economy Minister Eva Horak, who raised the possibility of a joint bond.')).toEqual([
      ['Finance Minister Jan Novak', 'the possibility of a joint bond'],
      ['Economy Minister Eva Horak', 'the possibility of a joint bond'],
    ]);
  });

  it.each([
    ['Tenant groups, who argue that the rent cap is too low, want it raised.', 'Tenant groups', 'the rent cap is too low'],
    ['The ferry operator, which said the route lost money, has cut sailings.', 'The ferry operator', 'the route lost money'],
  ])('ends a comma-set relative clause where the main verb resumes: %s', (text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it('makes no claim from a relative clause without a cue', () => {
    expect(pairs('The senator, who was elected in 2018, visited the border on Tuesday.')).toEqual([]);
  });

  it('does not read "raised" without a reporting object as a cue', () => {
    expect(pairs('The campaign, which raised $5 million in March, opened two new offices.')).toEqual([]);
  });
});
