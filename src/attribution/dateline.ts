import { isCapitalised } from '../core/capitalised.js';
import type { Token } from '../text/analyse.js';
import { DASHES } from '../lang/en/grammar.js';

/** A dateline is short: a city, a region and an agency in brackets. */
const MAX_DATELINE_TOKENS = 12;
const HAS_LETTER = /\p{L}/u;
const DAY_OR_YEAR = /^(?:\d{1,2}|\d{4})$/;

/**
 * Where a sentence's text starts after a wire dateline at its head ("MIAMI (WSVN) -", "RALEIGH, N.C. (Reuters) —",
 * "(AP) -", "WASHINGTON, July 2 (Reuters) -"): the place, the day and the agency are no part of the words reported
 * after them. `first` when there is none.
 */
export function afterDateline(tokens: readonly Token[], first: number): number {
  let inBrackets = false;
  let afterComma = false;
  let words = 0;
  for (let k = first; k < tokens.length && k - first < MAX_DATELINE_TOKENS; k++) {
    const token = tokens[k]!;
    if (DASHES.has(token.value)) {
      const spaced = k > first && tokens[k - 1]!.end < token.start;
      return words > 0 && spaced ? k + 1 : first;
    }
    if (token.value === '(') inBrackets = true;
    else if (token.value === ')') inBrackets = false;
    else if (HAS_LETTER.test(token.value)) {
      // The city is in capitals, a region after it may not be ("AUSTIN, Texas"); brackets name the agency.
      const capitals = token.value === token.value.toUpperCase();
      if (!inBrackets && !capitals && !(afterComma && isCapitalised(token.value))) return first;
      words++;
    } else if (token.value === ',') afterComma = true;
    // The day and the year after the place ("WASHINGTON, July 2", "BERLIN, 4 May 2025").
    else if (!(afterComma && DAY_OR_YEAR.test(token.value)) && token.value !== '.') return first;
  }
  return first;
}
