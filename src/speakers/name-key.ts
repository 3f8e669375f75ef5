import { TRANSLITERATED_PAIRS } from '../lang/en/grammar.js';
const MARKS = /\p{M}/gu;
const NOT_LETTERS = /[^\p{L}]/gu;
const DOUBLED = /(\p{L})\1+/gu;
/** Transliteration endings that vary between outlets: -iy, -yy, -ij, -ii all end up as -i. */
const TRANSLITERATED_ENDING = /(?:iy|ij|ii|yi|y)$/u;

/**
 * A key under which spellings of one name meet: lower case, no diacritics, y read as i, doubled letters
 * collapsed ("Kovalenkyy", "Kovalenky", "Kovalenkiy" → "kovalenki"; "Dmytro", "Dmitro" → "dmitro").
 */
export function nameKey(word: string): string {
  const ascii = asciiNameKey(word);
  if (ascii !== null) return ascii;
  return word
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(NOT_LETTERS, '')
    .replace(TRANSLITERATED_ENDING, 'i')
    .replace(/y/g, 'i')
    .replace(DOUBLED, '$1');
}

const LOWER_A = 97;
const LOWER_Z = 122;
const NOT_ASCII = /[^\0-\x7f]/;
/** Letters a–z but y, none twice in a row: such a word is its own key. One regex pass, as most names are like this. */
const PLAIN_KEY = /^(?:([a-xz])(?!\1))*$/;

/**
 * `nameKey` for a plain ASCII word (most names in English news): the same key without normalisation and five
 * regex passes. A lower-cased word of letters with no "y", no doubled letter and no "-ij" is its own key. Null
 * for any other script.
 */
function asciiNameKey(word: string): string | null {
  if (NOT_ASCII.test(word)) return null;
  const lower = word.toLowerCase();
  if (PLAIN_KEY.test(lower) && !lower.endsWith('ij')) return lower;
  let letters = '';
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code >= LOWER_A && code <= LOWER_Z) letters += lower[i];
  }
  if (TRANSLITERATED_PAIRS.has(letters.slice(-2))) letters = `${letters.slice(0, -2)}i`;
  else if (letters.endsWith('y')) letters = `${letters.slice(0, -1)}i`;
  let key = '';
  for (let i = 0; i < letters.length; i++) {
    const letter = letters[i] === 'y' ? 'i' : letters[i]!;
    if (letter !== key[key.length - 1]) key += letter;
  }
  return key;
}

/** The key of a whole name: each word's key, space-joined. */
export function fullNameKey(words: readonly string[]): string {
  return words.map(nameKey).filter((key) => key !== '').join(' ');
}

/** Whether two keys are at most `max` edits apart (insertions, deletions, substitutions); stops early past `max`. */
export function withinEditDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (max <= 1) return max === 1 ? withinOneEdit(a, b) : a === b;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}

/**
 * One edit at most, the question every misspelt surname asks: after the common prefix, the rests must be equal
 * once one character is skipped on the longer side (or on both, for a substitution). Lengths differ by one at most.
 */
function withinOneEdit(longer: string, shorter: string): boolean {
  if (longer.length < shorter.length) return withinOneEdit(shorter, longer);
  let i = 0;
  while (i < shorter.length && longer.charCodeAt(i) === shorter.charCodeAt(i)) i++;
  const skipShorter = longer.length === shorter.length ? 1 : 0;
  for (let j = i + 1; j < longer.length; j++) {
    if (longer.charCodeAt(j) !== shorter.charCodeAt(j - 1 + skipShorter)) return false;
  }
  return true;
}

/** Surnames this similar are one person's in one article: short names must match exactly, longer ones may differ by one edit. */
export function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 5 && withinEditDistance(a, b, 1);
}
