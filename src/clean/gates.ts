import { buildCueTable, type CueSpec, type CueTable } from './cues.js';
import { ALPHABET, buildLetterTrie, type LetterTrie } from './letter-trie.js';

/**
 * The cue bits of the chrome regexes (see cues.ts): each names the regex it gates, and its words are those every
 * match of that regex starts an ASCII word with. A regex edit must keep its cue words true.
 */
export const CUE = {
  /** `COPYRIGHT_MARK`: "all rights reserved". */
  rights: 1 << 0,
  /** `COPYRIGHT_WORD`: "copyright", "subject to copyright". */
  copyrightWord: 1 << 1,
  /** `REPRINT_POLICY`. */
  reprint: 1 << 2,
  /** `REPORTING`. */
  reporting: 1 << 3,
  /** `SECOND_PERSON`. */
  you: 1 << 4,
  /** `IMPERATIVE`: its verbs, or "please" before them. */
  imperative: 1 << 5,
  /** `PLEASE_WORD`. */
  please: 1 << 6,
  /** `SHARED_TIMES`. */
  shared: 1 << 7,
  /** `sharesToSocialMedia`: "social media". */
  social: 1 << 8,
  /** The lexicon's newsletter words. */
  newsletter: 1 << 9,
  /** `COOKIE`. */
  cookie: 1 << 10,
  /** `JAVASCRIPT`. */
  javascript: 1 << 11,
  /** `COMMENT_POLICY`. */
  comment: 1 << 12,
  /** `PHOTO_LABEL`. */
  photoLabel: 1 << 13,
  /** `COPYRIGHT_MARK`: the mark. */
  copyrightSign: 1 << 14,
  /** `COPYRIGHT_MARK` and `COPYRIGHT_WORD`: "(c)". */
  openParen: 1 << 15,
  /** `BREADCRUMB_SEPARATOR`: every separator has one of these characters. */
  breadcrumbMark: 1 << 16,
  /** Four digits in a row: every date `findDate` reads has a four-digit year. */
  digitRun: 1 << 17,
  /** `ARCHIVE_NOTICE`. */
  archive: 1 << 18,
  /** `EXTERNAL_CONTENT_DISCLAIMER`: "responsible", "responsibility". */
  disclaimer: 1 << 19,
  /** `MARKET_TICKER`: its up and down arrows. */
  ticker: 1 << 20,
} as const;

/** Whether the line has any of the cues in `bits`. */
export const has = (cues: number, bits: number): boolean => (cues & bits) !== 0;

/** Every gate open: the bits of a line whose cues were not read. */
export const ALL_CUES = -1;

const CUE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['rights', CUE.rights],
  ['copyright', CUE.copyrightWord],
  ['responsib', CUE.disclaimer],
  ...['hyperlink', 'republication', 'redistribution', 'retransmission', 'strictly', 'may', 'without'].map((word) => [word, CUE.reprint] as const),
  ...['said', 'says', 'told', 'according', 'announced', 'stated'].map((word) => [word, CUE.reporting] as const),
  ['you', CUE.you],
  ...['please', 'sign', 'subscribe', 'join', 'get', 'click', 'register', 'do', 'support', 'try', 'download', 'follow', 'enter', 'don', 'start'].map(
    (word) => [word, CUE.imperative] as const,
  ),
  ['please', CUE.please],
  ['shared', CUE.shared],
  ['social', CUE.social],
  ['cookie', CUE.cookie],
  ['javascript', CUE.javascript],
  ['comment', CUE.comment],
  ['community', CUE.comment],
  ...['archive', 'archives', 'old'].map((word) => [word, CUE.archive] as const),
  ...['photo', 'image', 'picture', 'credit', 'illustration'].map((word) => [word, CUE.photoLabel] as const),
];

const CUE_CHARS: ReadonlyArray<readonly [string, number]> = [
  ['©', CUE.copyrightSign],
  ['(', CUE.openParen],
  ...[...'»›>|/'].map((char) => [char, CUE.breadcrumbMark] as const),
  ...[...'▲▼△▽'].map((char) => [char, CUE.ticker] as const),
];

const LEADING_ASCII_LETTERS = /^[A-Za-z]+/;

/**
 * The chrome cue table with the lexicon's newsletter words: each phrase's leading ASCII letters are its cue word
 * (the regex puts `\b` before every phrase); a phrase that starts otherwise, or an empty list, leaves the newsletter
 * gate always open.
 */
export function chromeCues(newsletter: readonly string[]): CueTable {
  const words: Array<readonly [string, number]> = [...CUE_WORDS];
  // No phrases compile to an empty alternation, which matches at every word boundary.
  let alwaysBits = newsletter.length === 0 ? CUE.newsletter : 0;
  for (const phrase of newsletter) {
    const lead = LEADING_ASCII_LETTERS.exec(phrase)?.[0];
    if (lead === undefined) alwaysBits |= CUE.newsletter;
    else words.push([lead.toLowerCase(), CUE.newsletter]);
  }
  const spec: CueSpec = { words, chars: CUE_CHARS, digitRunBit: CUE.digitRun, alwaysBits };
  return buildCueTable(spec);
}

/** The characters a match of an anchored regex can start (or end) with; `open` when that cannot be told. */
export interface EdgeGate {
  ascii: Uint8Array;
  open: boolean;
}

const LOWER_A = 97;
const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

function addCode(gate: EdgeGate, code: number): void {
  if (Number.isNaN(code) || code >= 128 || isSpace(code)) {
    gate.open = true;
    return;
  }
  gate.ascii[code] = 1;
  if (isAsciiLetter(code)) gate.ascii[code ^ 0x20] = 1;
}

/** A gate from the letters of a hand-written case-insensitive regex's alternatives, both cases. */
export function edgeGate(chars: string): EdgeGate {
  const gate: EdgeGate = { ascii: new Uint8Array(128), open: false };
  for (let i = 0; i < chars.length; i++) addCode(gate, chars.charCodeAt(i));
  return gate;
}

/**
 * The last characters of lexicon phrases compiled into a case-insensitive regex without `u` that ends at the line
 * end: an ASCII letter matches only itself in either case, so a line ending with another character (nor one of
 * `extra`) cannot match. A phrase that ends with white space (compiled to `\s+`), a non-ASCII character or nothing
 * (and an empty list) leaves the gate open.
 */
export function phraseEndGate(phrases: readonly string[], extra = ''): EdgeGate {
  const gate = edgeGate(extra);
  // No phrases compile to an empty alternation, which matches anywhere.
  if (phrases.length === 0) gate.open = true;
  for (const phrase of phrases) addCode(gate, phrase.charCodeAt(phrase.length - 1));
  return gate;
}

export function mayMatchAt(gate: EdgeGate, code: number): boolean {
  return gate.open || (code < 128 && gate.ascii[code] === 1);
}

/**
 * The words a case-insensitive regex anchored at the line start (`^(?:phrase|…)`, compiled without `u`) can open
 * with: each phrase's leading ASCII letters, which match only themselves in either case. A line that opens with
 * none of them cannot match, and most lines are told so by a walk over their first letters, with no regex call.
 * A phrase that opens otherwise (another character, white space, nothing) and an empty list leave the gate open.
 */
export interface LeadGate {
  words: LetterTrie;
  open: boolean;
}

export function phraseLeadGate(phrases: readonly string[]): LeadGate {
  // No phrases compile to an empty alternation, which matches anywhere.
  let open = phrases.length === 0;
  const leads: Array<[string, number]> = [];
  for (const phrase of phrases) {
    const lead = LEADING_ASCII_LETTERS.exec(phrase)?.[0];
    if (lead === undefined) open = true;
    else leads.push([lead.toLowerCase(), 1]);
  }
  return { words: buildLetterTrie(leads), open };
}

/** Whether `text` opens with one of the gate's words (in either case), so that its regex may match. */
export function mayOpenWith(gate: LeadGate, text: string): boolean {
  if (gate.open) return true;
  const { next, values } = gate.words;
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    const slot = asciiLetterSlot(text.charCodeAt(i));
    node = slot < 0 ? -1 : next[node * ALPHABET + slot]! - 1;
    if (node < 0) return false;
    if (values[node] !== 0) return true;
  }
  return false;
}

/** The trie slot of an ASCII letter of either case, or -1. */
function asciiLetterSlot(code: number): number {
  const lower = code | 0x20;
  return isAsciiLetter(code) ? lower - LOWER_A : -1;
}
