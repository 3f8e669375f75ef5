import type { LineFeatures } from './features.js';
import { findDate, type DateMatch } from '../gazetteer/date/full-date.js';
import { isWhiteSpace } from '../core/white-space.js';

/** A dateline is short: a date with labels ("Updated:"), a time, a place or the site name around it. */
const DATELINE_MAX_CHARS = 110;
const DATELINE_MAX_WORDS = 16;

/** A line that is a date with at most labels, a time, a place or a name around it, not a sentence that mentions one. */
export function datelineDate(text: string, features: LineFeatures): DateMatch | null {
  if (features.chars > DATELINE_MAX_CHARS || features.words > DATELINE_MAX_WORDS || features.innerSentence) return null;
  const date = findDate(text);
  if (!date || !(features.endsSentence && features.stopRatio >= 0.3)) return date;
  return endsWithDottedAbbreviation(text) && wordsBeside(text, date) <= MAX_LABEL_WORDS ? date : null;
}

/**
 * "Jan. 12, 2026, at 10:00 a.m.": a time's dotted "a.m." ends the line as a sentence would, and its letters with
 * the "at" before it count as function words; a date with at most a label and that time beside it is a dateline.
 */
const MAX_LABEL_WORDS = 2;

function endsWithDottedAbbreviation(text: string): boolean {
  const end = text.trimEnd();
  const n = end.length;
  return n >= 4 && end.charCodeAt(n - 1) === 46 && end.charCodeAt(n - 3) === 46 && isAsciiLetter(end.charCodeAt(n - 2)) && isAsciiLetter(end.charCodeAt(n - 4));
}

/** Words of two letters or more outside the date: "Updated", "at"; the letters of "a.m." are not counted. */
function wordsBeside(text: string, date: DateMatch): number {
  let words = 0;
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    const letter = i < text.length && (i < date.start || i >= date.end) && isAsciiLetter(text.charCodeAt(i));
    if (letter) run++;
    else {
      if (run >= 2) words++;
      run = 0;
    }
  }
  return words;
}

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Tried at each of the last `TITLE_SUFFIX_REACH` positions only (sticky), so a long line costs no more than a short one. */
const TITLE_SUFFIX = /\s[–—|-]\s([^–—|]{4,48})$/y;
const TITLE_SUFFIX_REACH = 51;
/** `[–—|-]`: what separates a headline from the site's suffix. */
const isTitleSeparator = (code: number): boolean => code === 0x2013 || code === 0x2014 || code === 124 || code === 45;

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

/**
 * The leftmost `TITLE_SUFFIX` match; none can start before the last `TITLE_SUFFIX_REACH` characters. The regex is
 * tried only where a separator stands between white space, which most positions of a prose line fail.
 */
function titleSuffix(text: string): RegExpExecArray | null {
  for (let at = Math.max(0, text.length - TITLE_SUFFIX_REACH); at < text.length; at++) {
    if (!isTitleSeparator(text.charCodeAt(at + 1)) || !isWhiteSpace(text.charCodeAt(at)) || !isWhiteSpace(text.charCodeAt(at + 2))) continue;
    TITLE_SUFFIX.lastIndex = at;
    const match = TITLE_SUFFIX.exec(text);
    if (match) return match;
  }
  return null;
}
