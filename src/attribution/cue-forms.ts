import { isCapitalised } from '../core/capitalised.js';
import type { AttributionContext } from './types.js';
import type { ReportingCue } from '../core/schema.js';
import type { Token } from '../text/analyse.js';
import { isVerbToken } from '../core/tokens.js';
import { cueFrames, DEFAULT_DROP, RELATIVE_CLAUSE_CUES, TIME_ADJECTIVES, type CueFrame } from '../lang/en/cue-frames.js';
import { phraseStartingAt } from '../text/noun-phrase.js';
import { EVIDENCE_CUES, EVIDENCE_NOUNS } from '../lang/en/evidence.js';
import { ARTICLES, DEMONSTRATIVES, INDEFINITE_ARTICLES, isComma, isFiniteVerb, isQuoteToken, PLURAL_ENDING, SUBJECT_PRONOUNS, TIME_WORDS } from '../lang/en/words.js';
import { PAST_ONLY_FORMS } from '../lang/en/grammar.js';
import { placeModifiers } from '../lang/en/national-labels.js';
import { lookupPlace } from '../gazetteer/country.js';
import { partyLabels } from '../gazetteer/role.js';
import { PROPORTION_HEDGES, FRACTION_WORDS, GROUP_QUANTIFIERS, OBJECT_CLAUSE_OPENERS, CUE_PARTICLES, LEAD_IN_AFTER_CUE, MODALS, PAIR_WORDS, PARTITIVES, PERIODS, JUDGEMENT_OWNERS, MANNER_NOUNS, OBJECT_PRONOUNS, WH_OPENERS, PROPORTION_LINK, RELATIVE_PREDICATE_PRONOUNS, OBJECT_RELATIVE_PRONOUNS, PLURAL_SUBJECT_PRONOUNS, OWNER_DETERMINERS, RELATIVE_WORDS } from '../lang/en/grammar.js';

/** How the cue's first word is inflected: base ("say"), third person ("says"), past ("said"), -ing ("saying"). */
export type CueForm = 'base' | 's' | 'past' | 'ing';

/** A lexicon entry compiled for matching: one per surface form of its first word. */
interface CompiledCue {
  rest: readonly string[];
  lemma: string;
  kind: ReportingCue['kind'];
  form: CueForm;
  frame: CueFrame;
}

/** Surface forms of the cues, by first word. Built once per rule call from `ctx.settings.cues`. */
export interface CueIndex {
  byFirstWord: ReadonlyMap<string, readonly CompiledCue[]>;
}

export interface CueMatch {
  /** Token index of the first and last word of the cue. */
  first: number;
  last: number;
  lemma: string;
  kind: ReportingCue['kind'];
  form: CueForm;
  frame: CueFrame;
  /** Ids of the frames that let the cue match beyond its plain reading; they show in each claim's `rules`. */
  frames?: readonly string[];
}

/** Rule id of a phrase cue read before a participle that modifies its object ("called for expanded checks"). */
export const PARTICIPLE_AFTER_PARTICLE_RULE = 'attribution/frame:participle-after-particle';

/** Irregular forms: [third person, past, -ing]; the past participle is listed after them when it differs. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'writing', 'written'],
  think: ['thinks', 'thought', 'thinking'],
  make: ['makes', 'made', 'making'],
  be: ['is', 'was', 'being', 'are', 'were', 'been', "'s"],
  admit: ['admits', 'admitted', 'admitting'],
  according: ['according', 'according', 'according'],
  speak: ['speaks', 'spoke', 'speaking', 'spoken'],
  feel: ['feels', 'felt', 'feeling'],
  hold: ['holds', 'held', 'holding'],
  know: ['knows', 'knew', 'knowing', 'known'],
  rule: ['rules', 'ruled', 'ruling'],
  find: ['finds', 'found', 'finding'],
  show: ['shows', 'showed', 'showing', 'shown'],
  put: ['puts', 'put', 'putting'],
  quip: ['quips', 'quipped', 'quipping'],
  refer: ['refers', 'referred', 'referring'],
};

const CONSONANT_Y = /[^aeiou]y$/;
const SIBILANT_END = /(?:s|sh|ch|x|z)$/;
const SILENT_E = /[^aeiouy]e$/;
/** One syllable ending in consonant, vowel, consonant: the consonant doubles ("slam" → "slammed", "pan" → "panned"). */
const SHORT_CLOSED_SYLLABLE = /^[^aeiou]*[aeiou][^aeiouwxy]$/;
/** A final "l" after one vowel doubles in British spelling ("signal" → "signalled" beside "signaled"). */
const SINGLE_VOWEL_L = /[^aeiou][aeiou]l$/;

/** Regular English inflection of a verb's base form, with the irregular table taking precedence. */
export function inflect(base: string): Array<[string, CueForm]> {
  const irregular = IRREGULAR[base];
  if (irregular) {
    const [s, past, ing, ...others] = irregular as [string, string, string, ...string[]];
    const extra: Array<[string, CueForm]> =
      base === 'be' ? others.map((form) => [form, 's'] as [string, CueForm]) : others.map((form) => [form, 'past'] as [string, CueForm]);
    return [[base, 'base'], [s, 's'], [past, 'past'], [ing, 'ing'], ...extra];
  }
  const s = SIBILANT_END.test(base) ? `${base}es` : CONSONANT_Y.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  if (SHORT_CLOSED_SYLLABLE.test(base)) {
    const doubled = base + base.slice(-1);
    return [[base, 'base'], [s, 's'], [`${doubled}ed`, 'past'], [`${doubled}ing`, 'ing']];
  }
  const british: Array<[string, CueForm]> = SINGLE_VOWEL_L.test(base) ? [[`${base}led`, 'past'], [`${base}ling`, 'ing']] : [];
  const past = base.endsWith('e') ? `${base}d` : CONSONANT_Y.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const ing = SILENT_E.test(base) || base.endsWith('ue') ? `${base.slice(0, -1)}ing` : base.endsWith('ie') ? `${base.slice(0, -2)}ying` : `${base}ing`;
  return [[base, 'base'], [s, 's'], [past, 'past'], [ing, 'ing'], ...british];
}

/** Compiles the lexicon; longer phrases are tried first so "rule out" wins over a bare "rule". */
export function compileCues(cues: readonly ReportingCue[], frames: readonly CueFrame[] = cueFrames): CueIndex {
  const frameByLemma = new Map(frames.map((frame) => [frame.lemma, frame]));
  const byFirstWord = new Map<string, CompiledCue[]>();
  for (const cue of cues) {
    const words = cue.lemma.toLowerCase().trim().split(/\s+/);
    const [head, ...rest] = words as [string, ...string[]];
    const frame = frameByLemma.get(cue.lemma) ?? { lemma: cue.lemma, drop: DEFAULT_DROP };
    for (const [surface, form] of inflect(head)) {
      if (frame.forms !== undefined && !frame.forms.includes(form)) continue;
      const list = byFirstWord.get(surface) ?? [];
      if (!list.some((entry) => entry.lemma === cue.lemma && entry.form === form)) {
        list.push({ rest, lemma: cue.lemma, kind: cue.kind, form, frame });
      }
      byFirstWord.set(surface, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return { byFirstWord };
}

/** The cue starting at token `i`, longest phrase first, or null. */
export function matchCue(index: CueIndex, tokens: readonly Token[], i: number): CueMatch | null {
  const head = tokens[i];
  if (!head) return null;
  const candidates = index.byFirstWord.get(head.normal);
  if (!candidates) return null;
  const ownerNext = OWNER_DETERMINERS.has(tokens[i + 1]?.normal ?? '');
  for (const candidate of candidates) {
    // "expressed his concern", "voiced their support": an owner may stand inside a phrase cue.
    const owner = ownerNext && candidate.rest.length > 0 && !CUE_PARTICLES.has(candidate.rest[0]!) ? 1 : 0;
    let ok = true;
    for (let k = 0; k < candidate.rest.length; k++) {
      if (tokens[i + 1 + owner + k]?.normal !== candidate.rest[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const after = i + 1 + owner + candidate.rest.length;
    const verbOfRelative = head.pos === 'VERB' || (head.pos === 'NOUN' && nounReadRelativeVerb(tokens, i, candidate.form));
    const inRelative = candidate.rest.length === 0 && opensPredicate(tokens[after], candidate.lemma) && verbOfRelative && relativeSubjectBefore(tokens, i);
    const infinitiveParticiple = !inRelative && participleBeforeInfinitive(tokens, i, candidate.form, candidate.frame);
    const plain =
      inRelative ||
      infinitiveParticiple ||
      (plausibleVerb(head, tokens[i - 1], tokens[after], candidate.form, candidate.rest.length > 0) && !pluralAfterName(tokens, i, candidate.form)) ||
      saidByProportion(tokens, i, candidate.form);
    const beforeParticiple = !plain && participleAfterParticle(tokens, head, candidate.rest, after);
    // "Analysts fear prices will rise", "Critics view the deal as a giveaway", "The union regards it as an insult": a
    // subject before a verb the tagger read as a noun, and a clause or the frame's object after it, make it the verb.
    const nounTagged = !plain && !beforeParticiple && head.pos === 'NOUN' && subjectBefore(tokens, i, candidate.form);
    if (!plain && !beforeParticiple && !nounTagged) continue;
    const objectThen = candidate.frame.objectThen;
    const objectInRelative = objectThen !== undefined && judgementOfRelativeObject(tokens, i, after, objectThen, candidate.frame.objectThenAdjective === true);
    const framed = objectThen === undefined || objectInRelative || objectFollowedBy(tokens, after, objectThen, candidate.frame.objectThenAdjective === true);
    const judged = !framed && candidate.frame.objectThenJudgement === true;
    const described = !framed && candidate.frame.longObjectWords !== undefined;
    if (judged && !bareJudgementAfter(tokens, after)) continue;
    if (described && !longObjectAfter(tokens, after, candidate.frame.longObjectWords!)) continue;
    if (!framed && !judged && !described) continue;
    if (nounTagged && objectThen === undefined && !(candidate.frame.bareClause === true && opensFiniteClause(tokens, i + 1)) && !afterEvidenceNoun(tokens, i, candidate.lemma)) continue;
    if (candidate.frame.quantityIsObject && isQuantity(tokens[after])) continue;
    if (candidate.frame.literalAfter?.includes(tokens[after]?.normal ?? '') === true) continue;
    return {
      first: i,
      // "whom he described as volatile": with no object between, the frame's "as" belongs to the cue, not the quote.
      last: objectInRelative && tokens[after]!.normal === 'as' ? after : after - 1,
      lemma: candidate.lemma,
      kind: candidate.kind,
      form: candidate.form,
      frame: candidate.frame,
      ...(beforeParticiple
        ? { frames: [PARTICIPLE_AFTER_PARTICLE_RULE] }
        : infinitiveParticiple
          ? { frames: [INFINITIVE_PARTICIPLE_RULE] }
          : inRelative
            ? { frames: [RELATIVE_PREDICATE_RULE] }
            : objectInRelative
              ? { frames: [RELATIVE_OBJECT_RULE] }
            : judged
              ? { frames: [BARE_JUDGEMENT_RULE] }
              : described
                ? { frames: [LONG_OBJECT_RULE] }
                : {}),
    };
  }
  return null;
}

/** Rule id of an -ing cue the tagger read as an adjective before its infinitive ("…, promising to cut taxes"). */
export const INFINITIVE_PARTICIPLE_RULE = 'attribution/frame:infinitive-participle';

/**
 * `…, promising to cut taxes`: after a comma, an -ing form of a cue that takes an infinitive, then "to" and a verb, is
 * the participle, though the tagger reads it as an adjective ("a promising start").
 */
function participleBeforeInfinitive(tokens: readonly Token[], i: number, form: CueForm, frame: CueFrame): boolean {
  return form === 'ing' && frame.takesInfinitive === true && tokens[i]!.pos === 'ADJ' && isComma(tokens[i - 1]) && tokens[i + 1]?.normal === 'to' && tokens[i + 2]?.pos === 'VERB';
}

/** "polls show", "the data show": the tagger reads the verb after a plural evidence noun as a noun. */
function afterEvidenceNoun(tokens: readonly Token[], i: number, lemma: string): boolean {
  return EVIDENCE_CUES.has(lemma) && EVIDENCE_NOUNS.has(tokens[i - 1]?.normal ?? '');
}

/** Rule id of a cue inside a relative clause whose pronoun is the subject of the reported words ("which he said were …"). */
export const RELATIVE_PREDICATE_RULE = 'attribution/frame:relative-predicate';

/** How many words the subject of a cue may have between a relative pronoun and the cue ("which the state senator said"). */
const MAX_RELATIVE_SUBJECT_WORDS = 5;
// An adverb ("which even critics say was …", "that he also said would …"), a count ("that two auditors said …") and
// an auxiliary ("which critics have called …") may stand between the pronoun and the cue.
const RELATIVE_SUBJECT_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ', 'ADV', 'NUM', 'AUX']);

/**
 * `donations, which he said were favours`, `daughters, who he said were living abroad`: a relative pronoun, then the
 * cue's subject, then the cue. The pronoun is the subject of the reported clause, which opens with its verb.
 */
function relativeSubjectBefore(tokens: readonly Token[], i: number, pronouns: ReadonlySet<string> = RELATIVE_PREDICATE_PRONOUNS): boolean {
  for (let k = i - 1; k >= 0 && i - k <= MAX_RELATIVE_SUBJECT_WORDS; k--) {
    const token = tokens[k]!;
    if (k < i - 1 && pronouns.has(token.normal)) return true;
    if (!RELATIVE_SUBJECT_TAGS.has(token.pos) || pronouns.has(token.normal)) return false;
  }
  return false;
}

/** Rule id of a judgement whose object is a relative pronoun before its subject ("which he called “a disgrace”"). */
export const RELATIVE_OBJECT_RULE = 'attribution/frame:relative-object';

/**
 * `a fee, which the mayor called “a disgrace”`, `Ms. Lind, whom he described as volatile`, `what they called
 * “supermarkets”`: the object of a judgement stands before its subject as a relative pronoun, so the frame's word (or
 * a quotation, or an adjective where the frame allows one) follows the cue itself, and holds the judgement.
 */
function judgementOfRelativeObject(tokens: readonly Token[], i: number, after: number, words: readonly string[], adjective: boolean): boolean {
  if (tokens[i]!.pos !== 'VERB' || !relativeSubjectBefore(tokens, i, OBJECT_RELATIVE_PRONOUNS)) return false;
  const next = tokens[after];
  if (next === undefined) return false;
  if (next.normal === 'as' && opensFiniteClause(tokens, after + 1)) return false;
  return words.includes(next.normal) || (words.includes('"') && isQuoteToken(next)) || (adjective && isPredicateAdjective(tokens, after));
}

/**
 * A be-form, a modal or another auxiliary opens the reported predicate ("were accompanied by …", "would fail"), and so
 * does a verb in a finite form ("which they say left …" aside, "laws that critics say target migrants", "a gap that
 * experts say renders …", "a deadline that insiders said went unnoticed"): a base or -ing form is no predicate of
 * the pronoun.
 */
export function opensPredicate(token: Token | undefined, lemma: string): boolean {
  if (token === undefined) return false;
  if (token.pos === 'AUX') return true;
  // "the song that he wrote became a hit": a verb that takes a thing for its object makes the pronoun that object.
  return token.pos === 'VERB' && RELATIVE_CLAUSE_CUES.has(lemma) && (FINITE_ENDING.test(token.normal) || PAST_ONLY_FORMS.has(token.normal));
}

/** "-ed" and third-person "-s" (not "-ss"): finite forms of a regular verb. */
const FINITE_ENDING = /(?:ed|[^s]s)$/;

/**
 * `Six in 10 say he is decisive`: a base form after a proportion of people polled is their verb, which the tagger
 * reads as a noun after the number; a clause must open after it.
 */
function saidByProportion(tokens: readonly Token[], i: number, form: CueForm): boolean {
  // "with three in 10 saying …": the -ing form of an absolute clause, which the tagger reads as a noun too.
  if (form === 'ing' && endsProportion(tokens, i - 1) && afterHedgesIs(tokens, i - 4, 'with')) return tokens[i + 1]?.normal === 'that' || opensFiniteClause(tokens, i + 1);
  if (form !== 'base') return false;
  if (endsProportion(tokens, i - 1)) return tokens[i + 1]?.normal === 'that' || opensFiniteClause(tokens, i + 1);
  // "Some state officials praised …": a bare noun after the word makes it a modifier of that noun, not a verb.
  const next = tokens[i + 1];
  const subjectOpens = next !== undefined && CLAUSE_SUBJECT_OPENERS.has(next.pos);
  return endsShareOfGroup(tokens, i - 1) && (next?.normal === 'that' || (subjectOpens && opensFiniteClause(tokens, i + 1)));
}

/** Tags of a word that may open the subject of a clause after a share's verb ("a third say they …", "half say the …"). */
const CLAUSE_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['PRON', 'DET', 'PROPN', 'NUM']);

/** Whether the word at `k`, past the hedges of a proportion before it ("about", "nearly"), is `word`. */
function afterHedgesIs(tokens: readonly Token[], k: number, word: string): boolean {
  let j = k;
  while (j >= 0 && PROPORTION_HEDGES.has(tokens[j]!.normal)) j--;
  return tokens[j]?.normal === word;
}

/** "six in 10", "nine out of 10" ending at `k`. */
function endsProportion(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.pos !== 'NUM') return false;
  if (tokens[k - 1]?.normal === PROPORTION_LINK) return tokens[k - 2]?.pos === 'NUM';
  return tokens[k - 1]?.normal === 'of' && tokens[k - 2]?.normal === 'out' && tokens[k - 3]?.pos === 'NUM';
}

/**
 * `Nearly a third say …`, `Some say …`, `Half say …`: a share of a group, or a quantifier that stands alone at the start
 * of the sentence or after a comma, ending at `k`.
 */
function endsShareOfGroup(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k];
  if (word === undefined) return false;
  if (FRACTION_WORDS.has(word.normal)) return true;
  return GROUP_QUANTIFIERS.has(word.normal) && (k === 0 || isComma(tokens[k - 1]));
}

/**
 * "called for expanded checks", "warned about heightened risks": after a phrase cue that ends in its preposition, a
 * past participle before a noun modifies the object; it is no verb of a clause that the cue would be a noun of.
 */
function participleAfterParticle(tokens: readonly Token[], head: Token, rest: readonly string[], after: number): boolean {
  const particle = rest[rest.length - 1];
  const participle = tokens[after];
  const noun = tokens[after + 1];
  return (
    head.pos === 'VERB' &&
    particle !== undefined &&
    CUE_PARTICLES.has(particle) &&
    participle?.pos === 'VERB' &&
    PAST_PARTICIPLE.test(participle.normal) &&
    (noun?.pos === 'NOUN' || noun?.pos === 'ADJ')
  );
}

const PAST_PARTICIPLE = /ed$/;

/** The object after a cue (a pronoun or a noun phrase) is followed by one of `words` (`"` stands for any quotation mark). */
function objectFollowedBy(tokens: readonly Token[], start: number, words: readonly string[], adjective: boolean): boolean {
  let first = PAIR_WORDS.has(tokens[start]?.normal ?? '') ? start + 1 : start;
  // "called half of his rival's supporters “deplorables”": the object is the phrase after a partitive "of".
  if (PARTITIVES.has(tokens[first]?.normal ?? '') && tokens[first + 1]?.normal === 'of') first += 2;
  // "calls this a false narrative": a demonstrative with no noun after it stands for the object itself.
  const alone = tokens[first]?.pos === 'PRON' || DEMONSTRATIVES.includes(tokens[first]?.normal ?? '');
  let object = phraseStartingAt(tokens, first) ?? (alone ? { first, last: first } : null);
  // "called both the mayor and her deputy “liars”": a coordinated object.
  const conjunct = object !== null && tokens[object.last + 1]?.normal === 'and' ? phraseStartingAt(tokens, object.last + 2) : null;
  if (conjunct !== null) object = conjunct;
  if (object !== null) object = pastModifyingPhrases(tokens, object, words);
  if (object === null) return words.includes('"') && quotedJudgementAfterClause(tokens, first);
  const end = pastApposition(tokens, object.last);
  const next = tokens[end + 1];
  if (next === undefined || isSpanOfTime(tokens, end + 1)) return false;
  // "see the sea as we drive": an "as" that opens a clause is a subordinator, not the frame's "as".
  if (next.normal === 'as' && opensFiniteClause(tokens, end + 2)) return false;
  // "attacked the town over the weekend", "slammed the door for years": a span of time after the preposition dates the
  // act; "slammed the boats over and over" has no object after it.
  if (words.includes(next.normal) && !isQuoteToken(next) && opensPrepositionObject(tokens[end + 2]) && !namesPeriod(tokens, end + 2)) return true;
  if ((words.includes('"') && isQuoteToken(next)) || (adjective && isPredicateAdjective(tokens, end + 1))) return true;
  // "called it their “crystal ball”": an owner opens a quoted judgement.
  if (words.includes('"') && JUDGEMENT_OWNERS.has(next.normal) && isQuoteToken(tokens[end + 2])) return true;
  return words.includes('"') && quotedJudgementAfterClause(tokens, first);
}

/** How many tokens a comma-set apposition after a judgement's object may take ("called Mr. Lee, a former miner, a …"). */
const MAX_OBJECT_APPOSITION = 24;

/**
 * `called Mr. Lenz, a former mine foreman, a capable leader`: a comma-set apposition that opens with an article after
 * a named object describes it; the judgement follows its closing comma. Returns the token before that judgement:
 * the closing comma, or `last` when there is no apposition.
 */
function pastApposition(tokens: readonly Token[], last: number): number {
  const object = tokens[last];
  if (object?.pos !== 'PROPN' || !isComma(tokens[last + 1]) || !ARTICLES.includes(tokens[last + 2]?.normal ?? '')) return last;
  for (let k = last + 3; k < tokens.length && k - last <= MAX_OBJECT_APPOSITION; k++) {
    const token = tokens[k]!;
    if (isComma(token)) return k;
    if (token.pos === 'PUNCT' && token.value !== '-' && !isQuoteToken(token)) return last;
  }
  return last;
}

/** How many tokens a judgement's object with a clause of its own may take before the quoted judgement. */
const MAX_CLAUSE_OBJECT = 16;

/**
 * `called the idea that he had anything to prove a “ridiculous proposition”`, `called the attack that killed five
 * officers “an act of terror”`, `called those urging intervention “fools”`, `called what she saw “terrible”`: an object
 * that holds a clause (a relative or "that" clause, a participle, a wh-clause) runs up to a quotation, which is the
 * judgement. No comma, colon or coordinator stands between, and no quotation opens right after the clause's own verb
 * unless the object is a wh-clause ("the man who said “…”" quotes him).
 */
function quotedJudgementAfterClause(tokens: readonly Token[], first: number): boolean {
  const opener = tokens[first];
  if (opener === undefined) return false;
  const wh = opener.normal === 'what';
  const phrase = wh ? null : (phraseStartingAt(tokens, first) ?? (DEMONSTRATIVES.includes(opener.normal) ? { first, last: first } : null));
  if (!wh) {
    const link = phrase === null ? undefined : tokens[phrase.last + 1];
    const clause = link !== undefined && (OBJECT_CLAUSE_OPENERS.has(link.normal) || (link.pos === 'VERB' && /(?:ing|ed)$/.test(link.normal)));
    if (!clause) return false;
  }
  for (let k = first + 1; k < tokens.length && k - first <= MAX_CLAUSE_OBJECT; k++) {
    const token = tokens[k]!;
    if (isQuoteToken(token)) {
      const before = tokens[k - 1]!;
      const judgement = INDEFINITE_ARTICLES.has(before.normal) ? tokens[k - 2]! : before;
      return wh || (judgement.pos !== 'VERB' && judgement.pos !== 'AUX');
    }
    if (token.pos === 'PUNCT' || token.pos === 'CCONJ') return false;
  }
  return false;
}

/** Rule id of "called X Y" with a bare judgement for Y ("called her son her hero", "calling them rapists"). */
export const BARE_JUDGEMENT_RULE = 'attribution/frame:bare-judgement';

/**
 * `called her fallen son her hero`: the object, then a phrase opened by an owner; `calling them rapists,`: a pronoun,
 * then a plural noun that ends the clause (punctuation, a coordinator or the end). "called them home", "called him
 * back" and "called her mother" hold no judgement.
 */
function bareJudgementAfter(tokens: readonly Token[], start: number): boolean {
  const first = tokens[start];
  if (first === undefined) return false;
  if (first.pos === 'PRON' && OBJECT_PRONOUNS.has(first.normal)) {
    const noun = tokens[start + 1];
    const next = tokens[start + 2];
    if (noun?.pos === 'NOUN' && PLURAL_ENDING.test(noun.normal) && (next === undefined || next.pos === 'PUNCT' || next.pos === 'CCONJ')) return true;
  }
  const object = phraseStartingAt(tokens, start);
  if (object === null) return false;
  const owner = tokens[object.last + 1];
  if (owner === undefined || !JUDGEMENT_OWNERS.has(owner.normal)) return false;
  const judgement = phraseStartingAt(tokens, object.last + 1);
  return judgement !== null && judgement.last > object.last + 1 && tokens[judgement.last]!.pos === 'NOUN';
}

/** Rule id of a cue read with a long object instead of its frame's word ("described a system rigged against …"). */
export const LONG_OBJECT_RULE = 'attribution/frame:long-object';

/**
 * `described a system rigged against workers`, `described how the plan failed`: a noun phrase or a wh-word opens the
 * object, which runs at least `words` words before the clause ends (a comma, a stop, a semicolon or a colon).
 */
function longObjectAfter(tokens: readonly Token[], start: number, words: number): boolean {
  const first = tokens[start];
  if (first === undefined) return false;
  if (!WH_OPENERS.has(first.normal) && phraseStartingAt(tokens, start) === null) return false;
  // A wh-clause may hold a comma-set adjunct ("described how, growing up, he …"); a noun phrase ends at a comma.
  const wh = WH_OPENERS.has(first.normal);
  let count = 0;
  for (let k = start; k < tokens.length; k++) {
    const token = tokens[k]!;
    if ((isComma(token) && !wh) || CLAUSE_ENDS.has(token.value) || opensMannerPhrase(tokens, k)) break;
    if (WORD.test(token.value)) count++;
  }
  return count >= (wh ? MIN_WH_CLAUSE_WORDS : words);
}

/** "in great detail", "at length", "in an interview": a preposition and, within two words, a noun of how it was told. */
function opensMannerPhrase(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.pos !== 'ADP') return false;
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) if (MANNER_NOUNS.has(tokens[j]!.normal)) return true;
  return false;
}

const WORD = /[\p{L}\p{N}]/u;
const MIN_WH_CLAUSE_WORDS = 3;
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?']);

/** How many prepositional phrases may modify an object before its complement. */
const MAX_OBJECT_MODIFIERS = 2;

/**
 * `called her vote in favor of the war a mistake`, `called the remarks on Saturday “a wake-up call”`: prepositional
 * phrases after the object belong to it (or to the verb) and the complement follows them; "to" leads to a destination
 * or an infinitive instead ("called reporters to the office"), and a preposition of the frame is its own ("slammed
 * the plan for …").
 */
function pastModifyingPhrases(tokens: readonly Token[], object: { first: number; last: number }, words: readonly string[]): { first: number; last: number } {
  let last = object.last;
  for (let n = 0; n < MAX_OBJECT_MODIFIERS; n++) {
    const preposition = tokens[last + 1];
    if (preposition === undefined || preposition.pos !== 'ADP' || preposition.normal === 'to' || words.includes(preposition.normal)) break;
    const phrase = phraseStartingAt(tokens, last + 2);
    if (phrase === null) break;
    last = phrase.last;
  }
  return { first: object.first, last };
}

/** A word that may open what a frame's preposition governs: a quotation, or no coordinator nor punctuation ("over and over"). */
function opensPrepositionObject(token: Token | undefined): boolean {
  return token !== undefined && (isQuoteToken(token) || (token.pos !== 'CCONJ' && token.pos !== 'PUNCT'));
}

const PLURAL_S = /s$/;

/** A noun phrase at `k` whose head is a period ("the weekend", "two years", "the past few months"). */
function namesPeriod(tokens: readonly Token[], k: number): boolean {
  const phrase = phraseStartingAt(tokens, k);
  return phrase !== null && PERIODS.has(tokens[phrase.last]!.normal.replace(PLURAL_S, ''));
}

/**
 * "a day later", "a week ago", "the next morning", "the same day" at `k`: a span of time that dates the verb; it is no
 * complement.
 */
function isSpanOfTime(tokens: readonly Token[], k: number): boolean {
  const article = tokens[k]?.normal;
  if (article === 'a' || article === 'an') return PERIODS.has(tokens[k + 1]?.normal ?? '');
  if (article !== 'the') return false;
  const word = tokens[k + 1]?.pos === 'ADJ' ? tokens[k + 2] : tokens[k + 1];
  return PERIODS.has(word?.normal ?? '') || TIME_WORDS.has(word?.normal ?? '');
}

/** `called the charges baseless[.]`, `considers it unfair and …`: an adjective that ends its phrase, not one of time. */
function isPredicateAdjective(tokens: readonly Token[], k: number): boolean {
  const adjective = tokens[k]!;
  if (adjective.pos !== 'ADJ' || TIME_ADJECTIVES.has(adjective.normal)) return false;
  const after = tokens[k + 1];
  return after === undefined || after.pos === 'PUNCT' || after.pos === 'CCONJ' || after.pos === 'ADP';
}

const CURRENCY = /^[$€£¥]/;

function isQuantity(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'NUM' || CURRENCY.test(token.value));
}

/**
 * A verb right before an auxiliary is a noun or a reduced relative ("the Baltic states had", "the forces discussed
 * would be"), not a cue. Base forms double as nouns ("the hope that", "a claim"), so they count only when tagged as verbs; inflected
 * forms that the tagger reads as nouns count after a proper name ("Nordpost reports").
 */
function plausibleVerb(head: Token, previous: Token | undefined, next: Token | undefined, form: CueForm, phrase: boolean): boolean {
  if (phrase && head.normal === 'according') return true;
  if (isFiniteVerb(next)) return false;
  // A modal read as a name ("Theresa May said", "Tom Will told") is the subject, not a modal.
  if (previous !== undefined && MODALS.has(previous.normal) && previous.pos !== 'PROPN') return false;
  if (head.pos === 'VERB' || head.pos === 'AUX') return true;
  if (head.pos === 'PROPN') return false;
  if (form === 'base') return next?.normal === 'that' && previous !== undefined && isPluralSubject(previous);
  if (previous !== undefined && previous.pos === 'NOUN' && next !== undefined && LEAD_IN_AFTER_CUE.has(next.normal)) return true;
  return previous !== undefined && (previous.pos === 'PROPN' || previous.pos === 'PRON' || isCapitalised(previous.value));
}

/**
 * "which critics say would …", "which Kim claims was …": the tagger reads the verb after the subject of a relative
 * clause as a noun. A base form after a plural subject is the verb; an -s form only after "which", since after "that"
 * it is more often a plural noun in a that-clause ("told the paper that European states will …").
 */
function nounReadRelativeVerb(tokens: readonly Token[], i: number, form: CueForm): boolean {
  if (form === 'base') return subjectBefore(tokens, i, 'base');
  return form === 's' && tokens[i - 1]?.pos !== 'NOUN' && subjectBefore(tokens, i, 's') && tokens[i - 2]?.normal === 'which';
}

/**
 * "Southern states", "Arab states", "won Republican states": an "-s" word the tagger reads as a noun after a word that
 * modifies a noun (a region, a demonym) is a plural noun, whatever follows; a capitalised word before it is otherwise
 * taken for its subject ("Statista estimates …"). A party label is a person where a subject opens ("Republican
 * assails elites", "A Democrat says …"), so it counts only inside the clause.
 */
function pluralAfterName(tokens: readonly Token[], i: number, form: CueForm): boolean {
  const previous = tokens[i - 1];
  if (form !== 's' || tokens[i]!.pos !== 'NOUN' || previous === undefined) return false;
  if (PLACE_MODIFIERS.has(previous.normal) || lookupPlace(previous.value)?.kind === 'demonym') return true;
  const opensSubject = i - 1 === 0 || tokens[i - 2]!.pos === 'DET' || tokens[i - 2]!.pos === 'PUNCT';
  return PARTY_LABELS.has(previous.normal) && !opensSubject;
}

const PLACE_MODIFIERS: ReadonlySet<string> = new Set(placeModifiers);
const PARTY_LABELS: ReadonlySet<string> = new Set(partyLabels);

/**
 * A subject right before a verb the tagger read as a noun: a plural or a pronoun for the base form, any noun, name or
 * subject pronoun for "-s" ("their fears the plan …" has an owner, no subject).
 */
function subjectBefore(tokens: readonly Token[], i: number, form: CueForm): boolean {
  const previous = tokens[i - 1];
  if (previous === undefined) return false;
  if (form === 'base') return isPluralSubject(previous);
  return form === 's' && (previous.pos === 'NOUN' || previous.pos === 'PROPN' || SUBJECT_PRONOUNS.has(previous.normal)) && !POSSESSIVE_ENDING.test(previous.value);
}

const SUBJECT_WORD_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM']);
const MAX_SUBJECT_WORDS = 8;

/** Whether the words from `from` open a reported clause: "that", or a subject and its finite verb. */
export function opensReportedClause(tokens: readonly Token[], from: number): boolean {
  return tokens[from]?.normal === 'that' || opensFiniteClause(tokens, from);
}

/**
 * A subject (a pronoun or a short noun phrase) and then a finite verb, from `first`: "prices will rise", "the
 * party's plan is sound"; not "the worst", "him a liar" or "the vote to pass".
 */
export function opensFiniteClause(tokens: readonly Token[], first: number): boolean {
  for (let k = first; k < tokens.length && k - first <= MAX_SUBJECT_WORDS; k++) {
    const token = tokens[k]!;
    // A relative clause makes "the fate that befell them" an object, not a subject.
    if (RELATIVE_WORDS.has(token.normal)) return false;
    if (token.pos === 'AUX' || token.pos === 'VERB') return k > first && !token.normal.endsWith('ing') && tokens[k - 1]!.normal !== 'to';
    // "they only learned": an adverb between the subject and its verb.
    if (token.pos === 'ADV' && k > first) continue;
    if (token.value === ',' && k > first) return verbAfterParenthetical(tokens, k);
    if (!SUBJECT_WORD_TAGS.has(token.pos) && !POSSESSIVE_ENDING.test(token.value) && token.value !== '-') return false;
  }
  return false;
}

/** How many tokens a remark set off by commas between a subject and its verb may take. */
const MAX_PARENTHETICAL = 10;
const PARENTHETICAL_BREAK = /^[.;:!?"“”«»()]$/;

/**
 * "Trump, despite his wealth, is …", "the mayor, a Democrat, will …": a remark set off by commas after the subject,
 * when a finite verb comes right after it (an adverb aside). A list ("Ortiz, Lee and Chan were …") has no second
 * comma before its verb.
 */
export function verbAfterParenthetical(tokens: readonly Token[], comma: number): boolean {
  // ", was acting nervous, left …": a remark does not open with a finite verb; a list of predicates does.
  if (tokens[comma + 1]?.pos === 'AUX') return false;
  for (let j = comma + 2; j < tokens.length && j - comma <= MAX_PARENTHETICAL; j++) {
    const token = tokens[j]!;
    if (PARENTHETICAL_BREAK.test(token.value)) return false;
    if (token.value !== ',') continue;
    let v = j + 1;
    while (tokens[v]?.pos === 'ADV') v++;
    return isVerbToken(tokens[v]) && !tokens[v]!.normal.endsWith('ing');
  }
  return false;
}

/**
 * "Critics claim that …", "Many economists fear that …", "They doubt that …": a base form the tagger reads as a noun
 * ("the claim that") is the verb when a plural subject stands right before it and "that" right after it.
 */
function isPluralSubject(token: Token): boolean {
  if (token.pos === 'PRON') return PLURAL_SUBJECT_PRONOUNS.has(token.normal);
  return (token.pos === 'NOUN' || token.pos === 'PROPN') && PLURAL_ENDING.test(token.normal) && !POSSESSIVE_ENDING.test(token.value);
}

const POSSESSIVE_ENDING = /['’]s?$/;

