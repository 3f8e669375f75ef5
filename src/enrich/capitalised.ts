const UPPER_START = /^\p{Lu}/u;
const UPPER_A = 65;
const UPPER_Z = 90;
const ASCII_END = 128;

/**
 * Whether a word opens with an upper-case letter. Asked of nearly every token by the speaker and country readers,
 * so ASCII, the usual case, is read from the char code and only other scripts go through the Unicode regex.
 */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < ASCII_END) return code >= UPPER_A && code <= UPPER_Z;
  return UPPER_START.test(word);
}
