import { linkingVerbs, namingVerbs, speakerSubjects } from '../../lang/en/stance/valence.js';
import { hasRole, isBreak, WordRole, type StanceWord } from './words.js';
import { AS_FIXED_NEXT, REPORTED_SPEAKERS } from '../../lang/en/grammar.js';

const LINKING: ReadonlySet<string> = new Set(linkingVerbs);
const NAMING: ReadonlySet<string> = new Set(namingVerbs);
/** "called the plan a disaster": how far before the topic the naming verb may stand. */
const NAMING_REACH = 3;
const SPEAKERS: ReadonlySet<string> = new Set(speakerSubjects);
/** "a dangerous, costly gamble": how far before its noun an attributive word may stand. */
const ATTRIBUTIVE_REACH = 3;
/** "troops on the ground rather than in NATO countries would have …": how long a subject may run. */
const SUBJECT_REACH = 12;
/** "would be a very dangerous gamble": how far after the linking verb its predicate may run. */
const PREDICATE_REACH = 5;
/** "the pact will undermine …": how far after the topic its verb may stand. */
const AGENT_REACH = 3;
/** "it is important that …", "it would be a mistake to …": how far the complement may follow "it is". */
const EXTRAPOSED_REACH = 6;
/** "will hurt small farms": how far the topic's own verb reaches into its object. */
const OBJECT_REACH = 4;
/** "we strongly regret any decision likely to encourage …": how far before the topic the speaker's verb may stand. */
const SPEAKER_VERB_REACH = 10;
/** "the decision will be remembered by all as …", "sees the mission as …": how far after the topic "as" may stand. */
const AS_REACH = 8;

/**
 * The words that judge the topic: attributive words of its noun phrase ("a sham mission"), the predicate after a
 * linking verb whose subject it is ("the idea is deeply problematic"), the speaker's verb on it ("we regret the
 * decision") and its own verb ("the pact will undermine sovereignty"). `anchors` are the word positions of
 * topic terms and references back to them; `standIns` lets "it"/"this" stand for the topic. Each subject looks a
 * bounded number of words around it, so the cost is linear in the words.
 */
export function evaluationScope(words: readonly StanceWord[], anchors: readonly number[], standIns: boolean): boolean[] {
  const scope = new Array<boolean>(words.length).fill(false);
  const subjects = [...anchors];
  const opening = words.findIndex((word) => word.inQuote);
  // "it regrets", "she deeply regrets"; not "it had destroyed", where the pronoun acts rather than judges.
  const isSpeaker = (k: number, verb: number): boolean =>
    SPEAKERS.has(words[k]?.normal ?? '') ||
    (k >= 0 && k === opening && REPORTED_SPEAKERS.has(words[k]!.normal) && (verb === k + 1 || words[k + 1]!.pos === 'ADV'));
  for (let i = 0; i < words.length; i++) {
    // "we know that they are ready": "that" opening a clause stands for nothing, its clause has its own subject.
    if (!hasRole(words[i]!, WordRole.STAND_IN) || words[i]!.pos === 'SCONJ') continue;
    if (standIns || isExtraposed(words, i)) subjects.push(i);
  }
  for (const at of subjects) {
    const clause = words[at]!.clause;
    const same = (i: number): boolean => i >= 0 && i < words.length && words[i]!.clause === clause && !isBreak(words[i]!);
    // Modifiers only, up to the nearest verb: in "had destroyed Ukrainian forces" the verb acts on the noun, and in
    // "rebels attacked the frigates" the subject of that verb describes nothing of its object.
    for (let i = at - 1; i >= at - ATTRIBUTIVE_REACH && same(i) && words[i]!.pos !== 'VERB'; i--) scope[i] = true;
    for (let i = at - 1; i >= at - SPEAKER_VERB_REACH && same(i); i--) {
      if (words[i]!.pos === 'VERB' && (isSpeaker(i - 1, i) || isSpeaker(i - 2, i))) scope[i] = true;
    }
    const verb = verbAfter(words, at, same);
    // The topic's own verb and its object: "will hurt small farms", "will end the killing" (not "sail through …").
    if (verb !== -1) for (let i = verb; i <= verb + OBJECT_REACH && same(i) && words[i]!.pos !== 'ADP'; i++) scope[i] = true;
    const link = linkingVerbAfter(words, at, same);
    if (link !== -1) for (let i = link + 1; i <= link + PREDICATE_REACH && same(i); i++) scope[i] = true;
    // "called the mission a sad day", "branded the plan reckless": the words after the named thing describe it.
    if (namedBefore(words, at, same)) for (let i = at + 1; i <= at + PREDICATE_REACH && same(i); i++) scope[i] = true;
    // "will be remembered by all as a failure", "viewed the move as reckless": what follows "as" describes it.
    const as = asAfter(words, at, same);
    if (as !== -1) for (let i = as + 1; i <= as + PREDICATE_REACH && same(i); i++) scope[i] = true;
  }
  return scope;
}

/** "it is important that the truce holds": "it" stands for the clause that follows, which the predicate judges. */
function isExtraposed(words: readonly StanceWord[], at: number): boolean {
  if (words[at]!.normal !== 'it' || !LINKING.has(words[at + 1]?.normal ?? '')) return false;
  for (let i = at + 2; i < words.length && i <= at + EXTRAPOSED_REACH && !isBreak(words[i]!); i++) {
    if (words[i]!.normal === 'that' || words[i]!.normal === 'to') return true;
  }
  return false;
}

/** Whether a naming verb ("call", "brand", "deem") stands just before the thing at `at`, in its clause. */
function namedBefore(words: readonly StanceWord[], at: number, same: (i: number) => boolean): boolean {
  for (let i = at - 1; i >= at - NAMING_REACH && same(i); i--) if (NAMING.has(words[i]!.normal)) return true;
  return false;
}

/** The "as" that describes the thing at `at`: within reach after it, in its clause, not a fixed phrase ("as soon as"). */
function asAfter(words: readonly StanceWord[], at: number, same: (i: number) => boolean): number {
  for (let i = at + 1; i <= at + AS_REACH && same(i); i++) {
    if (words[i]!.normal === 'as') return AS_FIXED_NEXT.has(words[i + 1]?.normal ?? '') ? -1 : i;
  }
  return -1;
}

/** The first verb within reach after the subject, in its clause. */
function verbAfter(words: readonly StanceWord[], at: number, same: (i: number) => boolean): number {
  for (let i = at + 1; i <= at + AGENT_REACH && same(i); i++) if (words[i]!.pos === 'VERB') return i;
  return -1;
}

/** The linking verb after the subject, before any other verb of its clause ("troops on the ground … would have"). */
function linkingVerbAfter(words: readonly StanceWord[], at: number, same: (i: number) => boolean): number {
  for (let i = at + 1; i <= at + SUBJECT_REACH && same(i); i++) {
    if (LINKING.has(words[i]!.normal)) return i;
    if (words[i]!.pos === 'VERB') return -1;
  }
  return -1;
}
