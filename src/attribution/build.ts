import type { QuoteType, Span } from '../core/schema.js';
import type { Token } from '../text/analyse.js';
import { closeOpenQuotation, holdsQuotation, rangeSpan } from './complement.js';
import type { CueHit } from './cue-scan.js';
import type { TokenRange } from '../text/noun-phrase.js';
import type { Attribution } from './types.js';
import type { Unit } from './units.js';
import type { Quotation } from './quote-marks.js';

/** A word with one dot, at its end: "no.", not "U.S.". */
const SINGLE_FINAL_STOP = /^[^.]+\.$/;

export interface UnitAttributionParts {
  rule: string;
  unit: Unit;
  quote: TokenRange;
  cue: TokenRange | null;
  cueLemma: string | null;
  speaker: TokenRange | null;
  addressee: TokenRange | null;
  frames?: readonly string[];
}

/** Rule id of a quote that runs on past its sentence to the closing mark of a quotation it opened. */
export const QUOTATION_RUNS_ON_RULE = 'attribution/span:quotation-runs-on';

/** An attribution read inside one unit: spans from token ranges; mixed when the quote holds a quotation. */
export function unitAttribution(parts: UnitAttributionParts): Attribution {
  const tokens: readonly Token[] = parts.unit.tokens;
  const closed = closeOpenQuotation(tokens, parts.quote, parts.unit.quotes);
  const runOn = runOnQuotation(parts.unit, closed);
  if (runOn !== null) return runOnAttribution(parts, closed, runOn);
  const inner = wholeQuotation(tokens, closed, parts.unit.quotes);
  const range = inner ?? closed;
  const quote = withoutFinalStop(tokens, range, rangeSpan(tokens, range), inner !== null);
  const quoteType: QuoteType = inner !== null ? 'direct' : holdsQuotation(tokens, range, parts.unit.quotes) ? 'mixed' : 'indirect';
  const frames = opensWithFragment(tokens, range, parts.unit.quotes) ? [...(parts.frames ?? []), QUOTED_FRAGMENT_RULE] : parts.frames;
  return {
    rule: parts.rule,
    sentence: parts.unit.sentence,
    evidence: { start: parts.unit.start, end: parts.unit.end } satisfies Span,
    quoteType,
    quoteSpans: [quote],
    cue: parts.cue ? rangeSpan(tokens, parts.cue) : null,
    cueLemma: parts.cueLemma,
    speaker: parts.speaker ? rangeSpan(tokens, parts.speaker) : null,
    addressee: parts.addressee ? rangeSpan(tokens, parts.addressee) : null,
    ...(frames !== undefined && frames.length > 0 ? { frames } : {}),
  };
}

/**
 * Rule id of a reported clause that opens with a quoted fragment and goes on past its closing mark (`said “it makes me
 * angry” every time …`): the quotation rules leave such a fragment to the clause (see direct-quote's `clauseGoesOn`).
 */
export const QUOTED_FRAGMENT_RULE = 'attribution/span:quoted-fragment';

function opensWithFragment(tokens: readonly Token[], range: TokenRange, quotes: Unit['quotes']): boolean {
  const quotation = quotes.openAt.get(tokens[range.first]!.start);
  return quotation !== undefined && quotation.close < tokens[range.last]!.start;
}

/**
 * `X told the crowd, “the state is broke. We cannot pay for it.”`: a quote that opens a quotation whose closing mark
 * lies past the sentence (in the same paragraph: marks are paired per paragraph) is cut by the sentence, not by the
 * speaker; the quotation is one statement and the quote runs on to its close. Returns the outermost such quotation.
 */
function runOnQuotation(unit: Unit, range: TokenRange): Quotation | null {
  for (let k = range.first; k <= range.last; k++) {
    const quotation = unit.quotes.openAt.get(unit.tokens[k]!.start);
    if (quotation !== undefined && quotation.close >= unit.end) return quotation;
  }
  return null;
}

function runOnAttribution(parts: UnitAttributionParts, range: TokenRange, quotation: Quotation): Attribution {
  const tokens = parts.unit.tokens;
  // A whole quotation is read between its marks; a reported clause that opens one keeps the closing mark.
  const opensQuote = tokens[range.first]!.start === quotation.open;
  const quote: Span = opensQuote ? { start: quotation.open + 1, end: quotation.close } : { start: tokens[range.first]!.start, end: quotation.close + 1 };
  return {
    rule: parts.rule,
    sentence: parts.unit.sentence,
    evidence: { start: parts.unit.start, end: Math.max(parts.unit.end, quotation.close + 1) },
    quoteType: opensQuote ? 'direct' : 'mixed',
    quoteSpans: [quote],
    cue: parts.cue ? rangeSpan(tokens, parts.cue) : null,
    cueLemma: parts.cueLemma,
    speaker: parts.speaker ? rangeSpan(tokens, parts.speaker) : null,
    addressee: parts.addressee ? rangeSpan(tokens, parts.addressee) : null,
    frames: [...(parts.frames ?? []), QUOTATION_RUNS_ON_RULE],
  };
}

/** A full stop or comma closing the clause inside the closing mark ("… have."), which no quote keeps. */
const CLAUSE_STOP = /^[.,]$/;

/**
 * `As X put it on Monday, "…"`: a quote that is one whole quotation, marks at both ends, is direct and is read
 * between the marks, as the quotation rules read it.
 */
function wholeQuotation(tokens: readonly Token[], range: TokenRange, quotes: Unit['quotes']): TokenRange | null {
  const quotation = quotes.openAt.get(tokens[range.first]!.start);
  if (quotation === undefined || tokens[range.last]!.start !== quotation.close) return null;
  let last = range.last - 1;
  if (last > range.first && CLAUSE_STOP.test(tokens[last]!.value)) last--;
  return last > range.first ? { first: range.first + 1, last } : null;
}

/** A cue's complement read as claims: one attribution per that-clause and per coordinated speaker. */
export function complementAttributions(
  rule: string,
  unit: Unit,
  hit: CueHit,
  ranges: readonly TokenRange[],
  speakers: readonly TokenRange[],
  addressee: TokenRange | null,
  frames: readonly string[] = [],
): Attribution[] {
  const cue = { first: hit.cueFirst, last: hit.cue.last };
  const read = [...(hit.cue.frames ?? []), ...(hit.frames ?? []), ...frames];
  return ranges.flatMap((quote) =>
    speakers.map((speaker) => unitAttribution({ rule, unit, quote, cue, cueLemma: hit.cue.lemma, speaker, addressee, frames: read })),
  );
}

/**
 * The tokenizer keeps a sentence's full stop on some words ("vote no.", “No.”): a quote never ends in the stop of the
 * sentence or of the quotation it is read between the marks of (`inMarks`).
 */
function withoutFinalStop(tokens: readonly Token[], range: TokenRange, span: Span, inMarks: boolean): Span {
  const last = tokens[range.last]!;
  const final = inMarks || range.last === tokens.length - 1;
  if (final && SINGLE_FINAL_STOP.test(last.value) && span.end - 1 > span.start) return { start: span.start, end: span.end - 1 };
  return span;
}
