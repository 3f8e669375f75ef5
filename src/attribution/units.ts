import type { Context } from '../context.js';
import type { Span } from '../schema.js';
import type { Analysis, Sentence, Token } from '../text/analyse.js';
import { pairQuoteMarks, type QuoteScan, type Quotation } from './quote-marks.js';

/**
 * The stretch a reporting clause is read in: a sentence, or one item of a digest line whose items are separated by
 * bullets ("… , minister says * German FM doesn't rule out …"). Tokens keep raw offsets.
 */
export interface Unit {
  sentence: Sentence;
  tokens: Token[];
  start: number;
  end: number;
  /** The paragraph's quotations that overlap the unit. */
  quotations: Quotation[];
}

export interface ReadText {
  units: Unit[];
  /** Quote-mark pairing per paragraph, parallel to `analysis.paragraphs`. */
  quotes: QuoteScan[];
}

/** Bullet tokens that separate digest items written on one line. */
const BULLETS = new Set(['*', '•', '·', '▪', '■', '►']);

/** Splits sentences into units, skipping the headline (the body restates it). One pass over the tokens. */
export function readUnits(ctx: Context, analysis: Analysis): ReadText {
  const quotes = analysis.paragraphs.map((paragraph) => pairQuoteMarks(analysis.raw, paragraph.start, paragraph.end));
  const units: Unit[] = [];
  for (const sentence of analysis.sentences) {
    if (insideTitle(ctx, sentence)) continue;
    const paragraphQuotes = quotes[sentence.paragraph]?.quotations ?? [];
    let first = 0;
    const tokens = sentence.tokens;
    for (let i = 0; i <= tokens.length; i++) {
      if (i < tokens.length && !BULLETS.has(tokens[i]!.value)) continue;
      if (i > first) {
        const part = tokens.slice(first, i);
        const start = part[0]!.start;
        const end = part[part.length - 1]!.end;
        units.push({
          sentence,
          tokens: part,
          start,
          end,
          quotations: paragraphQuotes.filter((quotation) => quotation.open < end && quotation.close >= start),
        });
      }
      first = i + 1;
    }
  }
  return { units, quotes };
}

function insideTitle(ctx: Context, span: Span): boolean {
  const title = ctx.article.provenance.title;
  return title !== null && span.start < title.end && span.end > title.start;
}

/** The innermost quotation of the unit that holds raw offset `at` strictly inside its marks, if any. */
export function quotationAround(quotations: readonly Quotation[], at: number): Quotation | null {
  let found: Quotation | null = null;
  for (const quotation of quotations) {
    if (quotation.open < at && at < quotation.close && (found === null || quotation.depth > found.depth)) found = quotation;
  }
  return found;
}
