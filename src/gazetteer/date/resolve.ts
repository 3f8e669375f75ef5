import { addDays, compareYmd, makeYmd, weekdayOf, type Ymd } from './calendar.js';
import type { DatePhrase } from './phrases.js';

/** What a phrase is resolved against: the article's date, else the year of a full date written before it. */
export interface DateAnchor {
  reference: Ymd | null;
  /** Year of the nearest full date before the phrase; used only when there is no reference. */
  yearBefore: number | null;
}

/**
 * The day a phrase names, or null when the anchor cannot fix it:
 * a yearless calendar date takes the latest year that does not put it after the article's date;
 * a weekday is the most recent such day on or before the article's date; a relative day counts from it.
 */
export function resolveDatePhrase(phrase: DatePhrase, anchor: DateAnchor): Ymd | null {
  const { reference } = anchor;
  switch (phrase.kind) {
    case 'calendar': {
      if (phrase.year !== null) return makeYmd(phrase.year, phrase.month, phrase.day);
      if (reference) return latestNotAfter(phrase.month, phrase.day, reference);
      return anchor.yearBefore === null ? null : makeYmd(anchor.yearBefore, phrase.month, phrase.day);
    }
    case 'weekday': {
      if (!reference) return null;
      let back = (weekdayOf(reference) - phrase.weekday + 7) % 7;
      if (back === 0 && phrase.previousWeek) back = 7;
      return addDays(reference, -back);
    }
    case 'relative-day':
      return reference ? addDays(reference, phrase.offset) : null;
  }
}

function latestNotAfter(month: number, day: number, reference: Ymd): Ymd | null {
  const sameYear = makeYmd(reference.year, month, day);
  if (sameYear && compareYmd(sameYear, reference) <= 0) return sameYear;
  // February 29 may exist only a few years back.
  for (let year = reference.year - 1; year >= reference.year - 8; year--) {
    const earlier = makeYmd(year, month, day);
    if (earlier) return earlier;
  }
  return null;
}
