import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/index.js';
import { tradeDeal, wages } from './topics.js';

describe('a political side named in the speaker phrase is who speaks, not a stance', () => {
  const lead = 'The debate in parliament went on for a week.';
  it.each([
    ['The opposition said the trade deal would benefit farmers.', tradeDeal, 'support'],
    ['Opposition lawmakers said the trade agreement would help exporters.', tradeDeal, 'support'],
    ['The opposition leader said the minimum wage rise was welcome.', wages, 'support'],
    ['The opposition said the trade deal was still being studied.', tradeDeal, 'neutral'],
    ['Opposition MPs said the minimum wage rise would hurt small firms.', wages, 'oppose'],
    // "opposition to" is a position, in the speaker's phrase too.
    ['Groups in opposition to the trade deal said they would march on Friday.', tradeDeal, 'oppose'],
    ['The union voiced its opposition to the minimum wage freeze.', wages, 'oppose'],
  ] as const)('%s (%#)', (sentence, topic, stance) => {
    const { claims } = extractClaims(`${lead}\n\n${sentence}`, { topic });
    expect(claims.map((claim) => claim.stance)).toEqual([stance]);
  });
});
