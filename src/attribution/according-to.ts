import type { Token } from '../text/analyse.js';
import { unitAttribution } from './build.js';
import { trimRange } from './complement.js';
import type { CueHit } from './cue-scan.js';
import { afterDateline } from './dateline.js';
import { complementEnd, scanText } from './scan-text.js';
import { sourcePhrase } from './source-phrase.js';
import type { Attribution, AttributionRule } from './types.js';
import { isComma } from '../lang/en/words.js';

const RULE_ID = 'attribution/according-to';

/** Attribution phrases this far from the comma that closes them are part of a longer clause. */
const MAX_SOURCE_TOKENS = 16;

/**
 * `According to X, …` and `…, according to X`. A trailing "according to" after another attribution in the same
 * unit credits the outlet for that claim (the source refiner reads it) and is no claim of its own.
 */
export const accordingToRule: AttributionRule = {
  id: RULE_ID,
  find(ctx, analysis) {
    const found: Attribution[] = [];
    for (const { unit, hits } of scanText(ctx, analysis)) {
      const tokens = unit.tokens;
      const firstClaim = firstClaimingHit(hits);
      hits.forEach((hit, n) => {
        if (hit.kind !== 'according') return;
        const fronted = hit.cue.first === 0 || (hit.cue.first === 1 && tokens[0]!.pos === 'CCONJ');
        const speaker = sourcePhrase(tokens, hit.cue.last + 1, tokens.length);
        if (speaker === null) return;
        const sourceEnd = nextComma(tokens, hit.cue.last + 1, complementEnd(hits, n, tokens.length));
        let quote;
        if (fronted) {
          if (sourceEnd >= tokens.length) return;
          // Everything after "According to X," is X's, a verb of thought in it included ("officials hope to …").
          quote = trimRange(tokens, sourceEnd + 1, tokens.length - 1, unit.quotes);
        } else {
          if (firstClaim !== -1 && firstClaim < n) return;
          quote = trimRange(tokens, afterDateline(tokens, 0), hit.boundary - 1, unit.quotes);
        }
        if (quote === null) return;
        found.push(
          unitAttribution({
            rule: RULE_ID,
            unit,
            quote,
            cue: { first: hit.cue.first, last: hit.cue.last },
            cueLemma: hit.cue.lemma,
            speaker,
            addressee: null,
          }),
        );
      });
    }
    return found;
  },
};

function nextComma(tokens: readonly Token[], from: number, end: number): number {
  for (let j = from; j < end && j - from <= MAX_SOURCE_TOKENS; j++) if (isComma(tokens[j])) return j;
  return end;
}

/** The first cue of the unit that makes a claim; a later trailing cue only credits it. -1 when none does. */
export function firstClaimingHit(hits: readonly CueHit[]): number {
  return hits.findIndex((hit) => hit.kind !== 'silent' && (hit.speakers.length > 0 || hit.kind === 'participial'));
}
