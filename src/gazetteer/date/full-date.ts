import { MONTH_NAMES, MONTH_STEMS, writtenForms } from '../../lang/en/calendar.js';
import { makeYmd, toIso } from './calendar.js';
import { fullDateReader } from './chrono.js';

/** A calendar date read from a line; `start`/`end` are offsets in that line. */
export interface DateMatch {
  iso: string;
  start: number;
  end: number;
}

/** "2025-03-12", "2025/03/12", and the date of a timestamp ("2025-03-12T10:00:00Z"). */
const ISO_DATE = /\b(\d{4})([-/])(\d{2})\2(\d{2})(?![\d\p{L}])|\b(\d{4})-(\d{2})-(\d{2})(?=T\d)/u;
const NUMERIC_DATE = /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/;
/** Any written form of a month: "january", "jan", "sept" ("jan(?:uary)?" spelt out, so the alternation stays flat). */
const MONTHS = writtenForms(MONTH_NAMES).join('|');
const MONTH_NAME = new RegExp(`(?:^|[^\\p{L}])(?:${MONTHS})(?![\\p{L}])`, 'iu');
/** chrono is only asked when a year is written: the date must be certain of it anyway. */
const YEAR = /(?:^|\D)(?:19|20)\d{2}(?!\d)/;
const CHRONO_MAX_CHARS = 160;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTHS})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})(?!\\d)`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(${MONTHS})\\.?,?\\s(\\d{4})(?!\\d)`, 'i');
/** A month's number by the three letters its every form begins with. */
const MONTH_INDEX: Readonly<Record<string, number>> = Object.fromEntries(MONTH_STEMS.map((stem, i) => [stem, i + 1]));

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

/** The ISO day, or null when it is out of the years a dateline may carry or does not exist ("February 30"). */
function isoOf(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const date = makeYmd(year, month, day);
  return date && toIso(date);
}

/**
 * The first full calendar date (day, month and year all stated) in a short text: ISO "2025-03-12" (or with slashes,
 * or opening a timestamp "2025-03-12T10:00Z"), numeric
 * "01/23/2025" (slashes read month first, as in US datelines) or "12.03.2025" (dots read day first), or any
 * wording chrono-node reads with a certain year ("04 December 2024 12:51", "March 12, 2025", "Jun 18th 2018").
 */
export function findDate(text: string): DateMatch | null {
  if (text.length > CHRONO_MAX_CHARS) return null;
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const value = iso[1] ? isoOf(Number(iso[1]), Number(iso[3]), Number(iso[4])) : isoOf(Number(iso[5]), Number(iso[6]), Number(iso[7]));
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
  for (const result of fullDateReader().parse(text)) {
    const { start } = result;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const value = isoOf(start.get('year')!, start.get('month')!, start.get('day')!);
    if (value) return { iso: value, start: result.index, end: result.index + result.text.length };
  }
  return null;
}
