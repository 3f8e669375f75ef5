import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { pairs } from './helpers.js';

/** Verbs of belief and feeling drop their "that" as often as not; the clause after them is still the claim. */
describe('a bare clause after a verb of belief', () => {
  it.each([
    ['think', 'The governor thinks the toll plan will fail.', 'The governor', 'the toll plan will fail'],
    ['hope, a possessive subject', 'Rita Vance hopes her new endorsement will lift the campaign.', 'Rita Vance', 'her new endorsement will lift the campaign'],
    ['fear, tagged as a noun', 'Many growers fear the tariffs will feed inflation.', 'Many growers', 'the tariffs will feed inflation'],
    ['fear with a bare plural subject', 'Officials fear river levels will rise overnight.', 'Officials', 'river levels will rise overnight'],
    ['worries, tagged as a noun', 'The harbour master worries the new quay could collapse.', 'The harbour master', 'the new quay could collapse'],
    ['feel, with an adverb', 'Most tenants still feel the council is ignoring them.', 'Most tenants', 'the council is ignoring them'],
    ['suspect', 'The auditors suspect the ledger was altered.', 'The auditors', 'the ledger was altered'],
    ['a pronoun subject in the clause', 'The coach thought they would win the cup.', 'The coach', 'they would win the cup'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['"thinks so"', 'The governor thinks so.'],
    ['an object, no clause', 'The coach feared the worst.'],
    ['a prepositional object', 'The growers hope for rain this week.'],
    ['an object with a relative clause', 'The villagers fear the same fate that befell their neighbours.'],
    ['a preposition', 'She thought about the offer for a week.'],
    ['an owner before the noun', 'Their fears the bridge would fall proved wrong.'],
    ['a feeling with an object', 'The runners felt the heat on the last lap.'],
  ])('no claim: %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });

  it('names the frame in the claim’s rules', () => {
    const [claim] = extractClaims('The harbour master worries the new quay could collapse.').claims;
    expect(claim?.rules).toContain('attribution/frame:bare-clause');
  });

  it('a "that" is no bare clause', () => {
    const [claim] = extractClaims('The harbour master worries that the new quay could collapse.').claims;
    expect(claim?.quote).toBe('the new quay could collapse');
    expect(claim?.rules).not.toContain('attribution/frame:bare-clause');
  });
});

/** Knowing and realising report what the knower holds true, with or without a "that". */
describe('verbs of knowing', () => {
  it.each([
    ['knows with a bare clause', 'The coach knows the squad is too thin for a long season.', 'The coach', 'the squad is too thin for a long season'],
    ['knew that', 'The auditors knew that the ledger had been altered twice.', 'The auditors', 'the ledger had been altered twice'],
    ['understands that', 'The council understands that residents want the library kept open.', 'The council', 'residents want the library kept open'],
    ['realised that', 'The mayor realised that the bridge would not open on time.', 'The mayor', 'the bridge would not open on time'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['an object', 'The coach knows the town well after twenty years.'],
    ['negated', 'The driver did not know the road was closed.'],
    ['a prepositional object', 'The farmers know about the new rules.'],
    ['understanding a language', 'The envoy understands French and some Dutch.'],
  ])('no claim: %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });
});
