import type { LineFeatures } from './features.js';
import { findDate, type DateMatch } from '../gazetteer/date/full-date.js';

/** A dateline is short: a date with labels ("Updated:"), a time, a place or the site name around it. */
const DATELINE_MAX_CHARS = 110;
const DATELINE_MAX_WORDS = 16;

/** A line that is a date with at most labels, a time, a place or a name around it, not a sentence that mentions one. */
export function datelineDate(text: string, features: LineFeatures): DateMatch | null {
  if (features.chars > DATELINE_MAX_CHARS || features.words > DATELINE_MAX_WORDS) return null;
  if (features.innerSentence || (features.endsSentence && features.stopRatio >= 0.3)) return null;
  return findDate(text);
}

const TITLE_SUFFIX = /\s[–—|-]\s([^–—|]{4,48})$/;

/**
 * A headline that carries the site's timestamp ("Headline – 01/23/2025 at 5:53 p.m."): the length of the headline
 * part and the date read from the suffix, or null when the line has no such suffix.
 */
export function splitTitleTimestamp(text: string): { titleLength: number; date: DateMatch } | null {
  const match = TITLE_SUFFIX.exec(text.length > 400 ? text.slice(-60) : text);
  if (!match) return null;
  const offset = text.length > 400 ? text.length - 60 : 0;
  const suffixStart = offset + match.index + match[0].length - match[1]!.length;
  const date = findDate(match[1]!);
  if (!date) return null;
  return {
    titleLength: offset + match.index,
    date: { iso: date.iso, start: suffixStart + date.start, end: suffixStart + date.end },
  };
}
