import { isCapitalised } from '../core/capitalised.js';
import type { Token } from '../core/tokens.js';

const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
const FINITE_ENDING = /[^s](?:ed|s)$/;
const IRREGULAR_FINITE: ReadonlySet<string> = new Set(['said', 'told', 'wrote', 'thought', 'knew', 'felt', 'spoke', 'has', 'had', 'was', 'is']);

/**
 * wink tags some names as verbs or modals ("Cooper", "Cook", "Will"). Inside a sentence, a capitalised "verb" right
 * before a lower-case verb ("…,” Cooper said", "Angela Cooper told reporters") is the name of that verb's subject;
 * after a mark glued to it (“Stop talking”) the word opens a quoted sentence and keeps its tag. Opening a sentence
 * ("Lynch said …"), it is a name only before a finite verb.
 */
export function retagNamesReadAsVerbs(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (!VERB_TAGS.has(token.pos) || !isCapitalised(token.value)) continue;
    const next = tokens[i + 1]!;
    if (!VERB_TAGS.has(next.pos) || isCapitalised(next.value)) continue;
    // Opening the sentence, the word is an imperative ("Stop talking", "Let go") unless a finite verb follows it.
    if (i === 0 && (token.pos !== 'VERB' || !(FINITE_ENDING.test(next.normal) || IRREGULAR_FINITE.has(next.normal)))) continue;
    const previous = tokens[i - 1];
    if (previous !== undefined && previous.pos === 'PUNCT' && previous.end === token.start) continue;
    token.pos = 'PROPN';
  }
}
