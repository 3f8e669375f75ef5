import { describe, expect, it } from 'vitest';
import { attribute, pairs } from './helpers.js';

describe('according-to', () => {
  it.each([
    ['trailing', 'Unemployment fell to a ten-year low in May, according to the statistics office.', 'the statistics office', 'Unemployment fell to a ten-year low in May'],
    ['fronted', 'According to Finance Minister Raul Ortega, the deficit will shrink next year.', 'Finance Minister Raul Ortega', 'the deficit will shrink next year'],
    ['fronted outlet', 'According to The Harbour Gazette, the port will close for two weeks.', 'The Harbour Gazette', 'the port will close for two weeks'],
    ['a document names its publisher', 'Crime rates have dropped, according to a March report by the Interior Ministry.', 'the Interior Ministry', 'Crime rates have dropped'],
    ['a verb of thought in the fronted claim', 'According to a senior aide, the leadership hopes to hold the vote in June.', 'a senior aide', 'the leadership hopes to hold the vote in June'],
    ['a poll published by someone', 'Most voters back the plan, according to a poll, published by the Nordic Institute on Monday.', 'the Nordic Institute', 'Most voters back the plan'],
  ])('%s', (_name, text, speaker, quote) => {
    const found = attribute(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'attribution/according-to', speaker, quote, lemma: 'according to' });
  });

  it('reads a fronted quote with a fragment as mixed', () => {
    const found = attribute('According to the mayor, the new stadium would be a "white elephant" for the city.');
    expect(found[0]).toMatchObject({ type: 'mixed', quote: 'the new stadium would be a "white elephant" for the city' });
  });

  it('credits the outlet of a claim that already has a speaker, without a claim of its own', () => {
    const found = attribute('The mill will close in June, the owner said on Monday, according to local radio.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: 'the owner', quote: 'The mill will close in June' });
  });

  it('makes no claim from "according to" without a phrase after it', () => {
    expect(attribute('Everything went according to plan.')).toEqual([]);
  });

  it.each([
    ['police before the clause', 'According to police, the driver fled on foot.', 'police', 'the driver fled on foot'],
    ['police after the clause', 'The driver fled on foot, according to police.', 'police', 'The driver fled on foot'],
    ['staff', 'The ward was closed for a week, according to staff.', 'staff', 'The ward was closed for a week'],
    ['management', 'According to management, the plant will reopen in May.', 'management', 'the plant will reopen in May'],
  ])('a noun for a body of people with no article is a source: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['schedule', 'The launch went ahead according to schedule.'],
    ['tradition', 'The bride was veiled according to tradition.'],
  ])('a bare singular noun of manner is no source: %s', (_name, text) => {
    expect(attribute(text)).toEqual([]);
  });

  it.each([
    ['after a connective', 'But, according to the survey, most tenants want the rent frozen.', 'the survey', 'most tenants want the rent frozen'],
    ['after a prepositional adjunct', 'In addition, according to the ministry, two thousand nurses will be hired.', 'the ministry', 'two thousand nurses will be hired'],
    ['after a time adjunct', 'The next morning, according to his lawyer, the client left the country.', 'his lawyer', 'the client left the country'],
    ['after a subordinate clause', 'While the first files were public, according to an archivist, the later ones stayed sealed.', 'an archivist', 'the later ones stayed sealed'],
  ])('between a leading adjunct and its clause, the clause is the claim: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it('keeps a whole clause before the source as the claim', () => {
    expect(pairs('Prices rose sharply, according to the agency, and wages fell.')).toEqual([['the agency', 'Prices rose sharply']]);
  });

  it.each([
    ['"states"', 'The league has booked stadiums in three Gulf Coast states, according to ticket agency sources.', 'ticket agency sources', 'The league has booked stadiums in three Gulf Coast states'],
    ['"states" after a region', 'The chain closed stores in three Gulf states, according to a filing.', 'a filing', 'The chain closed stores in three Gulf states'],
    ['"reports" after a name', 'The board ignored two Senate reports, according to people familiar with the matter.', 'people familiar with the matter', 'The board ignored two Senate reports'],
    ['"claims" after a noun', 'The insurer paid out on most flood claims, according to the regulator.', 'the regulator', 'The insurer paid out on most flood claims'],
  ])('a plural noun the tagger may read as a cue, right before a trailing source, is no claim of its own: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    'The mayor said, according to the paper, that the pool would reopen.',
    'The mayor says, according to aides, the pool will reopen.',
  ])('a verb of saying before an interposed source keeps the sentence from it: %s', (text) => {
    expect(attribute(text).filter((found) => found.rule === 'attribution/according-to')).toEqual([]);
  });
});
