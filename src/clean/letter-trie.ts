/**
 * Lower-case ASCII words as a trie in flat arrays, so a line's words are looked up letter by letter without
 * allocating strings or chasing objects. Used for the function words and for the cue words of the chrome regexes.
 */
export interface LetterTrie {
  /** `next[node * 26 + letter]` is the child node plus one, or 0 when no word continues with that letter. */
  next: Int32Array;
  /** The values of the words spelled by the letters leading to the node, OR-ed together; 0 when none ends there. */
  values: Int32Array;
}

export const ALPHABET = 26;
const LOWER_A = 97;
const ASCII_WORD = /^[a-z]+$/;

/** Whether a word can enter a letter trie: lower-case ASCII letters only. */
export function isTrieWord(word: string): boolean {
  return ASCII_WORD.test(word);
}

/** Builds the trie of the entries whose word is lower-case ASCII letters; other entries are left out. */
export function buildLetterTrie(entries: Iterable<readonly [word: string, value: number]>): LetterTrie {
  const next: number[] = new Array<number>(ALPHABET).fill(0);
  const values: number[] = [0];
  for (const [word, value] of entries) {
    if (!isTrieWord(word)) continue;
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = node * ALPHABET + word.charCodeAt(i) - LOWER_A;
      if (next[slot] === 0) {
        next[slot] = values.length + 1;
        values.push(0);
        for (let k = 0; k < ALPHABET; k++) next.push(0);
      }
      node = next[slot]! - 1;
    }
    values[node]! |= value;
  }
  return { next: Int32Array.from(next), values: Int32Array.from(values) };
}
