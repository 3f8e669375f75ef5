import { textSpan } from '../core/span.js';
import type { Span, TextSpan } from '../core/schema.js';
import type { Analysis } from '../text/analyse.js';
import { ATTACHMENT_WINDOW, attachmentGap, statementTimeWords } from './date/attachment.js';
import { parseIsoDate, toIso } from '../gazetteer/date/calendar.js';
import { findYearMarks, yearBefore, type YearMark } from './date/document-years.js';
import { occasionSentence } from './date/occasion.js';
import { outsideQuotes } from './date/outside-quotes.js';
import { mayHoldDatePhrase, readDatePhrases, type DatePhrase } from '../gazetteer/date/phrases.js';
import { resolveDatePhrase } from '../gazetteer/date/resolve.js';
import { sentenceNeighbours } from './date/sentence-neighbours.js';
import type { ClaimDraft, EnrichContext, Refiner } from './types.js';

export interface StatementDateInput {
  raw: string;
  /** The attribution part of the sentence: raw spans outside every quote. */
  parts: readonly Span[];
  /** What a date phrase may attach to: the claim's cue, speaker phrase, addressee. Empty: any phrase counts. */
  anchors: readonly Span[];
  /** Cues of the other claims of the sentence: a date on their side of one belongs to them. */
  blockers: readonly Span[];
  /** The article's date (YYYY-MM-DD) or null. */
  referenceDate: string | null;
  /** Full dates of the article in text order, the year context of an undated article. */
  yearMarks: readonly YearMark[];
  /** Where the article's date was read, the provenance of the fallback. */
  articleDateSpan: TextSpan | null;
  /** Reads the date phrases of a raw span of `raw`; `readDatePhrases` unless the caller remembers spans read already. */
  readPhrases?: (raw: string, part: Span) => readonly DatePhrase[];
}

export interface StatementDate {
  date: string | null;
  /** The raw phrase the date was read from (or the article's dateline), null when none. */
  provenance: TextSpan | null;
}

/**
 * The day a statement was made: an explicit date, weekday or relative day attached to its attribution part, else
 * the article's date, else null. A phrase that cannot be resolved (a weekday in an undated article) gives null
 * rather than a guess.
 */
export function readStatementDate(input: StatementDateInput): StatementDate {
  const { raw, referenceDate, readPhrases = readDatePhrases } = input;
  const reference = parseIsoDate(referenceDate);
  let best: { span: Span; gap: number; iso: string | null } | null = null;
  for (const part of input.parts) {
    for (const window of readingWindows(part, input.anchors)) {
      for (const phrase of readPhrases(raw, window)) {
        const gap = input.anchors.length === 0 ? 0 : phraseGap(raw, phrase.span, input);
        if (gap === null || (best !== null && gap >= best.gap)) continue;
        const anchor = { reference, yearBefore: reference ? null : yearBefore(input.yearMarks, phrase.span.start) };
        const day = resolveDatePhrase(phrase, anchor);
        best = { span: phrase.span, gap, iso: day ? toIso(day) : null };
      }
    }
  }
  if (best) return { date: best.iso, provenance: best.iso ? textSpan(raw, best.span) : null };
  if (reference) return { date: toIso(reference), provenance: input.articleDateSpan };
  return { date: null, provenance: null };
}

/**
 * chrono slows down badly on long runs of date-like words, and a date far from every anchor is ignored anyway:
 * a long part is read only near its anchors and at its head (where a heading date stands).
 */
const LONG_PART = 240;
const WINDOW_MARGIN = ATTACHMENT_WINDOW + 32;
const HEAD_WINDOW = 80;

export function readingWindows(part: Span, anchors: readonly Span[]): Span[] {
  if (!isLongPart(part)) return [part];
  if (anchors.length === 0) return [{ start: part.start, end: part.start + LONG_PART }];
  const edges = anchors.flatMap((anchor) => [anchor.start, anchor.end]).sort((a, b) => a - b);
  const windows: Span[] = [{ start: part.start, end: part.start + HEAD_WINDOW }];
  for (const edge of edges) {
    const start = Math.max(part.start, edge - WINDOW_MARGIN);
    const end = Math.min(part.end, edge + WINDOW_MARGIN);
    if (start >= end) continue;
    const last = windows[windows.length - 1]!;
    if (start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

function isLongPart(part: Span): boolean {
  return part.end - part.start > LONG_PART;
}

/**
 * Whether the anchors can matter: a long part is windowed around them, and a short one only needs them to place a
 * date phrase it holds. Most attribution parts hold none, and are spared the scan for statement-time words.
 */
function anchorsMatter(raw: string, parts: readonly Span[]): boolean {
  return parts.some((part) => isLongPart(part) || mayHoldDatePhrase(raw, part));
}

/** "Key developments on Dec. 4:", "Update, March 3:": a date that heads the items after it. */
const HEADING_END = /^\s*:/;
const HEADING_REACH = 60;

function phraseGap(raw: string, phrase: Span, input: StatementDateInput): number | null {
  const gap = attachmentGap(raw, phrase, input.anchors, input.blockers);
  if (gap !== null) return gap;
  const first = input.parts[0];
  const isHeading =
    first !== undefined && phrase.start - first.start <= HEADING_REACH && HEADING_END.test(raw.slice(phrase.end, phrase.end + 3));
  return isHeading ? ATTACHMENT_WINDOW + 1 : null;
}

export const DATE_REFINER_ID = 'enrich/date';

/** Fills `date` on every draft that has none yet, reading only the attribution part of its sentence. */
export const dateRefiner: Refiner = {
  id: DATE_REFINER_ID,
  refine(ctx: EnrichContext, analysis: Analysis, drafts: ClaimDraft[]): ClaimDraft[] {
    const claimSentences = new Set(drafts.map((draft) => draft.attribution.sentence.index));
    let yearMarks: readonly YearMark[] | null = null;
    const marks = (): readonly YearMark[] => (yearMarks ??= ctx.referenceDate ? [] : findYearMarks(ctx.raw));
    const neighbours = sentenceNeighbours(drafts);
    const readPhrases = rememberedPhrases();
    let previous: ClaimDraft | undefined;
    const dateOne = (draft: ClaimDraft): ClaimDraft => {
      if (draft.date !== null) return draft;
      const { attribution } = draft;
      const others = neighbours(draft);
      const quoteSpans = [...attribution.quoteSpans, ...others.flatMap((other) => other.attribution.quoteSpans)];
      const blockers = others.flatMap((other) => (other.attribution.cue ? [other.attribution.cue] : []));
      const parts = outsideQuotes(attribution.evidence, quoteSpans);
      const own = [attribution.cue, attribution.speaker, attribution.addressee].filter((span) => span !== null);
      const anchors =
        own.length === 0 || !anchorsMatter(ctx.raw, parts)
          ? own
          : [...own, ...parts.flatMap((part) => statementTimeWords(ctx.raw, part)).filter((word) => !covers(blockers, word))];
      let read = readStatementDate({
        raw: ctx.raw,
        parts,
        anchors,
        blockers,
        referenceDate: ctx.referenceDate,
        yearMarks: marks(),
        articleDateSpan: ctx.article.provenance.published,
        readPhrases,
      });
      const occasion = read.provenance === ctx.article.provenance.published ? occasionDate(ctx, analysis, draft, claimSentences, readPhrases) : null;
      if (occasion) read = occasion;
      const continued = !occasion && read.provenance === ctx.article.provenance.published ? continuedOccasion(draft, previous) : null;
      if (continued) read = { date: continued.date, provenance: continued.provenance.date };
      ctx.debug(() => `${DATE_REFINER_ID}: ${read.date ?? 'null'} from ${read.provenance?.text ?? 'no phrase'}`);
      if (read.date === null) return draft;
      const how = continued ? 'continued-occasion' : occasion ? 'occasion' : read.provenance === ctx.article.provenance.published ? 'article-date' : 'phrase';
      ctx.report(`${DATE_REFINER_ID}:${how}`, read.provenance, () => read.date!);
      return {
        ...draft,
        date: read.date,
        provenance: { ...draft.provenance, date: read.provenance },
        rules: [...draft.rules, `${DATE_REFINER_ID}:${how}`],
      };
    };
    return drafts.map((draft) => (previous = dateOne(draft)));
  },
};

/** Rules by which a claim's date came from the occasion of its speaker's statement. */
const OCCASION_RULES: ReadonlySet<string> = new Set([`${DATE_REFINER_ID}:occasion`, `${DATE_REFINER_ID}:continued-occasion`]);

/**
 * A speaker who goes on speaking in the next sentence, with no day of the next statement's own, is still at the
 * occasion the narration set ("Vik toured the docks on Tuesday. 'We will rebuild,' he told workers. 'It will take
 * years,' Vik said."): that claim takes its day. Only the claim just before, by the same speaker, one paragraph
 * away at most.
 */
function continuedOccasion(draft: ClaimDraft, previous: ClaimDraft | undefined): (ClaimDraft & { date: string; provenance: { date: TextSpan } }) | null {
  if (previous === undefined || previous.date === null || previous.provenance.date === null || draft.speaker === null) return null;
  if (previous.speaker?.id !== draft.speaker.id || !previous.rules.some((rule) => OCCASION_RULES.has(rule))) return null;
  const { sentence } = draft.attribution;
  const before = previous.attribution.sentence;
  if (sentence.index - before.index !== 1 || sentence.paragraph - before.paragraph > 1) return null;
  return previous as ClaimDraft & { date: string; provenance: { date: TextSpan } };
}

/** The day stated by the narration that sets a pronoun's statement (see `occasionSentence`), or null. */
function occasionDate(
  ctx: EnrichContext,
  analysis: Analysis,
  draft: ClaimDraft,
  claimSentences: ReadonlySet<number>,
  readPhrases: StatementDateInput['readPhrases'],
): StatementDate | null {
  const sentence = occasionSentence(draft, ctx.raw, analysis, claimSentences);
  if (!sentence) return null;
  const read = readStatementDate({
    raw: ctx.raw,
    parts: [sentence],
    anchors: [],
    blockers: [],
    referenceDate: ctx.referenceDate,
    yearMarks: [],
    articleDateSpan: null,
    readPhrases,
  });
  return read.date === null || read.provenance === null ? null : read;
}

const NO_PHRASES: readonly DatePhrase[] = Object.freeze([]);

/**
 * `readDatePhrases` for one document, remembering each span chrono read: the claims of one sentence share its
 * attribution part, and chrono, the costliest step of the refiner, read the same window once per claim. Spans the
 * gate turns away are not remembered, so a long article's refiner holds one entry per window with a date word.
 */
function rememberedPhrases(): (raw: string, part: Span) => readonly DatePhrase[] {
  const read = new Map<string, readonly DatePhrase[]>();
  return (raw, part) => {
    if (!mayHoldDatePhrase(raw, part)) return NO_PHRASES;
    const key = `${part.start}:${part.end}`;
    let phrases = read.get(key);
    if (phrases === undefined) {
      phrases = readDatePhrases(raw, part);
      read.set(key, phrases);
    }
    return phrases;
  };
}

function covers(spans: readonly Span[], word: Span): boolean {
  return spans.some((span) => span.start <= word.start && word.end <= span.end);
}
