import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { analyse } from '../../src/text/analyse.js';
import { speakerBefore } from '../../src/text/speaker-phrase.js';

/** The speaker phrases before the first cue word of one sentence, as written. */
function speakersOf(text: string, cue: string): string[] {
  const tokens = analyse(text, [{ start: 0, end: text.length }]).sentences[0]!.tokens;
  const phrase = speakerBefore(tokens, tokens.findIndex((token) => token.normal === cue));
  return (phrase?.speakers ?? []).map((range) => text.slice(tokens[range.first]!.start, tokens[range.last]!.end));
}

describe('bare nouns joined by "and" after a preposition are the objects of one speaker phrase', () => {
  it.each<[string, string, string[]]>([
    ['Experts on trade and security said the tariffs would backfire.', 'said', ['Experts on trade and security']],
    ['Specialists in tax and pensions warned that the reform was rushed.', 'warned', ['Specialists in tax and pensions']],
    ['Experts on foreign trade and security said the deal was weak.', 'said', ['Experts on foreign trade and security']],
    ['Analysts of energy and transport said prices would rise.', 'said', ['Analysts of energy and transport']],
    // Conjuncts that speak on their own stay apart.
    ['The mayor and the police chief said the road was closed.', 'said', ['The mayor', 'the police chief']],
    ['Jane Roe and Tom Lee said the road was closed.', 'said', ['Jane Roe', 'Tom Lee']],
    // "the head of sales and marketing" is one office, as before.
    ['The head of sales and marketing said the launch would slip.', 'said', ['The head of sales and marketing']],
  ])('%s', (text, cue, expected) => {
    expect(speakersOf(text, cue)).toEqual(expected);
  });

  it('gives the claim one anonymous speaker and names the rule', async () => {
    const { claims } = await extractClaims('Experts on trade and security said the tariffs would backfire.');
    expect(claims.map((claim) => [claim.speaker, claim.speakerType])).toEqual([['Experts on trade and security', 'anonymous']]);
    expect(claims[0]!.rules).toContain('speakers/coordinated-object');
  });
});

describe('"and" after the object of a verb\'s preposition joins two clauses, not two speakers', () => {
  it.each<[string, string, string[]]>([
    ['He was copied on the questions and Lindqvist said he had answered them.', 'said', ['Lindqvist']],
    ['She met with Lopez and Brown said the talks went well.', 'said', ['Brown']],
    // After a noun the preposition opens the subject's own modifier, whose conjuncts both stay.
    ['Countries like France and the Baltic states said they were ready.', 'said', ['France', 'the Baltic states']],
  ])('%s', (text, cue, expected) => {
    expect(speakersOf(text, cue)).toEqual(expected);
  });
});
