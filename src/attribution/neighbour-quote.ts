import type { Analysis, Sentence, Token } from '../text/analyse.js';
import { namesSomeone, phraseStartingAt, type TokenRange } from '../text/noun-phrase.js';
import { closesSentence, opensSentence, sentenceAt } from './quotation-blocks.js';
import { readText } from './scan-text.js';
import type { Attribution, AttributionRule } from './types.js';
import { AUXILIARIES, isComma, NEGATIONS } from '../lang/en/words.js';

const RULE_ID = 'attribution/neighbour-quote';

/** Fewer words than this in marks are a label or a scare-quote, not a statement. */
const MIN_WORDS = 3;
/** A fronted adjunct ("In February, …") longer than this is not skipped when looking for the subject. */
const MAX_FRONTED = 12;

/**
 * A quotation that is a sentence of its own with no cue next to it: its speaker is the subject of the sentence
 * before (`X criticised the plan. "It is reckless."`), when that subject names someone. Runs after the rules that
 * find a cue, which win any overlap.
 */
export const neighbourQuoteRule: AttributionRule = {
  id: RULE_ID,
  find(ctx, analysis) {
    const { table: tableOf, blocks } = readText(ctx, analysis);
    const found: Attribution[] = [];
    for (const block of blocks) {
      const first = tableOf(block.openParagraph);
      const last = tableOf(block.closeParagraph);
      if (!opensSentence(first.tokens, block.openToken) || !closesSentence(last, block.closeToken)) continue;
      const words = block.spans.reduce((sum, span) => sum + countWords(ctx.raw.slice(span.start, span.end)), 0);
      if (words < MIN_WORDS) continue;
      const quoteSentence = sentenceAt(first, block.openToken)!;
      const neighbour = sentenceBefore(analysis, quoteSentence);
      if (neighbour === null || startsWithQuotation(neighbour)) continue;
      const subject = sentenceSubject(neighbour.tokens);
      if (subject === null) continue;
      const closeSentence = sentenceAt(last, block.closeToken)!;
      found.push({
        rule: RULE_ID,
        sentence: quoteSentence,
        evidence: { start: neighbour.start, end: closeSentence.end },
        quoteType: 'direct',
        quoteSpans: block.spans.map((span) => ({ ...span })),
        cue: null,
        cueLemma: null,
        speaker: { start: neighbour.tokens[subject.first]!.start, end: neighbour.tokens[subject.last]!.end },
        addressee: null,
      });
    }
    return found;
  },
};

function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+/gu);
  return matches ? matches.length : 0;
}

function sentenceBefore(analysis: Analysis, sentence: Sentence): Sentence | null {
  return sentence.index > 0 ? analysis.sentences[sentence.index - 1]! : null;
}

function startsWithQuotation(sentence: Sentence): boolean {
  return /^["“„«'‘]/.test(sentence.text);
}

/** The phrase before the sentence's first verb, past a fronted adjunct closed by a comma; only if it names someone. */
export function sentenceSubject(tokens: readonly Token[]): TokenRange | null {
  let start = 0;
  const head = tokens[0];
  if (head && (head.pos === 'ADP' || head.pos === 'SCONJ' || head.pos === 'ADV')) {
    const comma = tokens.findIndex((token, k) => k <= MAX_FRONTED && isComma(token));
    if (comma < 0) return null;
    start = comma + 1;
  }
  const phrase = phraseStartingAt(tokens, start);
  if (phrase === null || !namesSomeone(tokens, phrase)) return null;
  let k = phrase.last + 1;
  while (k < tokens.length && (tokens[k]!.pos === 'ADV' || AUXILIARIES.has(tokens[k]!.normal) || NEGATIONS.has(tokens[k]!.normal))) k++;
  const verb = tokens[k];
  return verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') ? phrase : null;
}
