import { describe, expect, it } from 'vitest';
import { clean, chromeLexicon, extractClaims } from '../../src/index.js';
import { copyrightTrailLength } from '../../src/clean/publisher.js';
import { body, page } from '../clean/helpers.js';

// Each reproducer took from 5 to 40 seconds before its pattern was made linear; the generous per-test limit turns
// a return of that backtracking into a failure without timing the normal path.
const REPRODUCER_LIMIT_MS = 5_000;

describe('patterns that backtracked catastrophically on a few hundred bytes', () => {
  it(
    'a copyright line of digit groups and dashes (exponential)',
    () => {
      const raw = '© A 1' + '00000-00000000-000'.repeat(14) + 'x';
      const result = extractClaims(raw);
      expect(result.claims).toEqual([]);
      expect(result.removed.map((line) => line.reason)).toEqual(['copyright']);
    },
    REPRODUCER_LIMIT_MS,
  );

  it(
    'a copyright line of repeated year ranges (exponential)',
    () => {
      const raw = '© A ' + '2024-2024 '.repeat(40) + 'x';
      expect(extractClaims(raw).claims).toEqual([]);
    },
    REPRODUCER_LIMIT_MS,
  );

  it(
    'a line of capital letters between a headline and the body (polynomial in a byline test)',
    () => {
      const shout = 'A'.repeat(400) + '!';
      const result = clean(page('Harbour workers end their strike', shout, ...body));
      expect(result.text).toContain(body[0]);
    },
    REPRODUCER_LIMIT_MS,
  );

  it(
    'a user phrase with two spaces against a line of 64k spaces (quadratic)',
    () => {
      const lexicon = { ...chromeLexicon, promoPrefixes: [...chromeLexicon.promoPrefixes, 'follow  us'] };
      const line = 'follow' + ' '.repeat(64_000) + 'x';
      const result = clean(page('Harbour workers end their strike', line, ...body), { chromeLexicon: lexicon });
      expect(result.text).toContain(body[0]);
    },
    REPRODUCER_LIMIT_MS,
  );

  it('a user phrase with doubled or tabbed white space still matches single spaces', () => {
    const lexicon = { ...chromeLexicon, promoPrefixes: ['  read\t more   about  '] };
    const result = clean(page('Harbour workers end their strike', ...body, 'Read more about the harbour'), { chromeLexicon: lexicon });
    expect(result.text).not.toContain('Read more about the harbour');
  });
});

describe('copyrightTrailLength: the end of a copyright line after the owner', () => {
  const table: Array<[string, string]> = [
    ['Harbour Post © 2024', ' © 2024'],
    ['Harbour Post, 2020–2024.', ', 2020–2024.'],
    ['Harbour Post 2020 - 2024 |', ' 2020 - 2024 |'],
    ['Harbour Post 12024', '2024'],
    ['Harbour Post 123', ''],
    ['Harbour Post', ''],
    ['2024', '2024'],
    ['', ''],
  ];
  it.each(table)('%j ends in %j', (text, trail) => {
    expect(text.slice(text.length - copyrightTrailLength(text))).toBe(trail);
  });
});
