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

  it('gives a quotation after "before adding," to the speaker of the first one', () => {
    expect(pairs('“The race is over,” Dana Holt said, before adding, “We won by a mile.”')).toEqual([
      ['Dana Holt', 'The race is over'],
      ['Dana Holt', 'We won by a mile'],
    ]);
  });

  it('reads a quotation credited with "according to" as direct', () => {
    const found = attribute('“We are reviewing the matter,” according to a statement from the governor\'s office.');
    expect(found.map((f) => [f.type, f.speaker, f.quote])).toEqual([['direct', "the governor's office", 'We are reviewing the matter']]);
  });

  it('reads findings of a poll or study', () => {
    expect(pairs('The survey found that most nurses plan to leave within five years.')).toEqual([
      ['The survey', 'most nurses plan to leave within five years'],
    ]);
  });

  it('gives a claim to each of "both A and B"', () => {
    expect(pairs('Both Novak and Horak said they would back the budget.')).toEqual([
      ['Novak', 'they would back the budget'],
      ['Horak', 'they would back the budget'],
    ]);
  });

  it('gives a claim to each name of "A, B and C", but not to a place before a comma', () => {
    expect(pairs('Ana Lopez, Tomas Berg and Ingrid Solberg said the talks would resume.')).toEqual([
      ['Ana Lopez', 'the talks would resume'],
      ['Tomas Berg', 'the talks would resume'],
      ['Ingrid Solberg', 'the talks would resume'],
    ]);
    expect(pairs('Sens. Ana Ruiz, Tom Bell and Lia Moss said the vote would slip.').map(([speaker]) => speaker)).toEqual([
      'Ana Ruiz',
      'Tom Bell',
      'Lia Moss',
    ]);
    expect(pairs('Reps. Ana Ruiz, Tom Bell and Lia Moss said the vote would slip.')).toHaveLength(3);
    expect(pairs('Speaking in Oslo, Tomas Berg and Ingrid Solberg said the talks would resume.')).toEqual([
      ['Tomas Berg', 'the talks would resume'],
      ['Ingrid Solberg', 'the talks would resume'],
    ]);
  });

  it('ends a complement at a negated cue that reports nothing', () => {
    expect(pairs('An army spokesman said that the troops would stay, but he did not say for how long.')).toEqual([
      ['An army spokesman', 'the troops would stay'],
    ]);
  });
});
