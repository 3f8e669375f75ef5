import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

/** "X wants to …": one actor's stated aim is a claim, as "hopes to …" is; a group's wish or an object is not. */
describe('an aim after "wants to"', () => {
  it.each([
    ['a person', 'The senator wants to end the farm subsidy by next year.', 'The senator', 'to end the farm subsidy by next year'],
    ['a capital for its government', 'Lisbon wants to secure exemptions for small fishing fleets.', 'Lisbon', 'to secure exemptions for small fishing fleets'],
    ['the past tense', 'The mayor wanted to sell the old depot to a housing trust.', 'The mayor', 'to sell the old depot to a housing trust'],
    ['an institution', 'The central bank wants to keep rates on hold until the spring.', 'The central bank', 'to keep rates on hold until the spring'],
    ['a named person, with an adverb', 'Ada Molina never wanted to run for a second term.', 'Ada Molina', 'to run for a second term'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['an object, no aim', 'The senator wants a recount in three counties.'],
    ['a group’s wish in the base form', 'Most voters want to see lower fuel prices.'],
    ['after a modal', 'Investors will not want to wait another year.'],
    ['an object and an infinitive', 'The coach wanted the players to rest before the final.'],
    ['an aim to speak', 'The director wanted to announce that the museum would reopen.'],
  ])('no claim: %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });
});
