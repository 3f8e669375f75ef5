import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers.js';

const STRAY_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„'];

describe('attribution on odd input', () => {
  it.each([
    ['empty', ''],
    ['white space', '   \n\n\t  '],
    ['only marks', '"""“”„«»‘’\'\'\''],
    ['unbalanced everywhere', '"He said "we" will "go, said the man. “Yes” ” “ no'],
    ['a cue and nothing else', 'said'],
    ['according to at the end', 'It rained, according to'],
    ['a comma tail with no words', ', he said.'],
    ['emoji and CRLF', 'The coach 😀 said that the team 🏆 would win.\r\n“Great,” she said.\r\n'],
    ['bullets only', '* * * •'],
  ])('%s', (_name, text) => {
    for (const found of attribute(text)) expect(text).toContain(found.quote.split(' | ')[0]);
  });

  it('reads 100 KB of unbalanced marks and a huge line without error', () => {
    const marks = Array.from({ length: 20_000 }, (_, i) => `${STRAY_MARKS[i % STRAY_MARKS.length]}word said`).join(' ');
    expect(() => attribute(marks)).not.toThrow();
    const line = 'The minister said that '.concat('the plan is good and '.repeat(5_000), 'fine.');
    const found = attribute(line);
    expect(found[0]?.speaker).toBe('The minister');
  });

  it('keeps every quote span inside its paragraph and verbatim', () => {
    const piece = fc.constantFrom(
      'The minister said', 'that', 'the plan', '"we will go,"', '“no”', 'according to', 'Reuters', ',', '.', 'he added',
      'who said', 'and', 'saying', "don't", '’', '‘', '«', '»', '\n', ':', 'Jane Roe', 'warned of', 'rejected', '*',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join(' ');
        const paragraphs = text.split('\n');
        for (const found of attribute(text)) {
          for (const part of found.quote.split(' | ')) {
            expect(part.length).toBeGreaterThan(0);
            expect(part).not.toContain('\n');
            expect(paragraphs.some((paragraph) => paragraph.includes(part))).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
