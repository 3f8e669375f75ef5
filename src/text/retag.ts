import { isCapitalised } from '../core/capitalised.js';
import type { Token } from '../core/tokens.js';

const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/**
 * wink tags some names as verbs or modals ("Cooper", "Cook", "Will"). Inside a sentence, a capitalised "verb" right
 * before a lower-case verb ("…,” Cooper said", "Angela Cooper told reporters") is the name of that verb's subject;
 * after a mark glued to it (“Stop talking”) the word opens a quoted sentence and keeps its tag.
 */
export function retagNamesReadAsVerbs(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (!VERB_TAGS.has(token.pos) || !isCapitalised(token.value)) continue;
    const next = tokens[i + 1]!;
    if (!VERB_TAGS.has(next.pos) || isCapitalised(next.value)) continue;
    const previous = tokens[i - 1]!;
    if (previous.pos === 'PUNCT' && previous.end === token.start) continue;
    token.pos = 'PROPN';
  }
}
