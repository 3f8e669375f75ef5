import * as chrono from 'chrono-node/en';
import type { LineFeatures } from './features.js';

/** A calendar date read from a line; `start`/`end` are offsets in that line. */
export interface DateMatch {
  iso: string;
  start: number;
  end: number;
}

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const NUMERIC_DATE = /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/;
const MONTH_NAME =
  /(?:^|[^\p{L}])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![\p{L}])/iu;
/** chrono is only asked when a year is written: the date must be certain of it anyway. */
const YEAR = /(?:^|\D)(?:19|20)\d{2}(?!\d)/;
/** A dateline is short: a date with labels ("Updated:"), a time, a place or the site name around it. */
const DATELINE_MAX_CHARS = 110;
const DATELINE_MAX_WORDS = 16;
const CHRONO_MAX_CHARS = 160;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTHS})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})(?!\\d)`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(${MONTHS})\\.?,?\\s(\\d{4})(?!\\d)`, 'i');
const MONTH_INDEX: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** "March 12, 2025", "Jun 18th 2018", "04 December 2024", "12 of May 2023": the common English datelines, without chrono. */
function namedMonthDate(text: string): DateMatch | null {
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  const match = monthFirst && (!dayFirst || monthFirst.index <= dayFirst.index) ? monthFirst : dayFirst;
  if (!match) return null;
  const [month, day] = match === monthFirst ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
  const iso = isoOf(Number(match[3]), MONTH_INDEX[month.slice(0, 3).toLowerCase()]!, Number(day));
  return iso ? { iso, start: match.index, end: match.index + match[0].length } : null;
}

const pad = (value: number): string => String(value).padStart(2, '0');

function isoOf(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > daysInMonth ? null : `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The first full calendar date (day, month and year all stated) in a short text: ISO "2025-03-12", numeric
 * "01/23/2025" (slashes read month first, as in US datelines) or "12.03.2025" (dots read day first), or any
 * wording chrono-node reads with a certain year ("04 December 2024 12:51", "March 12, 2025", "Jun 18th 2018").
 */
export function findDate(text: string): DateMatch | null {
  if (text.length > CHRONO_MAX_CHARS) return null;
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const value = isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (value) return { iso: value, start: iso.index, end: iso.index + iso[0].length };
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[3]);
    const year = Number(numeric[4]);
    const monthFirst = numeric[2] === '/' ? first <= 12 : second > 12 && first <= 12;
    const value = monthFirst ? isoOf(year, first, second) : isoOf(year, second, first);
    if (value) return { iso: value, start: numeric.index, end: numeric.index + numeric[0].length };
  }
  if (!YEAR.test(text) || !MONTH_NAME.test(text)) return null;
  const named = namedMonthDate(text);
  if (named) return named;
  for (const result of chrono.strict.parse(text)) {
    const { start } = result;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const value = isoOf(start.get('year')!, start.get('month')!, start.get('day')!);
    if (value) return { iso: value, start: result.index, end: result.index + result.text.length };
  }
  return null;
}

/** A line that is a date with at most labels, a time, a place or a name around it, not a sentence that mentions one. */
export function datelineDate(text: string, features: LineFeatures): DateMatch | null {
  if (features.chars > DATELINE_MAX_CHARS || features.words > DATELINE_MAX_WORDS) return null;
  if (features.innerSentence || (features.endsSentence && features.stopRatio >= 0.3)) return null;
  return findDate(text);
}

/** Tried at each of the last `TITLE_SUFFIX_REACH` positions only (sticky), so a long line costs no more than a short one. */
const TITLE_SUFFIX = /\s[–—|-]\s([^–—|]{4,48})$/y;
const TITLE_SUFFIX_REACH = 51;

/**
 * A headline that carries the site's timestamp ("Headline – 01/23/2025 at 5:53 p.m."): the length of the headline
 * part and the date read from the suffix, or null when the line has no such suffix.
 */
export function splitTitleTimestamp(text: string): { titleLength: number; date: DateMatch } | null {
  const match = titleSuffix(text);
  if (!match) return null;
  const suffixStart = match.index + match[0].length - match[1]!.length;
  const date = findDate(match[1]!);
  if (!date) return null;
  return {
    titleLength: match.index,
    date: { iso: date.iso, start: suffixStart + date.start, end: suffixStart + date.end },
  };
}

/** The leftmost `TITLE_SUFFIX` match; none can start before the last `TITLE_SUFFIX_REACH` characters. */
function titleSuffix(text: string): RegExpExecArray | null {
  for (let at = Math.max(0, text.length - TITLE_SUFFIX_REACH); at < text.length; at++) {
    TITLE_SUFFIX.lastIndex = at;
    const match = TITLE_SUFFIX.exec(text);
    if (match) return match;
  }
  return null;
}
