import { describe, expect, it } from 'vitest';
import * as claimex from '../../src/index.js';
import { ClaimexError, clean, createExtractor, extractClaims, extractionResultJsonSchema } from '../../src/index.js';

describe('public API', () => {
  it('exports the pipeline, the schemas, the rule lists and the error type', () => {
    for (const name of [
      'clean',
      'extractClaims',
      'createExtractor',
      'extractMany',
      'extractClaimsAsync',
      'extractManyAsync',
      'DocumentSchema',
      'ClaimexError',
      'ClaimSchema',
      'ExtractionResultSchema',
      'SpeakerSchema',
      'TopicSchema',
      'extractionResultJsonSchema',
      'defaultAttributionRules',
      'defaultRefiners',
      'reportingCues',
      'topics',
    ]) {
      expect(claimex, name).toHaveProperty(name);
    }
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['an object', { text: 'x' }],
  ])('throws INVALID_INPUT for %s', (_name, input) => {
    expect(() => extractClaims(input as unknown as string)).toThrowError(ClaimexError);
    try {
      clean(input as unknown as string);
    } catch (error) {
      expect((error as ClaimexError).code).toBe('INVALID_INPUT');
    }
  });

  it.each([
    ['an unknown option', { colour: 'red' }],
    ['a topic without terms', { topic: { name: 'x', terms: [] } }],
    ['a malformed date', { published: '23/11/2026' }],
    ['a rule without find()', { attributionRules: [{ id: 'broken' }] }],
  ])('throws a typed error for %s', (_name, options) => {
    let caught: unknown;
    try {
      createExtractor(options as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ClaimexError);
    expect(['INVALID_OPTIONS', 'INVALID_RULE']).toContain((caught as ClaimexError).code);
  });

  it('lets users replace the rule lists through options', () => {
    const everySentence = {
      id: 'test/every-sentence',
      find: (_ctx: unknown, analysis: claimex.Analysis) =>
        analysis.sentences.map((sentence) => ({
          rule: 'test/every-sentence',
          sentence,
          evidence: { start: sentence.start, end: sentence.end },
          quoteType: 'indirect' as const,
          quoteSpans: [{ start: sentence.start, end: sentence.end }],
          cue: null,
          cueLemma: null,
          speaker: null,
          addressee: null,
        })),
    };
    const raw = 'The bridge opens in May after a long delay.\n\nTraffic will be diverted for a week.';
    const result = createExtractor({ attributionRules: [everySentence], refiners: [] }).extract(raw);
    expect(result.claims.map((claim) => claim.quote)).toEqual([
      'The bridge opens in May after a long delay.',
      'Traffic will be diverted for a week.',
    ]);
    expect(result.claims[0]!.rules).toEqual(['test/every-sentence']);
  });

  it('gives each claim a reason of its own when no stance refiner runs', () => {
    const raw = '"We will build it," Mayor Ana Lima said. "It opens in May," her deputy Tom Berg said.';
    const [first, second] = createExtractor({ refiners: [] }).extract(raw).claims;
    expect([first!.stanceReason.summary, second!.stanceReason.summary]).toEqual(['no stance refiner ran', 'no stance refiner ran']);
    first!.stanceReason.cues.push({ start: 0, end: 1, text: '"', polarity: 'neutral', negated: false });
    expect(second!.stanceReason.cues).toEqual([]);
  });

  it('gives the same claim ids for the same input', () => {
    const raw = '"We will build it," Mayor Ana Lima said on Monday.';
    expect(extractClaims(raw).claims.map((claim) => claim.id)).toEqual(extractClaims(raw).claims.map((claim) => claim.id));
  });

  it('publishes a JSON Schema of the result', () => {
    const schema = extractionResultJsonSchema();
    expect(schema).toMatchObject({ type: 'object' });
    expect(Object.keys((schema as { properties: object }).properties)).toEqual(
      expect.arrayContaining(['article', 'claims', 'speakers', 'removed', 'warnings']),
    );
  });
});

describe('speakers across sentences', () => {
  it('gives a quotation read from context the person its neighbour sentence refers to', () => {
    const text = [
      'Port strike ends',
      '',
      '"The terms are fair," union leader Carla Mendes said after meeting the harbour board. She did not mention wages. "We will be back at work on Monday."',
    ].join('\n');
    const speakers = extractClaims(text).claims.map((claim) => [claim.speaker, claim.rules[0]]);
    expect(speakers).toEqual([
      ['Carla Mendes', 'attribution/direct-quote'],
      ['Carla Mendes', 'attribution/neighbour-quote'],
    ]);
  });
});

describe('the headline line', () => {
  it('reads a standfirst printed on the headline’s line apart from the headline', () => {
    const text = [
      'Mayors agree to share flood defences. - The mayors of five river towns have announced a joint fund to build new flood walls before winter.',
      '',
      'The towns will pay in proportion to their population, the regional council said on Monday.',
    ].join('\n');
    const result = extractClaims(text);
    expect(result.article.title).toBe('Mayors agree to share flood defences.');
    expect(result.claims.map((claim) => claim.quote)).toEqual([
      'a joint fund to build new flood walls before winter',
      'The towns will pay in proportion to their population',
    ]);
  });
});
