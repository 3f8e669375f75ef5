import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { attribute, pairs } from './helpers.js';

/** A noun of saying or belief with its owner ("the union's claim that …") reports the owner's claim. */
describe('noun cues', () => {
  it.each([
    ['a possessive name', 'Officials were stunned by Ravi Patel’s claim that the ledger was forged.', 'Ravi Patel', 'the ledger was forged'],
    ['a subject phrase', 'The harbour board’s view that the quay is unsafe is shared by the pilots.', 'The harbour board', 'the quay is unsafe'],
    ['a plural possessive with a modifier', 'The growers’ repeated warnings that the river would flood were ignored.', 'The growers', 'the river would flood'],
    ['an infinitive', 'Voters cheered the mayor’s pledge to rebuild the old pier.', 'the mayor', 'to rebuild the old pier'],
    ['her, owned by the subject', 'Nadia Frost restated her view that the levy was unfair.', 'Nadia Frost', 'the levy was unfair'],
    ['its, owned by the subject', 'The council renewed its call to close the quarry.', 'The council', 'to close the quarry'],
    ['an adjective before the noun', 'Lena Ortiz stood by her earlier prediction that prices would fall, then left.', 'Lena Ortiz', 'prices would fall'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toContainEqual([speaker, quote]);
  });

  it.each([
    ['no owner', 'The claim that the ledger was forged spread fast.'],
    ['a relative clause, not a claim', 'Ravi Patel’s plan that the council backed was dropped.'],
    ['a noun of plans', 'The council’s decision that the quarry should close was final.'],
    ['an owner who is someone else', 'Critics mocked his pledge that taxes would fall by half.'],
    ['a noun with an object, no clause', 'The board’s warning to staff went unheeded.'],
    ['a first-person owner', '“My view that prices will fall is unchanged.”'],
  ])('no claim: %s', (_name, text) => {
    expect(attribute(text).filter((found) => found.rule === 'attribution/noun-cue')).toEqual([]);
  });

  it('a verb that holds the phrase keeps its claim', () => {
    const found = attribute('The mayor dismissed the union’s claim that the budget was rigged.');
    expect(found.map((f) => [f.rule, f.speaker])).toEqual([['attribution/reported-speech', 'The mayor']]);
  });

  it('names its rule in the claim’s rules', () => {
    const [claim] = extractClaims('Nadia Frost restated her view that the levy was unfair.').claims;
    expect(claim?.rules[0]).toBe('attribution/noun-cue');
  });
});
