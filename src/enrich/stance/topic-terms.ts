import { definiteDeterminers } from '../../lang/en/stance/derivation.js';
import { reversalCues } from '../../lang/en/stance/oppose.js';
import { MIN_VALENCE, wordValence } from '../../lang/en/stance/valence.js';
import { actsAgainstObject, deferralWords, loweringActs, negatedScopeSkips, negativePrefixes, raisingActs, topicNegators } from '../../lang/en/stance/orientation.js';
import type { Topic } from '../../core/schema.js';
import { entryWords, termForms, wordForms } from './inflect.js';
import { compilePhrases, matchPhrases, type PhraseIndex } from './phrase-index.js';
import { coveredWords, isBreak, type StanceWord } from './words.js';
import { THING_RELATIVE_PRONOUNS } from '../../lang/en/grammar.js';

/** A topic ready for lookups: its terms as phrases, and the head nouns of its two-word terms. */
export interface CompiledTopic {
  readonly topic: Topic;
  readonly terms: PhraseIndex<string>;
  /** "military presence" → "presence": also a hit after another modifier ("European presence", "NATO force"). */
  readonly heads: ReadonlyMap<string, string>;
  /**
   * Terms a position counts against the topic by: what the name negates ("without a pause" → "pause", and with it
   * every deferral term), or, when the name's act works against its object ("impeaching the president", "lifting
   * sanctions"), every term that is not the act itself.
   */
  readonly reversed: ReadonlySet<string>;
  /**
   * Terms that are judgements the published lexicon rates ("inappropriate", "illegal", "abuse of office"), except
   * those naming the topic's act ("impeachment" when the topic is impeaching): said of the topic, they judge it.
   */
  readonly judging: ReadonlySet<string>;
  /** "legal" for the judging term "illegal": said, it judges the topic the other way. */
  readonly opposites: ReadonlyMap<string, string>;
  /** The name's act changes an amount: up ("raising pay"), down ("cutting rates"), or neither (null). */
  readonly direction: 'up' | 'down' | null;
}

/** A topic term found at word positions `[from, to)`. */
export interface TopicHit {
  term: string;
  from: number;
  to: number;
  /** The judging term's opposite was said ("legal" for "illegal"). */
  opposite?: boolean;
}

const MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'PROPN']);
const DEFINITE: ReadonlySet<string> = new Set(definiteDeterminers);
/** Stands in for words a cue phrase already took ("contingent" in "contingent on"). */
const TAKEN = '\u0000';

export function compileTopic(topic: Topic): CompiledTopic {
  const heads = new Map<string, string>();
  for (const term of topic.terms) {
    const words = entryWords(term);
    if (words.length === 2) for (const form of termForms(words[1]!)) heads.set(form, term);
  }
  return { topic, terms: compilePhrases(topic.terms.map((term) => [term, [term]] as const), termForms), heads, ...orientation(topic) };
}

const NEGATOR_PHRASES: ReadonlyArray<readonly string[]> = topicNegators.map(entryWords);
const SCOPE_SKIPS: ReadonlySet<string> = new Set(negatedScopeSkips);
const DEFERRALS: ReadonlySet<string> = new Set([...deferralWords, ...reversalCues].filter((entry) => !entry.includes(' ')).flatMap(wordForms));
const AGAINST_ACTS: ReadonlySet<string> = new Set([...actsAgainstObject, ...reversalCues].filter((entry) => !entry.includes(' ')).flatMap(wordForms));
const RAISING: ReadonlySet<string> = new Set(raisingActs.flatMap(wordForms));
const LOWERING: ReadonlySet<string> = new Set(loweringActs.flatMap(wordForms));

/** See `CompiledTopic.reversed` and `judging`; reads the name word by word, once per topic. */
function orientation(topic: Topic): { reversed: Set<string>; judging: Set<string>; opposites: Map<string, string>; direction: 'up' | 'down' | null } {
  const name = entryWords(topic.name);
  const termWords = topic.terms.map((term) => ({ term, forms: new Set(entryWords(term).flatMap(termForms)) }));
  const reversed = new Set<string>();
  let act: string | null = null;
  for (let i = 0; i < name.length; i++) {
    const negator = NEGATOR_PHRASES.find((phrase) => phrase.every((word, k) => name[i + k] === word));
    if (negator) {
      let at = i + negator.length;
      while (at < name.length && SCOPE_SKIPS.has(name[at]!)) at++;
      const negated = name[at];
      if (negated === undefined) break;
      for (const { term, forms } of termWords) if (forms.has(negated)) reversed.add(term);
      if (DEFERRALS.has(negated)) {
        for (const { term } of termWords) if (entryWords(term).some((word) => DEFERRALS.has(word))) reversed.add(term);
      }
      // What follows a negator is not the topic's act: "no longer considering …" is no act against anything.
      break;
    }
    if (act === null && name[i]!.endsWith('ing')) act = name[i]!;
  }
  if (act !== null && AGAINST_ACTS.has(act)) {
    for (const { term, forms } of termWords) if (!forms.has(act)) reversed.add(term);
  }
  const judging = new Set(termWords.filter(({ term, forms }) => isRated(entryWords(term)) && (act === null || !forms.has(act))).map(({ term }) => term));
  const opposites = new Map<string, string>();
  for (const term of judging) {
    const prefix = NEGATIVE_PREFIXES.find((candidate) => term.startsWith(candidate) && term.length - candidate.length >= MIN_OPPOSITE);
    if (prefix && !term.includes(' ')) opposites.set(term.slice(prefix.length).toLowerCase(), term);
  }
  const direction = act === null ? null : RAISING.has(act) ? 'up' : LOWERING.has(act) ? 'down' : null;
  return { reversed, judging, opposites, direction };
}

const NEGATIVE_PREFIXES: readonly string[] = negativePrefixes;
/** "legal" keeps five letters; "in" + "ept" would leave a stem that is no word of its own. */
const MIN_OPPOSITE = 4;

/** A rated word alone, or opening "… of …" ("abuse of office"); not a modifier naming a thing ("illegal immigration"). */
function isRated(words: readonly string[]): boolean {
  if (words.length > 1 && words[1] !== 'of') return false;
  const rating = wordValence[words[0]!];
  return rating !== undefined && Math.abs(rating) >= MIN_VALENCE;
}

/**
 * Topic terms in the words, except those inside a cue phrase of several words (`cueHits`: "in favour of" keeps its
 * "favour") and those inside a non-restrictive relative clause (", which numbers 800,000 troops,"): background there
 * is not what the claim is about.
 */
export function findTopicTerms(
  words: readonly StanceWord[],
  topic: CompiledTopic,
  cueHits: ReadonlyArray<{ from: number; to: number }>,
): TopicHit[] {
  const taken = coveredWords(words.length, cueHits.filter((hit) => hit.to - hit.from > 1));
  const background = relativeClauseWords(words);
  const normals = words.map((word, i) => (taken[i] || background[i] ? TAKEN : word.normal));
  const hits: TopicHit[] = matchPhrases(topic.terms, normals).map(({ family, from, to }) => ({ term: family, from, to }));
  const covered = coveredWords(words.length, hits);
  for (let i = 1; i < words.length; i++) {
    if (covered[i] || normals[i] === TAKEN) continue;
    const term = topic.heads.get(normals[i]!);
    if (term !== undefined && isModifier(words[i - 1]!)) hits.push({ term, from: i, to: i + 1 });
  }
  for (let i = 0; i < words.length; i++) {
    const term = covered[i] ? undefined : topic.opposites.get(normals[i]!);
    // Said of something ("settlements legal", "is legal"), not naming a kind ("legal advice").
    if (term !== undefined && words[i + 1]?.pos !== 'NOUN') hits.push({ term, from: i, to: i + 1, opposite: true });
  }
  return hits.sort((a, b) => a.from - b.from);
}

/** "European presence", "NATO force", and "the agreement", "this force": a head after a modifier or a definite determiner. */
function isModifier(word: StanceWord): boolean {
  return (MODIFIER_TAGS.has(word.pos) || DEFINITE.has(word.normal)) && !isBreak(word);
}

function relativeClauseWords(words: readonly StanceWord[]): boolean[] {
  const inside = new Array<boolean>(words.length).fill(false);
  let open = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (open && isBreak(word)) open = false;
    else if (!open && word.normal === ',' && THING_RELATIVE_PRONOUNS.has(words[i + 1]?.normal ?? '')) open = true;
    else inside[i] = open;
  }
  return inside;
}
