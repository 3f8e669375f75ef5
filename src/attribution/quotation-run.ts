import { readQuotations } from './direct-quote.js';
import { sentenceAt } from './quotation-blocks.js';
import { readText } from './scan-text.js';
import type { Attribution, AttributionRule } from './types.js';

const RULE_ID = 'attribution/quotation-run';

/**
 * `"A," X said.` closing a paragraph, then a paragraph that is only a quotation (`"B."`): the speaker goes on, so the
 * second quotation is X's as well, a claim of its own. The quotation after `X said: "A."` is the neighbour rule's.
 */
export const quotationRunRule: AttributionRule = {
  id: RULE_ID,
  find(ctx, analysis) {
    const { table: tableOf } = readText(ctx, analysis);
    return readQuotations(ctx, analysis).runs.map(({ block, after }): Attribution => {
      const quoteSentence = sentenceAt(tableOf(block.openParagraph), block.openToken)!;
      const closeSentence = sentenceAt(tableOf(block.closeParagraph), block.closeToken)!;
      return {
        rule: RULE_ID,
        sentence: quoteSentence,
        evidence: { start: after.evidence.start, end: closeSentence.end },
        quoteType: 'direct',
        quoteSpans: block.spans.map((span) => ({ ...span })),
        cue: null,
        cueLemma: null,
        speaker: after.speaker,
        addressee: null,
      };
    });
  },
};
