import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { attribute, pairs } from './helpers.js';

describe('participial', () => {
  it('gives ", saying …" to the speaker of the main cue', () => {
    expect(pairs('Norway on Friday rejected the fishing quota, saying it would ruin coastal towns.')).toEqual([
      ['Norway', 'the fishing quota'],
      ['Norway', 'it would ruin coastal towns'],
    ]);
  });

  it('finds the speaker as the subject of a clause without a cue', () => {
    expect(pairs('Coach Aldo Brandt was unmoved by the criticism, stating that the squad needed time.')).toEqual([
      ['Coach Aldo Brandt', 'the squad needed time'],
    ]);
  });

  it('reads "continued, adding that A and that B" after a quotation as three claims', () => {
    const found = attribute('“The season is not over,” he continued, adding that the team was “still in the race” and that no player would be sold.');
    expect(found.map((f) => [f.speaker, f.type, f.quote])).toEqual([
      ['he', 'direct', 'The season is not over'],
      ['he', 'mixed', 'the team was “still in the race”'],
      ['he', 'indirect', 'no player would be sold'],
    ]);
  });

  it.each([
    ['by', 'The governor opened the hearing by saying the budget had a gap of two billion dollars.', 'The governor', 'the budget had a gap of two billion dollars'],
    ['after', 'Ms. Ferraro left the room after telling staff that the vote was postponed.', 'Ms. Ferraro', 'the vote was postponed'],
  ])('reads a participial cue after "%s"', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it('reads an infinitive after a promising cue as its complement, not a purpose', () => {
    expect(pairs('The mayor left the hall, vowing to return with a new budget.')).toEqual([['The mayor', 'to return with a new budget']]);
  });

  it('reads an expectation after the cue', () => {
    expect(pairs('“A date matters to us,” she added, expecting an answer within a month.')).toEqual([
      ['she', 'A date matters to us'],
      ['she', 'an answer within a month'],
    ]);
  });

  it.each([
    ['adding to', 'The storm hit the coast, adding to the damage from last week.'],
    ['a gerund', 'Saying goodbye to the fans was hard for the old players.'],
    ['a progressive', 'The players were saying goodbye to the fans after the match.'],
  ])('no claim from %s', (_name, text) => {
    expect(attribute(text)).toEqual([]);
  });
});

describe('a reporting participle in a leading clause', () => {
  it.each([
    ['"after saying"', 'After saying her knee was swollen, the runner pulled out of the race.', 'the runner', 'her knee was swollen'],
    ['"after warning that"', 'After warning that the dam could fail, the mayor ordered an evacuation.', 'the mayor', 'the dam could fail'],
    ['a pronoun subject', 'After saying he was nervous, he asked the first question.', 'he', 'he was nervous'],
    ['"before insisting"', 'Before insisting the vote was fair, the chairman thanked the staff.', 'the chairman', 'the vote was fair'],
  ])('the main clause’s subject speaks: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toContainEqual([speaker, quote]);
  });

  it.each([
    ['no clause after the cue', 'After saying goodbye to the fans, the coach left the stadium.'],
    ['a bare plural subject', 'After warning of delays for weeks, officials finally opened the bridge.'],
    ['a noun phrase after the cue', 'Before announcing the deal, the firm cut its prices.'],
  ])('no claim: %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });
});


/** The tagger reads "promising" as an adjective ("a promising start"); before "to" and a verb it is the participle. */
describe('an -ing cue read as an adjective before its infinitive', () => {
  it.each([
    ['promising', 'The governor spoke to farmers, promising to lift the rules on drilling.', 'The governor', 'to lift the rules on drilling'],
    ['threatening', 'The union walked out of the talks, threatening to strike before the holiday.', 'The union', 'to strike before the holiday'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['an adjective before a noun', 'The team made a promising start to the season.'],
    ['no comma before it', 'The results look promising to the coaches.'],
  ])('no claim: %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });

  it('names the frame in the claim’s rules', () => {
    const [claim] = extractClaims('The governor spoke to farmers, promising to lift the rules on drilling.').claims;
    expect(claim?.rules).toContain('attribution/frame:infinitive-participle');
  });
});
