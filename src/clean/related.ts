import type { LineInfo, LineTable } from './classify.js';

/** A link list is rarely longer; past this the page has moved on to other chrome. */
const MAX_ITEMS = 40;
const CLOSING_HEADER = /^read more$/i;
/** Headlines in link lists often end in "?" or "!"; a paragraph this long is prose whatever its ending. */
const HEADLINE_END = /[?!]["”’]?$/;
const PARAGRAPH_CHARS = 100;
/** A carousel's "Previous"/"Next" inside a link list pages through it; any other menu line ends the list. */
const PAGINATION_CHECK = 'clean/pagination-word';
const OPENING_SYMBOL = /^[^\p{L}\p{N}"“‘'«(]/u;

/**
 * Marks link lists as related-links: a header ("Related", "Read also:", "More from …") and the headlines under it,
 * bulleted or not, until prose resumes (a sentence-shaped paragraph that is not a bullet), a copyright line, or a
 * menu line ("Home"): a breadcrumb or menu starts the page's next block, not another item. A carousel's own
 * "Previous"/"Next" belongs to the list.
 * A bare "Read more" after a headline closes a one-item list instead.
 */
export function markRelatedRuns(infos: LineTable): void {
  for (let i = 0; i < infos.length; i++) {
    if (!infos.flag(i, 'relatedHeader')) continue;
    const header = infos.line(i)!;
    header.reason = 'related-links';
    header.check = 'clean/related-header';
    header.good = false;
    if (CLOSING_HEADER.test(header.text.trim()) && i > 0) markClosedItem(infos.line(i - 1)!);
    let items = 0;
    for (let j = i + 1; j < infos.length && items < MAX_ITEMS; j++, items++) {
      const item = infos.line(j)!;
      if (item.reason === 'copyright') break;
      const pages = item.check === PAGINATION_CHECK;
      if (item.relatedHeader || (item.reason === 'navigation' && !pages)) break;
      if (resumesProse(item)) break;
      if (pages) item.reason = 'related-links';
      else if (item.reason === null || item.good) {
        item.reason = 'related-links';
        item.check = 'clean/related-run';
      }
      item.good = false;
      item.listItem = true;
      i = j;
    }
  }
}

/** Prose resumes with a paragraph: a sentence that is not a bullet, a symbol-led promo or a question headline. */
function resumesProse(item: LineInfo): boolean {
  if (!item.good || item.bullet || OPENING_SYMBOL.test(item.text)) return false;
  return item.chars >= PARAGRAPH_CHARS || item.innerSentence || !HEADLINE_END.test(item.text);
}

function markClosedItem(item: LineInfo): void {
  if (item.good || item.reason !== null || item.endsSentence || !item.startsUpper || item.words < 3) return;
  item.reason = 'related-links';
  item.check = 'clean/read-more-item';
}
