import { QUOTE_MARKS } from '../lang/en/grammar.js';
/** A pair of quotation marks in raw offsets: `open` and `close` are the marks' positions; the inner text lies between. */
export interface Quotation {
  open: number;
  close: number;
  /** 0 for an outermost quotation, 1 for a quotation inside it, … */
  depth: number;
}

export interface QuoteScan {
  quotations: Quotation[];
  /** The outermost opening mark left unclosed at the end of the stretch (a quotation continued on the next paragraph). */
  dangling: number | null;
}

/**
 * Two apostrophes standing for a double quotation mark, as some newspapers' archives write them (''like this'').
 * The quotation is recorded from the inner apostrophe of each pair, so its inner text holds no stray mark.
 */
const DOUBLED_APOSTROPHE = "''";

/** Opening mark → the closing marks that end it. */
const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"',
  '“': '”',
  '„': '“”',
  // Swedish and Finnish print a quotation as ”…”, one mark on both sides; scrapers and typists do the same.
  '”': '”',
  '«': '»',
  '‹': '›',
  "'": "'",
  '‘': '’',
  '‚': '‘’',
  [DOUBLED_APOSTROPHE]: DOUBLED_APOSTROPHE,
};

/** Deeper nesting than this is noise (runs of marks in broken markup); openers past it are ignored. */
const MAX_DEPTH = 8;

/**
 * The char codes of the marks, for the scan's test of every character of a paragraph: an array read by code costs
 * less than a set lookup of a one-character string, and nearly every character fails it.
 */
const QUOTE_MARK_CODES = ((): Uint8Array => {
  const codes = [...QUOTE_MARKS].map((mark) => mark.charCodeAt(0));
  const table = new Uint8Array(Math.max(...codes) + 1);
  for (const code of codes) table[code] = 1;
  return table;
})();

function isQuoteMarkCode(code: number): boolean {
  return code < QUOTE_MARK_CODES.length && QUOTE_MARK_CODES[code] === 1;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\-–—/:;,"“„«‹'‘‚]/u;

export function isOpeningMark(char: string): boolean {
  return char in CLOSERS;
}

export function isQuoteMark(char: string): boolean {
  return char in CLOSERS || char === '”' || char === '»' || char === '›' || char === '’';
}

const SPACE = /\s/;

/**
 * A mark glued to the word or stop before it and followed by a space (or the stretch's end) closes a quotation. Scraped
 * text mixes the typewriter mark with the curly ones (`“It works," she said`, `"It works.“`), so a curly quotation
 * may close on a straight mark or on an opening curly one in this position, and a straight one on a curly closer.
 */
function closesHere(before: string, after: string): boolean {
  return !SPACE.test(before) && !isOpeningMark(before) && SPACE.test(after);
}

/**
 * Pairs quotation marks in `raw[start, end)` in one left-to-right pass with a small stack. Straight marks open
 * after a space or an opening bracket and close otherwise; a single mark between two letters is an apostrophe
 * ("don't", "Ukraine’s"), and "’" or "'" closes only a single quotation that is open ("troops’ " stays an apostrophe).
 */
export function pairQuoteMarks(raw: string, start: number, end: number): QuoteScan {
  const stack: Array<{ mark: string; at: number }> = [];
  const openCount = new Map<string, number>();
  const quotations: Quotation[] = [];

  /** Pops down to the innermost open `mark`; `record` false drops it as a stray opener superseded by a new one. */
  const closeDownTo = (mark: string, at: number, record = true): void => {
    while (stack.length > 0) {
      const top = stack.pop()!;
      openCount.set(top.mark, (openCount.get(top.mark) ?? 1) - 1);
      if (top.mark === mark) {
        if (record) quotations.push({ open: top.at, close: at, depth: stack.length });
        return;
      }
    }
  };
  const openerFor = (closer: string): string | null => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const candidate = stack[k]!.mark;
      if (CLOSERS[candidate]!.includes(closer)) return candidate;
    }
    return null;
  };
  const isOpen = (mark: string): boolean => (openCount.get(mark) ?? 0) > 0;
  const push = (mark: string, at: number): void => {
    if (stack.length >= MAX_DEPTH) return;
    stack.push({ mark, at });
    openCount.set(mark, (openCount.get(mark) ?? 0) + 1);
  };

  /** Reads the pair at `i` (with a third apostrophe after it, when there is one); returns how many marks it read. */
  const readDoubledApostrophe = (i: number): number => {
    const tripled = i + 2 < end && raw[i + 2] === "'";
    const before = i > start ? raw[i - 1]! : ' ';
    const length = tripled ? 3 : 2;
    const after = i + length < end ? raw[i + length]! : ' ';
    const opening = OPENING_CONTEXT.test(before) && !/\s/.test(after);
    if (tripled) {
      // As the text analysis reads the run: `'''X` opens the pair then a single mark; `X'''` closes the single mark
      // (a stray apostrophe when none is open) then the pair.
      if (opening && !(isOpen(DOUBLED_APOSTROPHE) && !/\s/.test(before))) {
        push(DOUBLED_APOSTROPHE, i + 1);
        push("'", i + 2);
      } else {
        if (isOpen("'")) closeDownTo("'", i);
        if (isOpen(DOUBLED_APOSTROPHE)) closeDownTo(DOUBLED_APOSTROPHE, i + 1);
      }
      return length;
    }
    if (isOpen(DOUBLED_APOSTROPHE) && !(OPENING_CONTEXT.test(before) && /\s/.test(before) && !/\s/.test(after))) {
      closeDownTo(DOUBLED_APOSTROPHE, i);
    } else if (opening) push(DOUBLED_APOSTROPHE, i + 1);
    return length;
  };
  // The scan stops at `end`: a search that ran on to the next mark of the text made every stretch cost the rest of it.
  for (let i = start; i < end; i++) {
    if (!isQuoteMarkCode(raw.charCodeAt(i))) continue;
    const char = raw[i]!;
    const before = i > start ? raw[i - 1]! : ' ';
    const after = i + 1 < end ? raw[i + 1]! : ' ';
    const openingContext = OPENING_CONTEXT.test(before);
    switch (char) {
      case '"':
      case "'": {
        if (char === "'" && raw[i + 1] === "'" && i + 1 < end) {
          i += readDoubledApostrophe(i) - 1;
          break;
        }
        if (char === "'" && LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) break;
        if (char === '"' && !isOpen(char) && isOpen('“') && closesHere(before, after)) {
          closeDownTo('“', i);
          break;
        }
        const looksOpening = openingContext && !/\s/.test(after) && before !== char;
        if (isOpen(char) && !(looksOpening && /\s/.test(before))) closeDownTo(char, i, true);
        else if (isOpen(char)) {
          closeDownTo(char, i, false);
          push(char, i);
        } else if (looksOpening) push(char, i);
        break;
      }
      case '’': {
        if (LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) break;
        const opener = openerFor(char);
        if (opener && (opener === '‘' || opener === '‚')) closeDownTo(opener, i);
        break;
      }
      case '“': {
        if (isOpen('„')) closeDownTo('„', i);
        else if (closesHere(before, after) && (isOpen('“') || isOpen('"'))) closeDownTo(openerFor('”') ?? '"', i);
        else if (!/\s/.test(after) || openingContext) push(char, i);
        break;
      }
      case '‘': {
        if (isOpen('‚') && !openingContext) closeDownTo('‚', i);
        else if (openingContext && !/\s/.test(after)) push(char, i);
        break;
      }
      case '”': {
        const opener = openerFor(char) ?? (isOpen('"') ? '"' : null);
        if (opener) closeDownTo(opener, i);
        else if (openingContext && !/\s/.test(after)) push(char, i);
        break;
      }
      case '»':
      case '›': {
        const opener = openerFor(char);
        if (opener) closeDownTo(opener, i);
        break;
      }
      default:
        push(char, i);
    }
  }
  quotations.sort((a, b) => a.open - b.open);
  return { quotations, dangling: stack.length > 0 ? stack[0]!.at : null };
}
