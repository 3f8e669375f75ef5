import type { Context } from '../core/context.js';
import type { Span } from '../core/schema.js';
import type { Analysis, Sentence, Token } from '../text/analyse.js';
import { pairQuoteMarks, type QuoteScan, type Quotation } from './quote-marks.js';
import { BULLETS, CLAUSE_SUBORDINATORS, DASHES, STANDFIRST_JOINS, SUBORDINATORS } from '../lang/en/grammar.js';
import { isComma } from '../lang/en/words.js';

/** Quotations by the raw offset of one of their marks. */
export interface QuotationsByMark {
  get(offset: number): Quotation | undefined;
  has(offset: number): boolean;
}

/** The quotations that touch a unit, indexed so that every lookup by token is O(1). */
export interface UnitQuotes {
  list: readonly Quotation[];
  /** Quotation by the raw offset of its opening / closing mark. */
  openAt: QuotationsByMark;
  closeAt: QuotationsByMark;
  /**
   * Per token: 1 + the place in `list` of the innermost quotation holding the token strictly inside its marks, 0 for
   * none (read it with `enclosingAt`).
   */
  enclosing: readonly number[];
  /**
   * Tokens strictly inside each quotation of `list`, by its place there (read it with `tokensInsideEnclosing`): a
   * map per unit with a quotation was a large part of what the units of a long article hold.
   */
  innerTokens: readonly number[];
}

/** Up to this many quotations a unit's marks are looked up in its list, past it in a map. */
const SCANNED_QUOTATIONS = 8;

/**
 * A unit's quotations by one of their marks. A unit touches one or two quotations as a rule, and a map per mark and
 * unit (~170 bytes each) was a large part of what the units of a long article hold; a list read from its end finds
 * what such a map would (the last quotation with that mark), and a long list still gets its map, so a lookup stays
 * O(1).
 */
class MarkLookup implements QuotationsByMark {
  private readonly byOffset: Map<number, Quotation> | undefined;

  private readonly opening: boolean;

  constructor(
    private readonly list: readonly Quotation[],
    mark: 'open' | 'close',
  ) {
    this.opening = mark === 'open';
    this.byOffset = list.length > SCANNED_QUOTATIONS ? new Map(list.map((quotation) => [quotation[mark], quotation])) : undefined;
  }

  get(offset: number): Quotation | undefined {
    if (this.byOffset !== undefined) return this.byOffset.get(offset);
    for (let i = this.list.length - 1; i >= 0; i--) {
      const quotation = this.list[i]!;
      if ((this.opening ? quotation.open : quotation.close) === offset) return quotation;
    }
    return undefined;
  }

  has(offset: number): boolean {
    return this.get(offset) !== undefined;
  }
}

/**
 * What a unit that no quotation touches holds, one value for all of them: most units have no quotation, and three
 * maps and an array per token each were a large part of the attribution stage's peak memory on a long article.
 */
// Not frozen: a frozen object has a shape of its own, and every read of a unit's index would see two shapes.
const NO_QUOTES: UnitQuotes = { list: [], openAt: new MarkLookup([], 'open'), closeAt: new MarkLookup([], 'close'), enclosing: [], innerTokens: [] };

const noQuotations = (): UnitQuotes => NO_QUOTES;

/** The innermost quotation holding token `i` of the unit strictly inside its marks, or null. */
export function enclosingAt(quotes: UnitQuotes, i: number): Quotation | null {
  const place = quotes.enclosing[i] ?? 0;
  return place === 0 ? null : quotes.list[place - 1]!;
}

/** How many tokens of the unit the innermost quotation holding token `i` holds strictly inside; 0 outside any. */
export function tokensInsideEnclosing(quotes: UnitQuotes, i: number): number {
  const place = quotes.enclosing[i] ?? 0;
  return place === 0 ? 0 : quotes.innerTokens[place - 1]!;
}

/**
 * The stretch a reporting clause is read in: a sentence, or one item of a digest line whose items are separated by
 * bullets ("… , minister says * German FM doesn't rule out …"). Tokens keep raw offsets.
 */
export interface Unit {
  sentence: Sentence;
  tokens: Token[];
  start: number;
  end: number;
  quotes: UnitQuotes;
}

export interface ReadText {
  units: Unit[];
  /** Quote-mark pairing per paragraph, parallel to `analysis.paragraphs`. */
  quotes: QuoteScan[];
}

function isBullet(value: string): boolean {
  return value.length === 1 && BULLETS.has(value);
}

/** The headline when the sentence holds some of it, else null: only there is a dash read as a unit break. */
function headlineIn(ctx: Context, tokens: readonly Token[]): Span | null {
  const title = ctx.article.provenance.title;
  const first = tokens[0];
  return title !== null && first !== undefined && first.start < title.end && tokens[tokens.length - 1]!.end > title.start ? title : null;
}

function isHeadlineDash(headline: Span | null, tokens: readonly Token[], i: number): boolean {
  return headline !== null && tokens[i]!.start >= headline.start && tokens[i]!.start < headline.end && isSpacedDash(tokens, i);
}

/**
 * The comma closing a headline's fronted adverbial clause ("After Mayor Lopez Backed The Plan, Council Did Something
 * Odd", "As union demands raise, ferries sit idle"), else -1. A headline tells its news in the main clause: read
 * apart, the clause's object is not taken for a claim running on into the main clause.
 */
function frontedClauseEnd(ctx: Context, tokens: readonly Token[]): number {
  const title = ctx.article.provenance.title;
  const head = tokens[0]?.pos === 'ADV' ? 1 : 0;
  const opener = tokens[head];
  if (title === null || opener === undefined || opener.start < title.start || opener.start >= title.end) return -1;
  if (!SUBORDINATORS.has(opener.normal) && !CLAUSE_SUBORDINATORS.has(opener.normal)) return -1;
  for (let k = head + 1; k < tokens.length && tokens[k]!.start < title.end; k++) if (isComma(tokens[k])) return k;
  return -1;
}

/**
 * A dash with a space on either side: in a headline it parts two clauses ("Ferry fares rise – It May Surprise You")
 * or a claim from its credit ("Fares will rise – Mayor Lopez"), each read as a unit of its own.
 */
function isSpacedDash(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return DASHES.has(tokens[i]!.value) && before !== undefined && after !== undefined && before.end < tokens[i]!.start && tokens[i]!.end < after.start;
}

/**
 * Splits sentences into units. The headline is a unit of its own (a standfirst printed on its line, "Headline. -
 * Leaders have announced …", is the next one), so a reporting clause is never read across the two. Linear in tokens
 * and quotations.
 */
export function readUnits(ctx: Context, analysis: Analysis): ReadText {
  const quotes = analysis.paragraphs.map((paragraph) => pairQuoteMarks(analysis.raw, paragraph.start, paragraph.end));
  const units: Unit[] = [];
  for (const paragraph of analysis.paragraphs) {
    const sweep = quotationSweep(quotes[paragraph.index]?.quotations ?? []);
    for (const sentence of paragraph.sentences) {
      const tokens = sentence.tokens;
      const titleEnd = titleBreak(ctx, tokens);
      const clauseEnd = frontedClauseEnd(ctx, tokens);
      const headline = headlineIn(ctx, tokens);
      let first = 0;
      for (let i = 0; i <= tokens.length; i++) {
        if (i < tokens.length && i !== titleEnd && i !== clauseEnd && !isBullet(tokens[i]!.value) && !isHeadlineDash(headline, tokens, i)) continue;
        if (i > first) {
          const part = first === 0 && i === tokens.length ? tokens : tokens.slice(first, i);
          units.push({ sentence, tokens: part, start: part[0]!.start, end: part[part.length - 1]!.end, quotes: sweep(part) });
        }
        first = i === titleEnd ? afterJoins(tokens, i) : i + 1;
      }
    }
  }
  return { units, quotes };
}

/**
 * Hands each unit, in text order, the quotations that touch it. Recorded quotations nest or are disjoint, so the
 * ones still open form a stack; every quotation is pushed and popped once.
 */
function quotationSweep(sorted: readonly Quotation[]): (tokens: readonly Token[]) => UnitQuotes {
  // Most paragraphs hold no quotation: one sweep, with no state, serves them all.
  if (sorted.length === 0) return noQuotations;
  let next = 0;
  let stack: Quotation[] = [];
  return (tokens) => {
    const start = tokens[0]!.start;
    stack = stack.filter((quotation) => quotation.close >= start);
    if (stack.length === 0 && (next === sorted.length || sorted[next]!.open > tokens[tokens.length - 1]!.start)) return NO_QUOTES;
    const list: Quotation[] = [];
    const enclosing: number[] = new Array(tokens.length);
    const innerTokens: number[] = [];
    // The place in `list` of each quotation on the stack, parallel to it.
    const places = stack.map((_, k) => k);
    list.push(...stack);
    for (let k = 0; k < list.length; k++) innerTokens.push(0);
    tokens.forEach((token, i) => {
      while (next < sorted.length && sorted[next]!.open <= token.start) {
        const quotation = sorted[next++]!;
        while (stack.length > 0 && stack[stack.length - 1]!.close < quotation.open) {
          stack.pop();
          places.pop();
        }
        stack.push(quotation);
        places.push(list.length);
        list.push(quotation);
        innerTokens.push(0);
      }
      while (stack.length > 0 && stack[stack.length - 1]!.close < token.start) {
        stack.pop();
        places.pop();
      }
      let innermost = 0;
      for (let k = stack.length - 1; k >= 0; k--) {
        const quotation = stack[k]!;
        if (quotation.open < token.start && token.start < quotation.close) {
          const place = places[k]!;
          if (innermost === 0) innermost = place + 1;
          innerTokens[place] = innerTokens[place]! + 1;
        }
      }
      enclosing[i] = innermost;
    });
    return {
      list,
      openAt: new MarkLookup(list, 'open'),
      closeAt: new MarkLookup(list, 'close'),
      enclosing,
      innerTokens,
    };
  };
}

/**
 * The index of the first token past the headline in a sentence that holds the headline and more (a standfirst
 * printed on its line), else -1.
 */
function titleBreak(ctx: Context, tokens: readonly Token[]): number {
  const title = ctx.article.provenance.title;
  const first = tokens[0];
  if (title === null || first === undefined || first.start >= title.end || tokens[tokens.length - 1]!.end <= title.start) return -1;
  let k = 0;
  while (k < tokens.length && tokens[k]!.start < title.end) k++;
  return k < tokens.length ? k : -1;
}

/** The first token at or after `k` that is not a mark joining a standfirst to its headline ("Headline. - …"). */
function afterJoins(tokens: readonly Token[], k: number): number {
  let i = k;
  while (i < tokens.length && STANDFIRST_JOINS.has(tokens[i]!.value)) i++;
  return i;
}
