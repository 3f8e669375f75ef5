import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { pairs } from './helpers.js';

/** A poll, a study or a recording states what it shows or finds without a "that": its object is the claim. */
describe('evidence that shows or finds an object', () => {
  it.each([
    ['a survey', 'A new survey shows the mayor ahead by six points among likely voters.', 'A new survey', 'the mayor ahead by six points among likely voters'],
    ['a study that found', 'One study found 31 cases of fraud out of a billion ballots.', 'One study', '31 cases of fraud out of a billion ballots'],
    ['plural polls', 'Recent polls show a tightening race in the northern districts.', 'Recent polls', 'a tightening race in the northern districts'],
    ['a head before "of"', 'Video of the arrest shows him with his hands in the air.', 'Video of the arrest', 'him with his hands in the air'],
    ['an -ing object', 'The latest opinion poll shows the senator leading his rival by four points.', 'The latest opinion poll', 'the senator leading his rival by four points'],
    // The authors after "by" speak for their analysis, as they do with a "that".
    ['a head before "by"', 'A 2019 analysis by two economists found a sharp rise in rents along the coast.', 'two economists', 'a sharp rise in rents along the coast'],
    ['a verb the tagger reads as a noun', 'Official figures show fewer inspections every year since the merger.', 'Official figures', 'fewer inspections every year since the merger'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a person shows a thing', 'The guard showed her badge at the gate.'],
    ['a person finds a thing', 'The hikers found the missing dog near the lake.'],
    ['a place noun', 'The museum shows paintings from the northern coast.'],
    ['evidence that is found', 'Investigators found new records in the basement of the old mill.'],
    ['a programme that shows', 'The channel showed the final match live on Sunday evening.'],
  ])('no claim: %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });

  it('names the frame in the claim’s rules', () => {
    const [claim] = extractClaims('A new survey shows the mayor ahead by six points among likely voters.').claims;
    expect(claim?.rules).toContain('attribution/frame:evidence-subject');
  });

  it('a "that" clause needs no evidence frame', () => {
    const [claim] = extractClaims('A new survey shows that the mayor is ahead by six points.').claims;
    expect(claim?.quote).toBe('the mayor is ahead by six points');
    expect(claim?.rules).not.toContain('attribution/frame:evidence-subject');
  });
});
