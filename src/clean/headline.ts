import { titleSuffixStart } from './self-name.js';
import type { LineInfo, LineTable } from './classify.js';
import { splitTitleTimestamp } from './dateline.js';
import { TIME_STAMP_LINE } from '../lang/en/calendar.js';

/** How far above the body a headline is looked for (non-blank lines): bylines, dates, share bars and captions sit between. */
export const HEADLINE_WINDOW = 25;
/** A dateline or byline this close (non-blank lines) marks the headline it belongs to. */
const BYLINE_REACH = 4;
const MIN_WORDS = 4;
/** Section labels repeat too ("Texas State Capitol"); only a headline-length line earns the repetition bonus. */
const REPEATED_MIN_WORDS = 5;
/** A line of two or three capitalised words near a headline is usually the author's name. */
const AUTHOR_NAME = /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]*){1,2}$/u;
/** A headline in title case may end in an abbreviation ("… Alert Tues."). */
const TITLE_CASE = 0.6;
const MAX_WORDS = 30;
const MAX_CHARS = 250;
const RICH_WORDS = 6;

const QUESTION_OR_EXCLAMATION = /[?!]["”’]?$/;
/** "Headline. - Standfirst": a headline and its standfirst scraped into one line. */
const JOINED_STANDFIRST = /^(.{12,200}?[^\s])\s[-–—]\s\S/;
const MIN_STANDFIRST_WORDS = 8;
const WHITESPACE = /\s+/;

/** A photo credit: a name, then the agency in capitals ("Jane Roe, NORDIC PRESS", "Jane Roe / AGENCY"). */
const PHOTO_CREDIT = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:, | \| | \/ )\p{Lu}[\p{Lu}\s.&|/-]{1,40}$/u;

/**
 * A widget's reading: a label, a colon and a measured value ("Wind Speed: 14.8 km/h", "Humidity: 79%"). The unit
 * starts with a character the number cannot hold, so no character can be read as either (recheck found the overlap).
 */
const READOUT = /^[\p{L} ]{1,30}:\s?[-+]?\d[\d.,]*(?:\s?[^\s\d.,]\S{0,5})?$/u;

/** A comment counter glued to the headline: "(12)", or a template the page never filled ("({{commentsTotal}})"). */
const COMMENT_COUNT = /\s?\((?:\d{1,3}|\{\{[\w.]{1,40}\}\})\)$/u;

/** The headline part of a line: without a site timestamp suffix, a comment counter, or a standfirst joined after " - ". */

export function headlineLength(text: string): number {
  const stamped = splitTitleTimestamp(text);
  if (stamped) return stamped.titleLength;
  const joined = JOINED_STANDFIRST.exec(text);
  if (joined && joined[1]!.endsWith('.')) {
    const rest = text.slice(joined[0].length - 1);
    if (rest.split(WHITESPACE).length >= MIN_STANDFIRST_WORDS) return joined[1]!.length;
  }
  return COMMENT_COUNT.exec(text)?.index ?? titleSuffixStart(text) ?? text.length;
}

/** A line shaped like a headline: a few capitalised words, no sentence ending (a question or exclamation is fine). */
export function isTitleLike(info: LineInfo): boolean {
  const listed = info.reason === 'related-links' && info.listItem;
  if ((info.reason !== null && !listed) || info.date !== null || info.bullet || !info.startsUpper || info.letterRatio < 0.5) return false;
  const text = info.text;
  const length = headlineLength(text);
  const title = length === text.length ? text : text.slice(0, length);
  const words = length === text.length ? info.words : title.split(WHITESPACE).length;
  if (words < MIN_WORDS || words > MAX_WORDS || title.length > MAX_CHARS || PHOTO_CREDIT.test(title) || READOUT.test(title)) return false;
  if (length !== text.length) return true;
  if (info.innerSentence) return false;
  return !info.endsSentence || QUESTION_OR_EXCLAMATION.test(text) || info.capitalisedRatio >= TITLE_CASE;
}

/**
 * Picks the headline among the title-like lines above the body: one next to a dateline or byline scores highest,
 * then one printed twice on the page (share boxes and breadcrumbs repeat it) and one directly followed by a
 * standfirst or the body, then a longer one; ties go to the line closest to the body unless it is the standfirst
 * right under the other, and a repeated headline is its first copy.
 */
export function pickHeadline(infos: LineTable, bodyFirst: number): number | null {
  let best: number | null = null;
  let bestScore = -1;
  for (let i = Math.max(0, bodyFirst - HEADLINE_WINDOW); i < bodyFirst; i++) {
    const info = infos.line(i)!;
    if (!isTitleLike(info) || isEntryHeading(infos, i)) continue;
    let score = 0;
    if (nearBylineOrDate(infos, i)) score += 3;
    if (info.words >= REPEATED_MIN_WORDS && printedTwice(infos, i)) score += 2;
    if (info.words >= RICH_WORDS) score += 1;
    if (i + 1 === bodyFirst || isStandfirstShaped(infos.line(pastWidgets(infos, i))) || isShorterLabelAboveBody(infos, i, bodyFirst)) score += 2;
    const sameAsBest = best !== null && infos.line(best)!.text === info.text;
    // Two headline-shaped lines stacked above the body are a headline and its standfirst, not two headlines.
    const standfirstOfBest = best !== null && i === pastWidgets(infos, best) && isStandfirstShaped(info);
    if (score > bestScore || (score === bestScore && !sameAsBest && !standfirstOfBest)) {
      best = i;
      bestScore = score;
    }
  }
  return best === null ? sentenceHeadline(infos, bodyFirst) : firstCopy(infos, best, bodyFirst);
}

/** A live blog's entry opens with its time stamp ("14:32"), then its own heading: the page's headline is above them. */
export function isEntryHeading(infos: LineTable, i: number): boolean {
  const above = infos.line(i - 1);
  return above !== undefined && TIME_STAMP_LINE.test(above.text);
}

/** A headline printed twice above the body is content once, as its first copy; the later copy is the duplicate. */
function firstCopy(infos: LineTable, headline: number, bodyFirst: number): number {
  const text = infos.text[headline]!;
  for (let k = Math.max(0, bodyFirst - HEADLINE_WINDOW); k < headline; k++) if (holdsText(infos, k, text)) return k;
  return headline;
}

/**
 * Plain-text exports often print the headline as a sentence ("Union endorses Clinton."): with no title-shaped line
 * above the body, the page's first line counts when it is short, clean and right above the body or its standfirst.
 */
function sentenceHeadline(infos: LineTable, bodyFirst: number): number | null {
  const first = infos.line(0);
  if (first === undefined || bodyFirst === 0 || bodyFirst > 2) return null;
  const clean = first.reason === null && first.date === null && !first.bullet && first.startsUpper && !first.innerSentence;
  return clean && first.words >= MIN_WORDS && first.words <= MAX_WORDS ? 0 : null;
}

/**
 * Whether the line's text appears on another line of the page. Asked only for the few headline candidates, so a
 * scan that compares lengths first is cheaper than counting every line's text.
 */
function printedTwice(infos: LineTable, index: number): boolean {
  const text = infos.text[index]!;
  for (let k = 0; k < infos.length; k++) if (k !== index && holdsText(infos, k, text)) return true;
  return false;
}

/** Whether line `k` reads `text`: lengths first, the cheap test that settles most lines, read from the columns. */
function holdsText(infos: LineTable, k: number, text: string): boolean {
  return infos.end[k]! - infos.start[k]! === text.length && infos.text[k] === text;
}

/**
 * A shorter headline-shaped line between this line and the body ("What we know so far", "Watch the video below") is
 * a kicker or a widget under the headline: a section label above a headline is rarely the longer of the two.
 */
function isShorterLabelAboveBody(infos: LineTable, i: number, bodyFirst: number): boolean {
  const next = infos.line(i + 1);
  return i + 2 === bodyFirst && next !== undefined && next.words < infos.line(i)!.words && isTitleLike(next);
}

/** Reader widgets that may stand between a headline and its standfirst ("This article is more than 2 years old", "Share"). */
const WIDGET_REASONS: ReadonlySet<string> = new Set(['other', 'share', 'social', 'counter']);
/** More than this under a headline is a share bar or a player, and the line after it is no standfirst. */
export const MAX_WIDGETS_UNDER_HEADLINE = 2;

/** A reader widget's line, removed by its own text. */
export function isReaderWidget(info: LineInfo | undefined): boolean {
  return info !== undefined && info.reason !== null && WIDGET_REASONS.has(info.reason);
}

/** The line after `index`, past at most two reader widgets under it. */
function pastWidgets(infos: LineTable, index: number): number {
  let next = index + 1;
  while (next - index <= MAX_WIDGETS_UNDER_HEADLINE && isReaderWidget(infos.line(next))) next++;
  return next;
}

function isStandfirstShaped(info: LineInfo | undefined): boolean {
  return info !== undefined && info.reason === null && info.date === null && info.words >= MIN_STANDFIRST_WORDS;
}

function nearBylineOrDate(infos: LineTable, index: number): boolean {
  const from = Math.max(0, index - BYLINE_REACH);
  const to = Math.min(infos.length - 1, index + BYLINE_REACH);
  for (let k = from; k <= to; k++) {
    if (k === index) continue;
    const info = infos.line(k)!;
    if (info.date !== null || info.reason === 'byline') return true;
    if (info.reason === null && AUTHOR_NAME.test(info.text)) return true;
  }
  return false;
}
