import { describe, expect, it } from 'vitest';
import { attribute, pairs } from './helpers.js';

describe('trailing-attribution', () => {
  it.each([
    ['said', 'The factory will reopen next month, the company said.', 'the company', 'The factory will reopen next month', 'say'],
    ['told an outlet', 'Talks with the rebels have stalled, a senior official told the Daily Courier.', 'a senior official', 'Talks with the rebels have stalled', 'tell'],
    ['a cue without what its frame requires before it', 'Harbour pilots on Monday agreed to share night shifts, the port authority said.', 'the port authority', 'Harbour pilots on Monday agreed to share night shifts', 'say'],
    ['"by" after the cue', 'The drills are routine, the colonel was quoted as saying by the Nordic Wire.', 'the colonel', 'The drills are routine', 'be quoted as saying'],
    ['with a date after the cue', 'The dam is safe, Water Minister Iris Nkomo said on May 3.', 'Water Minister Iris Nkomo', 'The dam is safe', 'say'],
    ['inverted', 'The vote will be held in spring, said Paulo Reis, the party chairman.', 'Paulo Reis, the party chairman', 'The vote will be held in spring', 'say'],
    ['apposition before a name', 'Inflation is under control, the head of the central bank, Governor Mia Lund, said.', 'the head of the central bank, Governor Mia Lund', 'Inflation is under control', 'say'],
    ['an outlet reporting', 'Several airlines are cutting routes to the island, the Coastal Times reported on Friday.', 'the Coastal Times', 'Several airlines are cutting routes to the island', 'report'],
    ['apposition after a name', 'The ceasefire is holding, Omar Farouk, a spokesman for the army, said at a briefing.', 'Omar Farouk, a spokesman for the army', 'The ceasefire is holding', 'say'],
  ])('%s', (_name, text, speaker, quote, lemma) => {
    const found = attribute(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'attribution/trailing-attribution', speaker, quote, lemma });
  });

  it.each([
    ['a negated verb', 'Ruritania has not discussed sending engineers, the deputy foreign minister said.', 'the deputy foreign minister', 'Ruritania has not discussed sending engineers'],
    ['a pronoun the clause does not hold', 'Ambassador Rees confirmed that he had seen no such deal, she said.', 'she', 'Ambassador Rees confirmed that he had seen no such deal'],
    ['a rejection', 'The cabinet has rejected the proposal, Prime Minister Ana Lopes said on Monday.', 'Prime Minister Ana Lopes', 'The cabinet has rejected the proposal'],
    ['a warning', 'The regulator warned of higher fees, a spokeswoman for the board told reporters.', 'a spokeswoman for the board', 'The regulator warned of higher fees'],
    ['an adjunct after the cue', 'The union agreed to the terms, its chairman said in a statement on Friday.', 'its chairman', 'The union agreed to the terms'],
    ['an inverted tail after a subject with "of"', 'The closure of the mill has emptied the town, said Ines Duarte, a historian at the county college.', 'Ines Duarte', 'The closure of the mill has emptied the town'],
    ['an inverted tail after a verb the tagger reads as a noun', 'The collapse of the talks signals the end for the ferry, said Tomas Berg.', 'Tomas Berg', 'The collapse of the talks signals the end for the ferry'],
  ])('gives the clause before a closing "X said" to X, its own cue included (%s)', (_name, text, speaker, quote) => {
    const found = attribute(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'attribution/trailing-attribution', speaker, quote });
  });

  it.each([
    ['an outlet credit', 'The minister said the proposal was unfair, the Coastal Times reported.', 'The minister', 'attribution/reported-speech'],
    ['a clause after the tail', 'According to a senior aide, the leadership hopes to hold the vote in June.', 'a senior aide', 'attribution/according-to'],
    ['no speech in the tail', 'The mayor said the guards had stayed at their posts all night, the footage showed.', 'The mayor', 'attribution/reported-speech'],
    ['a pronoun pointing back', 'Ortiz said she felt the rule was unfair because “nobody reads it,” she said.', 'Ortiz', 'attribution/reported-speech'],
  ])('leaves the clause its own claim when the tail is no closing speech (%s)', (_name, text, speaker, rule) => {
    expect(attribute(text)[0]).toMatchObject({ speaker, rule });
  });

  it.each([
    ['an infinitive', 'After the floods hit the valley, the governor pledged to rebuild every bridge.', 'the governor', 'to rebuild every bridge', 'attribution/reported-speech'],
    ['an infinitive after an object pronoun', 'In a letter to members, the chairwoman urged them to vote against the merger.', 'the chairwoman', 'them to vote against the merger', 'attribution/reported-speech'],
    ['an infinitive opening a quotation', 'On the campaign trail, the senator vowed to "end the waste in Washington."', 'the senator', 'to "end the waste in Washington."', 'attribution/reported-speech'],
    ['a clause past an adjunct', 'At a rally in the capital, Rosa Lind said on Friday she would stand again.', 'Rosa Lind', 'she would stand again', 'attribution/reported-speech'],
    ['a colon past an adjunct', 'Before the vote, the union said in a statement: "We will strike on Monday."', 'the union', 'We will strike on Monday', 'attribution/direct-quote'],
  ])('reads no tail after a fronted adjunct when the cue opens its own complement (%s)', (_name, text, speaker, quote, rule) => {
    expect(attribute(text)).toEqual([expect.objectContaining({ rule, speaker, quote })]);
  });

  it.each([
    ['an addressee and a place', 'The talks collapsed, the envoy told them in Geneva.', 'the envoy', 'The talks collapsed'],
    ["an infinitive that is a noun's own", 'Her allegiance has moved to the Greens, Ana Ruiz said during her speech to be a delegate.', 'Ana Ruiz', 'Her allegiance has moved to the Greens'],
    ['a subordinate clause after the adjunct', 'The plan is dead, she said on Monday as she left the building.', 'she', 'The plan is dead'],
  ])('still reads a closing tail whose adjunct opens no complement (%s)', (_name, text, speaker, quote) => {
    expect(attribute(text)).toEqual([expect.objectContaining({ rule: 'attribution/trailing-attribution', speaker, quote })]);
  });

  it.each([
    ['a relative pronoun after the tail', 'When asked to leave the stage, he said, which angered the organisers.', 'When asked to leave the stage'],
    ['an -ing form after the apposition', 'The plan works, said Ana Ruiz, an adviser to the mayor, adding that costs had fallen.', 'The plan works'],
  ])('resumes no clause after a tail when what follows it is no part of the clause (%s)', (_name, text, quote) => {
    expect(attribute(text)[0]).toMatchObject({ rule: 'attribution/trailing-attribution', quote });
  });

  it('reads a stray comma between a subject and its verb when no name follows the verb', () => {
    expect(pairs('The Dockers Union (DU) and the Port Council, said the strike would end.').map(([speaker]) => speaker)).toEqual(['The Dockers Union', 'the Port Council']);
  });

  it('reads no tail from coordinated subjects with appositions', () => {
    expect(attribute('Later that day, Ana Ruiz, a former envoy, and Tom Poe, another senior aide, testified before the committee.')).toEqual([]);
    expect(attribute('The talks will go on with Spain and France, the minister said.').map((found) => found.quote)).toEqual([
      'The talks will go on with Spain and France',
    ]);
  });

  it.each([
    ['a one-word subject', 'Turnout, the clerk said, was the highest in decades.', 'the clerk', 'Turnout | was the highest in decades'],
    ['an adjunct after the cue', 'The bridge, engineers said on Monday, would need new cables.', 'engineers', 'The bridge | would need new cables'],
    ['a quoted fragment after it', 'The law, the judge wrote, is "plainly unconstitutional" as applied.', 'the judge', 'The law | is "plainly unconstitutional" as applied'],
    ['a clause opened by "unless"', 'Unless the talks resume, the diplomats warn, the border will close.', 'the diplomats', 'Unless the talks resume | the border will close'],
    ['a name opening the resumed clause', 'Despite the delays, aides said, Rosa Lind will stand again.', 'aides', 'Despite the delays | Rosa Lind will stand again'],
    ['a pronoun opening the resumed clause', 'After the floods, the engineer said, they rebuilt the dam.', 'the engineer', 'After the floods | they rebuilt the dam'],
    ['an apposition after a speaker named past the cue', 'Any fair reading of the ruling, said Tom Reyes, a law professor at the university, would favour the tenants.', 'Tom Reyes', 'Any fair reading of the ruling | would favour the tenants'],
  ])('reads an attribution set off inside the clause (%s) as two spans', (_name, text, speaker, quote) => {
    const found = attribute(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'attribution/trailing-attribution', speaker, quote });
  });

  it.each([
    ['a city and an agency', 'OSLO (Nordwire) - The ferry strike is over, the union said.', 'The ferry strike is over'],
    ['a city, a region and an agency', 'AUSTIN, Texas (AP) — Turnout broke records, officials said.', 'Turnout broke records'],
    ['a city alone', 'NAIROBI — Fuel prices will fall, the ministry said.', 'Fuel prices will fall'],
    ['no dateline, a glued hyphen', 'US-Canada talks - the third round - ended, aides said.', 'US-Canada talks - the third round - ended'],
    ['a city, a day and an agency', 'OSLO, July 2 (Nordwire) - The ferry strike is over, the union said.', 'The ferry strike is over'],
    ['a city and a day first', 'NAIROBI, 4 May — Fuel prices will fall, the ministry said.', 'Fuel prices will fall'],
    ['a city, an abbreviated month and a year', 'LIMA, Jan. 5, 2024 (AP) — Turnout broke records, officials said.', 'Turnout broke records'],
    ['no dateline, a year and a number', 'By 2030, 40 percent - or more - of cars will be electric, aides said.', 'By 2030, 40 percent - or more - of cars will be electric'],
  ])('leaves a wire dateline out of the quote (%s)', (_name, text, quote) => {
    expect(attribute(text).map((found) => found.quote)).toEqual([quote]);
  });

  it('does not resume a clause that starts a new sentence-like part', () => {
    expect(attribute('Prices rose, the agency said, Rome and Paris too.').map((found) => found.quote)).toEqual([]);
  });

  it('keeps the marks of a quoted fragment before the speaker balanced', () => {
    const found = attribute('The aim is to make sure that "no region is left behind," a government source told the Evening Post.');
    expect(found[0]).toMatchObject({ type: 'mixed', quote: 'The aim is to make sure that "no region is left behind,"', addressee: 'the Evening Post' });
  });

  it('treats a tail after another attribution as a credit', () => {
    expect(pairs('The minister announced that taxes would fall, the Morning Star reports citing officials.')).toEqual([
      ['The minister', 'taxes would fall'],
    ]);
  });

  it("skips the page's own publisher reporting", () => {
    expect(attribute('The talks ended without a deal, Daily Planet reports.', { publisher: 'Daily Planet' })).toEqual([]);
  });
});

describe('digest items', () => {
  it('reads each bullet item of a digest line on its own', () => {
    const text = 'Key events on May 2: * New metro line opens in the north, mayor says * Spanish PM doesn\'t rule out early elections in autumn * Storm hits the coast';
    expect(pairs(text)).toEqual([
      ['mayor', 'New metro line opens in the north'],
      ['Spanish PM', 'early elections in autumn'],
    ]);
  });

  it('reads a headline-form item with a bare noun subject', () => {
    expect(pairs('Rebels seize two towns in the east, army says')).toEqual([['army', 'Rebels seize two towns in the east']]);
  });

  it.each([
    ['In an interview, Halvorsen said on Thursday he “sent the report to the committee.”', 'Halvorsen', 'he “sent the report to the committee.”'],
    ['In a speech, Ruiz said on Monday she "will not back down."', 'Ruiz', 'she "will not back down."'],
  ])('a cue whose clause opens with a pronoun and a quoted verb past an adjunct is no tail: %s', (text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['While the mayor said the budget was balanced, the auditor warned of a gap.', 'the budget was balanced'],
    ['Although Jane Roe said the port would reopen, the union complained about the delay.', 'the port would reopen'],
  ])('a cue that opens its own complement ("warned of", "complained about") is no closing tail: %s', (text, first) => {
    const found = attribute(text);
    expect(found.every((attribution) => attribution.rule !== 'attribution/trailing-attribution')).toBe(true);
    expect(found.map((attribution) => attribution.quote)).toContain(first);
  });
});

