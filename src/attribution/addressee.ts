import type { Token } from '../text/analyse.js';
import { phraseStartingAt, type TokenRange } from '../text/noun-phrase.js';
import { POSSESSIVE_S } from '../lang/en/grammar.js';

/**
 * Who the words were said to, a candidate outlet: "in an interview with X", "in answer to X's question",
 * "told X". The first found in the unit wins.
 */
export function addresseeIn(tokens: readonly Token[], from = 0, to = tokens.length): TokenRange | null {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if ((token.normal === 'interview' || token.normal === 'interviews') && tokens[i + 1]?.normal === 'with') {
      return withoutPossessive(tokens, phraseStartingAt(tokens, i + 2, to));
    }
    if (token.normal === 'answer' && tokens[i + 1]?.normal === 'to') {
      return withoutPossessive(tokens, phraseStartingAt(tokens, i + 2, to));
    }
    if (token.normal === 'told') return phraseStartingAt(tokens, i + 1, to);
  }
  return null;
}

/** "Dziennik Polski's question" → "Dziennik Polski". */
function withoutPossessive(tokens: readonly Token[], range: TokenRange | null): TokenRange | null {
  if (range === null) return null;
  for (let k = range.first + 1; k <= range.last; k++) {
    if (POSSESSIVE_S.has(tokens[k]!.normal)) return { first: range.first, last: k - 1 };
  }
  return range;
}
