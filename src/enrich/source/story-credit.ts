import type { Span } from '../../core/schema.js';
import type { CreditLexicon } from '../../lang/en/credits.js';
import { isWhiteSpace } from '../../core/white-space.js';

/** How a story credit was read: its rule id names the shape. */
export type StoryCreditKind = 'dateline' | 'byline' | 'republished' | 'sign-off';

/** An outlet credited with a run of the story, and the run it covers. */
export interface StoryCredit {
  kind: StoryCreditKind;
  name: string;
  /** Where the name was read. */
  span: Span;
  /** The part of the text the credit covers. */
  scope: Span;
}

const MAX_PREFIX_WORDS = 8;
const PREFIX_REACH = 70;
/** A byline is short; the story starts at the first line long enough to be a paragraph. */
const BYLINE_MAX_WORDS = 12;
const PARAGRAPH_MIN_WORDS = 20;
const SENTENCE_MIN_WORDS = 8;
const SENTENCE_END = /[.!?"”]$/u;

/** A scraped page may open its first line with a date stamp ("2025-03-04 …", "date 2025-03-04 …"). */
const LEADING_STAMP = /^\s*(?:[a-z]{1,12}:?\s)?\d{4}-\d{2}-\d{2}\s/iu;
/** "(Agency) —" after the place: the name inside parentheses may be any outlet's, even lowercase ("(dpa)"). */
const PAREN_CREDIT = /^([^()\n]{0,70})\(([\p{L}][\p{L}\p{N}&.'’ -]{0,40})\)\s?(?:[-–—:]|--)/u;
/** "CITY, March 3 /Agency/ —". */
const SLASH_CREDIT = /^([^/\n]{1,70})\/([\p{L}][\p{L}\p{N}&.'’ -]{0,40})\/\s?(?:[-–—:]|--)/u;
/** "CITY, 22 Mar – Agency. The story …": the name ends with a full stop and the story follows. */
const DASH_NAME = /^(\p{Lu}[\p{L}\p{N}&'’-]*(?: \p{Lu}[\p{L}\p{N}&'’-]*){0,3})\.\s\p{Lu}/u;
/** Without parentheses, a dateline shows itself by a comma ("CITY, 22 Mar") or a place all in capitals ("CITY"). */
const DATELINE_MARK = /,|^[\p{Lu}\s.'’]+$/u;
const DASH = /\s(?:[-–—]|--)\s/u;
/** Each bracketed dateline shape with the mark it needs: most lines hold neither, and the shapes are not tried. */
const BRACKETED_CREDITS: ReadonlyArray<[RegExp, string]> = [
  [PAREN_CREDIT, '('],
  [SLASH_CREDIT, '/'],
];
/** A line that is a dash and a name, closing the item above it ("— Reuters"); it starts with one of these. */
const SIGN_OFF_DASH: ReadonlySet<number> = new Set([...'-–—'].map((char) => char.charCodeAt(0)));
const SIGN_OFF = /^(?:[-–—]|--)\s?(\p{Lu}[\p{L}\p{N}&.'’-]*(?: [\p{L}\p{N}&.'’-]+){0,4})$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const PREFIX_WORD = /^[\p{Lu}\p{N}]/u;
const WORD = /[^\s]+/gu;
const NAME_TOKEN = /^[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*$/u;
/** "Published on March 3, 2024" is a date, not an outlet. */
const DIGIT = /\p{N}/u;
const PUNCTUATION = /^\p{P}$/u;

/**
 * The story credits of a text, each with the run it covers. A credit that opens the story (a dateline, a byline
 * under the title, "This article first appeared in X") covers the text to the next such credit, the first one
 * from the start; a sign-off line ("— Reuters") covers the item above it, back to the previous sign-off.
 */
export function readStoryCredits(raw: string, title: Span | null, lexicon: CreditLexicon): StoryCredit[] {
  const opening: Array<Omit<StoryCredit, 'scope'>> = [];
  const closing: Array<Omit<StoryCredit, 'scope'>> = [];
  const { agencies, words } = compiledCredits(lexicon);
  let inHead = true;
  let afterTitle = title === null;
  forEachTrimmedLine(raw, (trimmed, offset) => {
    const isTitle = title !== null && offset <= title.start && title.start < offset + trimmed.length;
    if (isTitle) afterTitle = true;
    // Words are counted only in the head, where a byline may stand and the first paragraph ends it.
    const inBylineReach = inHead && afterTitle && !isTitle;
    const wordCount = inBylineReach ? countWords(trimmed) : 0;
    const opened = isTitle ? null : (datelineCredit(trimmed, offset) ?? republishedCredit(trimmed, offset, lexicon, words));
    const signed = opened ? null : signOffCredit(trimmed, offset, agencies);
    if (opened) opening.push(opened);
    else if (signed) closing.push(signed);
    else if (inBylineReach && wordCount <= BYLINE_MAX_WORDS) {
      const byline = bylineCredit(trimmed, offset, agencies, words);
      if (byline) opening.push(byline);
    }
    if (inBylineReach && isParagraph(trimmed, wordCount)) inHead = false;
  });
  const credits: StoryCredit[] = [];
  opening.forEach((credit, index) => {
    const next = opening[index + 1];
    credits.push({ ...credit, scope: { start: index === 0 ? 0 : credit.span.start, end: next ? next.span.start : raw.length } });
  });
  closing.forEach((credit, index) => {
    const previous = closing[index - 1];
    credits.push({ ...credit, scope: { start: previous ? previous.span.end : 0, end: credit.span.end } });
  });
  return credits;
}

/** The credit covering an offset: a sign-off's item before an opening credit's run. */
export function creditAt(credits: readonly StoryCredit[], offset: number): StoryCredit | null {
  const covering = credits.filter((credit) => credit.scope.start <= offset && offset < credit.scope.end);
  return covering.find((credit) => credit.kind === 'sign-off') ?? covering[0] ?? null;
}

/** The words of a trimmed line, counted without splitting it: asked of every line of the page. */
function countWords(trimmed: string): number {
  let words = 1;
  for (let i = 1; i < trimmed.length; i++) if (isWhiteSpace(trimmed.charCodeAt(i)) && !isWhiteSpace(trimmed.charCodeAt(i - 1))) words++;
  return words;
}

/** The story has begun at a long line, or at a sentence of some length. */
function isParagraph(text: string, wordCount: number): boolean {
  return wordCount >= PARAGRAPH_MIN_WORDS || (wordCount >= SENTENCE_MIN_WORDS && SENTENCE_END.test(text));
}

/**
 * Each line of the text that is not blank, trimmed, with its raw offset. Read from the raw string: most lines are
 * article text that only needs the cheap checks, and a copy of each one, trimmed and searched back, cost more.
 */
function forEachTrimmedLine(raw: string, visit: (trimmed: string, offset: number) => void): void {
  for (let start = 0; start <= raw.length; ) {
    const newline = raw.indexOf('\n', start);
    const end = newline < 0 ? raw.length : newline;
    let from = start;
    let to = end;
    while (from < to && isWhiteSpace(raw.charCodeAt(from))) from++;
    while (to > from && isWhiteSpace(raw.charCodeAt(to - 1))) to--;
    if (from < to) visit(raw.slice(from, to), from);
    start = end + 1;
  }
}

/** "WASHINGTON (Agency) —", "(Agency) —", "CITY, March 3 /Agency/ —", "CITY, 22 Mar – Agency. …". */
function datelineCredit(text: string, offset: number): Omit<StoryCredit, 'scope'> | null {
  if (!hasDatelineMark(text)) return null;
  const stamp = LEADING_STAMP.exec(text)?.[0].length ?? 0;
  const head = text.slice(stamp, stamp + PREFIX_REACH + 50);
  const at = offset + stamp;
  for (const [shape, mark] of BRACKETED_CREDITS) {
    if (!head.includes(mark)) continue;
    const match = shape.exec(head);
    if (!match || !placePrefix(match[1]!, match[1]!.trim() === '' && shape === PAREN_CREDIT)) continue;
    const name = match[2]!.trim();
    const nameStart = at + match[1]!.length + 1 + match[2]!.indexOf(name);
    return { kind: 'dateline', name, span: { start: nameStart, end: nameStart + name.length } };
  }
  const dash = DASH.exec(head.slice(0, PREFIX_REACH));
  if (!dash || !placePrefix(head.slice(0, dash.index), false) || !DATELINE_MARK.test(head.slice(0, dash.index))) return null;
  const after = dash.index + dash[0].length;
  const name = DASH_NAME.exec(head.slice(after));
  if (!name) return null;
  const nameStart = at + after;
  return { kind: 'dateline', name: name[1]!, span: { start: nameStart, end: nameStart + name[1]!.length } };
}

/** The longest `LEADING_STAMP` ("published: 2025-03-04 "): a head is read past it. */
const MAX_STAMP = 25;
const HEAD_REACH = MAX_STAMP + PREFIX_REACH + 50;
/** What every dateline shape has in its head: a bracket, a slash or a dash (a leading stamp has its dashes too). */
const DATELINE_MARK_CHAR = /[(/\-–—]/u;

/** Whether the line's head may hold a dateline; most lines are prose without a mark, spared the stamp and the shapes. */
function hasDatelineMark(text: string): boolean {
  return DATELINE_MARK_CHAR.test(text.length > HEAD_REACH ? text.slice(0, HEAD_REACH) : text);
}

/** A dateline's place and date: a few words, each capitalised or a number ("KYIV, Ukraine, March 3"). */
function placePrefix(prefix: string, mayBeEmpty: boolean): boolean {
  const words = prefix.trim().split(/[\s,]+/u).filter((word) => word !== '');
  if (words.length === 0) return mayBeEmpty;
  return words.length <= MAX_PREFIX_WORDS && words.every((word) => PREFIX_WORD.test(word));
}

/** "Article published in The Harbour Ledger, 4 May 2024.", "This story originally appeared on Foo News." */
function republishedCredit(text: string, offset: number, lexicon: CreditLexicon, words: CreditWords): Omit<StoryCredit, 'scope'> | null {
  const head = text.slice(0, PREFIX_REACH);
  if (!words.republishedLead.test(head)) return null;
  const lower = head.toLowerCase();
  for (const lead of lexicon.republishedLeads) {
    const index = lower.indexOf(`${lead} `);
    if (index < 0) continue;
    const before = lower.slice(0, index).split(/\s+/u).filter((word) => word !== '');
    if (!before.every((word) => lexicon.republishedSubjects.includes(word))) continue;
    const from = index + lead.length + 1;
    const name = readName(text, from, words.connectors);
    if (name && !DIGIT.test(name.text)) return { kind: 'republished', name: name.text, span: { start: offset + name.start, end: offset + name.end } };
  }
  return null;
}

/** A run of capitalised words from `from`, with lower-case connectors inside it ("The Voice of the North"). */
function readName(text: string, from: number, connectors: ReadonlySet<string>): { text: string; start: number; end: number } | null {
  WORD.lastIndex = from;
  let start = -1;
  let end = -1;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const raw = match[0];
    const word = withoutTrailingPunctuation(raw);
    const named = NAME_TOKEN.test(word);
    if (!named && !(start >= 0 && connectors.has(word))) break;
    if (start < 0) start = match.index;
    if (named) end = match.index + word.length;
    if (word !== raw) break;
  }
  return start < 0 || end < 0 ? null : { text: text.slice(start, end), start, end };
}

interface AgencyMatcher {
  find(text: string): { name: string; start: number } | null;
}

/** Agency names as whole words, longest first, spelt exactly (an acronym in lower case is a word). */
function compileAgencies(names: readonly string[]): AgencyMatcher {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  return {
    find(text) {
      for (const name of sorted) {
        for (let index = text.indexOf(name); index >= 0; index = text.indexOf(name, index + 1)) {
          const before = text[index - 1];
          const after = text[index + name.length];
          if (!isWordChar(before) && !isWordChar(after)) return { name, start: index };
        }
      }
      return null;
    },
  };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (char: string | undefined): boolean => char !== undefined && WORD_CHAR.test(char);

/** A byline under the title that names a wire agency ("By Jane Roe, Associated Press", "Agency Published 3 May"). */
function bylineCredit(
  text: string,
  offset: number,
  agencies: AgencyMatcher,
  words: CreditWords,
): Omit<StoryCredit, 'scope'> | null {
  if (text.split(/[\s|/,]+/u).some((word) => words.photo.has(word))) return null;
  const found = agencies.find(text);
  if (!found) return null;
  const around = [text.slice(0, found.start), text.slice(found.start + found.name.length)];
  if (!around.every((part) => isBylineRest(part, words.byline))) return null;
  return { kind: 'byline', name: found.name, span: { start: offset + found.start, end: offset + found.start + found.name.length } };
}

/** What may stand beside the agency in a byline: names, dates, "By", "Published", separators ("Reuters poll shows" may not). */
function isBylineRest(text: string, glue: ReadonlySet<string>): boolean {
  return text.split(/[\s|/,–—-]+/u).every((word) => word === '' || PREFIX_WORD.test(word) || glue.has(word.toLowerCase()));
}

interface CreditWords {
  photo: ReadonlySet<string>;
  byline: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  /** Any lead's first word, in any case: most lines hold none and are not lower-cased and searched lead by lead. */
  republishedLead: RegExp;
}

const compiled = new WeakMap<CreditLexicon, { agencies: AgencyMatcher; words: CreditWords }>();

/** The lexicon's matchers, made once per lexicon rather than once per article. */
function compiledCredits(lexicon: CreditLexicon): { agencies: AgencyMatcher; words: CreditWords } {
  let entry = compiled.get(lexicon);
  if (entry === undefined) {
    entry = { agencies: compileAgencies(lexicon.wireAgencies), words: compileWords(lexicon) };
    compiled.set(lexicon, entry);
  }
  return entry;
}

function compileWords(lexicon: CreditLexicon): CreditWords {
  return {
    photo: new Set(lexicon.photoCreditWords),
    byline: new Set(lexicon.bylineWords),
    connectors: new Set(lexicon.nameConnectors),
    republishedLead: anyWord(lexicon.republishedLeads.map((lead) => lead.split(' ')[0]!)),
  };
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** A case-insensitive test for any of the words as written (literal alternatives: no backtracking between them). */
function anyWord(words: readonly string[]): RegExp {
  const alternatives = [...new Set(words.map((word) => word.toLowerCase()))].map((word) => word.replace(REGEX_SPECIAL, '\\$&'));
  return new RegExp(alternatives.length > 0 ? alternatives.join('|') : '(?!)', 'i');
}

/** "— Reuters" standing alone: an agency's name, or an acronym, signing off the item above. */
function signOffCredit(text: string, offset: number, agencies: AgencyMatcher): Omit<StoryCredit, 'scope'> | null {
  if (!SIGN_OFF_DASH.has(text.charCodeAt(0))) return null;
  const match = SIGN_OFF.exec(text);
  if (!match) return null;
  const name = match[1]!;
  const found = agencies.find(name);
  const known = found !== null && found.name.length === name.length;
  if (!known && !ACRONYM.test(name)) return null;
  const start = offset + text.length - name.length;
  return { kind: 'sign-off', name, span: { start, end: start + name.length } };
}

/** The word without the punctuation it ends in, read back from its end (an anchored `\p{P}+$` retries from every start). */
function withoutTrailingPunctuation(word: string): string {
  let end = word.length;
  while (end > 0) {
    const start = end >= 2 && word.codePointAt(end - 2)! > 0xffff ? end - 2 : end - 1;
    if (!PUNCTUATION.test(word.slice(start, end))) break;
    end = start;
  }
  return word.slice(0, end);
}
