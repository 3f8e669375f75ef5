/**
 * Cues: cheap necessary conditions for the chrome regexes, read from a line in one pass. A regex that needs a word
 * (`\bsaid\b`) or a character (`©`) the line lacks cannot match it, and a regex call costs far more than a bit test,
 * so most lines skip most regexes.
 *
 * A cue word is found at the start of an ASCII word, a maximal run of `[A-Za-z0-9_]` (what `\b` separates in a
 * regex without the `u` flag), compared case-insensitively as `i` does: the cue bits of every prefix of the word
 * are set. So a regex with `i` and without `u` whose every match starts at `\b` with letters that begin with a cue
 * word (or starts at `^` or after white space) can only match a line that has the cue.
 */
export interface CueTable {
  /** `next[node * 26 + letter]` is the child node plus one, or 0 when no cue word continues with that letter. */
  next: Int32Array;
  /** The cue bits of the cue words spelled by the letters leading to the node. */
  bits: Int32Array;
  /** `charBits[code]`: the bits set by a character outside the ASCII words. */
  charBits: Int32Array;
  /** Set when the line has four ASCII digits in a row (every full year a date regex reads). */
  digitRunBit: number;
  /** Set on every line: cues of regexes no cue word can stand for. */
  alwaysBits: number;
}

export interface CueSpec {
  /** Lower-case ASCII words and their bits; other entries are an error in the spec. */
  words: ReadonlyArray<readonly [word: string, bits: number]>;
  chars: ReadonlyArray<readonly [char: string, bits: number]>;
  digitRunBit: number;
  alwaysBits: number;
}

const ALPHABET = 26;
const LOWER_A = 97;
const UPPER_A = 65;
const DIGIT_RUN = 4;
/** `WORD_SLOT[code]` for ASCII: the letter's trie slot, `NOT_LETTER` for a digit or `_`, `NOT_WORD` otherwise. */
const NOT_LETTER = ALPHABET;
const DIGIT = ALPHABET + 1;
const NOT_WORD = -1;
const WORD_SLOT = Int8Array.from({ length: 128 }, (_, code) => {
  if (code >= LOWER_A && code < LOWER_A + ALPHABET) return code - LOWER_A;
  if (code >= UPPER_A && code < UPPER_A + ALPHABET) return code - UPPER_A;
  if (code >= 48 && code <= 57) return DIGIT;
  return code === 95 ? NOT_LETTER : NOT_WORD;
});
const ASCII_WORD = /^[a-z]+$/;

export function buildCueTable(spec: CueSpec): CueTable {
  const next: number[] = new Array<number>(ALPHABET).fill(0);
  const bits: number[] = [0];
  for (const [word, wordBits] of spec.words) {
    if (!ASCII_WORD.test(word)) throw new Error(`cue word must be lower-case ASCII letters: ${word}`);
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = node * ALPHABET + word.charCodeAt(i) - LOWER_A;
      if (next[slot] === 0) {
        next[slot] = bits.length + 1;
        bits.push(0);
        for (let k = 0; k < ALPHABET; k++) next.push(0);
      }
      node = next[slot]! - 1;
    }
    bits[node]! |= wordBits;
  }
  const charCodes = spec.chars.map(([char]) => char.charCodeAt(0));
  const charBits = new Int32Array(Math.max(0, ...charCodes) + 1);
  spec.chars.forEach(([, bit], k) => (charBits[charCodes[k]!]! |= bit));
  return { next: Int32Array.from(next), bits: Int32Array.from(bits), charBits, digitRunBit: spec.digitRunBit, alwaysBits: spec.alwaysBits };
}

/** The cue bits of a line: every cue word starting one of its ASCII words, its cue characters, a run of digits. */
export function lineCues(text: string, table: CueTable): number {
  const { next, bits, charBits } = table;
  let mask = table.alwaysBits;
  let inWord = false;
  /** The trie node of the current ASCII word's letters so far, or -1 once no cue word can continue. */
  let node = -1;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const slot = code < 128 ? WORD_SLOT[code]! : NOT_WORD;
    if (slot === NOT_WORD) {
      inWord = false;
      digits = 0;
      if (code < charBits.length) mask |= charBits[code]!;
      continue;
    }
    if (slot === DIGIT) {
      if (++digits === DIGIT_RUN) mask |= table.digitRunBit;
    } else digits = 0;
    if (!inWord) {
      inWord = true;
      node = 0;
    }
    if (node < 0) continue;
    node = slot >= ALPHABET ? -1 : next[node * ALPHABET + slot]! - 1;
    if (node >= 0) mask |= bits[node]!;
  }
  return mask;
}
