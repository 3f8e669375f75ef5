import { unitAttribution } from './build.js';
import { holdsQuotation, rangeSpan, trimRange } from './complement.js';
import { asideEnd } from './cue-scan.js';
import { afterDateline } from './dateline.js';
import { scanText } from './scan-text.js';
import type { Attribution, AttributionRule } from './types.js';

const RULE_ID = 'attribution/as-clause';

/**
 * `As one diplomat put it, the talks are going nowhere.`, `The talks, as one diplomat noted, are going nowhere.`,
 * `The talks are going nowhere, as one diplomat noted.`: the sentence around the as-clause is the speaker's. Only
 * when the as-clause is the unit's one attribution: beside another cue, whose words it vouches for is unclear. A
 * cue inside the words vouched for ("As X noted, what we expect …") is part of them: the scan drops it.
 */
export const asClauseRule: AttributionRule = {
  id: RULE_ID,
  find(ctx, analysis) {
    const found: Attribution[] = [];
    for (const { unit, hits } of scanText(ctx, analysis)) {
      const claiming = hits.filter((hit) => hit.kind !== 'silent');
      if (claiming.length !== 1 || claiming[0]!.kind !== 'aside') continue;
      const hit = claiming[0]!;
      const tokens = unit.tokens;
      const close = asideEnd(tokens, hit.cue)!;
      const before = trimRange(tokens, afterDateline(tokens, 0), hit.boundary - 1, unit.quotes);
      const after = trimRange(tokens, close + 1, tokens.length - 1, unit.quotes);
      const parts = [before, after].filter((part) => part !== null);
      if (parts.length === 0) continue;
      for (const speaker of hit.speakers) {
        const attribution = unitAttribution({
          rule: RULE_ID,
          unit,
          quote: parts[0]!,
          cue: { first: hit.cueFirst, last: hit.cue.last },
          cueLemma: hit.cue.lemma,
          speaker,
          addressee: null,
        });
        if (parts[1] !== undefined) {
          attribution.quoteSpans.push(rangeSpan(tokens, parts[1]));
          if (holdsQuotation(tokens, parts[1], unit.quotes)) attribution.quoteType = 'mixed';
        }
        found.push(attribution);
      }
    }
    return found;
  },
};
