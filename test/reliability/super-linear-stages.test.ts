import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { pairQuoteMarks } from '../../src/attribution/quote-marks.js';
import { capSentenceLength, MAX_SENTENCE_TOKENS } from '../../src/text/sentence-bounds.js';
import { spanCover } from '../../src/speakers/span-cover.js';

const MB = 1024 * 1024;

describe('stages stay near-linear whatever the content', () => {
  // 159 s before: each pronoun's resolver copied every quotation of the article. The limit fails a return of that
  // without timing the normal path (a few seconds).
  it(
    'a 1 MB article of one quotation and pronoun repeated gives one claim per repeat',
    () => {
      const unit = '“We will go,” he said. ';
      const count = Math.ceil(MB / unit.length);
      const result = extractClaims(unit.repeat(count));
      expect(result.claims).toHaveLength(count);
      expect(result.claims.every((claim) => claim.quote.startsWith('We will go'))).toBe(true);
    },
    60_000,
  );

  // Each stretch searched on for the next quote mark to the end of the text: 100,000 stretches of a 1 MB text
  // without marks cost 100,000 MB of scanning.
  it('pairs the quote marks of 100,000 short stretches of a long text without reading past each one', () => {
    const raw = 'said\n'.repeat(200_000) + '“far away”';
    let found = 0;
    for (let start = 0; start < 500_000; start += 5) found += pairQuoteMarks(raw, start, start + 4).quotations.length;
    expect(found).toBe(0);
    expect(pairQuoteMarks(raw, raw.length - 10, raw.length).quotations).toEqual([{ open: raw.length - 10, close: raw.length - 1, depth: 0 }]);
  }, 10_000);

  it('100,000 lines of "said" give no claim', () => {
    expect(extractClaims('said\n'.repeat(100_000)).claims).toEqual([]);
  }, 60_000);
});

describe('capSentenceLength', () => {
  it('keeps short sentences and cuts a long one into pieces of the maximum length', () => {
    const long = MAX_SENTENCE_TOKENS * 2 + 3;
    expect(capSentenceLength([[0, 9], [10, 10 + long - 1]])).toEqual([
      [0, 9],
      [10, 10 + MAX_SENTENCE_TOKENS - 1],
      [10 + MAX_SENTENCE_TOKENS, 10 + 2 * MAX_SENTENCE_TOKENS - 1],
      [10 + 2 * MAX_SENTENCE_TOKENS, 10 + long - 1],
    ]);
  });
});

describe('spanCover: whether some span of a set holds a span', () => {
  const cover = spanCover([
    { start: 30, end: 40 },
    { start: 0, end: 10 },
    { start: 5, end: 25 },
  ]);
  const table: Array<[number, number, boolean]> = [
    [0, 10, true],
    [6, 24, true],
    [2, 20, false],
    [30, 40, true],
    [26, 29, false],
    [35, 41, false],
    [50, 55, false],
  ];
  it.each(table)('[%i, %i) → %s', (start, end, held) => {
    expect(cover({ start, end })).toBe(held);
  });
  it('holds nothing when empty', () => {
    expect(spanCover([])({ start: 0, end: 0 })).toBe(false);
  });
});
