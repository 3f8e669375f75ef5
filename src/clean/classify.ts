import type { RemovalReason } from '../core/schema.js';
import { CHROME_CHECKS, chromeCheck, isCreditOnly, isRelatedHeader, shortLineForm, type ChromeCheck } from './chrome.js';
import { POINTS_AT_LINK } from '../lang/en/chrome.js';
import type { CompiledLexicon } from './compile.js';
import type { DateMatch } from '../gazetteer/date/full-date.js';
import { datelineDate, splitTitleTimestamp } from './dateline.js';
import { lineFeatures, type LineFeatures } from './features.js';
import { CUE, has } from './gates.js';
import { forEachLine, type RawLine } from './lines.js';

/**
 * A non-blank line, its features and the classes read from it before any context is used, in one flat record: a
 * page of short lines (menus, share bars) has one per line, and each nested object would be one more for the
 * garbage collector to carry through the whole clean.
 */
export interface LineInfo extends RawLine, LineFeatures {
  /** Chrome by its own text (or by a context pass), or null. */
  reason: RemovalReason | null;
  /** The check that gave `reason` ("clean/share-word", "clean/related-run"); null with it. */
  check: string | null;
  /** Prose: long, sentence-shaped, rich in function words (jusText's "good"). */
  good: boolean;
  /** The date when the line is a dateline. */
  date: DateMatch | null;
  /** An item under a related-links header (it may still turn out to be the headline when the list is a menu). */
  listItem: boolean;
  /** The line is a header that opens (or closes) a list of links to other stories (`isRelatedHeader`). */
  relatedHeader: boolean;
}

/** Each chrome check's rule id, built once rather than once per line it removes. */
const CHECK_IDS = Object.fromEntries(Object.keys(CHROME_CHECKS).map((check) => [check, `clean/${check}`])) as Record<ChromeCheck, string>;

/** Below this share of function words a long line reads as a list of names or titles, not prose. */
const MIN_STOP_RATIO = 0.12;
const MIN_SHORT_PROSE_STOP_RATIO = 0.15;
/** A short line with most words capitalised is a title or a link, even with a full stop. */
const MAX_SHORT_PROSE_CAPITALISED = 0.6;
/** Share of long lines that must look English for the function-word test to be trusted on this page. */
const ENGLISH_PAGE_SHARE = 0.3;
const LONG_LINE = 100;
const CAPTION_ABOVE_CREDIT_MAX = 250;
/** Wire captions run longer ("… on Tuesday, Nov. 19, 2019, calling for …"); a paragraph that long reports someone. */
const LONG_CAPTION_ABOVE_CREDIT_MAX = 420;

function captionAboveCreditMax(f: LineFeatures): number {
  return has(f.cues, CUE.reporting) ? CAPTION_ABOVE_CREDIT_MAX : LONG_CAPTION_ABOVE_CREDIT_MAX;
}
const QUOTED_STATEMENT_WORDS = 4;
const REPORTING_SENTENCE_CHARS = 45;
const REPORTING_SENTENCE_WORDS = 7;
const REPORTING_CUE = /\b(?:said|says|told|asked|added|replied|wrote|according to|stated|insisted|warned|argued|called)\b/i;

export function classifyLines(raw: string, lexicon: CompiledLexicon): LineInfo[] {
  const infos: LineInfo[] = [];
  forEachLine(raw, (lineNo, start, end) => infos.push(unclassifiedLine(raw, lineNo, start, end, lexicon)));
  const useStopWords = pageLooksEnglish(infos);
  for (const info of infos) classifyLine(info, lexicon, useStopWords);
  markCaptionsAboveCredits(infos, lexicon);
  return infos;
}

/** The line's span and features; the features' own object is dropped at once, so it dies young. */
function unclassifiedLine(raw: string, lineNo: number, start: number, end: number, lexicon: CompiledLexicon): LineInfo {
  const f = lineFeatures(raw, start, end, lexicon);
  return {
    lineNo,
    start,
    end,
    text: raw.slice(start, end),
    chars: f.chars,
    words: f.words,
    stopRatio: f.stopRatio,
    capitalisedRatio: f.capitalisedRatio,
    endsSentence: f.endsSentence,
    innerSentence: f.innerSentence,
    hasQuote: f.hasQuote,
    bullet: f.bullet,
    startsUpper: f.startsUpper,
    letterRatio: f.letterRatio,
    cues: f.cues,
    reason: null,
    check: null,
    good: false,
    date: null,
    listItem: false,
    relatedHeader: false,
  };
}

function classifyLine(info: LineInfo, lexicon: CompiledLexicon, useStopWords: boolean): void {
  const text = info.text;
  const normal = shortLineForm(text, info);
  const relatedHeader = isRelatedHeader(text, info, lexicon, normal);
  const chrome = chromeCheck(text, info, lexicon, normal, relatedHeader);
  // Every date is read with its four-digit year.
  const mayHaveDate = has(info.cues, CUE.digitRun);
  const date = mayHaveDate && (chrome === null || CHROME_CHECKS[chrome] === 'byline') ? datelineDate(text, info) : null;
  // "By Jane Roe | March 4, 2025": a byline that carries the date is the article's dateline, not a byline standing alone.
  const check = chrome === 'byline-by' && date !== null ? null : chrome;
  const reason = check === null ? null : CHROME_CHECKS[check];
  info.reason = reason;
  info.check = check === null ? null : CHECK_IDS[check];
  info.good =
    reason === null && date === null && ((isProse(info, useStopWords) && !(mayHaveDate && splitTitleTimestamp(text))) || reportsSomeone(text, info));
  info.date = date;
  info.relatedHeader = relatedHeader;
}

/** jusText's good paragraph, with a lower bar for a line that ends like a sentence (short quotes, one-liners). */
export function isProse(f: LineFeatures, useStopWords: boolean): boolean {
  if (f.letterRatio < 0.5) return false;
  const stops = (min: number): boolean => !useStopWords || f.stopRatio >= min;
  if (f.chars >= 120 && stops(MIN_STOP_RATIO) && (f.endsSentence || f.innerSentence || f.chars >= 150)) return true;
  const titleCased = f.capitalisedRatio > MAX_SHORT_PROSE_CAPITALISED;
  return f.chars >= 45 && f.words >= 7 && f.endsSentence && !titleCased && stops(MIN_SHORT_PROSE_STOP_RATIO);
}

/**
 * A quotation with its speaker ("“We will fight on,” he said.") is article text however short it is, and so is a
 * sentence that reports someone's words ("Sen. Jane Roe, D-Mass., called the plan a failure.") even when names make
 * most of its words capitalised, which would otherwise read as a headline. The shapes are checked before the cue
 * words, which cost a scan of the line.
 */
function reportsSomeone(text: string, f: LineFeatures): boolean {
  const quotedStatement = f.hasQuote && f.words >= QUOTED_STATEMENT_WORDS;
  const reportingSentence = f.endsSentence && f.chars >= REPORTING_SENTENCE_CHARS && f.words >= REPORTING_SENTENCE_WORDS;
  return (quotedStatement || reportingSentence) && REPORTING_CUE.test(text);
}

const SHORT_REPORT_WORDS = 4;

/**
 * A short sentence that reports someone ("Bosses said they would keep talking."): too short to be prose by itself,
 * article text where it closes the body.
 */
export function isShortReport(info: LineInfo): boolean {
  return info.reason === null && info.date === null && info.endsSentence && info.words >= SHORT_REPORT_WORDS && REPORTING_CUE.test(info.text);
}

/** A plain sentence's share of function words is at least this, and of capitalised words at most that. */
const CLOSING_SENTENCE_MIN_STOPS = 0.15;
const CLOSING_SENTENCE_MAX_CAPITALS = 0.5;

/**
 * One short sentence of prose ("The libraries will close in September."): an article's last paragraph is often too
 * short to count as prose by itself. A line of capitalised words ("Our Standards: The Trust Principles."), of
 * two sentences, or one pointing at a link ("Read the rest here.") is not one.
 */
export function isShortClosingSentence(info: LineInfo): boolean {
  return (
    info.reason === null &&
    info.date === null &&
    info.endsSentence &&
    !info.innerSentence &&
    info.startsUpper &&
    info.words >= SHORT_REPORT_WORDS &&
    info.stopRatio >= CLOSING_SENTENCE_MIN_STOPS &&
    info.capitalisedRatio <= CLOSING_SENTENCE_MAX_CAPITALS &&
    !POINTS_AT_LINK.test(info.text)
  );
}

function pageLooksEnglish(features: readonly LineFeatures[]): boolean {
  let long = 0;
  let english = 0;
  for (const f of features) {
    if (f.chars < LONG_LINE) continue;
    long++;
    if (f.stopRatio >= MIN_STOP_RATIO) english++;
  }
  return long === 0 || english / long >= ENGLISH_PAGE_SHARE;
}

/** A credit standing alone ("Photo: …") credits the line above it, which is then a caption, however sentence-like. */
function markCaptionsAboveCredits(infos: LineInfo[], lexicon: CompiledLexicon): void {
  for (let i = 1; i < infos.length; i++) {
    const credit = infos[i]!;
    if (credit.reason !== 'caption' || !isCreditOnly(credit.text, credit, lexicon)) continue;
    const above = infos[i - 1]!;
    if (above.lineNo < credit.lineNo - 2) continue;
    if (above.reason !== null || above.hasQuote || above.chars > captionAboveCreditMax(above)) continue;
    // A caption shows what the picture does; a sentence in which someone said or told something is the article's.
    if (has(above.cues, CUE.reporting) && reportsSomeone(above.text, above)) continue;
    above.reason = 'caption';
    above.check = 'clean/caption-above-credit';
    above.good = false;
  }
}
