import type { Span } from '../core/schema.js';
import { rangeSpan } from './complement.js';
import type { CueHit } from './cue-scan.js';
import { readText } from './scan-text.js';
import type { QuotationBlock } from './quotation-blocks.js';
import type { Attribution, AttributionRule } from './types.js';
import { isQuoteToken } from '../lang/en/words.js';

const RULE_ID = 'attribution/block-quote';

/** A paragraph introducing a block this long or longer is narration ("…, as he put it in an essay:"), not a lead-in. */
const MAX_LEAD_IN_TOKENS = 25;

/**
 * `The governor added:` closing its paragraph, then the next paragraph: without quotation marks (pages drop the
 * markup of a block quotation) the paragraph is the speaker's words; opening with a mark, the quotation it opens
 * is, over as many paragraphs as it runs.
 */
export const blockQuoteRule: AttributionRule = {
  id: RULE_ID,
  find(ctx, analysis) {
    const found: Attribution[] = [];
    const { units, blocks } = readText(ctx, analysis);
    for (const { unit, hits } of units) {
      const tokens = unit.tokens;
      const paragraph = analysis.paragraphs[unit.sentence.paragraph]!;
      if (tokens[tokens.length - 1]?.value !== ':' || unit.end !== lastTokenEnd(paragraph.sentences) || tokens.length > MAX_LEAD_IN_TOKENS) continue;
      const next = analysis.paragraphs[unit.sentence.paragraph + 1];
      const first = next?.sentences[0]?.tokens[0];
      if (next === undefined || first === undefined) continue;
      const hit = leadInHit(hits, tokens.length, isQuoteToken(first));
      if (hit === undefined) continue;
      const quoteSpans = isQuoteToken(first) ? quotationOpeningParagraph(blocks, unit.sentence.paragraph + 1) : [unmarkedParagraph(next.sentences)];
      if (quoteSpans === null) continue;
      for (const speaker of hit.speakers) {
        found.push({
          rule: RULE_ID,
          sentence: unit.sentence,
          evidence: { start: unit.start, end: quoteSpans[quoteSpans.length - 1]!.end },
          quoteType: 'direct',
          quoteSpans: quoteSpans.map((span) => ({ ...span })),
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

/**
 * The cue that leads into the block: the speech cue right before the colon (`The governor added:`), else, when the
 * block is in quotation marks, the only speech cue of the lead-in, whatever words come between (`X said that,
 * given the choice:`, `Y said in a statement:`); an unmarked paragraph after such a lead-in may be narration.
 */
function leadInHit(hits: readonly CueHit[], length: number, marked: boolean): CueHit | undefined {
  const main = hits.filter((candidate) => candidate.kind === 'main' || candidate.kind === 'coordinate');
  const beforeColon = main.find((candidate) => candidate.cue.last === length - 2);
  if (beforeColon !== undefined || !marked) return beforeColon;
  const speech = main.filter((candidate) => candidate.cue.kind === 'speech');
  return speech.length === 1 ? speech[0] : undefined;
}

function unmarkedParagraph(sentences: ReadonlyArray<{ start: number; end: number }>): Span {
  return { start: sentences[0]!.start, end: lastTokenEnd(sentences) };
}

/** The quotation that opens paragraph `paragraph` at its first token, as spans between its marks; null if none. */
function quotationOpeningParagraph(blocks: readonly QuotationBlock[], paragraph: number): Span[] | null {
  return blocks.find((block) => block.openParagraph === paragraph && block.openToken === 0)?.spans ?? null;
}

function lastTokenEnd(sentences: ReadonlyArray<{ end: number }>): number {
  return sentences[sentences.length - 1]?.end ?? -1;
}
