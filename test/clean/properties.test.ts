import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RemovalReasonSchema } from '../../src/core/schema.js';
import { body, run } from './helpers.js';

const pieces = [
  ...body,
  'Share', 'Facebook', '© 2024 Example Media', 'Related', '- A headline in a list', 'By Jane Roe', 'Views: 12', '-', '|',
  'Ссылка скопирована', '"Unbalanced quote, she said.', '“Done,” he said.', '17 June 2023', 'Headline of the day – 06/17/2023 at 8:40 a.m.',
  'Photo: Someone/Agency', 'Read also:', 'NEXT Another story', '', '   ', '\t',
];
const line = fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 30 }));
const separator = fc.constantFrom('\n', '\r\n', '\r', '\n\n');
const document = fc.array(fc.tuple(line, separator), { maxLength: 40 }).map((parts) => parts.map(([text, sep]) => text + sep).join(''));

const LINE_BREAK = /\r\n|\n|\r/;

function checkInvariants(raw: string): void {
  const result = run(raw);
  const rawLines = raw.split(LINE_BREAK);
  for (const removed of result.removed) {
    expect(raw.slice(removed.start, removed.end)).toBe(removed.text);
    expect(rawLines[removed.line - 1]!.trim()).toBe(removed.text);
    expect(RemovalReasonSchema.safeParse(removed.reason).success).toBe(true);
  }
  for (let i = 0; i < result.text.length; i++) {
    if (result.text[i] === '\n') continue;
    expect(raw[result.toRaw(i)]).toBe(result.text[i]);
  }
  const nonBlank = rawLines.filter((text) => text.trim() !== '').length;
  expect(result.blocks.length + result.removed.length).toBe(nonBlank);
  for (const span of Object.values(result.article.provenance)) {
    if (span) expect(raw.slice(span.start, span.end)).toBe(span.text);
  }
}

describe('cleanText properties', () => {
  it('removed lines are verbatim raw lines, the text maps back character by character, spans are exact', () => {
    fc.assert(fc.property(document, checkInvariants), { numRuns: 300 });
  });

  it('survives a 1 MB input with a 100 KB line without spaces and odd quoting', () => {
    const longLine = 'x'.repeat(100_000);
    const filler = Array.from({ length: 3000 }, (_, i) => `${body[i % body.length]} "${'unclosed '.repeat(i % 5)}`).join('\n');
    const raw = `${filler}\n${longLine}\n${'“'.repeat(5000)}\n${filler}`.padEnd(1_000_000, '\nShare');
    checkInvariants(raw);
  });
});
