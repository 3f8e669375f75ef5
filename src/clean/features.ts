import { isCapitalised } from '../core/capitalised.js';
import type { CueTable } from './cues.js';
import { ALL_CUES } from './gates.js';
import { isWhiteSpace } from '../core/white-space.js';
import { ALPHABET, buildLetterTrie, type LetterTrie } from './letter-trie.js';

/** Shape features of one trimmed line (the jusText inputs plus news-specific marks). */
export interface LineFeatures {
  chars: number;
  /** White-space separated tokens. */
  words: number;
  /** Share of alphabetic words that are function words. */
  stopRatio: number;
  /** Share of alphabetic words that start with a capital: high in headlines and menus, low in prose. */
  capitalisedRatio: number;
  /** The line ends like a sentence: . ! ? … optionally followed by closing quotes or brackets. */
  endsSentence: boolean;
  /** A sentence ends somewhere inside the line (". " before more text). */
  innerSentence: boolean;
  hasQuote: boolean;
  /** Starts with a list bullet ("- ", "• ", "— ", "* "). */
  bullet: boolean;
  /** Starts like a title or sentence: an upper-case letter, a digit or an opening quote. */
  startsUpper: boolean;
  /** Share of characters that are letters of any script. */
  letterRatio: number;
  /** The cue bits of the chrome regexes (see cues.ts), or every bit for a line longer than the sample. */
  cues: number;
}

/** What `lineFeatures` looks words up in. */
export interface FeatureTables {
  stopWords: StopWordTrie;
  cues: CueTable;
}

/** Lines longer than this are prose or garbage; their statistics are read from a prefix to stay cheap. */
const SAMPLE = 4000;
const APOSTROPHE = 0x2019;
const LEFT_SINGLE_QUOTE = 0x2018;
const SPACE_CODE = 32;
/** `[\p{Lu}\d"“‘'«„(\[]`: a title or sentence start. Sticky, so it is tried at the line start in the raw string. */
const STARTS_UPPER = /[\p{Lu}\d"“‘'«„(\[]/uy;

const LOWER_A = 97;
const UPPER_A = 65;

/** Function words as a letter trie (value 1); entries with other characters than a–z cannot match and are left out. */
export type StopWordTrie = LetterTrie;

export function buildStopWordTrie(words: Iterable<string>): StopWordTrie {
  const entries: Array<[string, number]> = [];
  for (const entry of words) entries.push([entry.toLowerCase(), 1]);
  return buildLetterTrie(entries);
}

const SPACE = 1;
const LETTER = 2;
const UPPER = 4;
const DIGIT = 8;
/** `[A-Za-z0-9_]`: what a regex without the `u` flag counts as a word character. */
const ASCII_WORD_CHAR = 16;
const UNDERSCORE = 95;
const TABLE_SIZE = 0x250;
const DIGIT_RUN = 4;

/** Character classes as bit flags, by code point ranges, so the per-character pass needs no regex. */
function classOf(code: number): number {
  if (code === 32 || code === 9 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000) return SPACE;
  if (code >= 48 && code <= 57) return DIGIT;
  if (code >= 65 && code <= 90) return LETTER | UPPER;
  if (code >= 97 && code <= 122) return LETTER;
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return 0;
  if (code <= 0xde) return LETTER | UPPER;
  if (code < TABLE_SIZE) return code >= 0x100 && code % 2 === 0 ? LETTER | UPPER : LETTER;
  if ((code >= 0x2000 && code <= 0x2bff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xd800 && code <= 0xdfff)) return 0;
  if ((code >= 0xfe00 && code <= 0xfe6f) || (code >= 0xff00 && code <= 0xff20)) return 0;
  if ((code >= 0x391 && code <= 0x3ab) || (code >= 0x400 && code <= 0x42f)) return LETTER | UPPER;
  return LETTER;
}

const LATIN_CLASSES = Uint8Array.from({ length: TABLE_SIZE }, (_, code) => {
  const kind = classOf(code);
  return kind & (LETTER | DIGIT) && code < 128 ? kind | ASCII_WORD_CHAR : code === UNDERSCORE ? ASCII_WORD_CHAR : kind;
});

/** The trie slot of an ASCII letter of either case, or -1 for other ASCII: other letters end the walk. */
const ASCII_SLOT = Int8Array.from({ length: 128 }, (_, code) => {
  if (code >= LOWER_A && code < LOWER_A + ALPHABET) return code - LOWER_A;
  if (code >= UPPER_A && code < UPPER_A + ALPHABET) return code - UPPER_A;
  return -1;
});
const letterSlot = (code: number): number => (code < 128 ? ASCII_SLOT[code]! : -1);

/**
 * Features of `raw.slice(start, end)`, read from the raw string itself in one pass with no per-word strings. The
 * marks a regex would find (quotes, sentence ends) are checked at the characters that can start them. Two word
 * walks run side by side: function words over runs of letters (apostrophes inside), cue words over ASCII words.
 */
export function lineFeatures(raw: string, start: number, end: number, tables: FeatureTables): LineFeatures {
  const chars = end - start;
  const stop = Math.min(end, start + SAMPLE);
  const { next, values: word } = tables.stopWords;
  const { next: cueNext, bits: cueBits, charBits, digitRunBit } = tables.cues;
  let cues = tables.cues.alwaysBits;
  let inCueWord = false;
  /** The cue trie node of the current ASCII word, or -1 once no cue word can continue. */
  let cueNode = -1;
  let digits = 0;
  let letters = 0;
  let tokens = 0;
  let alphaWords = 0;
  let stops = 0;
  let capitalised = 0;
  let inToken = false;
  let inWord = false;
  let hasQuote = false;
  let innerSentence = false;
  /** The trie node of the current word's letters so far, or -1 once no function word can match. */
  let node = -1;
  for (let i = start; i < stop; i++) {
    const code = raw.charCodeAt(i);
    // Most characters are lower-case letters inside an ASCII word: both word walks go on, and nothing else changes.
    if (inWord && inCueWord && code >= LOWER_A && code < LOWER_A + ALPHABET) {
      letters++;
      digits = 0;
      if (cueNode >= 0) {
        cueNode = cueNext[cueNode * ALPHABET + code - LOWER_A]! - 1;
        if (cueNode >= 0) cues |= cueBits[cueNode]!;
      }
      if (node >= 0) node = next[node * ALPHABET + code - LOWER_A]! - 1;
      continue;
    }
    const kind = code < TABLE_SIZE ? LATIN_CLASSES[code]! : classOf(code);
    if (kind === SPACE) inToken = false;
    else if (!inToken) {
      inToken = true;
      tokens++;
    }
    if (kind & ASCII_WORD_CHAR) {
      if (kind & DIGIT) {
        if (++digits === DIGIT_RUN) cues |= digitRunBit;
      } else digits = 0;
      if (!inCueWord) {
        inCueWord = true;
        cueNode = 0;
      }
      if (cueNode >= 0) {
        const slot = ASCII_SLOT[code]!;
        cueNode = slot < 0 ? -1 : cueNext[cueNode * ALPHABET + slot]! - 1;
        if (cueNode >= 0) cues |= cueBits[cueNode]!;
      }
    } else {
      inCueWord = false;
      digits = 0;
      if (code < charBits.length) cues |= charBits[code]!;
    }
    if (kind & LETTER) {
      letters++;
      if (!inWord) {
        inWord = true;
        alphaWords++;
        if (kind & UPPER) capitalised++;
        node = 0;
      }
      if (node >= 0) {
        const slot = letterSlot(code);
        node = slot < 0 ? -1 : next[node * ALPHABET + slot]! - 1;
      }
      continue;
    }
    if (inWord && code !== 39 && code !== APOSTROPHE) {
      if (node >= 0 && word[node] === 1) stops++;
      inWord = false;
    }
    if (kind !== 0) continue;
    if (!hasQuote && isQuoteMarkAt(raw, i, start, stop, code)) hasQuote = true;
    if (!innerSentence && (code === 46 || code === 33 || code === 63) && sentenceBreakAt(raw, i, start, stop)) innerSentence = true;
  }
  if (inWord && node >= 0 && word[node] === 1) stops++;
  const sampled = stop - start;
  return {
    chars,
    words: Math.round(tokens * (chars / Math.max(1, sampled))),
    stopRatio: alphaWords === 0 ? 0 : stops / alphaWords,
    capitalisedRatio: alphaWords === 0 ? 0 : capitalised / alphaWords,
    endsSentence: endsLikeSentence(raw, start, end),
    innerSentence,
    hasQuote,
    bullet: startsWithBullet(raw, start, stop),
    startsUpper: start < stop && startsUpper(raw, start),
    letterRatio: sampled === 0 ? 0 : letters / sampled,
    cues: stop < end ? ALL_CUES : cues,
  };
}

/** `STARTS_UPPER` at the line start; ASCII, which most lines start with, is answered without the regex. */
function startsUpper(raw: string, at: number): boolean {
  const code = raw.charCodeAt(at);
  if (code < 128) return (code >= UPPER_A && code < UPPER_A + ALPHABET) || isDigit(code) || code === 34 || code === 39 || code === 40 || code === 91;
  STARTS_UPPER.lastIndex = at;
  return STARTS_UPPER.test(raw);
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** `.` `!` `?` `…` */
const isTerminator = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 0x2026;
/** `"` `”` `’` `'` `»` `)` `]` */
const isCloser = (code: number): boolean =>
  code === 34 || code === 0x201d || code === APOSTROPHE || code === 39 || code === 0xbb || code === 41 || code === 93;

/** `/[.!?…](?:["”’'»)\]]{0,3})$/`: a terminator followed by at most three closing quotes or brackets. */
function endsLikeSentence(raw: string, start: number, end: number): boolean {
  let k = end - 1;
  let closers = 0;
  while (k >= start && closers <= 3 && isCloser(raw.charCodeAt(k))) {
    k--;
    closers++;
  }
  return closers <= 3 && k >= start && isTerminator(raw.charCodeAt(k));
}

/**
 * `/["“”«»„]|(?:^|[\s(])‘|’(?=[\s,.;:!?)]|$)/` at position i of the sampled line: a double quote of any style, an
 * opening single quote at a word start, or a closing single quote before a space or punctuation (not an apostrophe).
 */
function isQuoteMarkAt(raw: string, i: number, start: number, stop: number, code: number): boolean {
  if (code === 34 || code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb || code === 0x201e) return true;
  if (code === LEFT_SINGLE_QUOTE) {
    if (i === start) return true;
    const before = raw.charCodeAt(i - 1);
    return before === 40 || isWhiteSpace(before);
  }
  if (code !== APOSTROPHE) return false;
  if (i + 1 === stop) return true;
  const after = raw.charCodeAt(i + 1);
  return isWhiteSpace(after) || after === 44 || after === 46 || after === 59 || after === 58 || after === 33 || after === 63 || after === 41;
}

/**
 * `/[a-z\d)"”’][.!?]["”’]? +["“‘]?\p{Lu}/u` with the terminator at position p of the sampled line: a sentence
 * ends and an upper-case one starts after it.
 */
function sentenceBreakAt(raw: string, p: number, start: number, stop: number): boolean {
  if (p === start) return false;
  const before = raw.charCodeAt(p - 1);
  const endsWord = (before >= LOWER_A && before < LOWER_A + ALPHABET) || isDigit(before) || before === 41 || before === 34 || before === 0x201d || before === APOSTROPHE;
  // "6:00 a.m. ET", "e.g. Oslo": the last dot of a dotted abbreviation ends no sentence.
  if (!endsWord || (p - 2 >= start && raw.charCodeAt(p - 2) === 46)) return false;
  let q = p + 1;
  if (q < stop) {
    const code = raw.charCodeAt(q);
    if (code === 34 || code === 0x201d || code === APOSTROPHE) q++;
  }
  if (q >= stop || raw.charCodeAt(q) !== SPACE_CODE) return false;
  while (q < stop && raw.charCodeAt(q) === SPACE_CODE) q++;
  if (q < stop) {
    const code = raw.charCodeAt(q);
    if (code === 34 || code === 0x201c || code === LEFT_SINGLE_QUOTE) q++;
  }
  if (q >= stop) return false;
  const code = raw.charCodeAt(q);
  if (code < 128) return code >= UPPER_A && code < UPPER_A + ALPHABET;
  return isCapitalised(raw.slice(q, Math.min(q + 2, stop)));
}

/** `/^(?:[-–—•*·▪►»]\s|\d{1,2}[.)]\s(?=\D))/` on the sampled line: a list bullet or an item number. */
function startsWithBullet(raw: string, start: number, stop: number): boolean {
  if (start >= stop) return false;
  const first = raw.charCodeAt(start);
  if (BULLET_MARKS.has(first)) return start + 1 < stop && isWhiteSpace(raw.charCodeAt(start + 1));
  if (!isDigit(first)) return false;
  let j = start + 1;
  if (j < stop && isDigit(raw.charCodeAt(j))) j++;
  if (j + 2 >= stop) return false;
  const mark = raw.charCodeAt(j);
  return (mark === 46 || mark === 41) && isWhiteSpace(raw.charCodeAt(j + 1)) && !isDigit(raw.charCodeAt(j + 2));
}

const BULLET_MARKS: ReadonlySet<number> = new Set([...'-–—•*·▪►»'].map((char) => char.charCodeAt(0)));
