import type { RemovalReason } from '../core/schema.js';
import { CHROME_CHECKS, chromeCheck, isCreditOnly, isRelatedHeader, shortLineForm } from './chrome.js';
import { POINTS_AT_LINK } from '../lang/en/chrome.js';
import type { CompiledLexicon } from './compile.js';
import type { DateMatch } from '../gazetteer/date/full-date.js';
import { datelineDate, splitTitleTimestamp } from './dateline.js';
import { lineFeatures, type LineFeatures } from './features.js';
import { CUE, has } from './gates.js';
import type { RawLine } from './lines.js';

/** A non-blank line with its features and the classes read from it before any context is used. */
export interface LineInfo {
  line: RawLine;
  features: LineFeatures;
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

export function classifyLines(raw: string, lines: readonly RawLine[], lexicon: CompiledLexicon): LineInfo[] {
  const features = lines.map((line) => lineFeatures(raw, line.start, line.end, lexicon));
  const useStopWords = pageLooksEnglish(features);
  const infos = lines.map((line, index): LineInfo => {
    const f = features[index]!;
    const normal = shortLineForm(line.text, f);
    const relatedHeader = isRelatedHeader(line.text, f, lexicon, normal);
    const chrome = chromeCheck(line.text, f, lexicon, normal, relatedHeader);
    // Every date is read with its four-digit year.
    const mayHaveDate = has(f.cues, CUE.digitRun);
    const date = mayHaveDate && (chrome === null || CHROME_CHECKS[chrome] === 'byline') ? datelineDate(line.text, f) : null;
    // "By Jane Roe | March 4, 2025": a byline that carries the date is the article's dateline, not a byline standing alone.
    const check = chrome === 'byline-by' && date !== null ? null : chrome;
    const reason = check === null ? null : CHROME_CHECKS[check];
    const prose =
      reason === null &&
      date === null &&
      ((isProse(f, useStopWords) && !(mayHaveDate && splitTitleTimestamp(line.text))) || reportsSomeone(line.text, f));
    return { line, features: f, reason, check: check === null ? null : `clean/${check}`, good: prose, date, listItem: false, relatedHeader };
  });
  markCaptionsAboveCredits(infos, lexicon);
  return infos;
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
  const f = info.features;
  return info.reason === null && info.date === null && f.endsSentence && f.words >= SHORT_REPORT_WORDS && REPORTING_CUE.test(info.line.text);
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
  const f = info.features;
  return (
    info.reason === null &&
    info.date === null &&
    f.endsSentence &&
    !f.innerSentence &&
    f.startsUpper &&
    f.words >= SHORT_REPORT_WORDS &&
    f.stopRatio >= CLOSING_SENTENCE_MIN_STOPS &&
    f.capitalisedRatio <= CLOSING_SENTENCE_MAX_CAPITALS &&
    !POINTS_AT_LINK.test(info.line.text)
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
    if (credit.reason !== 'caption' || !isCreditOnly(credit.line.text, credit.features, lexicon)) continue;
    const above = infos[i - 1]!;
    if (above.line.lineNo < credit.line.lineNo - 2) continue;
    if (above.reason !== null || above.features.hasQuote || above.features.chars > captionAboveCreditMax(above.features)) continue;
    // A caption shows what the picture does; a sentence in which someone said or told something is the article's.
    if (has(above.features.cues, CUE.reporting) && reportsSomeone(above.line.text, above.features)) continue;
    above.reason = 'caption';
    above.check = 'clean/caption-above-credit';
    above.good = false;
  }
}
