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
