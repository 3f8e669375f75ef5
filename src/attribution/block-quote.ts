import type { Span } from '../schema.js';
import { rangeSpan } from './complement.js';
import { scanText } from './scan-text.js';
import type { Attribution, AttributionRule } from './types.js';
import { isQuoteToken } from './words.js';

/** A paragraph introducing a block this long or longer is narration ("…, as he put it in an essay:"), not a lead-in. */
const MAX_LEAD_IN_TOKENS = 25;

/**
 * `The governor added:` closing its paragraph, then the next paragraph without quotation marks: pages drop the
 * markup of a block quotation, and the paragraph after the colon is the speaker's words.
 */
export const blockQuoteRule: AttributionRule = {
  id: 'block-quote',
  find(ctx, analysis) {
    const found: Attribution[] = [];
    for (const { unit, hits } of scanText(ctx, analysis)) {
      const tokens = unit.tokens;
      const paragraph = analysis.paragraphs[unit.sentence.paragraph]!;
      if (tokens[tokens.length - 1]?.value !== ':' || unit.end !== lastTokenEnd(paragraph.sentences) || tokens.length > MAX_LEAD_IN_TOKENS) continue;
      const hit = hits.find((candidate) => (candidate.kind === 'main' || candidate.kind === 'coordinate') && candidate.cue.last === tokens.length - 2);
      const next = analysis.paragraphs[unit.sentence.paragraph + 1];
      if (hit === undefined || next === undefined || next.sentences.length === 0) continue;
      const first = next.sentences[0]!.tokens[0];
      if (first === undefined || isQuoteToken(first)) continue;
      const quote: Span = { start: next.sentences[0]!.start, end: lastTokenEnd(next.sentences) };
      for (const speaker of hit.speakers) {
        found.push({
          rule: 'block-quote',
          sentence: unit.sentence,
          evidence: { start: unit.start, end: quote.end },
          quoteType: 'direct',
          quoteSpans: [quote],
          cue: rangeSpan(tokens, { first: hit.cueFirst, last: hit.cue.last }),
          cueLemma: hit.cue.lemma,
          speaker: rangeSpan(tokens, speaker),
          addressee: null,
        });
      }
    }
    return found;
  },
};

function lastTokenEnd(sentences: ReadonlyArray<{ end: number }>): number {
  return sentences[sentences.length - 1]?.end ?? -1;
}
