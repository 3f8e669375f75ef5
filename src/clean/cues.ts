import { buildLetterTrie, isTrieWord } from './letter-trie.js';

/**
 * Cues: cheap necessary conditions for the chrome regexes, read from a line in one pass. A regex that needs a word
 * (`\bsaid\b`) or a character (`©`) the line lacks cannot match it, and a regex call costs far more than a bit test,
 * so most lines skip most regexes. `lineFeatures` reads them in its pass over the line.
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


export function buildCueTable(spec: CueSpec): CueTable {
  for (const [word] of spec.words) if (!isTrieWord(word)) throw new Error(`cue word must be lower-case ASCII letters: ${word}`);
  const { next, values: bits } = buildLetterTrie(spec.words);
  const charCodes = spec.chars.map(([char]) => char.charCodeAt(0));
  const charBits = new Int32Array(Math.max(0, ...charCodes) + 1);
  spec.chars.forEach(([, bit], k) => (charBits[charCodes[k]!]! |= bit));
  return { next, bits, charBits, digitRunBit: spec.digitRunBit, alwaysBits: spec.alwaysBits };
}
