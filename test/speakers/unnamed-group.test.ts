import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const speakerOf = async (text: string) => (await extractClaims(text)).claims[0];

describe('a group named by a pronoun or a proportion is an anonymous source by its phrase', () => {
  it.each<[string, string]>([
    ['Mayor Ann Ko left early. Those close to her say she will stand again.', 'Those close to her'],
    ['Many of those familiar with the talks say a deal is close.', 'Many of those familiar with the talks'],
    ['Some close to the coach said he would resign within days.', 'Some close to the coach'],
    ['Six in 10 say the economy is getting worse.', 'Six in 10'],
    ['Four in 5 said the rail fares were too high.', 'Four in 5'],
    ['Those surveyed said the economy was getting worse.', 'Those surveyed'],
    ['In the new poll, many polled say the race is close.', 'many polled'],
    ['Those affected by the floods said the aid came late.', 'Those affected by the floods'],
    ['42% say they are liberal.', '42%'],
    ['In the survey, nearly 60% said the country was on the wrong track.', 'nearly 60%'],
    ['One of the advisers said the deal was close.', 'One of the advisers'],
    ['Two of his aides said the budget was short.', 'Two of his aides'],
    ['“We are close,” said one of the negotiators.', 'one of the negotiators'],
    ['The deal is close, said some of the negotiators.', 'some of the negotiators'],
    ['In the poll, nearly half of respondents said the party had lost its way.', 'half of respondents'],
    ['Two thirds of the delegates said the rule should stay.', 'Two thirds of the delegates'],
    ['About a quarter of members say the fee is too high.', 'a quarter of members'],
    ['A third of independents, 33%, say they feel that way.', 'A third of independents'],
  ])('%s', async (text, phrase) => {
    const claim = await speakerOf(text);
    expect([claim?.speaker, claim?.speakerType]).toEqual([phrase, 'anonymous']);
    expect(claim?.rules).toContain('speakers/unnamed-group');
  });

  it.each<[string, string]>([
    ['Some officials said the plan was dead.', 'officials'],
    ['Most analysts expect rates to fall.', 'Most analysts'],
    ['Some far-right commentators have suggested that the senator is flexible.', 'far-right commentators'],
    ['Prices rose by 3% in May, analysts said.', 'analysts'],
  ])('a group pronoun before a noun is read by the noun: %s', async (text, speaker) => {
    const claim = await speakerOf(text);
    expect(claim?.speaker).toBe(speaker);
    expect(claim?.rules).not.toContain('speakers/unnamed-group');
  });

  it.each(['Sales fell 4% last year.', 'Those hired in May started work on Monday.'])('no claim from a share or a group without a cue: %s', async (text) => {
    expect((await extractClaims(text)).claims).toEqual([]);
  });

  it.each<[string, string]>([
    ['Another source familiar with the talks said the deal was close.', 'Another source familiar with the talks'],
    ['“We are close,” one official close to the talks said.', 'one official close to the talks'],
    ['A source familiar with the mayor’s thinking said she would run.', 'source familiar with the mayor’s thinking'],
  ])('one of several sources described by what it knows: %s', async (text, phrase) => {
    const claim = await speakerOf(text);
    expect([claim?.speaker, claim?.speakerType]).toEqual([phrase, 'anonymous']);
  });
});

describe('a participle between a determiner and a noun stays in the phrase', () => {
  it.each<[string, string]>([
    ['The employee, a registered Republican, said she would vote for him.', 'employee'],
    ['A retired general said the war was lost.', 'retired general'],
  ])('%s', async (text, speaker) => {
    expect((await speakerOf(text))?.speaker).toBe(speaker);
  });
});
