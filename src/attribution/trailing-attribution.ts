import { unitAttribution } from './build.js';
import { trimRange } from './complement.js';
import { firstClaimingHit } from './according-to.js';
import { phraseStartingAt } from './noun-phrase.js';
import { scanText } from './scan-text.js';
import type { Attribution, AttributionRule } from './types.js';

/**
 * `…, X said.` / `…, said X.` / `…, minister says` (a digest headline): the words before the speaker are the claim.
 * A tail after another attribution in the unit is the outlet's credit (`…, Nordpost.Ee reports referring to …`),
 * and the page's own publisher reporting is narration, not a claim.
 */
export const trailingAttributionRule: AttributionRule = {
  id: 'trailing-attribution',
  find(ctx, analysis) {
    const found: Attribution[] = [];
    const publisher = ctx.article.publisher?.toLowerCase() ?? null;
    for (const { unit, hits } of scanText(ctx, analysis)) {
      if (unit.quotes.list.some((quotation) => quotation.open < unit.start)) continue;
      const tokens = unit.tokens;
      const firstClaim = firstClaimingHit(hits);
      hits.forEach((hit, n) => {
        if (hit.kind !== 'tail' || (firstClaim !== -1 && firstClaim < n)) return;
        const speaker = hit.speakers[0]!;
        const speakerText = ctx.raw.slice(tokens[speaker.first]!.start, tokens[speaker.last]!.end).toLowerCase();
        if (publisher !== null && speakerText === publisher) return;
        const quote = trimRange(tokens, 0, hit.boundary - 1, unit.quotes);
        if (quote === null || quote.last - quote.first < 2) return;
        const addressee = hit.cue.lemma === 'tell' ? phraseStartingAt(tokens, hit.cue.last + 1) : null;
        for (const each of hit.speakers) {
          found.push(
            unitAttribution({
              rule: 'trailing-attribution',
              unit,
              quote,
              cue: { first: hit.cueFirst, last: hit.cue.last },
              cueLemma: hit.cue.lemma,
              speaker: each,
              addressee,
            }),
          );
        }
      });
    }
    return found;
  },
};
