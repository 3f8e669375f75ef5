import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  ClaimexError,
  chromeLexicon,
  clean,
  createExtractor,
  defaultAttributionRules,
  defaultRefiners,
  extractClaims,
  isClaimexError,
  type AttributionRule,
  type ClaimexErrorCode,
  type Refiner,
} from '../../src/index.js';

const ARTICLE = '“The bridge will reopen in May,” the mayor, Ines Okafor, said on Tuesday.';

/** The error `run` throws; fails when it throws nothing. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

function expectClaimexError(run: () => unknown, code: ClaimexErrorCode, field: string): ClaimexError {
  const error = thrown(run);
  expect(isClaimexError(error), String(error)).toBe(true);
  const typed = error as ClaimexError;
  expect(typed.code).toBe(code);
  expect(typed.message).toContain(field);
  return typed;
}

const rule = (id: string, find: AttributionRule['find']): AttributionRule => ({ id, find });
const refiner = (id: string, refine: Refiner['refine']): Refiner => ({ id, refine });
const asAny = (value: unknown): never => value as never;

describe('options the public entries refuse, with the field named', () => {
  const table: Array<[string, Record<string, unknown>, ClaimexErrorCode, string]> = [
    ['an empty chromeLexicon', { chromeLexicon: {} }, 'INVALID_OPTIONS', 'chromeLexicon.stopWords'],
    ['a chromeLexicon list given as a string', { chromeLexicon: { ...chromeLexicon, social: 'facebook' } }, 'INVALID_OPTIONS', 'chromeLexicon.social'],
    ['a chromeLexicon with an unknown list', { chromeLexicon: { ...chromeLexicon, socials: [] } }, 'INVALID_OPTIONS', 'chromeLexicon.socials'],
    ['a white-space chromeLexicon entry', { chromeLexicon: { ...chromeLexicon, share: ['  '] } }, 'INVALID_OPTIONS', 'chromeLexicon.share[0]'],
    ['a speakerLexicon list given as a string', { speakerLexicon: { officeWords: 'mayor' } }, 'INVALID_OPTIONS', 'speakerLexicon'],
    ['a date that is not on the calendar', { published: '2024-13-45' }, 'INVALID_OPTIONS', 'published'],
    ['the 30th of February', { published: '2024-02-30' }, 'INVALID_OPTIONS', 'published'],
    ['an unknown key in topic', { topic: { name: 'bridges', terms: ['bridge'], colour: 'red' } }, 'INVALID_OPTIONS', 'colour'],
    ['a white-space topic term', { topic: { name: 'bridges', terms: ['bridge', ' \t'] } }, 'INVALID_OPTIONS', 'topic.terms[1]'],
    ['a white-space topic cue', { topic: { name: 'bridges', terms: ['bridge'], cues: { support: [' '] } } }, 'INVALID_OPTIONS', 'topic.cues.support[0]'],
    ['a white-space cue lemma', { cues: [{ lemma: '   ', kind: 'speech' }] }, 'INVALID_OPTIONS', 'cues[0].lemma'],
    ['a zero input limit', { maxInputChars: 0 }, 'INVALID_OPTIONS', 'maxInputChars'],
  ];
  it.each(table)('%s', (_name, options, code, field) => {
    expectClaimexError(() => extractClaims(ARTICLE, asAny(options)), code, field);
    expectClaimexError(() => createExtractor(asAny(options)), code, field);
  });

  it('clean() names an extraction-only option instead of ignoring it', () => {
    expectClaimexError(() => clean(ARTICLE, asAny({ topic: { name: 'bridges', terms: ['bridge'] } })), 'INVALID_OPTIONS', 'topic');
    expectClaimexError(() => clean(ARTICLE, asAny({ refiners: [] })), 'INVALID_OPTIONS', 'refiners');
  });

  it('clean() checks the lexicon and the date too', () => {
    expectClaimexError(() => clean(ARTICLE, asAny({ chromeLexicon: {} })), 'INVALID_OPTIONS', 'chromeLexicon');
    expectClaimexError(() => clean(ARTICLE, { published: '2023-02-29' }), 'INVALID_OPTIONS', 'published');
  });

  it('accepts a leap day and a full lexicon', () => {
    expect(extractClaims(ARTICLE, { published: '2024-02-29', chromeLexicon: { ...chromeLexicon } }).article.published).toBe('2024-02-29');
  });
});

describe('input larger than the limit', () => {
  it('is INPUT_TOO_LARGE from every entry, naming the limit', () => {
    const raw = 'x'.repeat(101);
    expectClaimexError(() => extractClaims(raw, { maxInputChars: 100 }), 'INPUT_TOO_LARGE', 'maxInputChars');
    expectClaimexError(() => clean(raw, { maxInputChars: 100 }), 'INPUT_TOO_LARGE', 'maxInputChars');
    const extractor = createExtractor({ maxInputChars: 100 });
    expectClaimexError(() => extractor.extract(raw), 'INPUT_TOO_LARGE', 'maxInputChars');
    expectClaimexError(() => extractor.clean(raw), 'INPUT_TOO_LARGE', 'maxInputChars');
    expect(extractor.extract('x'.repeat(100)).claims).toEqual([]);
  });
});

describe('rules and refiners that fail', () => {
  const withRule = (extra: AttributionRule) => ({ attributionRules: [...defaultAttributionRules, extra] });
  const withRefiner = (extra: Refiner) => ({ refiners: [...defaultRefiners, extra] });

  it('a rule that throws is RULE_FAILED naming it, with the original as cause', () => {
    const original = new TypeError('boom');
    const error = expectClaimexError(
      () => extractClaims(ARTICLE, withRule(rule('user/explodes', () => { throw original; }))),
      'RULE_FAILED',
      'user/explodes',
    );
    expect(error.cause).toBe(original);
  });

  it('a refiner that throws is RULE_FAILED naming it, with the original as cause', () => {
    const original = new RangeError('bad');
    const error = expectClaimexError(
      () => extractClaims(ARTICLE, withRefiner(refiner('user/refiner', () => { throw original; }))),
      'RULE_FAILED',
      'user/refiner',
    );
    expect(error.cause).toBe(original);
  });

  const badRules: Array<[string, AttributionRule['find']]> = [
    ['returns null', () => asAny(null)],
    ['returns a null attribution', () => asAny([null])],
    ['returns a quote span past the end', (ctx, analysis) => [{ ...goodAttribution(analysis), quoteSpans: [{ start: 0, end: ctx.raw.length + 5 }] }]],
    ['returns a negative span', (_ctx, analysis) => [{ ...goodAttribution(analysis), cue: { start: -1, end: 2 } }]],
    ['returns a reversed span', (_ctx, analysis) => [{ ...goodAttribution(analysis), evidence: { start: 9, end: 3 } }]],
    ['returns no quote spans', (_ctx, analysis) => [{ ...goodAttribution(analysis), quoteSpans: [] }]],
  ];
  it.each(badRules)('a rule that %s is INVALID_RULE naming it', (_name, find) => {
    expectClaimexError(() => extractClaims(ARTICLE, withRule(rule('user/bad', find))), 'INVALID_RULE', 'user/bad');
  });

  const badRefiners: Array<[string, Refiner['refine']]> = [
    ['returns undefined', () => asAny(undefined)],
    ['returns a string', () => asAny('drafts')],
    ['returns a draft without its attribution', (_ctx, _analysis, drafts) => drafts.map((draft) => ({ ...draft, attribution: asAny(undefined) }))],
  ];
  it.each(badRefiners)('a refiner that %s is INVALID_RULE naming it', (_name, refine) => {
    expectClaimexError(() => extractClaims(ARTICLE, withRefiner(refiner('user/bad-refiner', refine))), 'INVALID_RULE', 'user/bad-refiner');
  });

  it('a shipped rule or refiner cannot be changed in place, and a changed copy is checked as a caller\'s own', () => {
    expect(() => Object.assign(defaultAttributionRules[0]!, { find: () => asAny(null) })).toThrow(TypeError);
    expect(() => Object.assign(defaultRefiners[0]!, { refine: () => asAny(null) })).toThrow(TypeError);
    const copy: AttributionRule = { ...defaultAttributionRules[0]!, find: () => asAny([null]) };
    expectClaimexError(() => extractClaims(ARTICLE, { attributionRules: [copy] }), 'INVALID_RULE', copy.id);
    const refinerCopy: Refiner = { ...defaultRefiners[0]!, refine: () => asAny('drafts') };
    expectClaimexError(() => extractClaims(ARTICLE, { refiners: [refinerCopy] }), 'INVALID_RULE', refinerCopy.id);
  });
});

function goodAttribution(analysis: Parameters<AttributionRule['find']>[1]) {
  const sentence = analysis.sentences[0]!;
  return {
    rule: 'user/bad',
    sentence,
    evidence: { start: sentence.start, end: sentence.end },
    quoteType: 'direct' as const,
    quoteSpans: [{ start: 1, end: 5 }],
    cue: null,
    cueLemma: null,
    speaker: null,
    addressee: null,
  };
}

describe('isClaimexError', () => {
  it('recognises an error from another copy of the package by its brand, not its class', () => {
    const other = { message: 'from the CJS build', code: 'INVALID_INPUT', [Symbol.for('claimex.error')]: true };
    expect(isClaimexError(other)).toBe(true);
    expect(isClaimexError(new Error('plain'))).toBe(false);
    expect(isClaimexError({ code: 'INVALID_INPUT' })).toBe(false);
    expect(isClaimexError(null)).toBe(false);
  });

  it('recognises an error thrown by the built CJS copy', () => {
    const require = createRequire(import.meta.url);
    let cjs: { extractClaims(raw: unknown): unknown };
    try {
      cjs = require('../../dist/index.cjs');
    } catch {
      return; // the suite also runs before a build; the package tests cover dist/
    }
    expect(isClaimexError(thrown(() => cjs.extractClaims(42)))).toBe(true);
  });
});
