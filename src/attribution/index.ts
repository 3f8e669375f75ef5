import type { Context } from '../context.js';
import type { Analysis } from '../text/analyse.js';
import type { Attribution, AttributionRule } from './types.js';

/** The attribution rules in the order they run; clone and extend through the `attributionRules` option. */
export const defaultAttributionRules: readonly AttributionRule[] = [];

/** Runs every rule over the article and keeps one attribution per quote: earlier rules win overlaps. */
export function findAttributions(ctx: Context, analysis: Analysis): Attribution[] {
  const kept: Attribution[] = [];
  for (const rule of ctx.options.attributionRules) {
    for (const found of rule.find(ctx, analysis)) {
      if (!kept.some((other) => overlaps(other, found))) kept.push(found);
    }
  }
  return kept.sort((a, b) => a.quoteSpans[0]!.start - b.quoteSpans[0]!.start);
}

function overlaps(a: Attribution, b: Attribution): boolean {
  return a.quoteSpans.some((x) => b.quoteSpans.some((y) => x.start < y.end && y.start < x.end));
}
