import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExtractionResultSchema, extractClaims, type ExtractionResult } from '../../src/index.js';

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›'];
const NAMES = ['Ana Lima', 'Mr. Okafor', 'the Ministry of Trade', 'She', 'Helsinki', 'unnamed officials', 'Prime Minister Tomas Berg'];
const CUES = ['said', 'told reporters', 'according to', 'warned', 'added', 'did not rule out', 'stressed that', ':', ','];
const FILLER = ['the plan', 'would fail', 'on Tuesday', '.', '\n', '\n\n', ' ', '(', ')', '—', 'and', 'that', 'Reuters reported'];

const pieces = fc.constantFrom(...QUOTE_MARKS, ...NAMES, ...CUES, ...FILLER);
const builtText = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), builtText);

function checkResult(raw: string, result: ExtractionResult): void {
  expect(ExtractionResultSchema.safeParse(result).success).toBe(true);
  const inside = (span: { start: number; end: number }) => 0 <= span.start && span.start <= span.end && span.end <= raw.length;
  for (const claim of result.claims) {
    for (const span of claim.quoteSpans) expect(inside(span)).toBe(true);
    expect(claim.quote).toBe(claim.quoteSpans.map((span) => raw.slice(span.start, span.end)).join(' '));
    for (const span of [claim.cue, claim.speakerMention, claim.evidence]) {
      if (span) {
        expect(inside(span)).toBe(true);
        expect(raw.slice(span.start, span.end)).toBe(span.text);
      }
    }
  }
  for (const line of result.removed) expect(raw.slice(line.start, line.end)).toBe(line.text);
}

describe('extractClaims on any string', () => {
  it('never throws, keeps every span inside the input, quotes verbatim, and passes the schema', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        checkResult(raw, extractClaims(raw));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['empty', ''],
    ['only quote marks', '"“”«»„'.repeat(50)],
    ['a long line without spaces', 'x'.repeat(50_000)],
    ['deeply nested parentheses', `${'('.repeat(5_000)}said${')'.repeat(5_000)}`],
    ['an unclosed quotation over several paragraphs', '“It will not happen,\n\nshe said. And then\n\nnothing more'],
  ])('handles %s', (_name, raw) => {
    checkResult(raw, extractClaims(raw));
  });
});
