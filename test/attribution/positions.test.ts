import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

describe('positions without a speech verb', () => {
  it.each([
    ['a short object that ends the sentence', 'The opposition leader firmly rejected the proposal.', [['The opposition leader', 'the proposal']]],
    ['a named object', 'The governor endorsed Maria Ortega.', [['The governor', 'Maria Ortega']]],
    ['voiced backing', 'The dockers’ union voiced backing for the strike at the port.', [['The dockers’ union', 'the strike at the port']]],
    ['voiced concerns', 'Two senators voiced concerns about the cost of the bridge.', [['Two senators', 'the cost of the bridge']]],
    ['signalled willingness, British spelling', 'Peru signalled willingness to send two ships.', [['Peru', 'to send two ships']]],
    ['signaled readiness, American spelling', 'The mayor signaled readiness to meet the strikers.', [['The mayor', 'to meet the strikers']]],
    ['panned', 'The finance minister panned the agreement as a giveaway to banks.', [['The finance minister', 'the agreement as a giveaway to banks']]],
    ['branded', 'Lena Park branded the protesters a mob.', [['Lena Park', 'the protesters a mob']]],
    ['a doubled consonant', 'The coach slammed the referee as a disgrace.', [['The coach', 'the referee as a disgrace']]],
    ['touted', 'The governor touted the budget as a win for rural schools.', [['The governor', 'the budget as a win for rural schools']]],
    ['applauded', 'The regional council applauded the decision to reopen the mine.', [['The regional council', 'the decision to reopen the mine']]],
    ['defended, in the present tense', 'Dana Whitfield defends the new tax on sugary drinks.', [['Dana Whitfield', 'the new tax on sugary drinks']]],
    ['defending, after a comma', 'The minister spoke for an hour, defending the cuts to the rail budget.', [['The minister', 'the cuts to the rail budget']]],
    ['lashed out at, the preposition dropped', 'The coach lashed out at referees who ignored the foul.', [['The coach', 'referees who ignored the foul']]],
    ['mocked', 'The challenger mocked the mayor’s plan for a new stadium.', [['The challenger', 'the mayor’s plan for a new stadium']]],
    ['citing a reason', 'The airline canceled the route last week, citing weak demand for flights.', [['The airline', 'weak demand for flights']]],
    ['cited a study', 'The union has cited a study showing that wages lag behind prices.', [['The union', 'a study showing that wages lag behind prices']]],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it.each([
    ['citing sources', 'The plan is under discussion, the weekly reported, citing sources close to the talks.'],
    ['citing officials', 'The army has moved two brigades north, the agency said, citing unnamed officials.'],
    ['citing a person', 'The deal was signed on Friday, citing a person familiar with the matter.'],
  ])('no claim from a credit: %s', (_name, text) => {
    expect(pairs(text).filter(([, quote]) => /sources|officials|person/.test(quote))).toEqual([]);
  });

  it.each([
    ['a list of names', 'Norway, Chile and Japan signalled willingness to send ships.', [['Norway', 'to send ships'], ['Chile', 'to send ships'], ['Japan', 'to send ships']]],
    ['an acronym in brackets after the first', 'The Dockers Union (DU) and the Port Council said they had reached a deal.', [['The Dockers Union', 'they had reached a deal'], ['the Port Council', 'they had reached a deal']]],
    ['two names of several words', 'The African Union and European Union stressed the vote would not change the border.', [['The African Union', 'the vote would not change the border'], ['European Union', 'the vote would not change the border']]],
    ['names between dashes after a description', 'The only two neighbours to have signed the treaty - Chile and Peru - sharply criticised the new tariff.', [['Chile', 'the new tariff'], ['Peru', 'the new tariff']]],
    ['names between long dashes', 'Both rival bidders — Acme Rail and Nordline — welcomed the delay to the tender.', [['Acme Rail', 'the delay to the tender'], ['Nordline', 'the delay to the tender']]],
    ['a stray comma before the verb', 'The Dockers Union and the Port Council, said they had reached a deal.', [['The Dockers Union', 'they had reached a deal'], ['the Port Council', 'they had reached a deal']]],
    ['a stray comma after an acronym in brackets', 'The Dockers Union (DU) and the Port Council, said they had reached a deal.', [['The Dockers Union', 'they had reached a deal'], ['the Port Council', 'they had reached a deal']]],
    ['a stray comma after two names', 'Jane Roe and Tomas Berg, said the bridge was unsafe.', [['Jane Roe', 'the bridge was unsafe'], ['Tomas Berg', 'the bridge was unsafe']]],
  ])('one statement, one claim per speaker: %s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it.each([
    ['Food and Drug Administration', 'The Food and Drug Administration said the drug was safe.'],
    ['Citizenship and Immigration Services', 'Citizenship and Immigration Services said the backlog had grown.'],
    ['Department of Health and Human Services', 'The Department of Health and Human Services said the rule would change.'],
    ['Parks and Wildlife Department', 'The Parks and Wildlife Department said the trail would stay closed.'],
    ['a stray comma after the name', 'The Parks and Wildlife Department, said the trail would stay closed.'],
    ['two offices before a stray comma', 'The head of sales and marketing, said the launch would slip.'],
  ])('one institution named with "and" stays one speaker: %s', (_name, text) => {
    expect(pairs(text)).toHaveLength(1);
  });

  it.each([
    ['a pronoun object', 'He rejected it.'],
    ['a short object followed by the quotation that carries the claim', 'The general expressed confidence in the plan, stating, "We are ready for any outcome."'],
    ['a brand of goods', 'The company branded its new phones.'],
    ['a short object of a speech verb', 'The mayor clarified his remarks.'],
    ['a lede that the quotation after it spells out', 'The minister rejected the plan. "It would cost too much and help nobody."'],
  ])('no position claim from %s', (_name, text) => {
    const found = pairs(text);
    expect(found.filter(([, quote]) => quote.split(' ').length < 3 && !quote.includes('ready'))).toEqual([]);
  });
});
