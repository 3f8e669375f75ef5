import { describe, expect, it } from 'vitest';
import { extractClaims, type AttributionRule } from '../../src/index.js';
import { buildAttribution } from '../../src/testing/index.js';

/** A rule that reads every sentence as a claim of its own, under the id given. */
const sentenceRule = (id: string): AttributionRule => ({
  id,
  find: (ctx, analysis) => analysis.sentences.map((sentence) => buildAttribution(ctx.raw, { quote: sentence.text, rule: id }, analysis)),
});

describe('the trace of what decided each claim', () => {
  it('names the attribution rule and how a pronoun speaker was resolved to a name', () => {
    const text = 'Mayor Ana Duarte opened the meeting at noon.\n\n"We will rebuild the bridge by spring," she said.';
    const [claim] = extractClaims(text).claims;
    expect(claim?.speaker).toBe('Ana Duarte');
    expect(claim?.rules.slice(0, 3)).toEqual(['attribution/direct-quote', 'speakers/read:pronoun', 'speakers/pronoun-antecedent']);
  });

  it('names the sieve that placed a named speaker, and the one that gave a bare title its holder', () => {
    const named = extractClaims('"The dam is safe," said Jonas Berg, the chief engineer.').claims[0];
    expect(named?.rules.slice(0, 3)).toEqual(['attribution/direct-quote', 'speakers/read:person', 'speakers/full-name']);
    const title = extractClaims('Prime Minister Jonas Berg arrived late.\n\nThe prime minister said the dam was safe.').claims[0];
    expect(title?.speaker).toBe('Jonas Berg');
    expect(title?.rules.slice(0, 3)).toEqual(['attribution/reported-speech', 'speakers/read:title', 'speakers/title-holder']);
  });

  it('lists a refiner only where it decided a value', () => {
    const withDate = extractClaims('"The dam is safe," Jonas Berg said on Tuesday.', { published: '2024-05-10' }).claims[0];
    expect(withDate?.date).toBe('2024-05-07');
    expect(withDate?.rules).toContain('enrich/date:phrase');
    const bare = extractClaims('"The dam is safe," Jonas Berg said.').claims[0];
    expect(bare?.source).toBeNull();
    expect(bare?.date).toBeNull();
    expect(bare?.rules.some((rule) => rule.startsWith('enrich/source') || rule.startsWith('enrich/date'))).toBe(false);
  });

  it('tells the debug sink when a later rule loses an overlapping quote to an earlier one', () => {
    const messages: string[] = [];
    const result = extractClaims('The bridge opens in May.', {
      attributionRules: [sentenceRule('test/first'), sentenceRule('test/second')],
      refiners: [],
      debug: (message) => messages.push(message),
    });
    expect(result.claims.map((claim) => claim.rules[0])).toEqual(['test/first']);
    expect(messages.some((message) => message.startsWith('[test/second] 0-24 dropped'))).toBe(true);
  });
});
