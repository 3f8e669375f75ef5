import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

describe('names in the headline', () => {
  it('reads no names from a title-case headline, whose capitals run across words that are no names', () => {
    const text = [
      'Ada Brun Slams Claim Vik Sold Votes',
      '',
      'The councillor was questioned on Monday. "I sold nothing to anyone, ever," Vik said at the town hall.',
      '',
    ].join('\n');
    const result = extractClaims(text);
    expect(result.article.title).toBe('Ada Brun Slams Claim Vik Sold Votes');
    expect(result.claims.map((claim) => claim.speaker)).toEqual(['Vik']);
  });

  it('still reads the names of a sentence-case headline', () => {
    const text = ['Pay offer angers ferry union leader Tom Vik', '', '"It is an insult to every crew," Vik said on Monday.', ''].join('\n');
    expect(extractClaims(text).claims.map((claim) => claim.speaker)).toEqual(['Tom Vik']);
  });
});

describe('an office opening the headline', () => {
  const story = (headline: string, body: string): string => [headline, '', body, '', 'The rules take effect in May.', ''].join('\n');

  it('is the holder the story names, when the story writes the office in lower case', () => {
    const claims = extractClaims(story('Governor says state will sue over water rules', 'Gov. Ann Lee spoke on Monday. The governor said the rules were unfair.')).claims;
    expect(claims.map((claim) => [claim.speaker, claim.role])).toEqual([
      ['Ann Lee', 'Governor'],
      ['Ann Lee', 'Governor'],
    ]);
    expect(claims[0]!.rules).toContain('speakers/title-holder');
  });

  it('is the office itself when the story names no holder', () => {
    const claims = extractClaims(story('Mayor warns cuts will close libraries', 'The city faces a gap of 20 million dollars, the mayor said on Monday.')).claims;
    expect(claims[0]).toMatchObject({ speaker: 'Mayor', role: 'Mayor', quote: 'cuts will close libraries' });
  });

  it('is no office where the story never writes the word in lower case (a surname)', () => {
    const claims = extractClaims(story('King says the plan is fair', 'Tom King, a lawyer, spoke on Monday.')).claims;
    expect(claims.map((claim) => claim.role)).not.toContain('King');
  });
});
