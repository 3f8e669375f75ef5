import type { QuoteType, Span } from '../schema.js';
import type { Token } from '../text/analyse.js';
import { closeOpenQuotation, holdsQuotation, rangeSpan } from './complement.js';
import type { TokenRange } from './noun-phrase.js';
import type { Attribution } from './types.js';
import type { Unit } from './units.js';

export interface UnitAttributionParts {
  rule: string;
  unit: Unit;
  quote: TokenRange;
  cue: TokenRange | null;
  cueLemma: string | null;
  speaker: TokenRange | null;
  addressee: TokenRange | null;
}

/** An attribution read inside one unit: spans from token ranges; mixed when the quote holds a quotation. */
export function unitAttribution(parts: UnitAttributionParts): Attribution {
  const tokens: readonly Token[] = parts.unit.tokens;
  const range = closeOpenQuotation(tokens, parts.quote, parts.unit.quotes);
  const quote = rangeSpan(tokens, range);
  const quoteType: QuoteType = holdsQuotation(tokens, range, parts.unit.quotes) ? 'mixed' : 'indirect';
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
  };
}
