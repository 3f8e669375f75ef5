import * as chrono from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';
import type { Span } from '../../schema.js';
import { daysBetween, makeYmd, type Ymd } from './calendar.js';

/**
 * A date phrase read in the attribution part of a sentence:
 * - `calendar`: a month and a day ("May 20", "20 May 2024", "5/20/2024"), the year when written;
 * - `weekday`: a day of the week ("on Thursday", "said Tuesday", "Monday evening");
 * - `relative-day`: a day counted from the article's date ("yesterday", "today", "two days ago").
 * Months alone, weeks and "recently" are not days and are never read as phrases.
 */
export type DatePhrase =
  | { kind: 'calendar'; span: Span; year: number | null; month: number; day: number }
  | { kind: 'weekday'; span: Span; weekday: number; previousWeek: boolean }
  | { kind: 'relative-day'; span: Span; offset: number };

/**
 * Cheap gate before chrono: a capitalised month or weekday name, a casual day word, or a numeric date. Names are
 * matched whole and case-sensitively, so "market", "decided" and the modal "may" do not wake chrono.
 */
const DATE_HINT =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:rs(?:day)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\b|\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast night|this (?:morning|afternoon|evening)|days? ago)\b|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/;

/** Units that make a relative expression vaguer than a day ("last week", "earlier this month"). */
const VAGUE_UNIT = /\b(?:weeks?|weekends?|months?|years?|decades?|quarters?)\b/i;
const RELATIVE_DAY_WORD = /\b(?:yesterday|today|tonight|last night|this (?:morning|afternoon|evening)|days? ago)\b/i;
const MONTH_OR_NUMERIC_DATE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?/i;
const NEXT_WEEKDAY = /^\s*(?:on\s+)?(?:next|coming|this coming)\b/i;
const LAST_WEEKDAY = /^\s*(?:on\s+)?last\b/i;
const LAST_NIGHT = /\blast night\b/i;

/**
 * chrono needs a reference to read casual days; a fixed one keeps its month/day/weekday readings independent of
 * the clock. Relative days are measured against it, so it must be the same date the offsets are taken from.
 */
const NEUTRAL_REFERENCE: Ymd = { year: 2000, month: 6, day: 15 };

/** Whether the text of `part` may hold a date phrase: false means `readDatePhrases` finds none there. */
export function mayHoldDatePhrase(raw: string, part: Span): boolean {
  return DATE_HINT.test(raw.slice(part.start, part.end));
}

/** Date phrases in `part` (a raw span), in text order. Runs chrono only when the gate matches. */
export function readDatePhrases(raw: string, part: Span): DatePhrase[] {
  const text = raw.slice(part.start, part.end);
  if (!DATE_HINT.test(text)) return [];
  const reference = NEUTRAL_REFERENCE;
  const results = dayReader().parse(text, new Date(reference.year, reference.month - 1, reference.day, 12));
  const phrases: DatePhrase[] = [];
  for (const result of results) {
    const phrase = toPhrase(result, part.start + result.index, reference);
    if (phrase) phrases.push(phrase);
  }
  for (const match of text.matchAll(PART_OF_TODAY)) {
    phrases.push({ kind: 'relative-day', span: { start: part.start + match.index, end: part.start + match.index + match[0].length }, offset: 0 });
  }
  for (const match of text.matchAll(DAYS_AGO)) {
    const count = countWord(match[1]!);
    if (count === null) continue;
    phrases.push({ kind: 'relative-day', span: { start: part.start + match.index, end: part.start + match.index + match[0].length }, offset: -count });
  }
  return phrases.sort((a, b) => a.span.start - b.span.start);
}

/**
 * chrono's parsers for clock times and for spans of time ("within 3 hours", "2 weeks later", "3 days ago") are
 * dropped: statements are dated to the day, and compiling their patterns was most of chrono's ~350 ms first parse.
 * A parser is matched by class name, which the build keeps through a user's minifier (tsup.config.ts).
 */
const UNUSED_PARSERS: ReadonlySet<string> = new Set([
  'ENTimeExpressionParser', 'ENCasualTimeParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser',
  'ENTimeUnitAgoFormatParser', 'ENTimeUnitCasualRelativeFormatParser', 'ENEndOfCurrentMonthParser', 'ENMonthNameParser',
  'ENSlashMonthFormatParser',
]);

let dayChrono: chrono.Chrono | undefined;

/** The day-reading chrono, built on first use and shared: its configuration never changes. */
function dayReader(): chrono.Chrono {
  dayChrono ??= new chrono.Chrono({
    parsers: chrono.casual.parsers.filter((parser) => !UNUSED_PARSERS.has(parser.constructor.name)),
    refiners: chrono.casual.refiners,
  });
  return dayChrono;
}

/** "this morning": read here since chrono's clock-time parser, which knows parts of the day, is left out. */
const PART_OF_TODAY = /\bthis\s+(?:morning|afternoon|evening)\b/gi;
/** "two days ago", "3 days ago": read here since chrono's time-span parser is left out. */
const DAYS_AGO = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+days?\s+ago\b/gi;
const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

function countWord(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower in COUNT_WORDS) return COUNT_WORDS[lower]!;
  const number = Number(lower);
  return Number.isInteger(number) && number > 0 ? number : null;
}

function toPhrase(result: ParsedResult, start: number, reference: Ymd): DatePhrase | null {
  const { text } = result;
  const components = result.start;
  const span = { start, end: start + text.length };
  if (VAGUE_UNIT.test(text)) return null;
  if (RELATIVE_DAY_WORD.test(text)) {
    const read = makeYmd(components.get('year') ?? 0, components.get('month') ?? 0, components.get('day') ?? 0);
    if (!read) return null;
    const offset = daysBetween(reference, read) - (LAST_NIGHT.test(text) && daysBetween(reference, read) === 0 ? 1 : 0);
    return { kind: 'relative-day', span, offset };
  }
  if (components.isCertain('month') && components.isCertain('day') && MONTH_OR_NUMERIC_DATE.test(text)) {
    const month = components.get('month');
    const day = components.get('day');
    if (month === null || day === null) return null;
    const year = components.isCertain('year') ? components.get('year') : null;
    return { kind: 'calendar', span, year, month, day };
  }
  if (components.isCertain('weekday') && !components.isCertain('day') && !NEXT_WEEKDAY.test(text)) {
    const weekday = components.get('weekday');
    if (weekday === null) return null;
    return { kind: 'weekday', span, weekday, previousWeek: LAST_WEEKDAY.test(text) };
  }
  return null;
}
