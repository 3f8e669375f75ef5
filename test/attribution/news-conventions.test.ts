import { describe, expect, it } from 'vitest';
import { attribute, pairs } from './helpers.js';

/** Conventions of wire and US political copy: party-state labels, brackets, "Asked …," openers, show titles. */
describe('news conventions', () => {
  it.each([
    ['party-state label', 'Sen. Maria Lopez, D-Ore., said Tuesday that the rule would hurt renters.', 'Sen. Maria Lopez, D-Ore.', 'the rule would hurt renters'],
    ['bracketed label', 'Governor Tim Hale (R-Utah) said the state would appeal the ruling.', 'Governor Tim Hale', 'the state would appeal the ruling'],
    ['anonymous sources', 'The firm is preparing to cut jobs, according to people familiar with the matter.', 'people familiar with the matter', 'The firm is preparing to cut jobs'],
    ['a full stop the tokenizer keeps', "The mayor's spokesman, Ed Park, said the mayor would vote no.", "The mayor's spokesman, Ed Park", 'the mayor would vote no'],
    ['statement adjunct', 'The White House said in a statement that the visit was postponed.', 'The White House', 'the visit was postponed'],
    ['fronted participle', 'Speaking to reporters, the governor said she was confident the deal would hold.', 'the governor', 'she was confident the deal would hold'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it('joins a split quotation after a labelled speaker', () => {
    expect(pairs('"We will vote no," Rep. Ann Cole, D-Ill., said. "And we will keep voting no."')).toEqual([
      ['Rep. Ann Cole, D-Ill.', 'We will vote no | And we will keep voting no'],
    ]);
  });

  it('reads a show title after "told" as no claim', () => {
    expect(attribute('"We have the votes," Gray told WXYZ\'s "Morning Show" on Sunday.').map((f) => f.quote)).toEqual(['We have the votes']);
  });

  it('does not turn an "Asked …," opener into a quote', () => {
    expect(pairs('Asked whether she would run, Lee said, "I have not decided."')).toEqual([['Lee', 'I have not decided']]);
  });

  it('makes no claim from a declined comment', () => {
    expect(attribute('A spokesman for the agency declined to comment.')).toEqual([]);
  });
});
