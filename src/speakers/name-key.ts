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
  return word
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(NOT_LETTERS, '')
    .replace(TRANSLITERATED_ENDING, 'i')
    .replace(/y/g, 'i')
    .replace(DOUBLED, '$1');
}

/** The key of a whole name: each word's key, space-joined. */
export function fullNameKey(words: readonly string[]): string {
  return words.map(nameKey).filter((key) => key !== '').join(' ');
}

/** Whether two keys are at most `max` edits apart (insertions, deletions, substitutions); stops early past `max`. */
export function withinEditDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
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

/** Surnames this similar are one person's in one article: short names must match exactly, longer ones may differ by one edit. */
export function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 5 && withinEditDistance(a, b, 1);
}
