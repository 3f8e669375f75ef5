import { chromeLexicon } from '../lang/en/chrome.js';
import { ClaimexError, describe } from '../core/errors.js';
import type * as z from 'zod';
import { defaultSpeakerLexicon } from '../speakers/index.js';

/**
 * Checks of what callers hand the public entries beyond the zod shapes: word lists, calendar dates, input size.
 * Each failure is a ClaimexError whose message names the field.
 */

/**
 * 10 Mi UTF-16 characters, about 10 MB of English UTF-8. Peak memory is about 100 MB plus 85 to 150 MB per MB of
 * input (`npm run bench` measures it), so the default keeps one call near 1 GB at most.
 */
export const DEFAULT_MAX_INPUT_CHARS = 10 * 1024 * 1024;

export function assertInputSize(raw: string, maxInputChars: number): void {
  if (raw.length > maxInputChars) {
    throw new ClaimexError(
      'INPUT_TOO_LARGE',
      `the article has ${raw.length} characters, more than maxInputChars (${maxInputChars}); split it or raise the limit`,
      { length: raw.length, maxInputChars },
    );
  }
}

const HAS_TEXT = /\S/;

/** A list of words or phrases: an array of strings, none empty or white space only. */
function assertWordList(field: string, value: unknown): void {
  if (!Array.isArray(value)) {
    throw new ClaimexError('INVALID_OPTIONS', `${field} must be an array of strings, got ${describe(value)}`, { field });
  }
  value.forEach((entry: unknown, index) => {
    if (typeof entry !== 'string' || !HAS_TEXT.test(entry)) {
      throw new ClaimexError('INVALID_OPTIONS', `${field}[${index}] must be a word or phrase, got ${describe(entry)}`, { field: `${field}[${index}]` });
    }
  });
}

/** A lexicon option: every list of the default lexicon, and nothing else. */
function assertLexicon(field: string, value: object, defaults: object): void {
  const expected = Object.keys(defaults);
  for (const key of Object.keys(value)) {
    if (!expected.includes(key)) {
      throw new ClaimexError('INVALID_OPTIONS', `${field}.${key} is not a list of ${field}; expected ${expected.join(', ')}`, { field: `${field}.${key}` });
    }
  }
  for (const key of expected) assertWordList(`${field}.${key}`, (value as Record<string, unknown>)[key]);
}

/** A YYYY-MM-DD string that names a day of the calendar ("2024-02-30" does not). */
export function assertCalendarDate(field: string, value: string): void {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new ClaimexError('INVALID_OPTIONS', `${field} "${value}" is not a date of the calendar`, { field });
  }
}

/** Options parsed by `schema`, with a message that names the entry and the field on failure. */
export function parseOptions<T>(entry: string, schema: z.ZodType<T>, options: unknown, prettify: (error: z.ZodError) => string): T {
  const parsed = schema.safeParse(options ?? {});
  if (!parsed.success) {
    throw new ClaimexError('INVALID_OPTIONS', `invalid ${entry} options: ${prettify(parsed.error)}`, parsed.error.issues);
  }
  return parsed.data;
}

interface CheckedValues {
  published?: unknown;
  chromeLexicon?: unknown;
  speakerLexicon?: unknown;
  topic?: { terms: readonly string[]; cues?: Partial<Record<string, readonly string[]>> | undefined } | undefined;
  cues?: ReadonlyArray<{ lemma: string }> | undefined;
}

/** The checks zod's shapes leave out, on options zod has already parsed. */
export function assertOptionValues(options: CheckedValues): void {
  if (typeof options.published === 'string') assertCalendarDate('published', options.published);
  if (options.published instanceof Date && Number.isNaN(options.published.getTime())) {
    throw new ClaimexError('INVALID_OPTIONS', 'published is an invalid Date', { field: 'published' });
  }
  if (options.chromeLexicon !== undefined) assertLexicon('chromeLexicon', options.chromeLexicon as object, chromeLexicon);
  if (options.speakerLexicon !== undefined) assertLexicon('speakerLexicon', options.speakerLexicon as object, defaultSpeakerLexicon);
  if (options.topic) {
    assertWordList('topic.terms', options.topic.terms);
    for (const [kind, words] of Object.entries(options.topic.cues ?? {})) assertWordList(`topic.cues.${kind}`, words);
  }
  options.cues?.forEach((cue, index) => {
    if (!HAS_TEXT.test(cue.lemma)) {
      throw new ClaimexError('INVALID_OPTIONS', `cues[${index}].lemma must be a word or phrase, got ${describe(cue.lemma)}`, { field: `cues[${index}].lemma` });
    }
  });
}
