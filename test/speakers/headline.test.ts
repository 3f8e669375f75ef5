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
