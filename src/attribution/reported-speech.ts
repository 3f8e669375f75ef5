import { addresseeIn } from './addressee.js';
import { closingSpeechTail } from './according-to.js';
import { complementAttributions } from './build.js';
import { complementAfter } from './complement.js';
import { subordinateComplementEnd, type CueHit, type HitKind } from './cue-scan.js';
import { complementEnd, scanText } from './scan-text.js';
import type { Token } from '../text/analyse.js';
import type { TokenRange } from '../text/noun-phrase.js';
import type { Attribution, AttributionRule } from './types.js';

const RULE_ID = 'attribution/reported-speech';

/** A sentence that opens with a quotation mark. */
const OPENING_MARK = /^["“„«'‘]/;

const SUBJECT_FIRST: ReadonlySet<HitKind> = new Set(['main', 'coordinate', 'resumed']);

/**
 * `X said (that) …`, `X told the paper …`, `Russia on Thursday rejected …`, `X did not rule out …`, and a second
 * subject after a coordinator (`…, and Y stated that …`). The quote is the complement up to the next clause that
 * starts a claim of its own; `X said that A and that B` gives two.
 */
export const reportedSpeechRule: AttributionRule = {
  id: RULE_ID,
  find(ctx, analysis) {
    const found: Attribution[] = [];
    for (const { unit, hits } of scanText(ctx, analysis)) {
      const next = analysis.sentences[unit.sentence.index + 1];
      const beforeQuotation = next !== undefined && OPENING_MARK.test(next.text);
      const owner = closingSpeechTail(hits, unit.tokens);
      hits.forEach((hit, n) => {
        if (!SUBJECT_FIRST.has(hit.kind) || n < owner || summedUpByQuotation(unit.tokens, hit, beforeQuotation)) return;
        const end = subordinateComplementEnd(unit.tokens, hit, complementEnd(hits, n, unit.tokens.length), unit.quotes);
        const complement = complementAfter(unit.tokens, hit.cue, end, unit.quotes, beforeQuotation);
        if (complement === null || leadsIntoBlock(unit.tokens, complement.ranges)) return;
        const addressee = complement.addressee ?? addresseeIn(unit.tokens);
        found.push(...complementAttributions(RULE_ID, unit, hit, complement.ranges, hit.speakers, addressee, complement.frames));
      });
    }
    return found;
  },
};

/**
 * `…, with X stressing the need for speed. “…,” X added.`: an absolute clause's object, before a quotation, only sums
 * up what the quotation says; the quotation is the claim (one proposition told twice is one claim).
 */
function summedUpByQuotation(tokens: readonly Token[], hit: CueHit, beforeQuotation: boolean): boolean {
  return hit.absolute === true && beforeQuotation && tokens[hit.cue.last + 1]?.normal !== 'that';
}

/**
 * `X said in a statement released on Monday:` — words up to a colon that ends the sentence introduce the quotation
 * that follows (the block-quote rule reads it); they are no claim of their own.
 */
function leadsIntoBlock(tokens: readonly Token[], ranges: readonly TokenRange[]): boolean {
  const last = ranges[ranges.length - 1];
  return last !== undefined && last.last === tokens.length - 2 && tokens[tokens.length - 1]!.value === ':';
}
