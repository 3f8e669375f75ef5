import { addresseeIn } from './addressee.js';
import { complementAttributions } from './build.js';
import { complementAfter } from './complement.js';
import { complementEnd, scanText } from './scan-text.js';
import type { Attribution, AttributionRule } from './types.js';

/**
 * `X, who said Tuesday he …, estimated …` and `A and B, who raised the possibility of …`: the relative clause is a
 * claim of the phrase it hangs on, one attribution per coordinated speaker with the same quote.
 */
export const relativeClauseRule: AttributionRule = {
  id: 'relative-clause',
  find(ctx, analysis) {
    const found: Attribution[] = [];
    for (const { unit, hits } of scanText(ctx, analysis)) {
      hits.forEach((hit, n) => {
        if (hit.kind !== 'relative') return;
        const end = complementEnd(hits, n, unit.tokens.length);
        const complement = complementAfter(unit.tokens, hit.cue, end, unit.quotes);
        if (complement === null) return;
        const addressee = complement.addressee ?? addresseeIn(unit.tokens, hit.cue.last + 1, end);
        found.push(...complementAttributions('relative-clause', unit, hit, complement.ranges, hit.speakers, addressee));
      });
    }
    return found;
  },
};
