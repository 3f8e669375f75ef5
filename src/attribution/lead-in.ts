import type { Token } from '../text/analyse.js';
import { leadInStart } from '../text/speaker-phrase.js';
import { leadInFrames } from '../lang/en/cue-frames.js';
import { BE_FORMS, MONTHS, TIME_WORDS } from '../lang/en/words.js';
import { inflect } from './cue-forms.js';
import { POSSESSIVE_S, TIME_LINKS } from '../lang/en/grammar.js';

/** Every inflected form of a set of base forms (the first word of each phrase inflected), to its base phrase. */
function formsOf(phrases: Iterable<string>): ReadonlyMap<string, string> {
  const forms = new Map<string, string>();
  for (const phrase of phrases) {
    const [head, ...rest] = phrase.split(' ') as [string, ...string[]];
    for (const [surface] of inflect(head)) forms.set([surface, ...rest].join(' '), phrase);
  }
  return forms;
}

const PARTICLE_VERB_FORMS = formsOf(leadInFrames.particleVerbs);
const HASTE_FORMS = formsOf(leadInFrames.hasteVerbs);
/** How many words of time may stand between a particle verb and its "to" ("weighed in late on Wednesday afternoon"). */
const MAX_TIME_WORDS = 5;
/** How many words a ranked noun phrase may have after its rank ("the first senior European leader"). */
const MAX_RANKED_WORDS = 4;

/**
 * Where the verb that hands its subject on to a cue after "to" (at `to`) begins, or null: "continued to insist",
 * "went on to say", "weighed in on Wednesday to say", "was quick to deny", "hastened to add", "became the first
 * leader to warn". The cue's speaker is the subject of that verb.
 */
export function leadIn(tokens: readonly Token[], to: number): number | null {
  return leadInStart(tokens, to) ?? eagerLeadIn(tokens, to) ?? hasteLeadIn(tokens, to) ?? particleLeadIn(tokens, to) ?? rankLeadIn(tokens, to);
}

/** "was quick to deny", "were at pains to stress": a be-form, adverbs, an adjective of haste. */
function eagerLeadIn(tokens: readonly Token[], to: number): number | null {
  const one = tokens[to - 1]?.normal ?? '';
  const two = `${tokens[to - 2]?.normal ?? ''} ${one}`;
  let k = leadInFrames.eagerAdjectives.has(two) ? to - 3 : leadInFrames.eagerAdjectives.has(one) ? to - 2 : -1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return k >= 0 && isBeForm(tokens[k]!) ? k : null;
}

/** "hastened to add", "rushed to defend": a verb of haste, not passive ("was moved to tears" has a be-form before it). */
function hasteLeadIn(tokens: readonly Token[], to: number): number | null {
  const verb = to - 1;
  const token = tokens[verb];
  // A bare base form is a noun as often as not ("the rush to").
  if (token === undefined || !HASTE_FORMS.has(token.normal) || HASTE_FORMS.get(token.normal) === token.normal) return null;
  const before = tokens[verb - 1];
  return before !== undefined && isBeForm(before) ? null : verb;
}

/** "is", "was", "'s": a be-form, contracted or not. */
function isBeForm(token: Token): boolean {
  return BE_FORMS.has(token.normal) || POSSESSIVE_S.has(token.normal);
}

/** "weighed in to say", "chimed in on Tuesday to add", "hit back this morning to deny": a particle verb, words of time. */
function particleLeadIn(tokens: readonly Token[], to: number): number | null {
  for (let k = to - 1; k >= 1 && to - 1 - k <= MAX_TIME_WORDS; k--) {
    const verb = tokens[k - 1]!;
    const base = PARTICLE_VERB_FORMS.get(`${verb.normal} ${tokens[k]!.normal}`);
    if (base !== undefined) return base.startsWith(`${verb.normal} `) ? null : k - 1;
    if (!isTimeWord(tokens[k]!)) return null;
  }
  return null;
}

function isTimeWord(token: Token): boolean {
  const normal = token.normal;
  return TIME_WORDS.has(normal) || MONTHS.has(normal) || leadInFrames.timeNouns.has(normal) || TIME_LINKS.has(normal) || token.pos === 'NUM';
}

/** "became the first European leader to say", "is the latest to warn": a be- or become-form, "the", a rank, a noun. */
function rankLeadIn(tokens: readonly Token[], to: number): number | null {
  let k = to - 1;
  while (k >= 0 && to - 1 - k < MAX_RANKED_WORDS && !leadInFrames.ranks.has(tokens[k]!.normal) && isNominal(tokens[k]!)) k--;
  if (k < 0 || !leadInFrames.ranks.has(tokens[k]!.normal)) return null;
  const article = tokens[k - 1];
  if (article?.normal !== 'the') return null;
  let carrier = k - 2;
  while (carrier >= 0 && tokens[carrier]!.pos === 'ADV') carrier--;
  const verb = tokens[carrier];
  return verb !== undefined && (isBeForm(verb) || leadInFrames.becomeForms.has(verb.normal)) ? carrier : null;
}

function isNominal(token: Token): boolean {
  return token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'ADJ';
}
