const UPPER_START = /^\p{Lu}/u;
const UPPER_A = 65;
const UPPER_Z = 90;
const ASCII_END = 128;
/** General Punctuation (curly quotes, dashes, ellipsis): no letters, and the commonest non-ASCII tokens in news. */
const PUNCTUATION_BLOCK_START = 0x2000;
const PUNCTUATION_BLOCK_END = 0x206f;

/**
 * Whether a word opens with an upper-case letter. Asked of nearly every token by the speaker and country readers,
 * so ASCII, the usual case, and punctuation marks are read from the char code; only other scripts go through the
 * Unicode regex.
 */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < ASCII_END) return code >= UPPER_A && code <= UPPER_Z;
  if (code >= PUNCTUATION_BLOCK_START && code <= PUNCTUATION_BLOCK_END) return false;
  return UPPER_START.test(word);
}

/** "january" → "January": a word as it opens a name in running text. */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
