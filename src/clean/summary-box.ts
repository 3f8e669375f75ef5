import type { LineInfo, LineTable } from './classify.js';
import { TIME_STAMP_LINE } from '../lang/en/calendar.js';

const SUMMARY_HEADER_CHECK = 'clean/summary-header';
/** A box sums a story up in a handful of lines. */
const MAX_ITEMS = 6;
/** An item is a headline or one short sentence; a longer line is the article's own paragraph. */
const MAX_ITEM_WORDS = 20;
/**
 * The items of one box look alike; a line this much longer than the longest of them is the body's first paragraph
 * ("Key points" + three short lines, then a one-sentence lede of nineteen words).
 */
const LONGER_THAN_ITEMS = 1.5;

/**
 * Marks a summary box as chrome: its header ("Key points", "Highlights") and the short lines under it, which restate
 * the article (a pull quote, a bullet summary, a live blog's key events), until a line that is chrome of its own (a
 * byline, a date), an entry's time stamp, a long line, or one much longer than the items so far. A box above the
 * headline (nothing but chrome before its header) also ends before the line that sits on a byline or a date: that
 * line is the headline, which a short item cannot be told from by its own text.
 */
export function markSummaryBoxes(infos: LineTable): void {
  let contentAbove = false;
  for (let i = 0; i < infos.length; i++) {
    if (infos.check[i] !== SUMMARY_HEADER_CHECK) {
      if (infos.reason[i] === null) contentAbove = true;
      continue;
    }
    const header = i;
    let longest = 0;
    for (let j = header + 1; j < infos.length && j - header <= MAX_ITEMS; j++) {
      const item = infos.line(j)!;
      if (item.reason !== null || item.date !== null || item.relatedHeader || item.words > MAX_ITEM_WORDS) break;
      // A live blog's lone entry stamp ("14:05") opens its first entry.
      if (TIME_STAMP_LINE.test(item.text)) break;
      if (longest > 0 && item.chars > longest * LONGER_THAN_ITEMS) break;
      if (!contentAbove && sitsOnByline(infos.line(j + 1))) break;
      longest = Math.max(longest, item.chars);
      item.reason = 'other';
      item.check = 'clean/summary-item';
      item.good = false;
      i = j;
    }
  }
}

function sitsOnByline(below: LineInfo | undefined): boolean {
  return below !== undefined && (below.reason === 'byline' || below.date !== null);
}
