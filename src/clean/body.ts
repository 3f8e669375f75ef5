import type { LineInfo, LineTable } from './classify.js';
import { TIME_STAMP_LINE } from '../lang/en/calendar.js';

/** Indices (into the non-blank lines) of the first and last line of the article body. */
export interface BodyRange {
  first: number;
  last: number;
}

/** Prose paragraphs separated by at most this much chrome belong to one block (a widget, a caption, a heading). */
const TIGHT_GAP = 2;
/** A further block still joins the body across a larger gap when it is substantial. */
const LOOSE_GAP = 6;
const SUBSTANTIAL_LINES = 3;
const SUBSTANTIAL_CHARS = 600;
/** A list announced by a sentence ending in a colon: its items are article text, not chrome between paragraphs. */
const LEAD_IN_WORDS = 6;
const LEAD_IN_END = /:$/;
const MAX_LIST_ITEMS = 10;
const MAX_LIST_ITEM_WORDS = 20;

interface Block {
  first: number;
  last: number;
  goodLines: number;
  goodChars: number;
}

/**
 * The article body is the largest block of prose lines, where chrome between paragraphs costs one per neutral line
 * (nothing for a short sentence or quotation) and one per run of same-reason chrome (a share bar, a link list), and a copyright line always ends a block. Blocks
 * then join their neighbours across small gaps, or larger ones when the neighbour is substantial.
 */
export function findBody(infos: LineTable): BodyRange | null {
  const blocks = tightBlocks(infos);
  if (blocks.length === 0) return null;
  let best = 0;
  blocks.forEach((block, index) => {
    if (block.goodChars > blocks[best]!.goodChars) best = index;
  });
  let first = best;
  let last = best;
  while (last + 1 < blocks.length && joins(infos, blocks[last]!, blocks[last + 1]!, blocks[last + 1]!)) last++;
  while (first > 0 && joins(infos, blocks[first - 1]!, blocks[first]!, blocks[first - 1]!)) first--;
  return { first: blocks[first]!.first, last: blocks[last]!.last };
}

function joins(infos: LineTable, before: Block, after: Block, candidate: Block): boolean {
  const cost = gapCost(infos, before.last, after.first);
  if (cost <= TIGHT_GAP) return true;
  const substantial = candidate.goodLines >= SUBSTANTIAL_LINES || candidate.goodChars >= SUBSTANTIAL_CHARS;
  return cost <= LOOSE_GAP && substantial;
}

/** jusText's near-good: a short line that quotes someone or ends like a sentence bridges paragraphs for free. */
function isNearProse(info: LineInfo): boolean {
  return info.date === null && (info.hasQuote || info.endsSentence);
}

/** "… has the following tasks ahead of her:": a sentence that announces the short lines after it as its list. */
function isListLeadIn(info: LineInfo | undefined): boolean {
  return info !== undefined && info.reason === null && info.words >= LEAD_IN_WORDS && LEAD_IN_END.test(info.text) && info.stopRatio > 0;
}

function tightBlocks(infos: LineTable): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (let i = 0; i < infos.length; i++) {
    if (!infos.flag(i, 'good')) continue;
    const info = infos.line(i)!;
    if (current && gapCost(infos, current.last, i) <= TIGHT_GAP) {
      current.last = i;
      current.goodLines++;
      current.goodChars += info.chars;
    } else {
      current = { first: i, last: i, goodLines: 1, goodChars: info.chars };
      blocks.push(current);
    }
  }
  return blocks;
}

const TIME_STAMP_MAX_CHARS = 32;

/** A live blog's entry stamp ("18.40 CET", "2h ago"): a separator inside the article, free in a gap. */
function isTimeStamp(info: LineInfo): boolean {
  return info.chars <= TIME_STAMP_MAX_CHARS && TIME_STAMP_LINE.test(info.text);
}

/** The chrome between two lines, counted in units; stops counting once past any join threshold. */
function gapCost(infos: LineTable, from: number, to: number): number {
  let cost = 0;
  let previousReason: string | null = null;
  let listItems = isListLeadIn(infos.line(from)) ? MAX_LIST_ITEMS : 0;
  for (let k = from + 1; k < to && cost <= LOOSE_GAP; k++) {
    const info = infos.line(k)!;
    if (info.reason === 'copyright') return Number.POSITIVE_INFINITY;
    if (info.reason === null) {
      if (isTimeStamp(info)) continue;
      const listed = listItems > 0 && info.words <= MAX_LIST_ITEM_WORDS;
      listItems = isListLeadIn(info) ? MAX_LIST_ITEMS : listed ? listItems - 1 : 0;
      if (!listed && listItems === 0 && !isNearProse(info)) cost++;
      previousReason = null;
    } else if (info.reason !== previousReason) {
      cost++;
      previousReason = info.reason;
    }
  }
  return cost;
}
