import type { Span } from '../core/schema.js';
import type { Analysis, Sentence, Token } from '../text/analyse.js';
import type { QuoteScan } from './quote-marks.js';
import { SENTENCE_END, isQuoteToken } from '../lang/en/words.js';
import { lowerBound } from '../core/lower-bound.js';

/**
 * The tokens of one paragraph in order, each with its sentence, and a lookup from raw offset to token. The columns
 * per token are typed arrays: as arrays of values they were most of the attribution stage's peak memory.
 */
export interface ParagraphTokens {
  tokens: Token[];
  /** The paragraph's sentences. */
  sentences: readonly Sentence[];
  /** Per token: the index of its sentence in `sentences`. */
  sentenceOf: Uint32Array;
  /**
   * Per sentence of `sentences`: the index of its first token (read it per token with `sentenceStartAt`). Per
   * sentence, not per token: the tables asked for live through the attribution stage.
   */
  firstTokens: Uint32Array;
  /** Per token: 1 inside an outermost quotation of the paragraph, else 0. */
  quoted: Uint8Array;
}

/**
 * One quotation as the reader sees it: inside one paragraph, or opened on several paragraphs (each re-opened with a
 * mark) and closed on the last. `spans` are the verbatim inner texts.
 */
export interface QuotationBlock {
  spans: Span[];
  openParagraph: number;
  closeParagraph: number;
  /** Token index of the opening mark in the first paragraph, and of the closing mark in the last. */
  openToken: number;
  closeToken: number;
}

const TRAILING_CLAUSE_PUNCTUATION = /[,.]$/;

export function paragraphTokens(analysis: Analysis, paragraph: number, scan: QuoteScan): ParagraphTokens {
  const sentences = analysis.paragraphs[paragraph]?.sentences ?? [];
  let count = 0;
  for (const sentence of sentences) count += sentence.tokens.length;
  // A paragraph of one sentence shares the sentence's array.
  const shared = sentences.length === 1;
  const tokens: Token[] = shared ? sentences[0]!.tokens : new Array(count);
  const sentenceOf = new Uint32Array(count);
  const firstTokens = new Uint32Array(sentences.length);
  let at = 0;
  sentences.forEach((sentence, s) => {
    firstTokens[s] = at;
    for (const token of sentence.tokens) {
      if (!shared) tokens[at] = token;
      sentenceOf[at++] = s;
    }
  });
  const outer = scan.quotations.filter((quotation) => quotation.depth === 0);
  const quoted = new Uint8Array(count);
  let q = 0;
  tokens.forEach((token, i) => {
    while (q < outer.length && outer[q]!.close < token.start) q++;
    const quotation = outer[q];
    if (quotation !== undefined && quotation.open < token.start && token.start < quotation.close) quoted[i] = 1;
  });
  return { tokens, sentences, sentenceOf, firstTokens, quoted };
}

/** The sentence of the paragraph token at `index`. */
export function sentenceAt(table: ParagraphTokens, index: number): Sentence | undefined {
  return index >= 0 && index < table.sentenceOf.length ? table.sentences[table.sentenceOf[index]!] : undefined;
}

/** The index of the first token of the sentence of the paragraph token at `index` (a token of the paragraph). */
export function sentenceStartAt(table: ParagraphTokens, index: number): number {
  return table.firstTokens[table.sentenceOf[index]!]!;
}

/** The index of the paragraph token starting at raw offset `start`, by binary search (tokens are in text order). */
export function tokenStartingAt(table: ParagraphTokens, start: number): number | undefined {
  const tokens = table.tokens;
  const low = lowerBound(tokens, (token) => token.start < start);
  return low < tokens.length && tokens[low]!.start === start ? low : undefined;
}

/**
 * The outermost quotations of the article, in order, the headline's too. Pairing was done per paragraph, so a
 * quotation never runs past its paragraph unless the next paragraph re-opens it.
 */
export function quotationBlocks(
  analysis: Analysis,
  quotes: readonly QuoteScan[],
  tableOf: (p: number) => ParagraphTokens,
): QuotationBlock[] {
  const blocks: QuotationBlock[] = [];
  const raw = analysis.raw;
  for (let p = 0; p < analysis.paragraphs.length; p++) {
    const scan = quotes[p]!;
    for (const quotation of scan.quotations) {
      if (quotation.depth > 0) continue;
      const table = tableOf(p);
      const openToken = tokenStartingAt(table, quotation.open);
      const closeToken = tokenStartingAt(table, quotation.close);
      const span = innerSpan(raw, quotation.open + 1, quotation.close, true);
      if (openToken === undefined || closeToken === undefined || span === null) continue;
      blocks.push({ spans: [span], openParagraph: p, closeParagraph: p, openToken, closeToken });
    }
    if (scan.dangling !== null) {
      const chained = continuedQuotation(analysis, quotes, tableOf, p, scan.dangling);
      if (chained !== null) blocks.push(chained);
    }
  }
  return blocks;
}

/** A quotation left open at the end of paragraph `p` and continued on the next paragraphs, each opened with a mark. */
function continuedQuotation(
  analysis: Analysis,
  quotes: readonly QuoteScan[],
  tableOf: (p: number) => ParagraphTokens,
  p: number,
  dangling: number,
): QuotationBlock | null {
  const raw = analysis.raw;
  const openToken = tokenStartingAt(tableOf(p), dangling);
  const first = innerSpan(raw, dangling + 1, analysis.paragraphs[p]!.end, false);
  if (openToken === undefined || first === null) return null;
  const spans = [first];
  for (let q = p + 1; q < analysis.paragraphs.length; q++) {
    const paragraph = analysis.paragraphs[q]!;
    const scan = quotes[q]!;
    const closing = scan.quotations.find((quotation) => quotation.open === paragraph.start && quotation.depth === 0);
    if (closing) {
      const last = innerSpan(raw, closing.open + 1, closing.close, true);
      const closeToken = tokenStartingAt(tableOf(q), closing.close);
      if (last === null || closeToken === undefined) return null;
      return { spans: [...spans, last], openParagraph: p, closeParagraph: q, openToken, closeToken };
    }
    if (scan.dangling !== paragraph.start) return null;
    const middle = innerSpan(raw, paragraph.start + 1, paragraph.end, false);
    if (middle === null) return null;
    spans.push(middle);
  }
  return null;
}

/** The text between the marks, trimmed, without the "," or "." that closes the clause before the closing mark. */
function innerSpan(raw: string, start: number, end: number, dropClausePunctuation: boolean): Span | null {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(raw[a]!)) a++;
  while (b > a && /\s/.test(raw[b - 1]!)) b--;
  if (dropClausePunctuation && b > a && TRAILING_CLAUSE_PUNCTUATION.test(raw[b - 1]!)) b--;
  while (b > a && /\s/.test(raw[b - 1]!)) b--;
  return b > a ? { start: a, end: b } : null;
}

/** True when the opening mark starts a sentence: first in its paragraph or right after a sentence's end. */
export function opensSentence(tokens: readonly Token[], openToken: number): boolean {
  if (openToken === 0) return true;
  const previous = tokens[openToken - 1]!;
  if (SENTENCE_END.has(previous.value)) return true;
  return isQuoteToken(previous) && SENTENCE_END.has(tokens[openToken - 2]?.value ?? '');
}

/** True when only punctuation follows the closing mark up to the end of the paragraph's sentence. */
export function closesSentence(table: ParagraphTokens, closeToken: number): boolean {
  const sentence = table.sentenceOf[closeToken];
  for (let k = closeToken + 1; k < table.tokens.length && table.sentenceOf[k] === sentence; k++) {
    if (!SENTENCE_END.has(table.tokens[k]!.value)) return false;
  }
  return true;
}
