import type { RemovalReason } from '../core/schema.js';
import { CHROME_CHECKS, chromeCheck, isCreditOnly, isRelatedHeader, shortLineForm, type ChromeCheck } from './chrome.js';
import { POINTS_AT_LINK } from '../lang/en/chrome.js';
import type { CompiledLexicon } from './compile.js';
import type { DateMatch } from '../gazetteer/date/full-date.js';
import { datelineDate, splitTitleTimestamp } from './dateline.js';
import { lineFeatures, type LineFeatures } from './features.js';
import { CUE, has } from './gates.js';
import { forEachLine, type RawLine } from './lines.js';

/** A non-blank line, its features and the classes read from it before any context is used. */
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

/**
 * Every line's `LineInfo`, one column per field, sized to the page's line count. A page of short lines (menus,
 * share bars, copyright lines) has hundreds of thousands, all live until the clean ends: as one object per line
 * (with a box per fractional field) they were what young collections copied and promoted, and the time per KB
 * doubled past 64 KB. Typed columns and columns of shared strings hold no object per line; `line(i)` hands out a
 * view that dies young.
 */
export class LineTable {
  readonly length: number;
  readonly lineNo: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly text: string[];
  readonly chars: Int32Array;
  readonly words: Int32Array;
  readonly stopRatio: Float64Array;
  readonly capitalisedRatio: Float64Array;
  readonly letterRatio: Float64Array;
  readonly cues: Int32Array;
  /** The flags of `FLAG`, one byte a line. */
  readonly flags: Uint8Array;
  readonly reason: Array<RemovalReason | null>;
  readonly check: Array<string | null>;
  readonly date: Array<DateMatch | null>;
  private added = 0;

  constructor(length: number) {
    this.length = length;
    // One buffer for the numeric columns: each buffer of its own was an allocation outside the heap, with its own
    // bookkeeping, eleven times a page. The 8-byte columns come first so that every column is aligned.
    const buffer = new ArrayBuffer(length * (3 * Float64Array.BYTES_PER_ELEMENT + 6 * Int32Array.BYTES_PER_ELEMENT + 1));
    let offset = 0;
    const float64s = (): Float64Array => {
      const column = new Float64Array(buffer, offset, length);
      offset += column.byteLength;
      return column;
    };
    const int32s = (): Int32Array => {
      const column = new Int32Array(buffer, offset, length);
      offset += column.byteLength;
      return column;
    };
    this.stopRatio = float64s();
    this.capitalisedRatio = float64s();
    this.letterRatio = float64s();
    this.lineNo = int32s();
    this.start = int32s();
    this.end = int32s();
    this.chars = int32s();
    this.words = int32s();
    this.cues = int32s();
    this.flags = new Uint8Array(buffer, offset, length);
    this.text = new Array<string>(length).fill('');
    this.reason = new Array<RemovalReason | null>(length).fill(null);
    this.check = new Array<string | null>(length).fill(null);
    this.date = new Array<DateMatch | null>(length).fill(null);
  }

  /** The line at `index`, or undefined outside the table (a negative index included). */
  line(index: number): LineInfo | undefined {
    return index >= 0 && index < this.length ? new LineView(this, index) : undefined;
  }

  /** Fills the next row with a line and its features; its classes start empty. */
  add(lineNo: number, start: number, end: number, text: string, f: LineFeatures): void {
    const i = this.added++;
    this.lineNo[i] = lineNo;
    this.start[i] = start;
    this.end[i] = end;
    this.text[i] = text;
    this.chars[i] = f.chars;
    this.words[i] = f.words;
    this.stopRatio[i] = f.stopRatio;
    this.capitalisedRatio[i] = f.capitalisedRatio;
    this.letterRatio[i] = f.letterRatio;
    this.cues[i] = f.cues;
    this.flags[i] =
      (f.endsSentence ? FLAG.endsSentence : 0) |
      (f.innerSentence ? FLAG.innerSentence : 0) |
      (f.hasQuote ? FLAG.hasQuote : 0) |
      (f.bullet ? FLAG.bullet : 0) |
      (f.startsUpper ? FLAG.startsUpper : 0);
  }

  /** One boolean field of the line at `index`, read without a view (for scans over every line). */
  flag(index: number, name: keyof typeof FLAG): boolean {
    return (this.flags[index]! & FLAG[name]) !== 0;
  }
}

/** The boolean fields of a line, as bits of `LineTable.flags`. */
const FLAG = {
  endsSentence: 1,
  innerSentence: 2,
  hasQuote: 4,
  bullet: 8,
  startsUpper: 16,
  good: 32,
  listItem: 64,
  relatedHeader: 128,
} as const;

/** One row of a `LineTable`, read and written in place. */
class LineView implements LineInfo {
  constructor(
    private readonly table: LineTable,
    private readonly index: number,
  ) {}

  /** A flag by its bit: a getter's constant, not a name looked up in `FLAG` at every read. */
  private bit(mask: number): boolean {
    return (this.table.flags[this.index]! & mask) !== 0;
  }

  private setBit(mask: number, on: boolean): void {
    const flags = this.table.flags;
    flags[this.index] = on ? flags[this.index]! | mask : flags[this.index]! & ~mask;
  }

  get lineNo(): number {
    return this.table.lineNo[this.index]!;
  }
  get start(): number {
    return this.table.start[this.index]!;
  }
  get end(): number {
    return this.table.end[this.index]!;
  }
  get text(): string {
    return this.table.text[this.index]!;
  }
  get chars(): number {
    return this.table.chars[this.index]!;
  }
  get words(): number {
    return this.table.words[this.index]!;
  }
  get stopRatio(): number {
    return this.table.stopRatio[this.index]!;
  }
  get capitalisedRatio(): number {
    return this.table.capitalisedRatio[this.index]!;
  }
  get endsSentence(): boolean {
    return this.bit(FLAG.endsSentence);
  }
  get innerSentence(): boolean {
    return this.bit(FLAG.innerSentence);
  }
  get hasQuote(): boolean {
    return this.bit(FLAG.hasQuote);
  }
  get bullet(): boolean {
    return this.bit(FLAG.bullet);
  }
  get startsUpper(): boolean {
    return this.bit(FLAG.startsUpper);
  }
  get letterRatio(): number {
    return this.table.letterRatio[this.index]!;
  }
  get cues(): number {
    return this.table.cues[this.index]!;
  }
  get reason(): RemovalReason | null {
    return this.table.reason[this.index]!;
  }
  set reason(reason: RemovalReason | null) {
    this.table.reason[this.index] = reason;
  }
  get check(): string | null {
    return this.table.check[this.index]!;
  }
  set check(check: string | null) {
    this.table.check[this.index] = check;
  }
  get good(): boolean {
    return this.bit(FLAG.good);
  }
  set good(good: boolean) {
    this.setBit(FLAG.good, good);
  }
  get date(): DateMatch | null {
    return this.table.date[this.index]!;
  }
  set date(date: DateMatch | null) {
    this.table.date[this.index] = date;
  }
  get listItem(): boolean {
    return this.bit(FLAG.listItem);
  }
  set listItem(listItem: boolean) {
    this.setBit(FLAG.listItem, listItem);
  }
  get relatedHeader(): boolean {
    return this.bit(FLAG.relatedHeader);
  }
  set relatedHeader(relatedHeader: boolean) {
    this.setBit(FLAG.relatedHeader, relatedHeader);
  }
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

export function classifyLines(raw: string, lexicon: CompiledLexicon): LineTable {
  let count = 0;
  forEachLine(raw, () => count++);
  const infos = new LineTable(count);
  // The features' own object is dropped at once, so it dies young.
  forEachLine(raw, (lineNo, start, end) => infos.add(lineNo, start, end, raw.slice(start, end), lineFeatures(raw, start, end, lexicon)));
  const useStopWords = pageLooksEnglish(infos);
  for (let i = 0; i < infos.length; i++) classifyLine(infos.line(i)!, lexicon, useStopWords);
  markCaptionsAboveCredits(infos, lexicon);
  return infos;
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

function pageLooksEnglish(infos: LineTable): boolean {
  let long = 0;
  let english = 0;
  for (let i = 0; i < infos.length; i++) {
    if (infos.chars[i]! < LONG_LINE) continue;
    long++;
    if (infos.stopRatio[i]! >= MIN_STOP_RATIO) english++;
  }
  return long === 0 || english / long >= ENGLISH_PAGE_SHARE;
}

/** A credit standing alone ("Photo: …") credits the line above it, which is then a caption, however sentence-like. */
function markCaptionsAboveCredits(infos: LineTable, lexicon: CompiledLexicon): void {
  for (let i = 1; i < infos.length; i++) {
    if (infos.reason[i] !== 'caption') continue;
    const credit = infos.line(i)!;
    if (!isCreditOnly(credit.text, credit, lexicon)) continue;
    const above = infos.line(i - 1)!;
    if (above.lineNo < credit.lineNo - 2) continue;
    if (above.reason !== null || above.hasQuote || above.chars > captionAboveCreditMax(above)) continue;
    // A caption shows what the picture does; a sentence in which someone said or told something is the article's.
    if (has(above.cues, CUE.reporting) && reportsSomeone(above.text, above)) continue;
    above.reason = 'caption';
    above.check = 'clean/caption-above-credit';
    above.good = false;
  }
}
