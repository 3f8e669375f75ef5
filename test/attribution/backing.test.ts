import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

/** Backing or opposing something is a stated position; its object is the claim, as with "endorsed" or "rejected". */
describe('support, oppose and back with an object', () => {
  it.each([
    ['supports a gerund clause', 'The senator supports raising the minimum wage to fifteen dollars.', 'The senator', 'raising the minimum wage to fifteen dollars'],
    ['opposed a plan', 'The farmers’ union opposed the new water levy.', 'The farmers’ union', 'the new water levy'],
    ['backed a candidate', 'The former governor backed Dana Whitlow in the primary.', 'The former governor', 'Dana Whitlow in the primary'],
    ['has long opposed', 'The mayor has long opposed building a second runway.', 'The mayor', 'building a second runway'],
    ['backed a bill', 'The teachers’ association backed the school funding bill.', 'The teachers’ association', 'the school funding bill'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['the passive', 'The rebels were backed by a neighbouring army for years.'],
    ['a participle after a noun', 'Groups backed by the ministry received most of the grants.'],
    ['a phrasal verb', 'The council backed down after the protest on Friday.'],
    ['backing out', 'The investor backed out of the deal last month.'],
    ['a vote tally', 'A total of 212 delegates supported the measures, with 14 abstaining.'],
    ['a poll share', 'About 40 percent back the mayor in the latest count.'],
    ['signing a letter', 'Several small firms also supported the open letter.'],
    ['joining a campaign', 'Two supermarket chains also backed the fair pay campaign.'],
  ])('no claim: %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });
});

/** Likening, comparing, echoing and attacking are positions taken on their object. */
describe('liken, compare, echo, attack and charge', () => {
  it.each([
    ['likened X to Y', 'The union leader likened the pay offer to an insult.', 'The union leader', 'the pay offer to an insult'],
    ['compared X to Y', 'The architect compared the new tower to a lighthouse without a sea.', 'The architect', 'the new tower to a lighthouse without a sea'],
    ['echoed a view', 'The deputy mayor echoed warnings from the fire chief about the dry summer.', 'The deputy mayor', 'warnings from the fire chief about the dry summer'],
    ['attacked a rival', 'The challenger attacked the governor for his handling of the floods.', 'The challenger', 'the governor for his handling of the floods'],
    ['charges that', 'The opposition charges that the contract was never put out to tender.', 'The opposition', 'the contract was never put out to tender'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['compared with', 'Sales rose four percent compared with last year.'],
    ['a sound that echoes', 'The bells echoed across the valley on Sunday morning.'],
    ['attacked in a place', 'Two guards were attacked in the car park on Friday night.'],
    ['a charge in court', 'Prosecutors charged the driver with careless driving.'],
    ['attacks as a noun', 'The attacks on the convoy stopped after the truce.'],
    ['an armed attack', 'The rebels attacked the town before dawn.'],
  ])('no claim: %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });
});

/** Questioning something is doubting it: its object is the position. */
describe('question with an object', () => {
  it.each([
    ['questioned a record', 'The challenger questioned the governor’s record on housing.', 'The challenger', 'the governor’s record on housing'],
    ['questioned whether', 'The auditor questioned whether the fund can survive another year.', 'The auditor', 'whether the fund can survive another year'],
    ['has questioned a need', 'Several deputies have questioned the need for a second runway.', 'Several deputies', 'the need for a second runway'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['the passive', 'The driver was questioned by officers for an hour.'],
    ['an interview by police', 'Detectives questioned the suspect overnight.'],
    ['a witness', 'The lawyers questioned two witnesses on Friday.'],
  ])('no claim: %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });
});
