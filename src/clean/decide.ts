import type { RemovalReason } from '../core/schema.js';
import { isEditorNote } from './chrome.js';
import { isShortClosingSentence, isShortReport, type LineInfo, type LineTable } from './classify.js';
import { findBody, type BodyRange } from './body.js';
import { isEntryHeading, isReaderWidget, isTitleLike, MAX_WIDGETS_UNDER_HEADLINE, pickHeadline } from './headline.js';
import { TIME_STAMP_LINE } from '../lang/en/calendar.js';

/** What happens to each non-blank line: kept, or removed with a reason. */
export interface Decisions {
  /** null = kept. */
  reasons: Array<RemovalReason | null>;
  /** The check that removed each removed line, parallel to `reasons`. */
  checks: Array<string | null>;
  headline: number | null;
  body: BodyRange | null;
}

/** Datelines this close above the headline (non-blank lines) belong to the article. */
const DATELINE_ABOVE_HEADLINE = 3;
const STANDFIRST_WORDS = 8;
const SHORT_STANDFIRST_WORDS = 6;
/**
 * Lines directly after the last paragraph that still belong to the article: a short closing report ("Bosses said they
 * would keep talking.") or sentence ("The libraries will close in September."), a wire credit ("Additional reporting by …; Editing by …").
 */
const TAIL_LINES = 2;
const WIRE_CREDIT = /\b(?:reporting|editing|writing|edited|compiled|written|produced)\sby\b|\bcontributed\b/i;
const MENU_RUN = 3;
const MENU_WORDS = 4;
const NAVIGATION_WORDS = 5;
/** Reasons that spread to unlabelled neighbours: a line inside a share bar or a menu is part of it. */
const CONTAGIOUS: ReadonlySet<RemovalReason> = new Set(['share', 'social', 'navigation', 'related-links', 'newsletter', 'counter']);
const MIN_DUPLICATE_CHARS = 20;
const CUT_OFF_MIN_WORDS = 3;
const RUNNING_TEXT_START = /^[\p{Lu}\p{Pi}"'“‘(]/u;
const LINE_BREAK = /[\r\n]/;

const PLACE_DATELINE = /^\p{Lu}[\p{Lu}\s.,'’-]{1,40}\s?[—–-]$/u;
/** One to four capitalised words, each separator a comma, a white space or both, so no word can be split two ways. */
const NAME_LIKE = /^\p{Lu}[\p{L}.'’-]*(?:(?:,\s?|\s)\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s?|\s)?$/u;

export function decide(raw: string, infos: LineTable): Decisions {
  const reasons = new Array<RemovalReason | null>(infos.length).fill(null);
  const checks = new Array<string | null>(infos.length).fill(null);
  const set = (i: number, removal: Removal | null): void => {
    reasons[i] = removal?.reason ?? null;
    checks[i] = removal?.check ?? null;
  };
  const own = (info: LineInfo, fallback: Removal): Removal =>
    info.reason === null ? fallback : { reason: info.reason, check: info.check ?? fallback.check };
  /** `set(i, own(line i, fallback))` for the scans over every line, with no view of the line and no record. */
  const setOwn = (i: number, fallback: Removal): void => {
    const reason = infos.reason[i] ?? null;
    reasons[i] = reason ?? fallback.reason;
    checks[i] = reason === null ? fallback.check : (infos.check[i] ?? fallback.check);
  };
  const body = findBody(infos);
  if (body === null) {
    for (let i = 0; i < infos.length; i++) if (infos.reason[i] !== null) setOwn(i, NO_BODY);
    markDuplicates(infos, reasons, checks);
    return { reasons, checks, headline: null, body };
  }
  const headline = pickHeadline(infos, body.first);

  for (let i = 0; i < body.first; i++) set(i, headerRemoval(infos, i, headline, body.first, own));
  for (let i = body.first; i <= body.last; i++) if (infos.reason[i] !== null) setOwn(i, IN_BODY);
  markMenuRuns(infos, reasons, checks, body);
  let tail = 0;
  for (let i = body.last + 1; i < infos.length; i++) {
    const tailLine = tail < TAIL_LINES && i === body.last + 1 + tail && isTailLine(infos.line(i)!);
    if (tailLine) tail++;
    if (!tailLine && !isCutOffParagraph(raw, infos, i, body.last)) setOwn(i, AFTER_BODY);
  }
  fillReasons(infos, reasons);
  markDuplicates(infos, reasons, checks);
  return { reasons, checks, headline, body };
}

/** A line right after the body that still belongs to it (see `TAIL_LINES`). */
function isTailLine(info: LineInfo): boolean {
  return isShortReport(info) || isShortClosingSentence(info) || (info.reason === null && WIRE_CREDIT.test(info.text));
}

interface Removal {
  reason: RemovalReason;
  check: string;
}

/** The context checks: where a line stands decides when its own text said nothing. */
const NO_BODY: Removal = { reason: 'other', check: 'clean/no-body' };
const IN_BODY: Removal = { reason: 'other', check: 'clean/in-body' };
const ABOVE_HEADLINE: Removal = { reason: 'other', check: 'clean/above-headline' };
const ABOVE_BODY: Removal = { reason: 'other', check: 'clean/above-body' };
const NAME_ABOVE_BODY: Removal = { reason: 'byline', check: 'clean/name-above-body' };
const HEADLINE_AGAIN: Removal = { reason: 'duplicate', check: 'clean/headline-again' };
const AFTER_BODY: Removal = { reason: 'other', check: 'clean/after-body' };

/** Above the body only the headline, the standfirst, datelines, editor's notes and a place dateline survive. */
function headerRemoval(
  infos: LineTable,
  i: number,
  headline: number | null,
  bodyFirst: number,
  own: (info: LineInfo, fallback: Removal) => Removal,
): Removal | null {
  const info = infos.line(i)!;
  if (headline === null) {
    if (i >= bodyFirst - DATELINE_ABOVE_HEADLINE && keepsAboveBody(info)) return null;
    return own(info, ABOVE_BODY);
  }
  if (i === headline) return null;
  if (i < headline) {
    return i >= headline - DATELINE_ABOVE_HEADLINE && info.date !== null && info.reason === null ? null : own(info, ABOVE_HEADLINE);
  }
  const headlineText = infos.line(headline)!.text;
  if (info.text === headlineText) return HEADLINE_AGAIN;
  if (keepsAboveBody(info) || opensLiveEntry(infos, i)) return null;
  if (info.reason !== null) return own(info, ABOVE_BODY);
  if (isStandfirst(infos, i, headline)) return null;
  return NAME_LIKE.test(info.text) ? NAME_ABOVE_BODY : ABOVE_BODY;
}

/**
 * The body's next paragraph, cut off where the input stops: the last line, after the body and any photo caption
 * below it, with no line break after it, that starts like running text and stops without ending a sentence ("The
 * press bureau of th"). An excerpt saved at a
 * fixed length ends this way; a saved page ends its last line, and its chrome is found by the line's own text.
 */
function isCutOffParagraph(raw: string, infos: LineTable, i: number, bodyLast: number): boolean {
  if (i !== infos.length - 1) return false;
  const info = infos.line(i)!;
  if (info.reason !== null || info.endsSentence) return false;
  let previous = i - 1;
  while (previous > bodyLast && infos.line(previous)!.reason === 'caption') previous--;
  if (previous !== bodyLast) return false;
  if (info.words < CUT_OFF_MIN_WORDS || !RUNNING_TEXT_START.test(info.text)) return false;
  return !LINE_BREAK.test(raw.slice(info.end));
}

/**
 * A live blog's first entry above the body's prose: its lone time stamp ("14:32") and the heading right under it, as
 * the entries inside the body keep theirs; under a plain headline such a stamp is the article's time, also content.
 */
function opensLiveEntry(infos: LineTable, i: number): boolean {
  const info = infos.line(i)!;
  if (info.reason !== null) return false;
  if (TIME_STAMP_LINE.test(info.text)) return true;
  return isEntryHeading(infos, i) && infos.line(i - 1)!.reason === null && isTitleLike(info);
}

function keepsAboveBody(info: LineInfo): boolean {
  if (isEditorNote(info.text)) return true;
  if (info.reason !== null) return false;
  return info.date !== null || PLACE_DATELINE.test(info.text);
}

/** The first line under the headline (past its copies and reader widgets), when it reads as a summary. */
function isStandfirst(infos: LineTable, i: number, headline: number): boolean {
  const headlineText = infos.line(headline)!.text;
  let widgets = 0;
  for (let k = headline + 1; k < i; k++) {
    if (infos.line(k)!.text === headlineText) continue;
    if (!isReaderWidget(infos.line(k)) || ++widgets > MAX_WIDGETS_UNDER_HEADLINE) return false;
  }
  const line = infos.line(i)!;
  return line.words >= STANDFIRST_WORDS || (line.endsSentence && line.words >= SHORT_STANDFIRST_WORDS);
}

/** Runs of three or more short unlabelled lines inside the body are a menu or a tag list, not headings. */
function markMenuRuns(infos: LineTable, reasons: Array<RemovalReason | null>, checks: Array<string | null>, body: BodyRange): void {
  let runStart = -1;
  const close = (end: number): void => {
    if (runStart < 0 || end - runStart < MENU_RUN) {
      runStart = -1;
      return;
    }
    for (let k = runStart; k < end; k++) {
      reasons[k] = 'navigation';
      checks[k] = 'clean/menu-run';
    }
    runStart = -1;
  };
  for (let i = body.first; i <= body.last; i++) {
    const info = infos.line(i)!;
    const menuItem = reasons[i] === null && !info.good && info.date === null && info.words <= MENU_WORDS && !info.endsSentence;
    if (menuItem && runStart < 0) runStart = i;
    else if (!menuItem) close(i);
  }
  close(body.last + 1);
}

/** Removed lines whose own text said nothing take the reason of the chrome around them, else navigation or other. */
function fillReasons(infos: LineTable, reasons: Array<RemovalReason | null>): void {
  let previous: RemovalReason | null = null;
  for (let i = 0; i < infos.length; i++) {
    const reason = reasons[i];
    if (reason === null) {
      previous = null;
      continue;
    }
    if (infos.reason[i] === null && (reason === 'other' || reason === 'navigation')) {
      const shortLine = infos.words[i]! <= NAVIGATION_WORDS;
      reasons[i] = previous && CONTAGIOUS.has(previous) && shortLine ? previous : shortLine ? 'navigation' : 'other';
    }
    previous = reasons[i] ?? null;
  }
}

/** A kept line printed again later (a headline repeated, a paragraph scraped twice): the later copies go. */
function markDuplicates(infos: LineTable, reasons: Array<RemovalReason | null>, checks: Array<string | null>): void {
  const seen = new Set<string>();
  for (let i = 0; i < infos.length; i++) {
    const text = infos.text[i]!;
    if (reasons[i] !== null || text.length < MIN_DUPLICATE_CHARS) continue;
    if (seen.has(text)) {
      reasons[i] = 'duplicate';
      checks[i] = 'clean/duplicate';
    } else seen.add(text);
  }
}
