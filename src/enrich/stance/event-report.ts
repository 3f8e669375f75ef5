import { firstPersonPronouns, irregularPasts, outlookModals, pastAuxiliaries, presentBe, presentFormsInEd } from '../../lang/en/stance/neutral.js';
import type { StanceWord } from './words.js';

const PAST_AUXILIARIES: ReadonlySet<string> = new Set(pastAuxiliaries);
const IRREGULAR_PASTS: ReadonlySet<string> = new Set(irregularPasts);
const PRESENT_IN_ED: ReadonlySet<string> = new Set(presentFormsInEd);
const PRESENT_BE: ReadonlySet<string> = new Set(presentBe);
const MODALS: ReadonlySet<string> = new Set(outlookModals);
const FIRST_PERSON: ReadonlySet<string> = new Set(firstPersonPronouns);
/** "are now falling", "is not growing": what may stand between "be" and its -ing verb. */
const PROGRESSIVE_GAP_TAGS: ReadonlySet<string> = new Set(['ADV', 'PART']);
const PROGRESSIVE_REACH = 2;

/**
 * Whether the claim's words tell what happened or is happening in the third person ("rates are falling", "the
 * companies had been chosen", "the two sides reached a deal", "it was a big cut"): its first verb is in the past or
 * the perfect, or is an -ing verb after a present "be", and no modal or first person speaks of what should be or of
 * the speaker. A report like that describes; it states no position. Reads the quote when there is one, else every
 * word.
 */
export function reportsEvent(words: readonly StanceWord[]): boolean {
  const quoted = words.some((word) => word.inQuote);
  let verb = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (quoted && !word.inQuote) continue;
    if ((word.pos === 'AUX' && MODALS.has(word.normal)) || (word.pos === 'PRON' && FIRST_PERSON.has(word.normal))) return false;
    if (verb === -1 && (word.pos === 'AUX' || word.pos === 'VERB')) verb = i;
  }
  if (verb === -1) return false;
  const first = words[verb]!;
  if (PAST_AUXILIARIES.has(first.normal)) return true;
  if (first.pos === 'VERB') return isPastVerb(first.normal);
  if (!PRESENT_BE.has(first.normal)) return false;
  for (let i = verb + 1; i < words.length && i <= verb + 1 + PROGRESSIVE_REACH; i++) {
    const word = words[i]!;
    if (word.pos === 'VERB') return word.normal.endsWith('ing');
    if (!PROGRESSIVE_GAP_TAGS.has(word.pos)) return false;
  }
  return false;
}

/** "agreed", "took": a verb form of the past (or its participle), by its regular ending or as a listed irregular past. */
export function isPastVerb(normal: string): boolean {
  return (normal.endsWith('ed') && !PRESENT_IN_ED.has(normal)) || IRREGULAR_PASTS.has(normal);
}

/** "was", "had", "did", "have": an auxiliary of the past or the perfect. */
export function isPastAuxiliary(normal: string): boolean {
  return PAST_AUXILIARIES.has(normal);
}
