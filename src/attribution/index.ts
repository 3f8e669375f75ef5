import type { Context } from '../context.js';
import type { Analysis } from '../text/analyse.js';
import { accordingToRule } from './according-to.js';
import { directQuoteRule } from './direct-quote.js';
import { neighbourQuoteRule } from './neighbour-quote.js';
import { participialRule } from './participial.js';
import { relativeClauseRule } from './relative-clause.js';
import { reportedSpeechRule } from './reported-speech.js';
import { trailingAttributionRule } from './trailing-attribution.js';
import type { Attribution, AttributionRule } from './types.js';

/**
 * The attribution rules in the order they run; clone and extend through the `attributionRules` option. Quotations
 * with a named speaker come first, so a reported clause never swallows them; the neighbour rule, a guess from
 * context, comes last.
 */
export const defaultAttributionRules: readonly AttributionRule[] = [
  directQuoteRule,
  reportedSpeechRule,
  relativeClauseRule,
  participialRule,
  accordingToRule,
  trailingAttributionRule,
  neighbourQuoteRule,
];

export {
  accordingToRule,
  directQuoteRule,
  neighbourQuoteRule,
  participialRule,
  relativeClauseRule,
  reportedSpeechRule,
  trailingAttributionRule,
};

/**
 * Runs every rule over the article. Where two rules read overlapping quotes, the earlier rule wins; one rule may
 * give the same quote to several speakers ("X and Y said …").
 */
export function findAttributions(ctx: Context, analysis: Analysis): Attribution[] {
  const kept: Attribution[] = [];
  for (const rule of ctx.options.attributionRules) {
    const fromEarlierRules = kept.length;
    for (const found of rule.find(ctx, analysis)) {
      const clash = kept.some(
        (other, index) => overlaps(other, found) && (index < fromEarlierRules || sameSpeaker(other, found)),
      );
      if (!clash) kept.push(found);
    }
  }
  return kept.sort((a, b) => a.quoteSpans[0]!.start - b.quoteSpans[0]!.start);
}

function overlaps(a: Attribution, b: Attribution): boolean {
  return a.quoteSpans.some((x) => b.quoteSpans.some((y) => x.start < y.end && y.start < x.end));
}

function sameSpeaker(a: Attribution, b: Attribution): boolean {
  return a.speaker?.start === b.speaker?.start && a.speaker?.end === b.speaker?.end;
}
