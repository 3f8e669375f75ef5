import { describe, expect, it } from 'vitest';
import { fieldMatches, poolPRF, prf, scoreBoilerplate, scoreClaims, scoreNoise, tokenF1 } from '../../src/eval/index.js';
import type { GoldClaim } from '../../src/eval/index.js';

const goldClaim = (quote: string, overrides: Partial<GoldClaim> = {}): GoldClaim => ({
  speaker: 'Ana Lima',
  speakerType: 'person',
  role: 'Trade Minister',
  country: 'Brazil',
  stance: 'support',
  quote,
  quoteType: 'indirect',
  date: '2025-05-02',
  source: null,
  ...overrides,
});

describe('tokenF1', () => {
  it.each([
    ['the tariffs will fall', 'the tariffs will fall', 1],
    ['the tariffs will fall', 'The tariffs, will fall.', 1],
    ['a b c d', 'a b', 2 / 3],
    ['a b', 'c d', 0],
    ['', '', 1],
    ['', 'x', 0],
  ])('%j vs %j', (a, b, expected) => {
    expect(tokenF1(a, b)).toBeCloseTo(expected, 6);
  });
});

describe('scoreNoise', () => {
  it('counts removed lines against gold noise lines', () => {
    const removed = [3, 4, 9].map((line) => ({ line, start: 0, end: 1, text: 'x', reason: 'other' as const, check: 'clean/after-body' }));
    const score = scoreNoise({ noiseLines: [1, 3, 4] }, { removed });
    expect(score).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(score.f1).toBeCloseTo(2 / 3, 6);
  });
});

describe('scoreClaims', () => {
  const gold = {
    claims: [
      goldClaim('tariffs on steel would be lifted by June'),
      goldClaim('the talks had stalled', { stance: 'neutral', speaker: 'Carl Berg', country: 'Sweden' }),
    ],
  };

  it('matches by quote token F1 and scores the fields of matched pairs', () => {
    const predicted = [
      { ...goldClaim('tariffs on steel would be lifted'), country: 'brazil' },
      { ...goldClaim('an unrelated statement about fisheries'), stance: 'oppose' as const },
    ];
    const score = scoreClaims(gold, { claims: predicted });
    expect(score.claims).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(score.fields.country.accuracy).toBe(1);
    expect(score.missed.map((claim) => claim.quote)).toEqual(['the talks had stalled']);
    expect(score.stanceConfusion.support.support).toBe(1);
  });

  it('pairs one-to-one, best match first', () => {
    const predicted = [goldClaim('the talks had stalled again'), goldClaim('the talks had stalled')];
    const score = scoreClaims(gold, { claims: predicted });
    expect(score.claims.tp).toBe(1);
    expect(score.matches[0]!.quoteF1).toBe(1);
    expect(score.spurious.map((claim) => claim.quote)).toEqual(['the talks had stalled again']);
  });

  it('counts quotes that are not verbatim in the raw text', () => {
    const raw = 'She said the talks had stalled.';
    const predicted = [
      { ...goldClaim('the talks had stalled'), quoteSpans: [{ start: 9, end: 30 }] },
      { ...goldClaim('the talks have stalled'), quoteSpans: [{ start: 9, end: 30 }] },
    ];
    expect(scoreClaims(gold, { claims: predicted }, { raw }).nonVerbatim).toBe(1);
  });
});

describe('fieldMatches', () => {
  it.each([
    ['The Telegraph', 'the Telegraph', true],
    ['Renée Dufresne', 'Renee Dufresne', true],
    ['Kovalenko’s office', "Kovalenko's office", true],
    ['Prime Minister', 'President', false],
    [null, null, true],
    [null, 'Reuters', false],
  ])('%j ~ %j is %j', (gold, predicted, expected) => {
    expect(fieldMatches(gold, predicted)).toBe(expected);
  });
});

describe('scoreBoilerplate', () => {
  it('counts kept with-strings and kept without-strings after collapsing white space', () => {
    const page = { with: ['The mayor  said', 'lost line'], without: ['Subscribe now', 'Cookie policy'] };
    const score = scoreBoilerplate(page, 'The mayor\nsaid the bridge opens.\nSubscribe now');
    expect(score).toMatchObject({ tp: 1, fn: 1, fp: 1 });
  });

  it('pools counts over pages', () => {
    expect(poolPRF([prf(1, 1, 0), prf(3, 0, 1)])).toMatchObject({ tp: 4, fp: 1, fn: 1 });
  });
});
