import { MIN_VALENCE, speakerSubjects, thirdPersonSubjects, wordValence } from '../../lang/en/stance/valence.js';
import { focusMinimizers, focusTimeWords, positionNouns, relativeOpeners } from '../../lang/en/stance/modifiers.js';
import type { Span, Stance, StanceReason, TextSpan } from '../../core/schema.js';
import { findConditions, type ConditionHit } from './conditions.js';
import type { CompiledLexicon, PhraseFamily } from './lexicon.js';
import { matchPhrases, type PhraseHit } from './phrase-index.js';
import { byAnotherAgent, readPolarCues, type PolarCue } from './polarity.js';
import { findTopicTerms, type CompiledTopic, type TopicHit } from './topic-terms.js';
import { evaluationScope } from './evaluation-scope.js';
import { amountCues } from './amount.js';
import { isPastAuxiliary, isPastVerb, reportsEvent } from './event-report.js';
import { readValence, type ValenceHit } from './valence.js';
import { coveredWords, hasRole, toStanceWords, WordRole, type StanceToken, type StanceWord } from './words.js';
import { REPORTED_SPEAKERS, SPEAKER_POSSESSIVES, REFUSAL_CONDITIONS, TERM_DETERMINERS } from '../../lang/en/grammar.js';
import { PLURAL_ENDING } from '../../lang/en/words.js';

/** What the classifier reads: the claim's quote and the attribution part of its sentence, in text order. */
export interface StanceInput {
  raw: string;
  tokens: readonly StanceToken[];
  /** The claim's reporting cue: a stance word there governs the whole quote ("rejected …", "thanked …"). */
  cue?: Span | null;
  /** Whether the reporting cue takes a position ("hailed", "regretted"), so its own valence counts; not "stressed". */
  cueJudges?: boolean;
  /** Reasons the claim is on topic without a term of its own, found by the caller in the surrounding text. */
  context?: StanceContext;
  /** The quote is the speaker's own words in quotation marks: "I" and "we" are the speaker, "they" are others. */
  direct?: boolean;
}

export interface StanceContext {
  /** Topic terms elsewhere in the claim's sentence, in other claims' quotes (its own words are read here). */
  sentenceTerms?: readonly string[];
  /** The topic was named before the claim, so "this idea" / "such measures" in the claim point at it. */
  antecedentOnTopic?: boolean;
  /** The sentence just before names the topic, so a bare "it" points at it too. */
  previousOnTopic?: boolean;
  /** One of the last few sentences names the topic, so "the decision", "Washington's move" point at it. */
  recentOnTopic?: boolean;
  /** The same speaker made an on-topic claim just before: they are still talking about it. */
  speakerOnTopic?: boolean;
}

export interface StanceConfig {
  lexicon: CompiledLexicon;
  /** Null: stance is the claim's polarity toward its own proposition. */
  topic: CompiledTopic | null;
}

export interface StanceResult {
  stance: Stance;
  reason: StanceReason;
  /** Whether the claim is about the topic (always true without a topic). */
  onTopic: boolean;
  /**
   * What put it on topic: its own terms, a reference back ("this plan"), terms elsewhere in its sentence, or only
   * that its speaker was just talking about the topic.
   */
  onTopicBy?: 'no topic' | 'terms' | 'reference' | 'sentence' | 'speaker';
  /** The claim points at the speaker's own position ("our position is well known"): it is whatever they stated. */
  ownPosition?: boolean;
  /** The claim tells what happened in the third person ("rates are falling"): a report, which takes no position. */
  reportsEvent?: boolean;
  /** Ids of the rules beyond the cue lexicon that shaped the reading, for the claim's `rules`. */
  rules?: readonly string[];
}

/** Rule ids for `StanceResult.rules`. */
export const GROUP_ACT_RULE = 'enrich/stance:group-act';
export const FOCUSED_NEGATION_RULE = 'enrich/stance:focused-negation';

const NEGATED_TOPIC_REACH = 3;

/** Stance of one claim toward the topic, with the cues, negation, condition and terms that decided it. */
export function classifyStance(input: StanceInput, config: StanceConfig): StanceResult {
  const words = ownRelativeClause(ownSegments(toStanceWords(input.tokens), input.cue), input.cue);
  const matched = matchPhrases(config.lexicon.phrases, words.map((word) => word.normal));
  const hits = withoutFocusedNegators(words, matched);
  const topicHits = config.topic ? findTopicTerms(words, config.topic, hits) : [];
  const anaphors = input.context?.antecedentOnTopic || input.context?.previousOnTopic || input.context?.recentOnTopic
    ? findAnaphors(words, hits, config.lexicon, input.context.recentOnTopic === true || input.context.previousOnTopic === true, input.context.previousOnTopic === true)
    : [];
  const context = input.context ?? {};
  const onTopic =
    config.topic === null ||
    topicHits.length > 0 ||
    anaphors.length > 0 ||
    (context.sentenceTerms?.length ?? 0) > 0 ||
    context.speakerOnTopic === true;
  const onTopicBy = config.topic === null ? 'no topic'
    : topicHits.length > 0 ? 'terms'
    : anaphors.length > 0 ? 'reference'
    : (context.sentenceTerms?.length ?? 0) > 0 ? 'sentence'
    : 'speaker';
  const read = new Reading(input.raw, words, topicHits, onTopic, onTopicBy, pointsAtOwnPosition(words), reportsEvent(words));
  if (hits.length !== matched.length) read.rules.push(FOCUSED_NEGATION_RULE);

  const topicTerms = unique(topicHits.map((hit) => hit.term).concat(context.sentenceTerms ?? []));
  if (!onTopic) return read.result('neutral', [], null, topicTerms, 'neutral: the claim mentions none of the topic terms');

  const reportive = hits.find((hit) => hit.family === 'reportive' && !words[hit.from]!.inQuote);
  if (reportive) {
    return read.result('neutral', [read.cue(reportive, 'neutral', false)], null, topicTerms, `neutral: reports a ${reportive.entry}, not the speaker's position`);
  }

  const conditions = findConditions(words, hits, config.lexicon, topicHits);
  const cues = readPolarCues(words, hits, topicHits, config.lexicon).filter((cue) => !insideCondition(cue.hit, conditions));
  for (const cue of cues) {
    if (cue.state !== 'support' && cue.state !== 'oppose') continue;
    if ((byAnotherAgent(words, cue.hit) || (!config.lexicon.judgements.has(cue.hit.entry) && thirdPersonSubject(words, cue, input.direct === true))) && !overlaps(words, cue.hit, input.cue)) cue.state = 'agent';
  }
  const amounts = amountCues(words, topicHits, config.topic);
  foldIntoAmounts(words, cues, amounts);
  const negatedTerms = negatedTopicCues(words, hits, topicHits.filter((hit) => !config.topic?.judging.has(hit.term)), cues);
  for (const cue of negatedTerms) if (!amounts.some((amount) => amount.hit.from <= cue.hit.from && amount.hit.to >= cue.hit.to)) cues.push(cue);
  for (const cue of amounts) cues.push(cue);
  for (const cue of cues) {
    if ((cue.state !== 'support' && cue.state !== 'oppose') || overlaps(words, cue.hit, input.cue) || !groupActed(words, cue)) continue;
    cue.state = 'agent';
    if (!read.rules.includes(GROUP_ACT_RULE)) read.rules.push(GROUP_ACT_RULE);
  }
  for (const cue of selfParticipation(words, hits, topicHits, cues, config.lexicon, input.direct === true)) cues.push(cue);
  if (input.direct === true) for (const cue of demands(words, hits, topicHits, cues, config.lexicon)) cues.push(cue);
  const turned = turnReversed(words, cues, topicHits, config.topic);
  const anchors = new Set<number>();
  for (const hit of topicHits) anchors.add(words[hit.from]!.clause);
  for (const i of anaphors) anchors.add(words[i]!.clause);
  // Taking part is said of a topic term or of a pronoun pointing back at one: it is about the topic by construction.
  for (const cue of cues) if (cue.hit.entry === SELF_PARTICIPATION) anchors.add(words[cue.hit.from]!.clause);
  for (const i of contrastedPronouns(words, topicHits)) anchors.add(words[i]!.clause);
  const topicSegments = new Set(topicHits.map((hit) => words[hit.from]!.segment));
  const polar = cues.filter((cue) => cue.state === 'support' || cue.state === 'oppose');
  // On topic only because its speaker just spoke of it, a cue that names an object of its own is about that object.
  const aboutOwnObject = onTopicBy === 'speaker' ? polar.filter((cue) => hasOwnObject(words, cue.hit)) : [];
  const live = polar.filter((cue) => !aboutOwnObject.includes(cue));
  // A cue denied across an aside ("not, in itself, in breach of") sits in its negator's clause too.
  const anchoredAt = (cue: PolarCue): boolean =>
    anchors.has(words[cue.hit.from]!.clause) || (cue.negated && cue.by !== null && anchors.has(words[cue.by.from]!.clause));
  const anchored = live.filter((cue) => anchoredAt(cue) || overlaps(words, cue.hit, input.cue));
  const voters = anchored.length > 0 ? anchored : live.filter((cue) => !topicSegments.has(words[cue.hit.from]!.segment));
  const binding = conditions.filter((condition) => condition.binding && condition.kind !== 'exception');
  const exceptions = conditions.filter((condition) => condition.binding && condition.kind === 'exception');

  const winner = vote(voters, words, input.cue, topicHits);
  if (winner === 'oppose') {
    const deciding = voters.filter((cue) => cue.state === 'oppose');
    // "it won't work unless …" names what the act would need, the speaker still judges it a failure.
    const refusals = deciding.filter((cue) => !config.lexicon.verdicts.has(cue.hit.entry));
    const unless =
      binding.find((condition) => REFUSAL_CONDITIONS.has(condition.entry) && sharesSegment(condition, refusals, words)) ??
      exceptions.find((condition) => sharesSegment(condition, refusals, words));
    const shown = read.cues(deciding);
    if (unless) return read.result('conditional', shown, unless, topicTerms, `conditional: ${names(shown)} unless ${read.quoted(unless)}`);
    return read.result('oppose', shown, null, topicTerms, `oppose: ${names(shown)}${read.about(topicTerms)}${against(turned)}`);
  }
  if (winner === 'support') {
    const deciding = voters.filter((cue) => cue.state === 'support');
    const condition = binding.find((c) => c.kind === 'marker' || sharesSegment(c, deciding, words));
    const shown = read.cues(deciding);
    if (condition) {
      return read.result('conditional', shown, condition, topicTerms, `conditional: ${names(shown)} under the condition ${read.quoted(condition)}`);
    }
    return read.result('support', shown, null, topicTerms, `support: ${names(shown)}${read.about(topicTerms)}${against(turned)}`);
  }

  const open = cues.filter((cue) => cue.state === 'open' || cue.state === 'hedged');
  if (open.length === 0) {
    const judged = judgeByValence(words, hits, topicHits, anaphors, input.cueJudges === false ? null : input.cue, config.topic);
    if (judged) {
      const condition = judged.stance === 'support' ? binding.find((c) => c.kind === 'marker' || judged.hits.some((hit) => words[hit.at]!.segment === c.segment)) : undefined;
      const shown = read.valenceCues(judged.hits);
      const because = judged.hits.map((hit) => describeValence(hit)).join(', ');
      if (condition) {
        return read.result('conditional', shown, condition, topicTerms, `conditional: ${because} under the condition ${read.quoted(condition)}`);
      }
      return read.result(judged.stance, shown, null, topicTerms, `${judged.stance}: ${because}${read.about(topicTerms)}${against(judged.turned)}`);
    }
  }
  if (open.length > 0) {
    const condition = binding.find((c) => c.kind === 'marker' || sharesSegment(c, open, words));
    const shown = read.cues(open);
    if (condition) {
      return read.result('conditional', shown, condition, topicTerms, `conditional: ${names(shown)} under the condition ${read.quoted(condition)}`);
    }
    return read.result('neutral', shown, null, topicTerms, `neutral: ${names(shown)} with no condition stated: undecided`);
  }
  const sides = cues.filter((cue) => cue.state === 'party');
  if (sides.length > 0) {
    const shown = read.cues(sides);
    return read.result('neutral', shown, null, topicTerms, `neutral: ${names(shown)} takes the side of a named party, not a position on the topic`);
  }
  const others = cues.filter((cue) => cue.state === 'agent');
  if (others.length > 0) {
    const shown = read.cues(others);
    return read.result('neutral', shown, null, topicTerms, `neutral: ${names(shown)} gives its agent's position, not the speaker's`);
  }
  const describing = hits.filter((hit) => hit.family === 'process' || hit.family === 'parameter');
  const cancelled = cues.filter((cue) => cue.state === 'neutralized');
  if (describing.length > 0 || cancelled.length > 0) {
    const shown = describing.map((hit) => read.cue(hit, 'neutral', false)).concat(read.cues(cancelled)).sort((a, b) => a.start - b.start);
    return read.result('neutral', shown, null, topicTerms, `neutral: describes a process or detail (${names(shown)})`);
  }
  const condition = binding.find((c) => words[c.from]!.inQuote);
  if (condition) {
    return read.result('conditional', [], condition, topicTerms, `conditional: the claim is stated under the condition ${read.quoted(condition)}`);
  }
  if (live.length > 0 || aboutOwnObject.length > 0) {
    return read.result('neutral', [], null, topicTerms, `neutral: its stance words (${names(read.cues(polar))}) are about something other than the topic`);
  }
  return read.result('neutral', [], null, topicTerms, 'neutral: no stance cue');
}

/**
 * The published lexicon's verdict on the topic: rated words that judge it (see `evaluationScope`) and rated words
 * of the reporting cue ("hailed", "regretted"), summed; ±2 or more decides.
 */
function judgeByValence(
  words: readonly StanceWord[],
  hits: ReadonlyArray<PhraseHit<PhraseFamily>>,
  topicHits: readonly TopicHit[],
  anaphors: readonly number[],
  cue: Span | null | undefined,
  topic: CompiledTopic | null,
): { stance: 'support' | 'oppose'; hits: ValenceHit[]; turned: TopicHit[] } | null {
  const used = new Array<boolean>(words.length).fill(false);
  const judgingTerm = new Array<boolean>(words.length).fill(false);
  for (const hit of hits) used.fill(true, hit.from, hit.to);
  for (const hit of topicHits) {
    used.fill(true, hit.from, hit.to);
    // A term that is itself a judgement ("inappropriate", "illegal", "abuse of office") says it of the topic.
    if (topic?.judging.has(hit.term) && !hits.some((cue) => cue.from <= hit.from && cue.to > hit.from)) {
      used[hit.from] = false;
      judgingTerm[hit.from] = true;
    }
  }
  const anchors = [...topicHits.flatMap((hit) => [hit.from, hit.to - 1]), ...anaphors];
  // Named only outside the quote ("said of the mission"), the topic is what "it" and "this" in the quote stand for;
  // not when the term only modifies what was spoken of ("said of the frigates' voyage").
  const namedOutside =
    topicHits.every((hit) => !words[hit.from]!.inQuote && !modifiesNoun(words, hit.to - 1)) && anaphors.every((at) => !words[at]!.inQuote);
  const judging = evaluationScope(words, anchors, namedOutside);
  const inScope = (i: number): boolean => {
    const word = words[i]!;
    if (cue && word.start < cue.end && word.end > cue.start) return true;
    return word.inQuote && (judging[i]! || judgingTerm[i]!);
  };
  const opposites = new Map<number, { entry: string; rating: number; opposite: boolean }>();
  for (const hit of topicHits) if (hit.opposite && judgingTerm[hit.from]) opposites.set(hit.from, { entry: hit.term, rating: wordValence[hit.term]!, opposite: true });
  const rated = readValence(words, hits, used, inScope, opposites);
  const turned: TopicHit[] = [];
  for (const hit of rated) {
    const anchor = anchorTerm(words, hit.at, hit.at + 1, topicHits);
    if (anchor && topic?.reversed.has(anchor.term) && !objectOfAct(words, anchor, topicHits, topic)) {
      hit.value = -hit.value;
      hit.reversed = true;
      turned.push(anchor);
    }
  }
  let score = 0;
  for (const hit of rated) score += hit.value;
  if (Math.abs(score) < MIN_VALENCE) return null;
  const stance = score > 0 ? 'support' : 'oppose';
  const deciding = rated.filter((hit) => (hit.value > 0) === (score > 0));
  return { stance, hits: deciding, turned: turned.filter((anchor) => deciding.some((hit) => anchorTerm(words, hit.at, hit.at + 1, topicHits) === anchor)) };
}

/**
 * "The treaty is not perfect, but it is a good start": a pronoun opening the clause after a contrast word points
 * back to the topic named earlier in its sentence, and that clause is where the speaker lands.
 */
function contrastedPronouns(words: readonly StanceWord[], topicHits: readonly TopicHit[]): number[] {
  const found: number[] = [];
  for (let i = 1; i < words.length; i++) {
    if (!hasRole(words[i]!, WordRole.CONTRASTED_PRONOUN) || !hasRole(words[i - 1]!, WordRole.CONTRAST)) continue;
    if (topicHits.some((hit) => hit.to <= i - 1 && words[hit.from]!.segment === words[i]!.segment)) found.push(i);
  }
  return found;
}

/** "the frigates' voyage", "the mission commander": a term followed by a noun names what the noun belongs to. */
function modifiesNoun(words: readonly StanceWord[], at: number): boolean {
  const next = words[at + 1];
  return next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.normal === "'s");
}

/**
 * A cue's position counts against the topic when it is about a reversed term (`CompiledTopic.reversed`): "rejected
 * calls for a pause" supports applying the rules without one. Turns such cues around; returns the terms that did.
 */
function turnReversed(words: readonly StanceWord[], cues: readonly PolarCue[], topicHits: readonly TopicHit[], topic: CompiledTopic | null): TopicHit[] {
  const turned: TopicHit[] = [];
  if (!topic || topic.reversed.size === 0) return turned;
  for (const cue of cues) {
    if (cue.state !== 'support' && cue.state !== 'oppose') continue;
    const anchor = anchorTerm(words, cue.hit.from, cue.hit.to, topicHits);
    if (!anchor || !topic.reversed.has(anchor.term) || objectOfAct(words, anchor, topicHits, topic)) continue;
    cue.state = cue.state === 'support' ? 'oppose' : 'support';
    turned.push(anchor);
  }
  return turned;
}

/** "banning phones": how many words (determiners) may stand between the act and its object. */
const ACT_OBJECT_GAP = 2;

/**
 * "Banning phones in schools is a no-brainer": a reversed term right after the topic's own act is that act's
 * object, so a judgement of the phrase is a judgement of the act and is not turned around.
 */
function objectOfAct(words: readonly StanceWord[], anchor: TopicHit, topicHits: readonly TopicHit[], topic: CompiledTopic): boolean {
  return topicHits.some(
    (hit) => !topic.reversed.has(hit.term) && hit.to <= anchor.from && anchor.from - hit.to <= ACT_OBJECT_GAP && words[hit.from]!.clause === words[anchor.from]!.clause,
  );
}

/** The topic term a cue at `[from, to)` is about: one inside it, else the nearest in its clause. */
function anchorTerm(words: readonly StanceWord[], from: number, to: number, topicHits: readonly TopicHit[]): TopicHit | null {
  const clause = words[from]!.clause;
  let best: TopicHit | null = null;
  let bestDistance = Infinity;
  for (const hit of topicHits) {
    if (hit.from < to && hit.to > from) return hit;
    if (words[hit.from]!.clause !== clause) continue;
    const distance = hit.from >= to ? hit.from - to : from - hit.to;
    if (distance < bestDistance) [best, bestDistance] = [hit, distance];
  }
  return best;
}

/** ` ("pause" runs against the topic)`: why a position counted the other way. */
function against(turned: readonly TopicHit[]): string {
  const terms = unique(turned.map((hit) => hit.term));
  return terms.length === 0 ? '' : ` (${terms.map((term) => `"${term}"`).join(', ')} runs against the topic, so the position counts the other way)`;
}

function describeValence(hit: ValenceHit): string {
  const rating = hit.rating > 0 ? `+${hit.rating}` : `${hit.rating}`;
  const notes = [hit.negated ? 'negated' : '', hit.shifted ? 'undone by its verb' : '', hit.hedged ? 'hedged' : '', hit.reversed ? 'about a term against the topic' : '', hit.opposite ? 'its opposite said' : ''].filter(Boolean);
  return `"${hit.entry}" (AFINN-165 ${rating}${notes.length > 0 ? `, ${notes.join(', ')}` : ''})`;
}

/**
 * Keeps the segments that hold the quote or the cue: a neighbouring sentence the analyser left joined to the
 * claim's sentence is not part of the attribution.
 */
function ownSegments(words: StanceWord[], cue: Span | null | undefined): StanceWord[] {
  if (words.length === 0 || words[0]!.segment === words[words.length - 1]!.segment) return words;
  const kept = new Set<number>();
  for (const word of words) {
    if (word.inQuote || (cue && word.start < cue.end && word.end > cue.start)) kept.add(word.segment);
  }
  return kept.size === 0 ? words : words.filter((word) => kept.has(word.segment));
}

const RELATIVE_OPENERS: ReadonlySet<string> = new Set(relativeOpeners);

/**
 * "Norway, whose premier has voiced doubts about fish quotas, imposed new sanctions": a claim said in a non-restrictive
 * relative clause is that clause; the sentence around it is what someone else did. Keeps the words between the comma
 * before "who", "whose" or "which" and the next comma when the cue and the quote are all inside them.
 */
function ownRelativeClause(words: StanceWord[], cue: Span | null | undefined): StanceWord[] {
  if (!cue) return words;
  const at = words.findIndex((word) => word.start >= cue.start);
  if (at < 0) return words;
  let open = at - 1;
  while (open > 0 && words[open]!.normal !== ',' && !hasRole(words[open]!, WordRole.SEGMENT_BREAK)) open--;
  if (open <= 0 || words[open]!.normal !== ',' || !RELATIVE_OPENERS.has(words[open + 1]?.normal ?? '')) return words;
  let close = at;
  while (close < words.length && words[close]!.normal !== ',' && !hasRole(words[close]!, WordRole.SEGMENT_BREAK)) close++;
  if (close >= words.length || words[close]!.normal !== ',') return words;
  const quoted = words.filter((word) => word.inQuote);
  if (quoted.length === 0 || quoted[0]!.start < words[open]!.end || quoted[quoted.length - 1]!.end > words[close]!.start) return words;
  return words.slice(open + 1, close);
}

/**
 * "will not send troops": a negation right before a topic term, with no stance word between, declines it (a term that
 * is a judgement, "not illegal", is read with the lexicon instead).
 */
function negatedTopicCues(
  words: readonly StanceWord[],
  hits: ReadonlyArray<PhraseHit<PhraseFamily>>,
  topicHits: readonly TopicHit[],
  cues: readonly PolarCue[],
): PolarCue[] {
  const out: PolarCue[] = [];
  const cueStarts = new Set(cues.map((cue) => cue.hit.from));
  for (const negator of hits) {
    if (negator.family !== 'negator') continue;
    const clause = words[negator.from]!.clause;
    const target = topicHits.find((hit) => hit.from >= negator.to && determinerStart(words, negator.to, hit.from) - negator.to <= NEGATED_TOPIC_REACH);
    if (!target || words[target.from]!.clause !== clause) continue;
    let blocked = false;
    for (let i = negator.to; i < target.from && !blocked; i++) blocked = cueStarts.has(i);
    if (blocked) continue;
    out.push({ hit: { family: 'oppose', entry: 'negated topic', from: negator.from, to: target.to }, state: 'oppose', negated: true, by: null });
  }
  return out;
}

/**
 * "our first worry is meagre wages": a worry in the clause of an amount said too small or too large is about that amount,
 * so the amount's cue speaks for both.
 */
function foldIntoAmounts(words: readonly StanceWord[], cues: PolarCue[], amounts: readonly PolarCue[]): void {
  for (const cue of cues) {
    if (cue.hit.family !== 'concern' || cue.state !== 'oppose') continue;
    const amount = amounts.find((candidate) => words[candidate.hit.from]!.clause === words[cue.hit.from]!.clause);
    if (amount) [cue.state, cue.by] = ['consumed', amount.hit];
  }
}

/** "Send the frigates now": how far after the imperative verb its topic object may stand. */
const DEMAND_OBJECT_REACH = 4;
/** What follows an imperative: its object ("Cut the tariffs", "Send the frigates", "Lift rates"). */
const OBJECT_STARTS: ReadonlySet<string> = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
const INFLECTED_END = /(?:[^s]s|ed|ing)$/;

/**
 * "Cut the tariffs!", "Send the frigates now": a sentence of the speaker's own quoted words that opens with the
 * topic's act as a bare verb demands it (reported speech opens with its subject). The verb is a topic term or a verb
 * of taking part with a topic term after it; tagged a verb or, as a capitalised first word often is, a proper noun;
 * in its base form; followed by its object; not a question.
 */
function demands(
  words: readonly StanceWord[],
  hits: ReadonlyArray<PhraseHit<PhraseFamily>>,
  topicHits: readonly TopicHit[],
  cues: readonly PolarCue[],
  lexicon: CompiledLexicon,
): PolarCue[] {
  const out: PolarCue[] = [];
  if (topicHits.length === 0) return out;
  const cued = coveredWords(words.length, hits, cues.map((cue) => cue.hit));
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const opensSentence = i === 0 || hasRole(words[i - 1]!, WordRole.SEGMENT_BREAK) || !words[i - 1]!.inQuote;
    if (!word.inQuote || !opensSentence || cued[i] || (word.pos !== 'VERB' && word.pos !== 'PROPN')) continue;
    if (INFLECTED_END.test(word.normal) || !OBJECT_STARTS.has(words[i + 1]?.pos ?? '') || asksQuestion(words, i)) continue;
    const clause = word.clause;
    const object = topicHits.find((hit) =>
      hit.from === i || (lexicon.selfParticipation.has(word.normal) && hit.from > i && hit.from - i <= DEMAND_OBJECT_REACH && words[hit.from]!.clause === clause));
    if (object) out.push({ hit: { family: 'support', entry: 'demand', from: i, to: Math.max(i + 1, object.to) }, state: 'support', negated: false, by: null });
  }
  return out;
}

/** What opens a cue's own object: "warned against cutting pensions", "praised the new school meals". */
const OWN_OBJECT_STARTS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB']);

/**
 * Whether a phrase names its object right after it ("warned against cutting pensions", "plans to double the
 * budget"); "rejected it", "we support this" point back instead.
 */
function hasOwnObject(words: readonly StanceWord[], hit: PhraseHit<PhraseFamily>): boolean {
  const next = words[hit.to];
  return next !== undefined && next.clause === words[hit.to - 1]!.clause && OWN_OBJECT_STARTS.has(next.pos);
}

/** Whether the segment of word `at` ends in a question mark. */
function asksQuestion(words: readonly StanceWord[], at: number): boolean {
  for (let i = at; i < words.length; i++) if (hasRole(words[i]!, WordRole.SEGMENT_BREAK)) return words[i]!.normal === '?';
  return false;
}

const OTHERS: ReadonlySet<string> = new Set(thirdPersonSubjects);
/** "they absolutely do not want": how many auxiliaries, adverbs and negators may stand between subject and cue. */
const OTHERS_REACH = 3;

/**
 * "They want us to give in", "something they do not want": a stance verb whose subject is "he", "she" or "they"
 * gives someone else's position, in the speaker's own quoted words anywhere; in reported speech, not when the
 * pronoun opens the reported clause ("she said she would back it": there it is the speaker).
 */
function thirdPersonSubject(words: readonly StanceWord[], cue: PolarCue, direct: boolean): boolean {
  const from = cue.by !== null && cue.negated ? Math.min(cue.by.from, cue.hit.from) : cue.hit.from;
  const clause = words[cue.hit.from]!.clause;
  const first = direct ? -1 : words.findIndex((word) => word.inQuote);
  // "that they would back it": the reported clause opens after its "that".
  const opening = first !== -1 && words[first]!.normal === 'that' ? first + 1 : first;
  for (let i = from - 1; i >= 0 && i >= from - 1 - OTHERS_REACH && words[i]!.clause === clause && words[i]!.inQuote; i--) {
    if (OTHERS.has(words[i]!.normal)) return i !== opening && (direct || opensInnerClause(words, i));
    if (words[i]!.pos !== 'AUX' && words[i]!.pos !== 'ADV' && words[i]!.pos !== 'PART') return false;
  }
  return false;
}

/** "something they do not want", "because they want": a pronoun after a noun or a subordinator heads a clause of its own. */
function opensInnerClause(words: readonly StanceWord[], at: number): boolean {
  const before = words[at - 1];
  return before !== undefined && before.inQuote && (before.pos === 'NOUN' || before.pos === 'PRON' || before.pos === 'SCONJ');
}

/** "the two sides have now agreed on a plan to": how many words may stand between a group subject and the cue. */
const GROUP_REACH = 5;
/** What may stand between a group subject and its cue: auxiliaries, adverbs, negators, and "agreed on a" before a noun cue. */
const GROUP_GAP_TAGS: ReadonlySet<string> = new Set(['ADV', 'PART', 'DET', 'ADP']);

/**
 * "40 countries did not take part in the vote", "the two sides agreed to extend the contract", "member states have
 * agreed on a plan to": a group of others named in the plural as the subject of a stance word in the past or the
 * perfect reports what that group did; it is their position, not the speaker's (who speaks of their own side as
 * "we").
 */
function groupActed(words: readonly StanceWord[], cue: PolarCue): boolean {
  const from = cue.by !== null && cue.negated ? Math.min(cue.by.from, cue.hit.from) : cue.hit.from;
  const clause = words[cue.hit.from]!.clause;
  // "did not take part in the vote": a negation read with its topic term opens the cue; its verb comes after it.
  const head = words[words[cue.hit.from]!.pos === 'PART' ? cue.hit.from + 1 : cue.hit.from]!;
  // The group's act is a verb: the cue's own ("agreed to"), or one before a noun cue ("agreed on a plan to").
  let acted = head.pos === 'VERB';
  let past = acted && isPastVerb(head.normal);
  for (let i = from - 1; i >= 0 && i >= from - GROUP_REACH && words[i]!.clause === clause && words[i]!.inQuote; i--) {
    const word = words[i]!;
    if (word.pos === 'NOUN') return acted && past && PLURAL_ENDING.test(word.normal);
    if (word.pos === 'VERB' && isPastVerb(word.normal)) [acted, past] = [true, true];
    // "would be needed", "are ready": a modal, the passive or the present is no report of what the group did.
    else if (word.pos === 'AUX' && !isPastAuxiliary(word.normal)) return false;
    else if (word.pos === 'AUX') past = true;
    else if (!GROUP_GAP_TAGS.has(word.pos)) return false;
  }
  return false;
}

const FOCUS: ReadonlySet<string> = new Set(focusMinimizers);
const FOCUS_TIME: ReadonlySet<string> = new Set(focusTimeWords);

/**
 * "not just good", "not only troops", "we don't need just five thousand", "did not want merely a token force": a
 * negation whose focus word comes right after it, or right after the cue it negates (an article between), denies
 * only a minimum, so it is no negation of a position. Drops those negators from the hits.
 */
function withoutFocusedNegators(words: readonly StanceWord[], hits: Array<PhraseHit<PhraseFamily>>): Array<PhraseHit<PhraseFamily>> {
  const focusAt = (at: number): boolean => FOCUS.has(words[at]?.normal ?? '') && !FOCUS_TIME.has(words[at + 1]?.normal ?? '');
  const focused = (at: number): boolean => focusAt(at) || (words[at]?.pos === 'DET' && focusAt(at + 1));
  return hits.filter((hit, h) => {
    if (hit.family !== 'negator') return true;
    if (focused(hit.to)) return false;
    const next = hits[h + 1];
    const negatesCue = next !== undefined && (next.family === 'support' || next.family === 'oppose') && next.from - hit.to <= 2 && words[next.from]!.clause === words[hit.from]!.clause;
    return !(negatesCue && focused(next.to));
  });
}

/** Where the term at `at` starts with its determiners, going back no further than `from`. */
function determinerStart(words: readonly StanceWord[], from: number, at: number): number {
  let start = at;
  while (start > from && TERM_DETERMINERS.has(words[start - 1]!.normal)) start--;
  return start;
}

const SELF_SUBJECTS: ReadonlySet<string> = new Set(speakerSubjects);
const SELF_PARTICIPATION = 'taking part';
/** "we have now delivered": how many words (auxiliaries, adverbs) may stand between the speaker and the verb. */
const SELF_VERB_REACH = 3;
/** "we have delivered a robust framework on how to deal with asylum": how far after the verb the topic term may stand. */
const SELF_OBJECT_REACH = 8;
/** Families that stop the frame: "we did not send", "we may provide", "we discussed deploying". */
const SELF_BLOCKERS: ReadonlySet<PhraseFamily> = new Set(['negator', 'hedge', 'process', 'parameter', 'condition']);

/**
 * "we have delivered a robust framework on asylum", "we are sending instructors": the speaker, in the first person,
 * carrying the act out on a topic term just after the verb takes part in it, with no stance word said.
 */
function selfParticipation(
  words: readonly StanceWord[],
  hits: ReadonlyArray<PhraseHit<PhraseFamily>>,
  topicHits: readonly TopicHit[],
  cues: readonly PolarCue[],
  lexicon: CompiledLexicon,
  direct: boolean,
): PolarCue[] {
  const out: PolarCue[] = [];
  if (topicHits.length === 0) return out;
  const blocked = coveredWords(words.length, hits.filter((hit) => SELF_BLOCKERS.has(hit.family)));
  const reportedSelf = direct ? -1 : reportedSpeakerAt(words);
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.inQuote || !(SELF_SUBJECTS.has(words[i]!.normal) || i === reportedSelf)) continue;
    const clause = words[i]!.clause;
    // "under no circumstances will we send", "we never sent": a negation or a stance word of the clause decides it.
    if (hits.some((hit) => hit.family === 'negator' && words[hit.from]!.clause === clause)) continue;
    if (cues.some((cue) => words[cue.hit.from]!.clause === clause)) continue;
    let verb = -1;
    for (let k = i + 1; k <= i + 1 + SELF_VERB_REACH && k < words.length && words[k]!.clause === clause && !blocked[k]; k++) {
      if (words[k]!.pos === 'VERB' && lexicon.selfParticipation.has(words[k]!.normal)) {
        verb = k;
        break;
      }
    }
    // "we will work day and night to deliver it": the verb of taking part may come as the purpose of another.
    if (verb === -1) verb = purposeVerb(words, i + 1, blocked, lexicon);
    if (verb === -1) continue;
    const object = topicHits.find((hit) => hit.from > verb && hit.from - verb <= SELF_OBJECT_REACH && words[hit.from]!.clause === clause);
    const pointsBack = POINTING_OBJECTS.has(words[verb + 1]?.normal ?? '') && topicHits.some((hit) => hit.to <= i);
    if (object || pointsBack) out.push({ hit: { family: 'support', entry: SELF_PARTICIPATION, from: i, to: verb + 1 }, state: 'support', negated: false, by: null });
  }
  return out;
}

/**
 * In reported speech the pronoun opening the reported clause is the speaker ("the agency said it was adding firms
 * to deliver payloads", "she said that she would send frigates"): its position, or -1.
 */
function reportedSpeakerAt(words: readonly StanceWord[]): number {
  let at = words.findIndex((word) => word.inQuote);
  if (at !== -1 && words[at]!.normal === 'that') at++;
  return at !== -1 && REPORTED_SPEAKERS.has(words[at]?.normal ?? '') ? at : -1;
}

/** "we will work day and night to deliver": how far after the speaker a purpose verb may stand. */
const PURPOSE_REACH = 9;
/** Objects that point back at the topic named before in the claim: "to enforce its rules", "to deliver it". */
const POINTING_OBJECTS: ReadonlySet<string> = new Set(['it', 'its', 'them', 'their', 'this']);

/** The verb of taking part in "to VERB" within reach after word `from`, in its clause; -1 if none. */
function purposeVerb(words: readonly StanceWord[], from: number, blocked: readonly boolean[], lexicon: CompiledLexicon): number {
  const clause = words[from]!.clause;
  for (let k = from + 1; k < words.length - 1 && k <= from + PURPOSE_REACH && words[k]!.clause === clause && !blocked[k]; k++) {
    if (words[k]!.normal === 'to' && lexicon.selfParticipation.has(words[k + 1]!.normal) && !blocked[k + 1]) return k + 1;
  }
  return -1;
}

/**
 * Word indices of "this idea", "such measures", "that plan": references back to the topic named before. A few
 * sentences after one that names it (`close`), also "the decision", "Washington's move"; right after it (`next`),
 * a bare "it" that heads the quote or follows a stance word ("oppose it").
 */
function findAnaphors(
  words: readonly StanceWord[],
  hits: ReadonlyArray<PhraseHit<PhraseFamily>>,
  lexicon: CompiledLexicon,
  close: boolean,
  next: boolean,
): number[] {
  const found: number[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    const normal = words[i]!.normal;
    if (!hasRole(words[i]!, close ? WordRole.ANAPHOR_DETERMINER | WordRole.CLOSE_DETERMINER : WordRole.ANAPHOR_DETERMINER)) continue;
    for (let k = i + 1; k <= i + 2 && k < words.length; k++) {
      const word = words[k]!;
      if (lexicon.anaphoricNouns.has(word.normal) || (normal === 'such' && word.pos === 'NOUN')) {
        found.push(k);
        break;
      }
    }
  }
  if (next) {
    const firstQuoted = words.findIndex((word) => word.inQuote);
    const afterCue = new Set(hits.filter((hit) => hit.family === 'support' || hit.family === 'oppose').map((hit) => hit.to));
    words.forEach((word, i) => {
      if (hasRole(word, WordRole.PRONOUN_REFERENCE) && (i === firstQuoted || afterCue.has(i))) found.push(i);
    });
  }
  return found.sort((a, b) => a - b);
}

function insideCondition(hit: PhraseHit<PhraseFamily>, conditions: readonly ConditionHit[]): boolean {
  return conditions.some((condition) => hit.from >= condition.to && hit.from < condition.scopeEnd);
}

function sharesSegment(condition: ConditionHit, cues: readonly PolarCue[], words: readonly StanceWord[]): boolean {
  return cues.some((cue) => words[cue.hit.from]!.segment === condition.segment);
}

function overlaps(words: readonly StanceWord[], hit: PhraseHit<PhraseFamily>, span: Span | null | undefined): boolean {
  if (!span) return false;
  return words[hit.from]!.start < span.end && words[hit.to - 1]!.end > span.start;
}

/** Majority of the voting cues; a tie goes to the reporting cue, then to the cue nearest a topic term, then to oppose. */
function vote(voters: readonly PolarCue[], words: readonly StanceWord[], cue: Span | null | undefined, topicHits: readonly TopicHit[]): 'support' | 'oppose' | null {
  if (voters.length === 0) return null;
  const support = voters.filter((voter) => voter.state === 'support').length;
  const oppose = voters.length - support;
  if (support !== oppose) return support > oppose ? 'support' : 'oppose';
  const governing = voters.find((voter) => overlaps(words, voter.hit, cue));
  if (governing) return governing.state as 'support' | 'oppose';
  let best: PolarCue | null = null;
  let bestDistance = Infinity;
  for (const voter of voters) {
    for (const hit of topicHits) {
      const distance = Math.abs(hit.from - voter.hit.from);
      if (distance < bestDistance) [best, bestDistance] = [voter, distance];
    }
  }
  return best ? (best.state as 'support' | 'oppose') : 'oppose';
}

function names(cues: StanceReason['cues']): string {
  return cues.map((cue) => `"${cue.text}"`).join(', ');
}

/** Array.from sizes the array to the set; a spread grows it and keeps spare room in every claim's `topicTerms`. */
function unique(values: readonly string[]): string[] {
  return Array.from(new Set(values));
}

const POSITIONS: ReadonlySet<string> = new Set(positionNouns);

/** "Our position is well known", "my view has not changed": the speaker's own quoted words point at their position. */
function pointsAtOwnPosition(words: readonly StanceWord[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.inQuote || !POSITIONS.has(words[i]!.normal)) continue;
    if (SPEAKER_POSSESSIVES.has(words[i - 1]?.normal ?? '') || SPEAKER_POSSESSIVES.has(words[i - 2]?.normal ?? '')) return true;
  }
  return false;
}

/** Turns word positions back into raw spans and builds the reason a person reads. */
class Reading {
  readonly rules: string[] = [];

  constructor(
    private readonly raw: string,
    private readonly words: readonly StanceWord[],
    private readonly topicHits: readonly TopicHit[],
    private readonly onTopic: boolean,
    private readonly onTopicBy: NonNullable<StanceResult['onTopicBy']>,
    private readonly ownPosition: boolean,
    private readonly reportsEvent: boolean,
  ) {}

  span(from: number, to: number): TextSpan {
    const start = this.words[from]!.start;
    const end = this.words[to - 1]!.end;
    return { start, end, text: this.raw.slice(start, end) };
  }

  cue(hit: PhraseHit<PhraseFamily>, polarity: Stance, negated: boolean): StanceReason['cues'][number] {
    return this.cueAt(hit.from, hit.to, polarity, negated);
  }

  /** Built field by field rather than spread from `span`: cues are made for every claim, and spreads are slow. */
  private cueAt(from: number, to: number, polarity: Stance, negated: boolean): StanceReason['cues'][number] {
    const start = this.words[from]!.start;
    const end = this.words[to - 1]!.end;
    return { start, end, text: this.raw.slice(start, end), polarity, negated };
  }

  cues(cues: readonly PolarCue[]): StanceReason['cues'] {
    return cues
      .map((cue) => {
        const joined = cue.by !== null && (cue.negated || cue.hit.family === 'concern');
        const from = joined ? Math.min(cue.by!.from, cue.hit.from) : cue.hit.from;
        const to = joined ? Math.max(cue.by!.to, cue.hit.to) : cue.hit.to;
        const polarity: Stance = cue.state === 'support' || cue.state === 'oppose' ? cue.state : 'neutral';
        return this.cueAt(from, to, polarity, cue.negated);
      })
      .sort((a, b) => a.start - b.start);
  }

  valenceCues(hits: readonly ValenceHit[]): StanceReason['cues'] {
    return hits.map((hit) => this.cueAt(hit.at, hit.at + 1, hit.value > 0 ? 'support' : 'oppose', hit.negated));
  }

  quoted(condition: ConditionHit): string {
    return `"${this.span(condition.from, condition.scopeEnd).text}"`;
  }

  about(terms: readonly string[]): string {
    return terms.length > 0 && this.topicHits.length > 0 ? ` about ${terms.map((term) => `"${term}"`).join(', ')}` : '';
  }

  result(stance: Stance, cues: StanceReason['cues'], condition: ConditionHit | null, topicTerms: string[], summary: string): StanceResult {
    return {
      stance,
      reason: {
        cues,
        condition: condition ? this.span(condition.from, condition.scopeEnd) : null,
        topicTerms,
        summary,
      },
      onTopic: this.onTopic,
      ...(this.onTopic ? { onTopicBy: this.onTopicBy } : {}),
      ...(this.ownPosition ? { ownPosition: true } : {}),
      ...(this.reportsEvent ? { reportsEvent: true } : {}),
      ...(this.rules.length > 0 ? { rules: this.rules } : {}),
    };
  }
}
