import { describe, expect, it } from 'vitest';
import { ClaimexError, extractClaims, extractClaimsAsync, STANCE_CLASSIFIER_ID, type Claim, type StanceClassifierContext } from '../../../src/index.js';
import { sanctions } from './topics.js';

const article = [
  'Ministers meet over sanctions',
  '',
  'Foreign Minister Lena Varga said her country would back the sanctions on Tehran.',
  '',
  '"We see no role for us in an embargo," Trade Minister Omar Haddad told reporters.',
].join('\n');

describe('the stance classifier seam', () => {
  it('keeps the rules as the default classifier', () => {
    const claims = extractClaims(article, { topic: sanctions }).claims;
    expect(claims.map((claim) => claim.stance)).toEqual(['support', 'oppose']);
    expect(claims.every((claim) => claim.stanceReason.decidedBy === undefined)).toBe(true);
  });

  it('replaces the stance with what a synchronous classifier returns, a bare stance or a stance with a reason', () => {
    const seen: string[] = [];
    const claims = extractClaims(article, {
      topic: sanctions,
      stance: (claim: Claim, context: StanceClassifierContext) => {
        seen.push(`${claim.stance}|${context.topic?.name}|${context.claims.length}`);
        return claim.quote.includes('embargo') ? 'neutral' : { stance: 'conditional', reason: 'the stub says so' };
      },
    }).claims;
    expect(seen).toEqual(['support|sanctions on Iran|2', 'oppose|sanctions on Iran|2']);
    expect(claims.map((claim) => claim.stance)).toEqual(['conditional', 'neutral']);
    expect(claims[0]!.stanceReason.summary).toBe('the stub says so');
    expect(claims[0]!.stanceReason.decidedBy).toBe('classifier');
    expect(claims[0]!.stanceReason.topicTerms).toEqual(['sanctions']);
    expect(claims[1]!.rules.at(-1)).toBe(STANCE_CLASSIFIER_ID);
  });

  it('rejects a classifier answer that is no stance, and a promise from the synchronous API', () => {
    expect(() => extractClaims(article, { topic: sanctions, stance: () => 'maybe' as never })).toThrow(ClaimexError);
    expect(() => extractClaims(article, { topic: sanctions, stance: (async () => 'support') as never })).toThrow(/extractClaimsAsync/);
    expect(() => extractClaims(article, { stance: 'support' as never })).toThrow(ClaimexError);
  });

  it('awaits an async classifier, in claim order, at most `concurrency` at a time', async () => {
    let running = 0;
    let most = 0;
    const result = await extractClaimsAsync(article, {
      topic: sanctions,
      concurrency: 1,
      stance: async (claim) => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running--;
        return { stance: claim.stance === 'support' ? 'oppose' : 'support', reason: { summary: 'stub model' } };
      },
    });
    expect(result.claims.map((claim) => claim.stance)).toEqual(['oppose', 'support']);
    expect(result.claims[0]!.stanceReason.summary).toBe('stub model');
    expect(most).toBe(1);
  });

  it('is extractClaims without a classifier, and checks its own options', async () => {
    const plain = await extractClaimsAsync(article, { topic: sanctions });
    expect(plain.claims.map((claim) => claim.stance)).toEqual(['support', 'oppose']);
    await expect(extractClaimsAsync(article, { topic: sanctions, concurrency: 0, stance: () => 'neutral' })).rejects.toThrow(ClaimexError);
  });

  it('fails with CLASSIFIER_FAILED naming the claim when the classifier rejects, the original error as cause', async () => {
    const offline = new Error('model offline');
    const failure = extractClaimsAsync(article, { topic: sanctions, stance: async () => Promise.reject(offline) });
    await expect(failure).rejects.toMatchObject({ code: 'CLASSIFIER_FAILED', cause: offline });
    await expect(failure).rejects.toThrow(/failed on claim \S+: model offline/);
  });
});
