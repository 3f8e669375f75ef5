import { capitalise } from '../../core/capitalised.js';
import { lowerBound } from '../../core/lower-bound.js';
import { MONTH_STEMS } from '../../lang/en/calendar.js';

/** A date written with its year somewhere in the article: the context for yearless dates when the article is undated. */
export interface YearMark {
  /** Raw offset where the full date starts. */
  at: number;
  year: number;
}

/** A month written from its stem on: "May", "Jan.", "Sept", "September". */
const MONTH = `(?:${MONTH_STEMS.map(capitalise).join('|')})[a-z]*\\.?`;
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

/** "May 20, 2024", "20 May 2024", "2024-05-20", "05/20/2024", "20.05.2024": a day, a month and a year. */
const FULL_DATE = new RegExp(
  [
    `\\b${MONTH} ${DAY},? ${YEAR}\\b`,
    `\\b${DAY} ${MONTH},? ${YEAR}\\b`,
    `\\b${YEAR}-\\d{2}-\\d{2}\\b`,
    `\\b\\d{1,2}[./]\\d{1,2}[./]${YEAR}\\b`,
  ].join('|'),
  'g',
);

/** Every full date of the text in order; one linear regex pass. */
export function findYearMarks(raw: string): YearMark[] {
  const marks: YearMark[] = [];
  for (const match of raw.matchAll(FULL_DATE)) {
    const year = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (year) marks.push({ at: match.index, year: Number(year) });
  }
  return marks;
}

/** The year of the last full date that starts before `offset`, or null. `marks` is in text order. */
export function yearBefore(marks: readonly YearMark[], offset: number): number | null {
  const low = lowerBound(marks, (mark) => mark.at < offset);
  return low > 0 ? marks[low - 1]!.year : null;
}
