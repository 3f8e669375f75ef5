import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { attribute } from './helpers.js';

/** A quotation opened inside a reported clause is one statement: the sentence's end does not cut it. */
describe('a quote that runs on to its closing mark', () => {
  it.each([
    ['a whole quotation after a second verb', 'The coach named nobody but told his players, “we are in deep trouble. Why fight each other when the league is at stake?”', 'we are in deep trouble. Why fight each other when the league is at stake?', 'direct'],
    ['after "that"', 'The mayor said that “the city is broke. We cannot pay for another stadium and we will not.”', 'the city is broke. We cannot pay for another stadium and we will not.', 'direct'],
    ['a reported clause that opens a quotation', 'The union argued the offer “falls short. It ignores the night shifts entirely.”', 'the offer “falls short. It ignores the night shifts entirely.”', 'mixed'],
    ['an advert that argues', 'One campaign advert argues that “only the senator can win the county. The math is simple. Nobody else comes close.”', 'only the senator can win the county. The math is simple. Nobody else comes close.', 'direct'],
    ['three sentences, straight marks', 'The farmer said that "prices have collapsed. We sell at a loss. Nobody in the capital listens."', 'prices have collapsed. We sell at a loss. Nobody in the capital listens.', 'direct'],
    ['an exclamation inside', 'The chair warned that “enough is enough! We will strike on Monday.”', 'enough is enough! We will strike on Monday.', 'direct'],
    ['a quoted fragment that runs on', 'The senator added that she alone has spent her life “fighting for the farms. I will not stop now.”', 'she alone has spent her life “fighting for the farms. I will not stop now.”', 'mixed'],
  ])('%s', (_name, text, quote, type) => {
    const found = attribute(text);
    expect(found.map((f) => [f.quote, f.type])).toEqual([[quote, type]]);
  });

  it.each([
    ['a quotation closed in its sentence', 'The mayor said the city is “broke” this year. “Nobody pays,” a clerk said.', 'the city is “broke” this year'],
    ['a quotation of the next paragraph is not reached', 'The mayor said that the city is broke.\n“We cannot pay,” a clerk said.', 'the city is broke'],
  ])('stays in its sentence: %s', (_name, text, quote) => {
    expect(attribute(text)[0]?.quote).toBe(quote);
  });

  it('names the rule in the claim’s rules', () => {
    const [claim] = extractClaims('The coach named nobody but told his players, “we are in deep trouble. Why fight each other?”').claims;
    expect(claim?.rules).toContain('attribution/span:quotation-runs-on');
    expect(claim?.quote).toBe('we are in deep trouble. Why fight each other?');
  });
});
