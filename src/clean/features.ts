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
}

const ENDS_SENTENCE = /[.!?…](?:["”’'»)\]]{0,3})$/;
const INNER_SENTENCE = /[a-z\d)"”’][.!?]["”’]? +["“‘]?\p{Lu}/u;
const QUOTE_MARK = /["“”«»„]|(?:^|[\s(])‘|’(?=[\s,.;:!?)]|$)/;
const BULLET = /^(?:[-–—•*·▪►»]\s|\d{1,2}[.)]\s(?=\D))/;
const STARTS_UPPER = /^[\p{Lu}\d"“‘'«„(\[]/u;
/** Lines longer than this are prose or garbage; their statistics are read from a prefix to stay cheap. */
const SAMPLE = 4000;
const APOSTROPHE = 0x2019;

/**
 * Function words as a trie over the letters a–z, so a line's words are checked without allocating strings.
 * Entries with other characters cannot match and are left out.
 */
export interface StopWordTrie {
  next: Array<StopWordTrie | undefined>;
  word: boolean;
}

const ALPHABET = 26;
const LOWER_A = 97;
const ASCII_WORD = /^[a-z]+$/;

export function buildStopWordTrie(words: Iterable<string>): StopWordTrie {
  const root: StopWordTrie = { next: new Array(ALPHABET), word: false };
  for (const entry of words) {
    const word = entry.toLowerCase();
    if (!ASCII_WORD.test(word)) continue;
    let node = root;
    for (let i = 0; i < word.length; i++) {
      const slot = word.charCodeAt(i) - LOWER_A;
      node = node.next[slot] ??= { next: new Array(ALPHABET), word: false };
    }
    node.word = true;
  }
  return root;
}

const SPACE = 1;
const LETTER = 2;
const UPPER = 4;
const DIGIT = 8;
const TABLE_SIZE = 0x250;

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

const LATIN_CLASSES = Uint8Array.from({ length: TABLE_SIZE }, (_, code) => classOf(code));

/** Features of `raw.slice(start, end)`, read from the raw string itself (one pass, no per-word strings). */
export function lineFeatures(raw: string, start: number, end: number, stopWords: StopWordTrie): LineFeatures {
  const chars = end - start;
  const stop = Math.min(end, start + SAMPLE);
  let letters = 0;
  let tokens = 0;
  let alphaWords = 0;
  let stops = 0;
  let capitalised = 0;
  let inToken = false;
  let inWord = false;
  let trie: StopWordTrie | undefined;
  for (let i = start; i < stop; i++) {
    const code = raw.charCodeAt(i);
    const kind = code < TABLE_SIZE ? LATIN_CLASSES[code]! : classOf(code);
    if (kind === SPACE) inToken = false;
    else if (!inToken) {
      inToken = true;
      tokens++;
    }
    if (kind & LETTER) {
      letters++;
      const isUpper = (kind & UPPER) !== 0;
      if (!inWord) {
        inWord = true;
        alphaWords++;
        if (isUpper) capitalised++;
        trie = stopWords;
      }
      if (trie) trie = code >= LOWER_A && code < LOWER_A + ALPHABET ? trie.next[code - LOWER_A] : code >= 65 && code <= 90 ? trie.next[code - 65] : undefined;
    } else if (inWord && code !== 39 && code !== APOSTROPHE) {
      if (trie?.word) stops++;
      inWord = false;
    }
  }
  if (inWord && trie?.word) stops++;
  const sampled = stop - start;
  const text = raw.slice(start, stop);
  const tail = raw.slice(Math.max(start, end - 8), end);
  return {
    chars,
    words: Math.round(tokens * (chars / Math.max(1, sampled))),
    stopRatio: alphaWords === 0 ? 0 : stops / alphaWords,
    capitalisedRatio: alphaWords === 0 ? 0 : capitalised / alphaWords,
    endsSentence: ENDS_SENTENCE.test(tail),
    innerSentence: INNER_SENTENCE.test(text),
    hasQuote: QUOTE_MARK.test(text),
    bullet: BULLET.test(text),
    startsUpper: STARTS_UPPER.test(text),
    letterRatio: sampled === 0 ? 0 : letters / sampled,
  };
}
