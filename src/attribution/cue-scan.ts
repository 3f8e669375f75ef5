import { isCapitalised } from '../core/capitalised.js';
import type { Token } from '../text/analyse.js';
import { isVerbToken } from '../core/tokens.js';
import { addresseeOf, holdsVerb, meetsRequirement, opensComparison, thatAfterAdjunct } from './complement.js';
import { matchCue, opensFiniteClause, opensReportedClause, RELATIVE_OBJECT_RULE, RELATIVE_PREDICATE_RULE, type CueIndex, type CueMatch } from './cue-forms.js';
import { evidenceSubject } from './evidence-subject.js';
import { voteTally } from './vote-tally.js';
import { leadIn } from './lead-in.js';
import type { TokenRange } from '../text/noun-phrase.js';
import { closesQuotedAside, isPassiveBefore, isRelativePronoun, PROPORTION_SPEAKER_RULE, skipBackToSubject, speakerAfter, speakerBefore } from '../text/speaker-phrase.js';
import { enclosingAt, tokensInsideEnclosing, type Unit, type UnitQuotes } from './units.js';
import {
  ADJUNCT_OPENERS,
  isAdjunctWord,
  isComma,
  isDashAt,
  isFiniteVerb,
  isQuoteToken,
  MONTHS,
  NEGATIONS,
  SENTENCE_END,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
} from '../lang/en/words.js';
import { phraseEndingAt, phraseStartingAt } from '../text/noun-phrase.js';
import { sourcePhrase } from './source-phrase.js';
import { issuingVerbForms, messageNouns } from '../lang/en/cue-frames.js';
import { ADJUNCT_PARTICIPLE_LINKS, EXPLETIVE_SUBJECTS, TIME_CLAUSE_OPENERS, MESSAGE_TIME_LEADS, UNASSERTED_OPENERS, CLAUSE_COORDINATORS, CLAUSE_SUBORDINATORS, CONCESSIVE_SUBORDINATORS, NOT_REPORTING_VERBS, PARTICIPLE_LINKS, POSSESSIVE_S, QUOTED_AS_VERB_FORMS, PROGRESSIVE_AUXILIARIES, QUESTION_OPENERS, OBJECT_RELATIVE_PRONOUNS, PERIODS, RELATIVE_PREDICATE_PRONOUNS, RULE_INSTRUMENTS, SUBORDINATORS, LEADING_CLAUSE_SUBORDINATORS, SUBJECT_PREMODIFIER_TAGS, VERB_COORDINATORS } from '../lang/en/grammar.js';

/**
 * How a cue sits in its unit:
 * - main: `X said (that) …`, the subject before the cue;
 * - coordinate: `…, and Y stated that …`, a new subject after a coordinator;
 * - resumed: the verb after a parenthetical (`X, who said Tuesday he …, estimated …`);
 * - relative: `X, who said …`;
 * - participial: `…, saying (that) …`, the speaker is the clause's subject;
 * - tail: `…, X said.` after the reported words;
 * - according: `according to X`;
 * - aside: `As X put it, …`, `…, as X noted, …`: the sentence around the as-clause is X's;
 * - silent: a negated cue that reports nothing ("but he did not say …"); it only ends the complement before it.
 */
export type HitKind = 'main' | 'coordinate' | 'resumed' | 'relative' | 'participial' | 'tail' | 'according' | 'aside' | 'silent';

export interface CueHit {
  kind: HitKind;
  cue: CueMatch;
  /** First token of the cue span, a negated auxiliary included ("did not rule out"). */
  cueFirst: number;
  speakers: TokenRange[];
  /** First token of the subject (apposition included); the cue itself when there is none. */
  subjectFirst: number;
  /** Where this hit's clause begins: a complement read before it ends here. */
  boundary: number;
  /** An absolute clause after "with" (`…, with X warning of …`): a side remark that a quotation after it may spell out. */
  absolute?: boolean;
  /** Ids of the frames that read this hit beyond its plain reading; they show in each claim's `rules`. */
  frames?: readonly string[];
}

/** The hits of every unit without one: frozen, since it is shared. */
const NO_HITS: readonly CueHit[] = Object.freeze([]);

/** A quotation this short may hold the cue itself as a scare-quote (`Biden "expressed concern" to …`). */
const SHORT_QUOTATION_TOKENS = 4;
const PAST_SUFFIX = /(?:ied|ed)$/;

/**
 * Finds every reporting cue of the unit and how it attaches. Cues nested in another cue's complement are dropped, a
 * negated one too ("said he could not comment on it" reports what was said; only ", but he did not say" ends it).
 */
export function scanUnit(unit: Unit, index: CueIndex): readonly CueHit[] {
  const tokens = unit.tokens;
  // The units of an article live through the attribution stage, and most hold one hit or none: a literal of one holds
  // it exactly, where an array grown by push from empty keeps room for sixteen (~120 bytes a unit), and a unit
  // without one shares `NO_HITS` rather than holding an empty array of its own.
  let hits: CueHit[] | null = null;
  let complementOpen = false;
  let subordinateOpen = false;
  let relativeCloses = -1;
  const leadingEnd = leadingClauseEnd(tokens);
  for (let i = 0; i < tokens.length; i++) {
    // "said yes, compared with 23 percent who said …": the comparison is the narrator's, and closes the report.
    if (i === relativeCloses || opensComparison(tokens, i)) complementOpen = false;
    if (insideLongQuotation(unit, i)) continue;
    const cue = matchCue(index, tokens, i) ?? unlistedVerbCue(tokens, i);
    if (cue === null || quotesObjectAsSaying(tokens, i, index)) continue;
    let classified = voteTally(tokens, evidenceSubject(tokens, classify(tokens, cue)));
    // `While X called it "a sham," Y said it works`: past the subordinate clause, a subject and a cue with words of
    // its own open the main clause, even right after a quotation, where they would otherwise read as its tail.
    const opensMainClause = classified !== null && (classified.kind === 'main' || (classified.kind === 'tail' && classified.subjectFirst < classified.cueFirst && !endsClause(tokens, classified.cue)));
    if (classified !== null && opensMainClause && complementOpen && subordinateOpen) {
      const comma = clauseCommaBefore(tokens, classified.subjectFirst, unit.quotes);
      if (comma >= 0) classified = { ...classified, kind: 'coordinate', boundary: comma };
    }
    if (classified !== null && classified.kind === 'main' && complementOpen) {
      const open: CueHit = hits![hits!.length - 1]!;
      classified = concessiveClause(tokens, classified, open) ?? clauseAfterObject(tokens, classified, open) ?? classified;
    }
    if (classified === null || (classified.kind === 'main' && (complementOpen || lacksRequiredComplement(tokens, classified.cue)))) continue;
    // "when asked whether he backed the protest, he said …", "if she rejects the deal": a question or a condition.
    if (classified.kind === 'main' && UNASSERTED_OPENERS.has(tokens[classified.subjectFirst - 1]?.normal ?? '')) continue;
    if (complementOpen && nestedBySameSpeaker(tokens, classified, hits![hits!.length - 1]!)) continue;
    if (classified.kind === 'silent' && complementOpen && classified.boundary === classified.subjectFirst) continue;
    if (complementOpen && opensReportedAdjunct(tokens, classified, hits![hits!.length - 1]!)) continue;
    const refuses = refusesToSay(tokens, classified, index);
    // "wrote that the title, history and text of the law showed it to be …": inside an open complement that has no
    // verb yet, a cue that reports nothing is the reported clause's own verb, its subject a coordination; it ends nothing.
    if (!refuses && complementOpen && classified.subjectFirst < classified.cueFirst && !requirementMet(tokens, classified.cue) && !holdsVerb(tokens, { first: hits![hits!.length - 1]!.cue.last + 1, last: classified.subjectFirst - 1 })) continue;
    const silent = refuses || !requirementMet(tokens, classified.cue);
    const hit: CueHit = silent ? { ...classified, kind: 'silent' as const } : classified;
    if (hits === null) hits = [hit];
    else hits.push(hit);
    complementOpen = hit.kind !== 'tail';
    relativeCloses = hit.kind === 'relative' ? positionClauseEnd(tokens, hit.cue) : -1;
    // A claim joined inside the subordinate clause (", with X saying …") keeps it open until the main clause.
    // "As X noted, Y said …": an aside is no clause of time; the claim after it is read on its own.
    const insideLeadingClause = hit.cue.last < leadingEnd || opensSubordinateClause(tokens, hit.subjectFirst);
    subordinateOpen = complementOpen && hit.kind !== 'aside' && (insideLeadingClause || (subordinateOpen && hit.kind === 'coordinate'));
    i = cue.last;
  }
  return hits ?? NO_HITS;
}

/**
 * `said that by refusing to say it, Democrats …`, `said that after hearing the case, the judge …`: a participle right
 * after the open cue's "that" opens an adjunct of the reported clause, which goes on past it.
 */
function opensReportedAdjunct(tokens: readonly Token[], hit: CueHit, open: CueHit): boolean {
  if (hit.kind !== 'participial' || !ADJUNCT_PARTICIPLE_LINKS.has(tokens[hit.boundary]?.normal ?? '')) return false;
  const that = hit.boundary - 1;
  return that > open.cue.last && tokens[that]!.normal === 'that';
}

/**
 * `The governor, who opposes abortion, vetoed the bill because she said …`: a relative clause whose cue takes a
 * position on an object (no clause of its own) ends at the first comma after it when a finite verb follows there, and
 * so does its complement, so cues after it are read. Returns that comma, else -1.
 */
function positionClauseEnd(tokens: readonly Token[], cue: CueMatch): number {
  const from = cue.last + 1;
  if (cue.kind !== 'position' || opensReportedClause(tokens, from)) return -1;
  for (let k = from; k + 1 < tokens.length; k++) {
    if (isComma(tokens[k])) return isFiniteVerb(tokens[k + 1]) ? k : -1;
  }
  return -1;
}

/**
 * `said the cuts show a weak economy, which he claims was brought on by X`: inside an open complement, a relative
 * predicate whose speaker is a pronoun, or the name of the open claim's speaker ("Lee's view is that …, which Lee
 * fears …"), is the same speaker going on; it stays part of the claim around it.
 */
function nestedBySameSpeaker(tokens: readonly Token[], hit: CueHit, open: CueHit): boolean {
  const frames = hit.cue.frames ?? [];
  if (hit.kind !== 'relative' || !(frames.includes(RELATIVE_PREDICATE_RULE) || frames.includes(RELATIVE_OBJECT_RULE))) return false;
  const speaker = hit.speakers[0];
  if (speaker === undefined) return false;
  if (speaker.first === speaker.last && SUBJECT_PRONOUNS.has(tokens[speaker.first]!.normal)) return true;
  const name = tokens[speaker.last]!;
  return name.pos === 'PROPN' && open.speakers.some((range) => tokens.slice(range.first, range.last + 1).some((token) => token.value === name.value));
}

/** Rule id of a claim read out of a concessive clause after a complement ("…, though she noted …", "…, even though …"). */
export const CONCESSIVE_CLAUSE_RULE = 'attribution/frame:concessive-clause';

/**
 * `X said A, though she noted B`: a comma and "though"/"although" after a complement or an object start a
 * clause of their own, so a cue there opens a second claim and ends the first. Right after the cue the clause is
 * inside the complement (`said that, although critics said it would fail, the plan worked`).
 */
function concessiveClause(tokens: readonly Token[], hit: CueHit, open: CueHit): CueHit | null {
  const link = hit.subjectFirst - 1;
  if (!CONCESSIVE_SUBORDINATORS.has(tokens[link]?.normal ?? '')) return null;
  const comma = tokens[link - 1]?.normal === 'even' ? link - 2 : link - 1;
  if (!isComma(tokens[comma])) return null;
  let verb = false;
  let said = false;
  for (let k = open.cue.last + 1; k < comma && !verb; k++) {
    verb = tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX';
    said ||= tokens[k]!.normal !== 'that' && tokens[k]!.pos !== 'PUNCT';
  }
  // After a plain object the concession reports a clause of its own only when its cue opens one with "that"
  // ("criticized the media, though he added that …"); "endorsed the levy, although she had opposed it" narrates.
  const clauseAfterObject = said && tokens[hit.cue.last + 1]?.normal === 'that';
  return verb || clauseAfterObject ? { ...hit, kind: 'coordinate', boundary: comma, frames: [CONCESSIVE_CLAUSE_RULE] } : null;
}

/** Rule id of a second speaker read out of an object ("… mishandled the probe and Democrats accused …"). */
export const CLAUSE_AFTER_OBJECT_RULE = 'attribution/frame:clause-after-object';

/**
 * `X said the agency mishandled the probe and Democrats accused …`: inside the complement of the open hit, a "subject"
 * of several conjuncts right after a verb is that verb's object joined by "and" to the next clause's subject.
 * The last conjunct speaks, and the complement before it ends at the coordinator.
 */
function clauseAfterObject(tokens: readonly Token[], hit: CueHit, open: CueHit): CueHit | null {
  const before = tokens[hit.subjectFirst - 1];
  // After a preposition the conjuncts may well be one subject ("countries like France and the Baltic states had …"),
  // and right after the open cue they are its clause's subject ("said shootings and protests demand …").
  if (before === undefined || before.pos !== 'VERB' || hit.subjectFirst - 1 <= open.cue.last || hit.cue.form === 'ing') return null;
  const coordinator = lastCoordinator(tokens, hit.speakers);
  if (coordinator < 0) return null;
  const speaker = { first: coordinator + 1, last: hit.speakers[hit.speakers.length - 1]!.last };
  return { ...hit, kind: 'coordinate', speakers: [speaker], subjectFirst: speaker.first, boundary: coordinator, frames: [CLAUSE_AFTER_OBJECT_RULE] };
}

/** The "and" or "but" before the last conjunct of a subject read as several phrases or as one ("the audit and tenants"). */
function lastCoordinator(tokens: readonly Token[], speakers: readonly TokenRange[]): number {
  const last = speakers[speakers.length - 1]!;
  if (speakers.length > 1) return CLAUSE_COORDINATORS.has(tokens[last.first - 1]?.normal ?? '') ? last.first - 1 : -1;
  for (let k = last.last - 1; k > last.first; k--) if (CLAUSE_COORDINATORS.has(tokens[k]!.normal)) return k;
  return -1;
}

/**
 * Where the complement of a hit in an opening subordinate clause ends: at the comma before the main clause's subject
 * and verb (`While he said it, the crowd cheered.`), else at `end`.
 */
export function subordinateComplementEnd(tokens: readonly Token[], hit: CueHit, end: number, quotes: UnitQuotes): number {
  if (!opensSubordinateClause(tokens, hit.subjectFirst)) return end;
  for (let j = hit.cue.last + 1; j < end; j++) {
    if (!isComma(tokens[j])) continue;
    const closing = closesQuotation(tokens, j + 1, quotes);
    if (!closing && enclosingAt(quotes, j) !== null) continue;
    const at = closing ? j + 2 : j + 1;
    // "While polls indicated that …, there is a sense …": an expletive subject opens the main clause too.
    const subject = EXPLETIVE_SUBJECTS.has(tokens[at]?.normal ?? '') ? { first: at, last: at } : phraseStartingAt(tokens, at);
    let verb = subject === null ? -1 : subject.last + 1;
    while (verb > 0 && tokens[verb]?.pos === 'ADV') verb++;
    // A quotation that closes after the comma (`While X called it "a sham," Y said …`) stays whole in the first claim.
    if (verb > 0 && (tokens[verb]?.pos === 'VERB' || tokens[verb]?.pos === 'AUX')) return closing ? j + 2 : j;
  }
  return end;
}

function closesQuotation(tokens: readonly Token[], at: number, quotes: UnitQuotes): boolean {
  const mark = tokens[at];
  return mark !== undefined && isQuoteToken(mark) && quotes.closeAt.has(mark.start);
}

/**
 * The comma that ends an opening subordinate clause right before the subject at `subjectFirst`, also where a
 * quotation closes after it in the American way (`When X called it "a sham," Y said …`); -1 if there is none.
 */
function clauseCommaBefore(tokens: readonly Token[], subjectFirst: number, quotes: UnitQuotes): number {
  if (isComma(tokens[subjectFirst - 1])) return subjectFirst - 1;
  return isComma(tokens[subjectFirst - 2]) && closesQuotation(tokens, subjectFirst - 1, quotes) ? subjectFirst - 1 : -1;
}

/** How many words of a subject may stand between a leading subordinator and the subject read ("while only some …"). */
const MAX_SUBJECT_PREMODIFIERS = 3;

/**
 * `While X said A, Y said B`, `Right after X backed A, Y did B`, `Even as many X urged A, …`, `Still, after X asked A,
 * …`: the hit's subject follows a subordinator that opens the unit, after at most a conjunction or an adverb of its
 * own ("right", "even", "just"), with or without a comma.
 */
function opensSubordinateClause(tokens: readonly Token[], subjectFirst: number): boolean {
  let word = subjectFirst - 1;
  while (word > 0 && subjectFirst - word <= MAX_SUBJECT_PREMODIFIERS && SUBJECT_PREMODIFIER_TAGS.has(tokens[word]!.pos) && !LEADING_CLAUSE_SUBORDINATORS.has(tokens[word]!.normal)) word--;
  return word >= 0 && word === leadingSubordinator(tokens);
}

/** The subordinator that opens the unit, after at most a conjunction or an adverb and a comma; -1 if none does. */
function leadingSubordinator(tokens: readonly Token[]): number {
  const opened = tokens[0]?.pos === 'CCONJ' || tokens[0]?.pos === 'ADV';
  const word = !opened ? 0 : isComma(tokens[1]) ? 2 : 1;
  if (LEADING_CLAUSE_SUBORDINATORS.has(tokens[word]?.normal ?? '')) return word;
  return opened && LEADING_CLAUSE_SUBORDINATORS.has(tokens[0]!.normal) ? 0 : -1;
}

/**
 * Where the subordinate clause that opens the unit ends: its first comma (`After failing to persuade voters that he
 * understood them, the mayor said …`); -1 when no such clause opens the unit or no comma ends it.
 */
function leadingClauseEnd(tokens: readonly Token[]): number {
  const subordinator = leadingSubordinator(tokens);
  if (subordinator < 0) return -1;
  for (let j = subordinator + 1; j < tokens.length; j++) if (isComma(tokens[j])) return j;
  return -1;
}

/**
 * "refused to say whether …", "declined to confirm": an infinitive cue that is silent when negated, after a cue that
 * takes an infinitive, reports nothing, as "did not say" does.
 */
function refusesToSay(tokens: readonly Token[], hit: CueHit, index: CueIndex): boolean {
  if (!hit.cue.frame.takesInfinitive || tokens[hit.cue.last + 1]?.normal !== 'to') return false;
  return matchCue(index, tokens, hit.cue.last + 2)?.frame.silentWhenNegated === true;
}

function insideLongQuotation(unit: Unit, i: number): boolean {
  const quotation = enclosingAt(unit.quotes, i);
  if (quotation === null) return false;
  return tokensInsideEnclosing(unit.quotes, i) > SHORT_QUOTATION_TOKENS || quotation.open < unit.start;
}

function classify(tokens: readonly Token[], cue: CueMatch): CueHit | null {
  const i = cue.first;
  const previous = tokens[i - 1];
  if (cue.lemma === 'according to') {
    // "acted exactly according to the rules", "voted according to plan": in keeping with, not a source.
    if (previous !== undefined && (previous.pos === 'ADV' || previous.pos === 'VERB')) return null;
    const speaker = sourcePhrase(tokens, cue.last + 1, tokens.length);
    if (speaker === null) return null;
    const boundary = isComma(previous) ? i - 1 : i;
    return { kind: 'according', cue, cueFirst: i, speakers: [speaker], subjectFirst: speaker.first, boundary };
  }
  // "the minister’s promised reforms", "the firm’s stated aim": a participle after an owner's ’s modifies a noun.
  if (previous !== undefined && POSSESSIVE_S.has(previous.normal)) return null;
  // The subject is looked for before the verb's first word: the be-form of a progressive ("is warning").
  let verb = i;
  if (cue.form === 'ing') {
    const auxiliary = progressiveAuxiliary(tokens, i);
    if (auxiliary === null) {
      const absolute = withAbsolute(tokens, cue);
      if (absolute !== null) return absolute;
      const quoted = quotedAsSaying(tokens, cue);
      if (quoted !== null) return quoted;
      const coordinated = followsParticiple(tokens, i);
      const message = !coordinated && issuedMessageBefore(tokens, i);
      const linked = isComma(previous) || isDashAt(tokens, i - 1) || (previous !== undefined && PARTICIPLE_LINKS.has(previous.normal)) || coordinated || message;
      const boundary = linked ? i - 1 : isQuoteToken(previous) && isComma(tokens[i - 2]) ? i - 2 : -1;
      if (boundary < 0 || (tokens[cue.last + 1]?.normal === 'to' && !cue.frame.takesInfinitive)) return null;
      const frame = coordinated ? COORDINATED_PARTICIPLE_RULE : message ? ISSUED_MESSAGE_RULE : null;
      const read = frame !== null ? { ...cue, frames: [...(cue.frames ?? []), frame] } : cue;
      return { kind: 'participial', cue: read, cueFirst: i, speakers: [], subjectFirst: i, boundary };
    }
    if (!opensComplementVisibly(tokens, cue)) return null;
    verb = auxiliary;
  }
  if (previous?.normal === 'to') {
    const leadInFirst = leadIn(tokens, i - 1);
    if (leadInFirst === null) return null;
    // "…, going on to say that …", "…, before continuing to argue …": a lead-in in the -ing form is a participle.
    const link = participleLinkBefore(tokens, leadInFirst);
    if (link >= 0) return { kind: 'participial', cue, cueFirst: i, speakers: [], subjectFirst: i, boundary: link };
    verb = leadInFirst;
  }
  if (cue.form === 'past' && isPassiveBefore(tokens, i - 1) && !cue.lemma.startsWith('be ')) return null;
  const cueFirst = negatedStart(tokens, i);
  const k = skipBackToSubject(tokens, verb - 1);
  const subject = speakerBefore(tokens, verb);
  if (subject === null && cue.frame.onlyAside) return null;
  if (subject === null) return sharedSubject(tokens, cue, cueFirst) ?? invertedTail(tokens, cue, cueFirst);
  // Every hit is built with its fields in one order: the spread of a shared base gave the hits a second shape.
  const read = subject.rule === undefined ? cue : { ...cue, frames: [...(cue.frames ?? []), subject.rule] };
  const hit = (kind: HitKind, boundary: number): CueHit => ({ kind, cue: read, cueFirst, speakers: subject.speakers, subjectFirst: subject.first, boundary });
  // "which even critics say was …": an adverb may stand between the pronoun and the subject.
  let pronoun = subject.first - 1;
  while (pronoun > 0 && tokens[pronoun]!.pos === 'ADV') pronoun--;
  if (cue.frames?.includes(RELATIVE_OBJECT_RULE) && OBJECT_RELATIVE_PRONOUNS.has(tokens[pronoun]?.normal ?? '')) {
    // "a fee, which the mayor called “a disgrace”": the judgement after the cue is the claim; the clause ends before it.
    return hit('relative', isComma(tokens[pronoun - 1]) ? pronoun - 1 : pronoun);
  }
  if (cue.frames?.includes(RELATIVE_PREDICATE_RULE) && RELATIVE_PREDICATE_PRONOUNS.has(tokens[pronoun]?.normal ?? '')) {
    // "donations, which he said were favours": the relative clause holds the claim and ends the clause before it.
    return hit('relative', isComma(tokens[pronoun - 1]) ? pronoun - 1 : pronoun);
  }
  const aside = asClauseStart(tokens, subject.first);
  if (aside !== null) {
    // "As he said he would, the mayor resigned": the as-clause does not end at the cue, so it reports nothing.
    return asideEnd(tokens, cue) === null ? null : hit('aside', aside);
  }
  if (cue.frame.onlyAside) return null;
  if (cueFirst < i && (cue.frame.silentWhenNegated || QUESTION_OPENERS.has(tokens[cue.last + 1]?.normal ?? ''))) {
    const before = tokens[subject.first - 1];
    const boundary = before !== undefined && (CLAUSE_COORDINATORS.has(before.normal) || isComma(before)) ? subject.first - 1 : subject.first;
    return hit('silent', isComma(tokens[boundary - 1]) ? boundary - 1 : boundary);
  }
  if (k >= 0 && isRelativePronoun(tokens[k]!)) {
    // Without a comma the clause restricts its noun ("economists who argue that …"): a report when its words
    // visibly open and it is not inside another report ("… for people who refuse to pay"), since its clause may
    // run on into the main one ("mayors who endorsed X have received …").
    if (isComma(tokens[k - 1])) return hit('relative', k - 1);
    if (opensComplementVisibly(tokens, cue)) return hit('main', subject.first);
    return reportsFromObjectPosition(tokens, cue, subject.first) ? { ...hit('main', subject.first), frames: [OBJECT_RELATIVE_RULE] } : null;
  }
  const before = tokens[subject.first - 1];
  const commaBefore = isComma(before) || (isQuoteToken(before) && isComma(tokens[subject.first - 2]));
  const afterQuotation = isQuoteToken(before) || (isComma(before) && isQuoteToken(tokens[subject.first - 2]));
  const titleBefore = afterQuotation && quotedTitleInAdjunct(tokens, isQuoteToken(before) ? subject.first - 1 : subject.first - 2);
  if (subject.first > 0 && commaBefore && ((afterQuotation && !(titleBefore && !endsClause(tokens, cue))) || endsClause(tokens, cue))) {
    return hit('tail', isComma(before) ? subject.first - 1 : subject.first - 2);
  }
  if (k >= 0 && isComma(tokens[k]) && k > subject.speakers[subject.speakers.length - 1]!.last) {
    // "That would create a summer of agony, forcing her …, said Ann Lee": a phrase right after the unit's verb is its
    // object, not a subject the aside interrupts; the speaker comes after the cue. After a preposition, or inside a
    // relative clause ("Lee, who heads the committee, which …, said"), the phrase may belong to the subject.
    if (objectOfMainVerb(tokens, subject.first)) return invertedTail(tokens, cue, cueFirst);
    return hit('resumed', k);
  }
  // "Ana Ruiz, who calls the mayor “a liar,” said …": the closing mark ends the aside's quotation.
  if (k >= 0 && closesQuotedAside(tokens, k, 0)) return hit('resumed', k + 1);
  if (before !== undefined && (CLAUSE_COORDINATORS.has(before.normal) || before.value === ';')) {
    const boundary = isComma(tokens[subject.first - 2]) ? subject.first - 2 : subject.first - 1;
    return hit('coordinate', boundary);
  }
  return hit('main', subject.first);
}

/** Whether the phrase at `first` follows a verb of the unit's own clause, with no relative pronoun before it. */
function objectOfMainVerb(tokens: readonly Token[], first: number): boolean {
  const verb = tokens[first - 1];
  // A capitalised "Will" or "May" before the phrase is part of a name.
  if (verb === undefined || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || isCapitalised(verb.value)) return false;
  for (let k = 0; k < first - 1; k++) if (isRelativePronoun(tokens[k]!)) return false;
  return true;
}

/** Rule id of the object of "quoted … as saying" read as the speaker ("The paper quoted an aide as saying …"). */
export const QUOTED_AS_SAYING_RULE = 'attribution/frame:quoted-as-saying';

/**
 * `The paper quoted an aide as saying …`, `Reuters cited Tom Hale, a farmer, as saying …`: the object of a quoting
 * verb speaks the -ing cue after "as"; the outlet that quotes is only where the words were found. The clause begins
 * at the quoting verb's subject.
 */
function quotedAsSaying(tokens: readonly Token[], cue: CueMatch): CueHit | null {
  const as = cue.first - 1;
  if (tokens[as]?.normal !== 'as') return null;
  let verb = as - 1;
  while (verb >= 0 && !QUOTED_AS_VERB_FORMS.has(tokens[verb]!.normal) && as - verb <= MAX_QUOTED_OBJECT) verb--;
  if (verb < 0 || !QUOTED_AS_VERB_FORMS.has(tokens[verb]!.normal) || verb === as - 1) return null;
  const object = speakerBefore(tokens, as, verb + 1);
  if (object === null || object.first !== verb + 1) return null;
  const quoting = speakerBefore(tokens, verb);
  const read = { ...cue, frames: [...(cue.frames ?? []), QUOTED_AS_SAYING_RULE] };
  return { kind: 'main', cue: read, cueFirst: cue.first, speakers: object.speakers, subjectFirst: object.first, boundary: quoting?.first ?? verb };
}

/** How many tokens the object of "quoted … as saying" may take, an apposition included. */
const MAX_QUOTED_OBJECT = 16;

/**
 * "cited an official as saying …": the quoting verb at `i` only tells where the words were found; its object speaks
 * the -ing cue after "as", which `quotedAsSaying` reads. True when such a cue follows the verb's object.
 */
function quotesObjectAsSaying(tokens: readonly Token[], i: number, index: CueIndex): boolean {
  if (!QUOTED_AS_VERB_FORMS.has(tokens[i]!.normal)) return false;
  for (let as = i + 2; as < tokens.length && as - i <= MAX_QUOTED_OBJECT; as++) {
    if (tokens[as]!.normal !== 'as') continue;
    const cue = matchCue(index, tokens, as + 1);
    return cue !== null && cue.form === 'ing' && quotedAsSaying(tokens, cue) !== null;
  }
  return false;
}

/** Rule id of a claim read out of a restrictive relative clause on an object ("hired a lawyer who said he was owed …"). */
export const OBJECT_RELATIVE_RULE = 'attribution/frame:object-relative';

/**
 * `hired an architect who said he was never paid`, `compared with 30 percent who say the same`: a restrictive clause on
 * a phrase after a verb or a preposition has no main clause after it to run into, so a speech cue there reports a bare
 * finite clause as a "that"-clause would. On the sentence's subject ("voters who said X backed Y") the clause may
 * run on into the main verb, so only a visible opening counts there.
 */
function reportsFromObjectPosition(tokens: readonly Token[], cue: CueMatch, antecedentFirst: number): boolean {
  const before = tokens[antecedentFirst - 1];
  if (before === undefined || cue.kind !== 'speech' || cue.frame.requires !== undefined) return false;
  // "compared to 30 percent who …": the tagger reads that "to" as a particle.
  if (!(before.pos === 'VERB' || before.pos === 'ADP' || before.pos === 'SCONJ' || before.normal === 'to')) return false;
  return opensFiniteClause(tokens, cue.last + 1);
}

/** Rule id of an -ing cue after a message its speaker issued ("issued a statement saying …"). */
export const ISSUED_MESSAGE_RULE = 'attribution/frame:issued-message';

/** How many words a message's noun phrase may hold before its noun ("a brief written statement"). */
const MAX_MESSAGE_MODIFIERS = 4;

/**
 * `X issued a statement saying …`, `sent a fundraising email Wednesday saying …`: an -ing cue right after the object of
 * a verb of issuing, when that object is a message (a time word may stand between), carries the words of the one who
 * issued it. A message that is the subject ("A statement saying … was posted") or that someone read or received
 * ("read a letter saying …") speaks for someone else.
 */
function issuedMessageBefore(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= MAX_MESSAGE_TIME_WORDS && isMessageTimeWord(tokens[k]!)) k--;
  if (k < 0 || !messageNouns.has(tokens[k]!.normal)) return false;
  let first = k - 1;
  while (first >= 0 && k - first <= MAX_MESSAGE_MODIFIERS && MESSAGE_MODIFIER_TAGS.has(tokens[first]!.pos)) first--;
  // "a series of tweets", "a string of posts": a count of messages is read as the messages.
  if (first > 0 && tokens[first]!.normal === 'of' && tokens[first - 1]!.pos === 'NOUN') {
    const count = first - 1;
    first = count - 1;
    while (first >= 0 && count - first <= MAX_MESSAGE_MODIFIERS && MESSAGE_MODIFIER_TAGS.has(tokens[first]!.pos)) first--;
  }
  const determiner = tokens[first + 1];
  if (determiner === undefined || first + 1 === k || determiner.pos !== 'DET') return false;
  // "sent out a release", "fired off a letter": the verb's particle stands between it and the message.
  const verb = tokens[first]?.pos === 'ADP' || tokens[first]?.pos === 'PART' || tokens[first]?.pos === 'ADV' ? tokens[first - 1] : tokens[first];
  return verb !== undefined && issuingVerbForms.has(verb.normal);
}

/** How many words of time may stand between a message and the cue ("a statement on Friday afternoon saying"). */
const MAX_MESSAGE_TIME_WORDS = 4;

function isMessageTimeWord(token: Token): boolean {
  return TIME_WORDS.has(token.normal) || PERIODS.has(token.normal) || MONTHS.has(token.normal) || MESSAGE_TIME_LEADS.has(token.normal) || token.pos === 'NUM';
}

/** Tags of the words that may stand in a message's noun phrase before its noun (determiner included). */
const MESSAGE_MODIFIER_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The comma or the preposition ("before", "after") that sets off a lead-in in the -ing form at `k` as a participle
 * ("…, going on to say"); -1 when the lead-in is no participle.
 */
function participleLinkBefore(tokens: readonly Token[], k: number): number {
  const lead = tokens[k]!;
  if (!lead.normal.endsWith('ing')) return -1;
  const before = tokens[k - 1];
  if (isComma(before) || isDashAt(tokens, k - 1)) return k - 1;
  if (before === undefined || !PARTICIPLE_LINKS.has(before.normal)) return -1;
  return isComma(tokens[k - 2]) ? k - 2 : k - 1;
}

/** Rule id of an -ing cue joined by "and" to a participle set off before it ("…, touting X and saying …"). */
export const COORDINATED_PARTICIPLE_RULE = 'attribution/frame:coordinated-participle';

/** How far back the participle that an "and" joins an -ing cue to may stand. */
const MAX_COORDINATED_PARTICIPLE = 16;

/**
 * `…, each touting their record and saying the other is unfit`: "and" before an -ing cue joins it to an -ing verb set
 * off by a comma or a dash before it, with no finite verb between; the cue goes on with that participle's subject.
 */
function followsParticiple(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.normal !== 'and') return false;
  for (let k = i - 2; k > 0 && i - k <= MAX_COORDINATED_PARTICIPLE; k--) {
    const token = tokens[k]!;
    if (token.pos === 'AUX' || isComma(token) || isQuoteToken(token)) return false;
    if (token.pos !== 'VERB') continue;
    if (!token.normal.endsWith('ing')) return false;
    const before = tokens[k - 1]!;
    return isComma(before) || isDashAt(tokens, k - 1) || (isComma(tokens[k - 2]) && before.pos === 'DET');
  }
  return false;
}

/** How far back the opening mark of a quoted title may be from its closing mark ("on “The Evening Hour with Ana Ruiz,”"). */
const MAX_TITLE_TOKENS = 12;

/**
 * `On Sunday on ABC’s “This Week,” the senator said …`: a quotation right after a preposition or an owner's "’s" names a
 * programme, a book or a paper inside a leading adjunct; it reports no one's words, so the cue after it is the main
 * verb, not a tail. `close` is the closing mark's index.
 */
function quotedTitleInAdjunct(tokens: readonly Token[], close: number): boolean {
  for (let open = close - 1; open > 0 && close - open <= MAX_TITLE_TOKENS; open--) {
    if (!isQuoteToken(tokens[open])) continue;
    const before = tokens[open - 1]!;
    return before.pos === 'ADP' || POSSESSIVE_S.has(before.normal) || opensWithAdjunct(tokens);
  }
  return false;
}

/** "In his memoir “…”,", "Speaking to “…”,": the unit opens with a preposition or a participle. */
function opensWithAdjunct(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  return first !== undefined && (first.pos === 'ADP' || (first.pos === 'VERB' && first.normal.endsWith('ing')));
}

/** `…, said Jane Roe, the head of X.`: the speaker follows the cue and nothing but adjuncts follow the speaker. */
function invertedTail(tokens: readonly Token[], cue: CueMatch, cueFirst: number): CueHit | null {
  const previous = tokens[cue.first - 1];
  const comma = isComma(previous) ? cue.first - 1 : isQuoteToken(previous) && isComma(tokens[cue.first - 2]) ? cue.first - 2 : -1;
  if (comma < 0 || cue.form === 'base') return null;
  const speaker = speakerAfter(tokens, cue.last + 1);
  if (speaker === null) return null;
  const next = tokens[speaker.last + 1];
  const ends = next === undefined || (next.pos === 'PUNCT' && !isQuoteToken(next)) || ADJUNCT_OPENERS.has(next.normal);
  if (!ends) return null;
  return { kind: 'tail', cue, cueFirst, speakers: [speaker], subjectFirst: cue.first, boundary: comma };
}

/**
 * `X exhorted voters to … and said …`, `X did not name them, but told …`: a cue right after "and" or "but" with no
 * subject of its own shares the subject of the first verb before it whose subject opens the sentence or a
 * comma-set clause.
 */
function sharedSubject(tokens: readonly Token[], cue: CueMatch, cueFirst: number): CueHit | null {
  const coordinator = coordinatorBefore(tokens, cueFirst);
  if (!VERB_COORDINATORS.has(tokens[coordinator]?.normal ?? '')) return null;
  const link = isComma(tokens[coordinator - 1]) ? coordinator - 1 : coordinator;
  for (let verb = 0; verb < link; verb++) {
    if (tokens[verb]!.pos !== 'VERB' && tokens[verb]!.pos !== 'AUX') continue;
    const subject = speakerBefore(tokens, verb);
    if (subject === null || !opensClause(tokens, subject.first)) continue;
    return { kind: 'coordinate', cue, cueFirst, speakers: subject.speakers, subjectFirst: cueFirst, boundary: link };
  }
  return null;
}


/**
 * The token before the cue past auxiliaries, negation and adverbs ("… and has called for", "… but also contended
 * that"); a subordinator stops the walk ("and when asked whether …" is a clause of its own).
 */
function coordinatorBefore(tokens: readonly Token[], cueFirst: number): number {
  let k = cueFirst - 1;
  while (k >= 0) {
    const token = tokens[k]!;
    const skipped = token.pos === 'AUX' || NEGATIONS.has(token.normal) || (token.pos === 'ADV' && !QUESTION_OPENERS.has(token.normal) && !SUBORDINATORS.has(token.normal));
    if (!skipped) break;
    k--;
  }
  return k;
}

/** A subject at `first` opens the sentence or a comma-set clause (`Asked about “the deal,” she …`). */
function opensClause(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return first === 0 || isComma(before) || (isQuoteToken(before) && isComma(tokens[first - 2]));
}

/**
 * `…, with the minister warning of delays`, `with one aide saying they should …`: an absolute clause after "with" whose
 * subject is the noun phrase before the -ing cue. It starts a claim of its own, so it ends the complement before it.
 */
function withAbsolute(tokens: readonly Token[], cue: CueMatch): CueHit | null {
  const subject = absoluteSubject(tokens, cue);
  if (subject === null) return null;
  const link = subject.first - 1;
  const boundary = isComma(tokens[link - 1]) ? link - 1 : link;
  return { kind: 'coordinate', cue, cueFirst: cue.first, speakers: [subject], subjectFirst: subject.first, boundary, absolute: true };
}

/**
 * The subject of an absolute clause after "with": a phrase that names a speaker, or a proportion of those polled
 * ("with three in 10 saying …"), which the noun phrase reader takes for a number and a place.
 */
function absoluteSubject(tokens: readonly Token[], cue: CueMatch): TokenRange | null {
  const phrase = phraseEndingAt(tokens, cue.first - 1);
  if (phrase !== null && tokens[phrase.first - 1]?.normal === 'with' && namesSpeaker(tokens, phrase)) return phrase;
  const share = speakerBefore(tokens, cue.first);
  const range = share?.rule === PROPORTION_SPEAKER_RULE ? share.speakers[0] : undefined;
  return range !== undefined && tokens[range.first - 1]?.normal === 'with' ? range : null;
}

/** A phrase that can speak: it ends in a name or a noun ("with rain falling" has no speaker, but the tagger cannot tell). */
function namesSpeaker(tokens: readonly Token[], range: TokenRange): boolean {
  const head = tokens[range.last]!;
  return (head.pos === 'PROPN' || head.pos === 'NOUN') && !RULE_INSTRUMENTS.has(head.normal);
}

/**
 * A one-word progressive cue, or one in a restrictive relative clause, reports only when its complement visibly
 * opens: "that" (past an adjunct: "has been saying for months that"), a colon, a quotation, a word of its frame
 * ("is warning of"), or an object and "to" ("are urging the senator to"). "are discussing the plan" and "is adding
 * jobs" report nothing; a phrase cue ("are calling for") is specific enough on its own.
 */
function opensComplementVisibly(tokens: readonly Token[], cue: CueMatch): boolean {
  if (cue.last > cue.first) return true;
  const j = (addresseeOf(tokens, cue)?.last ?? cue.last) + 1;
  if (thatAfterAdjunct(tokens, j, tokens.length) >= 0) return true;
  const next = tokens[j];
  if (next === undefined) return false;
  if (next.normal === 'that' || next.value === ':' || isQuoteToken(next) || (isComma(next) && isQuoteToken(tokens[j + 1]))) return true;
  if (cue.frame.drop?.includes(next.normal)) return true;
  if (next.pos === 'NUM') return false;
  const object = phraseStartingAt(tokens, j);
  if (object === null || tokens[object.last + 1]?.normal !== 'to') return false;
  // An infinitive, not a destination: "urging the council to rebuild", not "saying goodbye to the fans".
  const verbAfter = tokens[object.last + 2];
  return verbAfter !== undefined && (verbAfter.pos === 'VERB' || verbAfter.pos === 'AUX');
}

/** The index of the be-form before an -ing cue, past adverbs and "not" ("is not yet saying"), else null. */
function progressiveAuxiliary(tokens: readonly Token[], i: number): number | null {
  let j = i - 1;
  while (j >= 0 && (tokens[j]!.pos === 'ADV' || NEGATIONS.has(tokens[j]!.normal))) j--;
  return j >= 0 && PROGRESSIVE_AUXILIARIES.has(tokens[j]!.normal) ? j : null;
}

/** How many words of adjunct may follow an aside's cue before the comma that closes it ("as X said on Monday,"). */
const MAX_ASIDE_ADJUNCT = 10;

/**
 * Where the as-clause around a subject begins (its "as", or the comma before it) when the "as" opens the unit or a
 * comma-set clause: "As one diplomat put it, …", "…, as the mayor noted on Monday, …". Null otherwise ("such as").
 */
function asClauseStart(tokens: readonly Token[], subjectFirst: number): number | null {
  const as = subjectFirst - 1;
  if (tokens[as]?.normal !== 'as') return null;
  if (as === 0 || (as === 1 && tokens[0]!.pos === 'CCONJ')) return as;
  if (isComma(tokens[as - 1])) return as - 1;
  // `… “aligned with the left,” as the host said`: the comma stands inside the closing mark.
  return isQuoteToken(tokens[as - 1]) && isComma(tokens[as - 2]) ? as - 2 : null;
}

/** The comma that closes an as-clause after its cue, or the unit's length when the clause ends the unit; else null. */
export function asideEnd(tokens: readonly Token[], cue: CueMatch): number | null {
  const first = (addresseeOf(tokens, cue)?.last ?? cue.last) + 1;
  let k = first;
  while (k < tokens.length && k - cue.last <= MAX_ASIDE_ADJUNCT && isAdjunctWord(tokens, k)) k++;
  const clause = participleClauseEnd(tokens, k);
  // "As the mayor demanded a new wall, …": an object after the cue makes the clause one of time, not an aside
  // ("as X predicted a year ago", "as X reported a few days later" are dated, not objects).
  if (clause === k && opensObject(tokens[first]) && !namesPeriodBetween(tokens, first, k)) return null;
  const token = tokens[clause];
  if (token === undefined) return tokens.length;
  if (isComma(token)) return clause;
  return SENTENCE_END.has(token.value) && clause === tokens.length - 1 ? tokens.length : null;
}

/**
 * `as X said in April while promoting a film`: a subordinator and an -ing verb open an adjunct of the aside's own;
 * returns the comma or the last token that ends it, else `k`.
 */
function participleClauseEnd(tokens: readonly Token[], k: number): number {
  const verb = tokens[k + 1];
  // The tagger often reads the -ing form after "while" as a noun ("while opening the bridge").
  if (!TIME_CLAUSE_OPENERS.has(tokens[k]?.normal ?? '') || verb === undefined || (verb.pos !== 'VERB' && verb.pos !== 'NOUN') || !verb.normal.endsWith('ing')) return k;
  let end = k + 2;
  while (end < tokens.length - 1 && !isComma(tokens[end])) end++;
  return end;
}

const PLURAL_S = /s$/;

/** Whether a period ("year", "days", "weekend") stands in [from, to): the words date the act. */
function namesPeriodBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PERIODS.has(tokens[k]!.normal.replace(PLURAL_S, ''))) return true;
  return false;
}

/** A word that opens the cue's object rather than an adjunct ("demanded a wall", not "noted on Monday", "said earlier"). */
function opensObject(token: Token | undefined): boolean {
  if (token === undefined || token.pos === 'PUNCT' || token.pos === 'ADV' || token.pos === 'ADP') return false;
  return !ADJUNCT_OPENERS.has(token.normal) && !TIME_WORDS.has(token.normal);
}

/**
 * A cue whose frame requires words after it ("agreed that", "asked whether") reports nothing without them: it is
 * silent, so it still ends the complement before it but does not take a tail's claim ("Ministers agreed to pool
 * patrols, the minister said"). At a clause's end it may still close one ("…, the study found.").
 */
function requirementMet(tokens: readonly Token[], cue: CueMatch): boolean {
  const next = tokens[cue.last + 1];
  if (cue.frame.requires === undefined || next === undefined || (next.pos === 'PUNCT' && !isQuoteToken(next))) return true;
  let start = (addresseeOf(tokens, cue)?.last ?? cue.last) + 1;
  if (tokens[start]?.value === ':' || isComma(tokens[start])) start++;
  return meetsRequirement(tokens, cue, start);
}

/**
 * A cue whose frame requires words after it, followed by a comma, heads no complement and closes nothing: the word is
 * no report ("Making the rounds of the morning shows, the senator said …"), and must not hide the cue after it.
 */
function lacksRequiredComplement(tokens: readonly Token[], cue: CueMatch): boolean {
  return cue.frame.requires !== undefined && isComma(tokens[cue.last + 1]);
}

/** "did not rule out", "doesn't rule out": the negated auxiliary belongs to the cue span. */
function negatedStart(tokens: readonly Token[], i: number): number {
  const previous = tokens[i - 1];
  if (previous && NEGATIONS.has(previous.normal) && tokens[i - 2]?.pos === 'AUX') return i - 2;
  return i;
}

/**
 * True when nothing but adjuncts follows the cue (`…, X said on May 14.`, `…, X told the Daily Post in an interview`),
 * which makes it a tail after the reported words rather than the head of a complement.
 */
function endsClause(tokens: readonly Token[], cue: CueMatch): boolean {
  const j = (addresseeOf(tokens, cue)?.last ?? cue.last) + 1;
  const next = tokens[j];
  if (next === undefined) return true;
  if (next.normal === 'that' || next.value === ':') return false;
  if (isComma(next) && isQuoteToken(tokens[j + 1])) return false;
  if (next.pos === 'PUNCT' && !isQuoteToken(next)) return true;
  if (thatAfterAdjunct(tokens, j, tokens.length) >= 0) return false;
  if (ownsObject(tokens, j)) return false;
  return (ADJUNCT_OPENERS.has(next.normal) || TIME_WORDS.has(next.normal) || MONTHS.has(next.normal)) && !complementPastAdjunct(tokens, j);
}

/** How far past the cue the words that open its own complement are looked for ("pleaded with them to reject"). */
const MAX_ADJUNCT_BEFORE_COMPLEMENT = 8;

/**
 * `On the trail, Ruiz pledged to cut taxes`, `In an interview, Lee said on Monday he would run`, `Asked again, the
 * minister said in a statement: …`: after the cue and the words of an adjunct, an infinitive, a subject pronoun with
 * its verb, or a colon opens the cue's own complement, so the cue heads the main clause and the words before it are
 * a fronted adjunct, no reported clause. A subordinator first ends the look (`…, she said on Monday as she left`).
 */
function complementPastAdjunct(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < tokens.length && k - j <= MAX_ADJUNCT_BEFORE_COMPLEMENT; k++) {
    const token = tokens[k]!;
    const after = tokens[k + 1];
    const verbAfter = isVerbToken(after);
    if (token.value === ':') return true;
    // "pledged to “make sure …”": the infinitive may open a quoted fragment. Past a noun the infinitive is the noun's
    // own ("said during a speech to be a delegate"); past an object pronoun it is the cue's ("pleaded with them to").
    const ownInfinitive = k === j || tokens[k - 1]!.pos === 'PRON';
    if (token.normal === 'to' && ownInfinitive && (verbAfter || (isQuoteToken(after) && /^\p{Ll}/u.test(tokens[k + 2]?.value ?? '')))) return true;
    // "said on Thursday he “delivered a letter …”": the verb may open a quoted fragment.
    if (k > j && SUBJECT_PRONOUNS.has(token.normal) && (verbAfter || (isQuoteToken(after) && isVerbToken(tokens[k + 2])))) return true;
    if (CLAUSE_SUBORDINATORS.has(token.normal) || SUBORDINATORS.has(token.normal) || token.pos === 'PUNCT') return false;
  }
  return false;
}

/** "welcomed this afternoon's vote", "hailed Monday's deal": a time phrase that owns the object is no adjunct. */
function ownsObject(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < tokens.length && k - j <= 2; k++) if (POSSESSIVE_S.has(tokens[k]!.normal)) return true;
  return false;
}

/**
 * A verb outside the lexicon still reports when the syntax is plain: a past or present verb right after a name or
 * pronoun and followed by "that" ("Jane grumbled that …").
 */
function unlistedVerbCue(tokens: readonly Token[], i: number): CueMatch | null {
  const token = tokens[i]!;
  if (token.pos !== 'VERB' || tokens[i + 1]?.normal !== 'that' || NOT_REPORTING_VERBS.has(token.normal)) return null;
  const previous = tokens[i - 1];
  if (previous === undefined) return null;
  const namedSubject = previous.pos === 'PROPN' || (previous.pos === 'PRON' && SUBJECT_PRONOUNS.has(previous.normal));
  if (!namedSubject) return null;
  const past = PAST_SUFFIX.test(token.normal);
  if (!past && !token.normal.endsWith('s')) return null;
  return {
    first: i,
    last: i,
    lemma: past ? token.normal.replace(/ied$/, 'y').replace(/ed$/, '') : token.normal.replace(/s$/, ''),
    kind: 'speech',
    form: past ? 'past' : 's',
    frame: { lemma: token.normal, drop: ['that'] },
  };
}
