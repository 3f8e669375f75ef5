import { isCapitalised } from '../core/capitalised.js';
import type { Token } from './analyse.js';
import { isVerbToken } from '../core/tokens.js';
import { NON_FINAL_ABBREVIATIONS } from './sentence-bounds.js';
import { institutionWords, sourcePostmodifiers } from '../lang/en/speakers.js';
import { namesSomeone, phraseEndingAt, phraseStartingAt, type TokenRange } from './noun-phrase.js';
import {
  AUXILIARIES,
  BE_FORMS,
  ARTICLES,
  NOUN_PHRASE_DETERMINERS,
  THIRD_PERSON_POSSESSIVES,
  isComma,
  isDashAt,
  isNounLike,
  isQuoteToken,
  MONTHS,
  NEGATIONS,
  PLURAL_ENDING,
  POSSESSIVE_MARKS,
  RELATIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
} from '../lang/en/words.js';
import { AGO_HEDGES, AUXILIARY_TIME_WORDS, DAY_LEADS, GROUP_QUANTIFIERS, CONTINUE_FORMS, COORDINATORS, FINITE_SAYING_FORMS, POSSESSIVE_RELATIVES, EMPHATIC_REFLEXIVES, FLOATING_QUANTIFIERS, GROUP_PRONOUNS, PROPORTION_HEDGES, PROPORTION_LINK, GO_FORMS, PAIR_WORDS, PERIODS, PERIOD_DEICTICS, POSTMODIFIER_LINKS, TIME_PREPOSITIONS } from '../lang/en/grammar.js';

/** The speaker phrase(s) of a clause: one range, or several for coordinated speakers ("A and B, who …"). */
export interface SpeakerPhrase {
  speakers: TokenRange[];
  /** First token of the whole subject, apposition included: where a quote before it must end. */
  first: number;
  /** Id of the reading that found the subject beyond a plain noun phrase; it shows in each claim's `rules`. */
  rule?: string;
}

/** Rule id of an unnamed source headed by a pronoun of a group, or ending in an object pronoun ("those close to him"). */
export const GROUP_SOURCE_RULE = 'attribution/frame:group-source';

/** Rule id of a proportion of people polled read as the speaker ("Six in 10 say …"). */
export const PROPORTION_SPEAKER_RULE = 'attribution/frame:proportion-speaker';

/** How far back a parenthetical between commas may reach. */
const MAX_PARENTHETICAL = 24;
/** How far back the "who" of a relative clause may be from the verb it delays. */
const MAX_RELATIVE = 40;
const MAX_LABEL_TOKENS = 8;
/** A parenthesis right before the cue ("McConnell (R-Ky.) said") is skipped if it closes within this many tokens. */
const MAX_BRACKETED = 10;
/** How many comma-listed speakers may stand before "B and C said". */
const MAX_LISTED = 6;
/** A parenthetical opened by one of these is an adjunct, not an apposition ("for his part", "however"). */
const ADJUNCT_START_POS: ReadonlySet<string> = new Set(['ADP', 'ADV', 'SCONJ', 'VERB', 'AUX', 'PART', 'CCONJ']);
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(institutionWords);

/**
 * Steps back over what may sit between a subject and its verb: adverbs, auxiliaries, negation and time phrases
 * ("Chile on Thursday rejected", "Lima has flatly refused", "He did not rule out"). Returns the index of
 * the token before them.
 */
export function skipBackToSubject(tokens: readonly Token[], k: number): number {
  while (k >= 0) {
    const token = tokens[k]!;
    if (isSurnameOfTimeOrModal(tokens, k)) break;
    const agoStart = token.normal === 'ago' ? spanBeforeAgo(tokens, k) : null;
    if (agoStart !== null) {
      k = agoStart - 1;
      continue;
    }
    if (token.pos === 'ADV' || AUXILIARIES.has(token.normal) || NEGATIONS.has(token.normal) || FLOATING_QUANTIFIERS.has(token.normal)) {
      k--;
      continue;
    }
    // "has since said", "had long argued": a time word after an auxiliary, whatever its tag, is an adverb there.
    if (AUXILIARY_TIME_WORDS.has(token.normal) && AUXILIARIES.has(tokens[k - 1]?.normal ?? '')) {
      k--;
      continue;
    }
    if (EMPHATIC_REFLEXIVES.has(token.normal) && stressesSubject(tokens[k - 1])) {
      k--;
      continue;
    }
    if (PERIODS.has(token.normal) && PERIOD_DEICTICS.has(tokens[k - 1]?.normal ?? '')) {
      k -= 2;
      continue;
    }
    // "on Thursday evening", "yesterday afternoon": the part of the day goes with the day before it.
    if (PERIODS.has(token.normal) && TIME_WORDS.has(tokens[k - 1]?.normal ?? '')) {
      k--;
      continue;
    }
    const timePhrase = timePhraseStart(tokens, k);
    if (timePhrase !== null) {
      k = timePhrase - 1;
      continue;
    }
    if (TIME_WORDS.has(token.normal) || MONTHS.has(token.normal) || (token.pos === 'NUM' && MONTHS.has(tokens[k - 1]?.normal ?? ''))) {
      k--;
      while (k >= 0 && (tokens[k]!.pos === 'NUM' || MONTHS.has(tokens[k]!.normal))) k--;
      // "on Monday", "early Thursday", "late on Friday".
      if (k >= 0 && DAY_LEADS.has(tokens[k]!.normal)) k--;
      if (k >= 0 && tokens[k + 1]!.normal === 'on' && DAY_LEADS.has(tokens[k]!.normal)) k--;
      continue;
    }
    // "who in 2010 said", "Lund in 1998 wrote": a year after "in" dates the verb.
    if (token.pos === 'NUM' && YEAR_PREPOSITIONS.has(tokens[k - 1]?.normal ?? '') && YEAR.test(token.value)) {
      k -= 2;
      continue;
    }
    break;
  }
  return k;
}

/** A noun, name or subject pronoun that an emphatic reflexive after it may stress ("Lee herself", "they themselves"). */
function stressesSubject(token: Token | undefined): boolean {
  return token !== undefined && (isNounLike(token) || SUBJECT_PRONOUNS.has(token.normal));
}

/**
 * "two weeks ago", "less than a month ago", "days ago": the first token of the span that "ago" at `k` closes, or null
 * when no period stands right before it.
 */
function spanBeforeAgo(tokens: readonly Token[], k: number): number | null {
  const period = tokens[k - 1];
  if (period === undefined || (!PERIODS.has(period.normal) && !PERIODS.has(period.normal.replace(/s$/, '')))) return null;
  let j = k - 2;
  while (j >= 0 && k - j <= MAX_AGO_SPAN && (tokens[j]!.pos === 'NUM' || tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ' || AGO_HEDGES.has(tokens[j]!.normal))) j--;
  return j + 1;
}

const MAX_AGO_SPAN = 6;

const YEAR = /^(?:1[89]|20)\d\d$/;
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'since', 'during']);

/**
 * "Theresa May said", "Tom Will told", "Mark April added": a month or a modal written as a name right after a
 * capitalised first name is that person's surname, not a date or an auxiliary to step over.
 */
function isSurnameOfTimeOrModal(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const first = tokens[k - 1];
  if (!MONTHS.has(token.normal) && !AUXILIARIES.has(token.normal)) return false;
  if (token.pos !== 'PROPN' || !isCapitalised(token.value) || first === undefined || first.pos !== 'PROPN' || !isCapitalised(first.value)) return false;
  return first.end < token.start && !MONTHS.has(first.normal) && !TIME_WORDS.has(first.normal);
}

/** "in recent days", "over the weekend", "for two weeks" ending at token k: the preposition's index, else null. */
function timePhraseStart(tokens: readonly Token[], k: number): number | null {
  const normal = tokens[k]!.normal;
  if (!PERIODS.has(normal) && !PERIODS.has(normal.replace(/s$/, ''))) return null;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'NUM')) j--;
  return j >= 0 && j < k - 1 && TIME_PREPOSITIONS.has(tokens[j]!.normal) ? j : null;
}

/**
 * "continued to insist", "went on to say": a verb that hands its subject on to the cue after "to" (at `to`).
 * Returns the lead-in's first token, else null ("declined to say", "wants to say" report nothing).
 */
export function leadInStart(tokens: readonly Token[], to: number): number | null {
  const before = tokens[to - 1];
  if (before !== undefined && CONTINUE_FORMS.has(before.normal)) return to - 1;
  if (before?.normal === 'on' && GO_FORMS.has(tokens[to - 2]?.normal ?? '')) return to - 2;
  return null;
}

/** True when token k is a be-form, so a past participle after it is passive ("was told", "is expected"). */
export function isPassiveBefore(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j >= 0 && (tokens[j]!.pos === 'ADV' || NEGATIONS.has(tokens[j]!.normal))) j--;
  return j >= 0 && (BE_FORMS.has(tokens[j]!.normal) || CONTRACTED_BE.test(tokens[j]!.normal));
}

/** "I'm told", "we're told": the tagger may keep the contracted be-form glued to the pronoun. */
const CONTRACTED_BE = /^\p{L}+['’](?:m|re)$/u;

/**
 * The speaker of a cue whose first token is `cue`: the noun phrase before it, with a title before the name and a
 * comma-set apposition after it ("Maria Ivanova, a spokeswoman for the Interior Ministry, said"), past a
 * parenthetical adjunct (", for his part,"), a relative clause (", who said Tuesday he …, estimated") or
 * coordinated names ("A and B, who raised …").
 */
/**
 * "who", "which" opening a relative clause; an acronym in capitals that spells one ("the WHO said") names an
 * organisation instead.
 */
export function isRelativePronoun(token: Token): boolean {
  return RELATIVE_PRONOUNS.has(token.normal) && !ALL_CAPITALS.test(token.value);
}

const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

export function speakerBefore(tokens: readonly Token[], cue: number, floor = 0): SpeakerPhrase | null {
  const group = groupQuantifierBefore(tokens, cue, floor);
  if (group !== null) return group;
  let k = skipBackToSubject(tokens, cue - 1);
  if (tokens[k]?.value === ')') k = skipBackToSubject(tokens, openingBracket(tokens, k, floor) - 1);
  if (k < floor) return null;
  const token = tokens[k]!;
  const proportion = proportionEndingAt(tokens, k, floor) ?? percentageEndingAt(tokens, k, floor);
  if (proportion !== null) return { speakers: [proportion], first: proportion.first, rule: PROPORTION_SPEAKER_RULE };
  // "Sen. Ann Lee, D-Ore., who …": a glued party label between the name and its relative clause is passed over.
  if (isRelativePronoun(token) && isComma(tokens[k - 1])) return coordinated(tokens, skipLabel(tokens, k - 2, floor), floor);
  // "economists who argue that …": a restrictive "who" hangs on the noun right before it, or on a share of people
  // ("nearly four in 10 who said …").
  if (token.normal === 'who' && isRelativePronoun(token) && k - 1 >= floor) {
    const share = proportionEndingAt(tokens, k - 1, floor) ?? percentageEndingAt(tokens, k - 1, floor);
    if (share !== null) return { speakers: [share], first: share.first, rule: PROPORTION_SPEAKER_RULE };
    if (isNounLike(tokens[k - 1])) return plainSubject(tokens, k - 1, floor);
  }
  if (isDashAt(tokens, k)) return dashedSubject(tokens, k, floor);
  const aside = quotedAsideAt(tokens, k, floor);
  // "Mr. Lee, citing “the magic of Trump,” said": the name stands before the participle's comma.
  if (aside !== null) return parenthesisedSubject(tokens, aside.participle ? aside.opener : k - 1, floor);
  if (!isComma(token)) return plainSubject(tokens, k, floor);
  return labelledBeforeStrayComma(tokens, k, floor) ?? parenthesisedSubject(tokens, k, floor);
}

/**
 * `Ana Ruiz, who calls the mayor “a liar,” said …`, `Mr. Lee, citing “the magic of Trump,” said …`: a relative clause
 * or a participle aside that ends in a quotation closes with the comma inside the mark; the mark at `k` closes the
 * aside as the comma would.
 */
export function closesQuotedAside(tokens: readonly Token[], k: number, floor: number): boolean {
  return quotedAsideAt(tokens, k, floor) !== null;
}

/** The comma that opens the quoted aside the mark at `k` closes, and whether a participle opens it; else null. */
function quotedAsideAt(tokens: readonly Token[], k: number, floor: number): { opener: number; participle: boolean } | null {
  if (!isQuoteToken(tokens[k]) || !isComma(tokens[k - 1])) return null;
  const relative = relativeOpenerBefore(tokens, k - 1, floor);
  const opener = relative ?? participleOpenerBefore(tokens, k - 1, floor);
  if (opener === null) return null;
  for (let j = opener + 1; j < k - 1; j++) if (isQuoteToken(tokens[j])) return { opener, participle: relative === null };
  return null;
}

/** The comma before an -ing verb that opens an aside ending at `k` (", citing …"), or null. */
function participleOpenerBefore(tokens: readonly Token[], k: number, floor: number): number | null {
  for (let j = k - 1; j > floor && k - j <= MAX_RELATIVE; j--) {
    const token = tokens[j]!;
    if (token.pos === 'VERB' && token.normal.endsWith('ing') && isComma(tokens[j - 1])) return j - 1;
  }
  return null;
}

/**
 * `Most said …`, `Some say …`, `Many have argued …`: a quantifier standing alone as the subject, at the start of the
 * clause (the floor, or after a comma or a semicolon), speaks for the unnamed group it counts. The tagger
 * reads "most" as an adverb, which the walk back to the subject would step over.
 */
function groupQuantifierBefore(tokens: readonly Token[], cue: number, floor: number): SpeakerPhrase | null {
  let k = cue - 1;
  while (k >= floor && (tokens[k]!.pos === 'AUX' || NEGATIONS.has(tokens[k]!.normal) || (tokens[k]!.pos === 'ADV' && !GROUP_QUANTIFIERS.has(tokens[k]!.normal)))) k--;
  const word = tokens[k];
  if (k < floor || word === undefined || !GROUP_QUANTIFIERS.has(word.normal)) return null;
  const before = tokens[k - 1];
  // After "and" the quantifier may go on a reported clause ("said the debate went badly, and some speculated …").
  const opens = k === floor || before === undefined || (isComma(before) && tokens[k - 2]?.pos !== 'CCONJ') || before.value === ';';
  return opens ? { speakers: [{ first: k, last: k }], first: k, rule: GROUP_SOURCE_RULE } : null;
}

/** Rule id of a name whose bracketed label is followed by a stray comma before the cue ("Sen. Ann Lee (D-Ore.), said"). */
export const LABEL_BEFORE_COMMA_RULE = 'attribution/frame:label-before-comma';

/**
 * `Sen. Ann Lee (D-Ore.), said …`: a comma right after a bracketed label sets nothing off when the name before the
 * bracket opens the subject (at the clause's start or after a leading adjunct); the name speaks, as without the comma.
 */
function labelledBeforeStrayComma(tokens: readonly Token[], k: number, floor: number): SpeakerPhrase | null {
  if (tokens[k - 1]?.value !== ')') return null;
  const open = openingBracket(tokens, k - 1, floor);
  if (open >= k - 1) return null;
  const subject = plainSubject(tokens, open - 1, floor);
  const name = subject?.speakers.length === 1 ? subject.speakers[0]! : null;
  if (name === null || !isProperName(tokens, name) || name.last !== open - 1) return null;
  const opensSubject = opensSubjectAt(tokens, name.first, floor);
  return opensSubject ? { speakers: [name], first: name.first, rule: LABEL_BEFORE_COMMA_RULE } : null;
}

/**
 * `Six in 10 say …`, `about 4 in 10 voters said …`: a proportion of those polled, with a hedge before it, speaks for
 * them. The noun phrase reader takes "in 10" for a place; the range runs from the hedge (or first number) to `k`.
 */
function proportionEndingAt(tokens: readonly Token[], k: number, floor: number): TokenRange | null {
  let last = k;
  if (tokens[last]?.pos === 'NOUN' && tokens[last - 1]?.pos === 'NUM') last--;
  // "nine out of 10": the two words of the link read as one.
  const of = tokens[last - 1]?.normal === 'of' && tokens[last - 2]?.normal === 'out' ? last - 2 : last - 1;
  if (tokens[last]?.pos !== 'NUM' || (of === last - 1 && tokens[of]?.normal !== PROPORTION_LINK) || tokens[of - 1]?.pos !== 'NUM' || of - 1 < floor) return null;
  let first = of - 1;
  while (first - 1 >= floor && PROPORTION_HEDGES.has(tokens[first - 1]!.normal)) first--;
  if (tokens[first - 1]?.normal === 'than' && PROPORTION_HEDGES.has(tokens[first - 2]?.normal ?? '') && first - 2 >= floor) first -= 2;
  return { first, last: k };
}

/**
 * `42% say …`, `nearly 60% said …`: a share of those polled written with a percent sign speaks for them, as "42
 * percent" does; the noun phrase reader stops at the sign.
 */
function percentageEndingAt(tokens: readonly Token[], k: number, floor: number): TokenRange | null {
  const sign = tokens[k];
  const share = tokens[k - 1];
  if (sign?.value !== '%' || share?.pos !== 'NUM' || k - 1 < floor || share.end !== sign.start) return null;
  let first = k - 1;
  while (first - 1 >= floor && PROPORTION_HEDGES.has(tokens[first - 1]!.normal)) first--;
  return { first, last: k };
}

/**
 * `X — a teacher from Leeds — said`, `Officials — including two ministers — said`, `X — for now — says`: a
 * parenthetical between dashes (closing at `k`) is an apposition, kept with the speaker as a comma-set one is, or an
 * adjunct, passed over.
 */
function dashedSubject(tokens: readonly Token[], k: number, floor: number): SpeakerPhrase | null {
  let open = k - 1;
  while (open > floor && k - open <= MAX_PARENTHETICAL && !isDashAt(tokens, open)) open--;
  if (open <= floor || !isDashAt(tokens, open) || open === k - 1) return null;
  const first = tokens[open + 1]!;
  if (ADJUNCT_START_POS.has(first.pos) && first.normal !== 'including') return speakerBefore(tokens, open, floor);
  const subject = plainSubject(tokens, open - 1, floor);
  // "The two states — Chile and Peru — said": names listed between dashes are the speakers the phrase before them describes.
  const named = coordinated(tokens, k - 1, open + 1);
  if (named !== null && named.speakers.length > 1 && named.first === open + 1 && named.speakers.every((range) => namesSomeone(tokens, range))) {
    return { speakers: named.speakers, first: subject?.first ?? open + 1 };
  }
  // "including …" lists members of the group, who do not speak one by one; a relative clause only describes.
  if (subject === null || subject.speakers.length !== 1 || first.normal === 'including' || RELATIVE_PRONOUNS.has(first.normal)) return subject;
  return { speakers: [{ first: subject.speakers[0]!.first, last: k - 1 }], first: subject.first };
}

function plainSubject(tokens: readonly Token[], k: number, floor: number): SpeakerPhrase | null {
  const reduced = reducedRelativeHead(tokens, k, floor);
  if (reduced !== null) return { speakers: [reduced], first: reduced.first, rule: REDUCED_RELATIVE_RULE };
  const bare = phraseEndingAt(tokens, k, floor) === null ? bareHeadlineSubject(tokens, k, floor) : null;
  if (bare !== null) return { speakers: [bare], first: bare.first };
  const subject = coordinated(tokens, k, floor);
  // "those close to him": an object pronoun is no subject of its own, but may end the phrase a source adjective heads.
  const objectPronoun = subject === null && tokens[k]?.pos === 'PRON';
  const head = subject?.speakers.length === 1 || objectPronoun ? postmodifiedHead(tokens, subject?.first ?? k, floor) : null;
  if (head !== null) {
    const grouped = objectPronoun || GROUP_PRONOUNS.has(tokens[head.last]!.normal);
    return { speakers: [{ first: head.first, last: k }], first: head.first, ...(grouped ? { rule: GROUP_SOURCE_RULE } : {}) };
  }
  const relativeHead = restrictiveRelativeHead(tokens, subject?.first ?? k + 1, floor);
  return relativeHead === null ? subject : { speakers: [relativeHead], first: relativeHead.first };
}

/** Rule id of a subject whose noun a clause without "who" follows ("a letter signed by 40 mayors", "the experts I asked"). */
export const REDUCED_RELATIVE_RULE = 'attribution/frame:reduced-relative-subject';

/** How many words a reduced relative clause may hold after its noun, up to the cue ("published in a journal last week"). */
const MAX_REDUCED_RELATIVE = 8;
const PARTICIPLE = /(?:ed|en|wn)$/;
const ADJUNCT_IN_CLAUSE: ReadonlySet<string> = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ']);

/**
 * `A report published Tuesday said …`, `A letter signed by 40 mayors urged …`, `All the experts I interviewed said …`,
 * `The officials we spoke with said …`: a clause without "who" that ends at `k` (a participle and its adjunct, or a
 * pronoun subject and its verb) follows a common noun, which heads the speaker. Null otherwise; a name before a past
 * verb is a clause of its own ("Lee signed it").
 */
function reducedRelativeHead(tokens: readonly Token[], k: number, floor: number): TokenRange | null {
  for (let j = k; j > floor && k - j <= MAX_REDUCED_RELATIVE; j--) {
    const token = tokens[j]!;
    if (token.pos === 'VERB') {
      const pronoun = tokens[j - 1];
      const contact = pronoun !== undefined && pronoun.pos === 'PRON' && SUBJECT_PRONOUNS.has(pronoun.normal) && pronoun.normal !== 'it';
      // The contact clause ends at its verb or a stranded preposition ("we spoke with"); the participle takes an adjunct.
      if (contact ? k - j > 1 || (k > j && tokens[k]!.pos !== 'ADP') : !PARTICIPLE.test(token.normal) || !takesNoObject(tokens, j, k)) return null;
      const head = phraseEndingAt(tokens, contact ? j - 2 : j - 1, floor);
      if (head === null && !contact) return groupBeforeParticiple(tokens, j, k, floor);
      return head !== null && isCommonNounHead(tokens, head, contact) ? head : null;
    }
    if (!ADJUNCT_IN_CLAUSE.has(token.pos) && !POSSESSIVE_MARKS.has(token.normal)) return null;
  }
  return null;
}

/**
 * `Those surveyed said …`, `many polled say …`: a pronoun of a group before the participle at `participle` heads the
 * clause as a noun would; the pronoun alone names no one, so the speaker runs to `k`.
 */
function groupBeforeParticiple(tokens: readonly Token[], participle: number, k: number, floor: number): TokenRange | null {
  const head = pronounHead(tokens, participle - 1, floor);
  return head === null ? null : { first: head.first, last: k };
}

/**
 * A passive participle takes no object: right after it comes the cue, a preposition ("signed by", "filed in") or a
 * time word ("published Tuesday"). A noun phrase there is the object of a finite verb ("hired an architect who …").
 */
function takesNoObject(tokens: readonly Token[], participle: number, k: number): boolean {
  const next = tokens[participle + 1]!;
  return participle === k || next.pos === 'ADP' || TIME_WORDS.has(next.normal) || MONTHS.has(next.normal) || PERIOD_DEICTICS.has(next.normal);
}

/**
 * A lower-case noun heads the phrase ("report", "officials"), or a lone word opening the sentence, which the tagger
 * reads as a name for its capital ("Documents filed …"); a pronoun of a group may too before a contact clause ("all I
 * asked").
 */
function isCommonNounHead(tokens: readonly Token[], range: TokenRange, contact: boolean): boolean {
  const head = tokens[range.last]!;
  if (contact && GROUP_PRONOUNS.has(head.normal)) return true;
  if (range.first === 0 && range.last === 0) return head.pos === 'NOUN' || head.pos === 'PROPN';
  // "56 percent of Americans polled", "most of the Republicans surveyed": a capitalised plural after "of" names a group
  // inside a share, which cannot be the subject of the participle.
  if (head.pos === 'PROPN' && PLURAL_ENDING.test(head.normal) && afterOf(tokens, range)) return true;
  return head.pos === 'NOUN' && !isCapitalised(head.value);
}

/** Whether "of" stands before the head of `range`, inside it or right before it, with only an article between. */
function afterOf(tokens: readonly Token[], range: TokenRange): boolean {
  let k = range.last - 1;
  while (k >= range.first - 1 && ARTICLES.includes(tokens[k]?.normal ?? '')) k--;
  return tokens[k]?.normal === 'of';
}

/** How far back a restrictive relative clause may open before the verb's subject ("officials who spoke …"). */
const MAX_RESTRICTIVE_RELATIVE = 12;

/**
 * "Officials who spoke on condition of anonymity said …": the phrase before the verb ends a relative clause without
 * commas; the speaker is the noun phrase before "who", when it opens the clause. Null otherwise.
 */
function restrictiveRelativeHead(tokens: readonly Token[], first: number, floor: number): TokenRange | null {
  for (let j = first - 1; j > floor && first - j <= MAX_RESTRICTIVE_RELATIVE; j--) {
    const token = tokens[j]!;
    if (token.pos === 'PUNCT') return null;
    if (token.normal !== 'who' || !isRelativePronoun(token)) continue;
    const head = phraseEndingAt(tokens, j - 1, floor);
    return head !== null && (head.first === floor || isComma(tokens[head.first - 1])) ? head : null;
  }
  return null;
}

/** "people familiar with the talks", "officials close to the president": the phrase before the adjective speaks. */
function postmodifiedHead(tokens: readonly Token[], first: number, floor: number): TokenRange | null {
  const link = tokens[first - 1];
  const adjective = tokens[first - 2];
  if (link === undefined || adjective === undefined || !POSTMODIFIER_LINKS.has(link.normal) || !sourcePostmodifiers.has(adjective.normal)) return null;
  return phraseEndingAt(tokens, first - 3, floor) ?? pronounHead(tokens, first - 3, floor);
}

/**
 * `Those close to him say …`, `many of those familiar with it said …`: a pronoun of a group heads the phrase that the
 * adjective modifies; a quantifier and "of" before it belong to it.
 */
function pronounHead(tokens: readonly Token[], k: number, floor: number): TokenRange | null {
  if (k < floor || !GROUP_PRONOUNS.has(tokens[k]!.normal)) return null;
  const quantified = k - 2 >= floor && tokens[k - 1]!.normal === 'of' && GROUP_PRONOUNS.has(tokens[k - 2]!.normal);
  return { first: quantified ? k - 2 : k, last: k };
}

/**
 * Headlines drop articles, and the tagger then reads a bare subject as an adjective ("…, military says"): one
 * lower-case word right after a comma or at the start counts as a phrase.
 */
function bareHeadlineSubject(tokens: readonly Token[], k: number, floor: number): TokenRange | null {
  const token = tokens[k];
  if (token === undefined || token.pos !== 'ADJ' || !/^\p{Ll}+$/u.test(token.value)) return null;
  return k === floor || isComma(tokens[k - 1]) ? { first: k, last: k } : null;
}

function openingBracket(tokens: readonly Token[], close: number, floor: number): number {
  for (let j = close - 1; j >= floor && close - j <= MAX_BRACKETED; j--) if (tokens[j]!.value === '(') return j;
  return close + 1;
}

/** Subject phrase(s) ending at `k`, split at "and" when both sides name someone. */
export function coordinated(tokens: readonly Token[], k: number, floor = 0): SpeakerPhrase | null {
  const last = phraseEndingAt(tokens, k, floor);
  if (last === null || !plausibleSpeaker(tokens, last)) return null;
  const link = tokens[last.first - 1];
  const pair = link !== undefined && COORDINATORS.has(link.normal) ? pluralGroupsBefore(tokens, last, floor) : null;
  if (pair !== null) return { speakers: [pair, last], first: pair.first };
  if (link !== undefined && COORDINATORS.has(link.normal) && !conjunctSpeaker(tokens, last)) {
    // "the head of sales and marketing": the bare noun after "and" belongs to the phrase before it.
    const before = phraseEndingAt(tokens, last.first - 2, floor);
    if (before !== null && conjunctSpeaker(tokens, before) && !namesSomeone(tokens, before)) {
      return { speakers: [{ first: before.first, last: last.last }], first: before.first };
    }
    const head = headOfCoordinatedObject(tokens, last, floor);
    if (head !== null) return { speakers: [{ first: head.first, last: last.last }], first: head.first };
  }
  if (link !== undefined && COORDINATORS.has(link.normal) && conjunctSpeaker(tokens, last)) {
    const before = phraseEndingAt(tokens, beforeAcronym(tokens, last.first - 2, floor), floor);
    if (before !== null && isOneInstitutionName(tokens, before, last)) return { speakers: [{ first: before.first, last: last.last }], first: before.first };
    // "He was copied on the questions and Lindqvist said …": the object of a verb's preposition is no subject, and
    // "and" joins clauses; after a noun the preposition opens the subject's own modifier ("countries like France and …"),
    // and a relative clause may hang on a preposition's objects ("remarks by X and Y, who said …"), so only a verb
    // right after the last conjunct makes it a subject.
    if (before !== null && objectOfVerbPreposition(tokens, before.first) && isVerbToken(tokens[last.last + 1])) return { speakers: [last], first: last.first };
    if (before !== null && conjunctSpeaker(tokens, before)) {
      const first = PAIR_WORDS.has(tokens[before.first]!.normal) ? before.first + 1 : before.first;
      const listed = listedBefore(tokens, before.first, floor);
      const speakers = [...listed, { first, last: before.last }, last];
      return { speakers, first: listed[0]?.first ?? before.first };
    }
  }
  return { speakers: [last], first: last.first };
}

/**
 * "…, teachers and union officials said": two bare plurals of people joined by "and" after a comma, a tail's subject,
 * are two groups speaking. Returns the first, else null. At the sentence's start the pair may be the subject of an
 * earlier verb whose clause the cue shares ("Dockworkers and port operators reached a deal … and had threatened …").
 */
function pluralGroupsBefore(tokens: readonly Token[], last: TokenRange, floor: number): TokenRange | null {
  const before = phraseEndingAt(tokens, last.first - 2, floor);
  if (before === null || before.first === floor || !isComma(tokens[before.first - 1])) return null;
  return isBarePlural(tokens, before) && isBarePlural(tokens, last) ? before : null;
}

/** Lower-case common nouns only, the last a plural ("union officials", "teachers"). */
function isBarePlural(tokens: readonly Token[], range: TokenRange): boolean {
  for (let k = range.first; k <= range.last; k++) if (tokens[k]!.pos !== 'NOUN' || isCapitalised(tokens[k]!.value)) return false;
  return PLURAL_ENDING.test(tokens[range.last]!.normal);
}

/** Whether the phrase at `first` is the object of a preposition that follows a verb ("copied on the questions"). */
function objectOfVerbPreposition(tokens: readonly Token[], first: number): boolean {
  const preposition = tokens[first - 1];
  const governor = tokens[first - 2];
  return preposition?.pos === 'ADP' && isVerbToken(governor);
}

/** How many words a bare prepositional object may have before "and" ("on foreign trade and security"). */
const MAX_BARE_OBJECT = 3;

/**
 * "Experts on trade and security said", "Specialists in tax and pensions warned": bare lower-case nouns joined by "and"
 * after a preposition are its objects, and the phrase before the preposition speaks for both; the bare noun after
 * "and" (`last`) is no speaker. Returns that phrase, else null.
 */
function headOfCoordinatedObject(tokens: readonly Token[], last: TokenRange, floor: number): TokenRange | null {
  if (!isBareLowerCase(tokens, last.first, last.last)) return null;
  let j = last.first - 2;
  while (j >= floor && last.first - 2 - j < MAX_BARE_OBJECT && isBareLowerCase(tokens, j, j)) j--;
  if (j < floor || j === last.first - 2 || tokens[j]!.pos !== 'ADP') return null;
  return phraseEndingAt(tokens, j - 1, floor);
}

/** Tokens `first`..`last` are lower-case nouns and adjectives with no determiner: a bare object ("trade", "foreign aid"). */
function isBareLowerCase(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const token = tokens[k]!;
    if ((token.pos !== 'NOUN' && token.pos !== 'ADJ') || isCapitalised(token.value)) return false;
  }
  return true;
}

/**
 * "the Dockers Union (DU) and the Port Council said": an acronym in brackets after a conjunct (ending at `k`) only
 * spells its name; the conjunct ends before it. Returns `k` when there is none.
 */
function beforeAcronym(tokens: readonly Token[], k: number, floor: number): number {
  if (tokens[k]?.value !== ')' || tokens[k - 2]?.value !== '(' || k - 3 < floor || !ALL_CAPITALS.test(tokens[k - 1]!.value)) return k;
  return k - 3;
}

/**
 * "Citizenship and Immigration Services", "Parks and Wildlife Department": capitalised words joined by "and" under
 * one institution head are one name, unless the first part has a head of its own or is a name of several words
 * itself ("the United Nations and European Union": two bodies).
 */
/**
 * A conjunct that can speak on its own: a name, a pronoun, or a phrase with its own determiner ("the mayor and the
 * police chief"); "the head of sales and marketing" is one phrase.
 */
function conjunctSpeaker(tokens: readonly Token[], range: TokenRange): boolean {
  return namesSomeone(tokens, range) || (SPEAKER_DETERMINERS.has(tokens[range.first]!.normal) && range.last > range.first);
}

/** Determiners that open a conjunct speaking on its own: an article, or an owner already named ("its chief"). */
const SPEAKER_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...THIRD_PERSON_POSSESSIVES]);

function isOneInstitutionName(tokens: readonly Token[], before: TokenRange, last: TokenRange): boolean {
  const head = tokens[last.last]!;
  const beforeEnd = tokens[before.last]!;
  if (!isCapitalised(head.value) || !isCapitalised(beforeEnd.value) || NOUN_PHRASE_DETERMINERS.has(tokens[last.first]!.normal)) return false;
  return isInstitutionHead(head.normal) && !isInstitutionHead(beforeEnd.normal) && !isNameOfSeveralWords(tokens, before);
}

/** "United Nations", "Arab League": two or more capitalised words with no "of" between them ("Department of Health" is a head with its field). */
function isNameOfSeveralWords(tokens: readonly Token[], range: TokenRange): boolean {
  let capitalised = 0;
  for (let k = range.first; k <= range.last; k++) {
    if (tokens[k]!.normal === 'of') return false;
    if (isCapitalised(tokens[k]!.value) && !NOUN_PHRASE_DETERMINERS.has(tokens[k]!.normal)) capitalised++;
  }
  return capitalised >= 2;
}

function isInstitutionHead(normal: string): boolean {
  return INSTITUTION_HEADS.has(normal) || (normal.endsWith('s') && INSTITUTION_HEADS.has(normal.slice(0, -1)));
}

/** Names listed before "B and C" with commas ("A, B and C said"), in text order; none when the list is not all names. */
function listedBefore(tokens: readonly Token[], first: number, floor: number): TokenRange[] {
  const listed: TokenRange[] = [];
  let k = first - 1;
  while (k > floor && isComma(tokens[k]) && listed.length < MAX_LISTED) {
    const item = phraseEndingAt(tokens, k - 1, floor);
    if (item === null || !namesSomeone(tokens, item)) break;
    listed.unshift(item);
    k = item.first - 1;
  }
  if (listed.length > 0) k = beforeTitleAbbreviation(tokens, k, floor);
  const startsClause = k < floor || isComma(tokens[k]) || tokens[k]?.pos === 'CCONJ';
  return listed.length > 0 && startsClause ? listed : [];
}

/**
 * "Sens. A, B and C said": a title abbreviation heading the whole list, whole ("Sens.") or split by the tagger
 * from its dot ("Sens" "."), is stepped over; returns the index before it, or `k` when there is none.
 */
function beforeTitleAbbreviation(tokens: readonly Token[], k: number, floor: number): number {
  const token = tokens[k];
  if (token === undefined || k < floor) return k;
  if (NON_FINAL_ABBREVIATIONS.has(token.normal)) return k - 1;
  const word = tokens[k - 1];
  if (token.value === '.' && word !== undefined && k - 1 >= floor && word.end === token.start && NON_FINAL_ABBREVIATIONS.has(`${word.normal}.`)) return k - 2;
  return k;
}

/** `… X, <parenthetical>, cue`: the comma at `k` closes a parenthetical whose kind decides the speaker. */
function parenthesisedSubject(tokens: readonly Token[], k: number, floor: number): SpeakerPhrase | null {
  // "Jane Roe, 56, said", "A third of independents, 33%, say": an age or a share set off by commas is passed over.
  const beforeAge = skipShare(tokens, skipAge(tokens, k - 1, floor), floor);
  if (beforeAge !== k - 1) return isComma(tokens[beforeAge]) ? parenthesisedSubject(tokens, beforeAge, floor) : plainSubject(tokens, beforeAge, floor);
  // "Jane Roe, of Springfield, Va., said": where she comes from is passed over to the name too.
  const beforeHome = skipHometown(tokens, k - 1, floor);
  if (beforeHome !== k - 1) return isComma(tokens[beforeHome]) ? parenthesisedSubject(tokens, beforeHome, floor) : plainSubject(tokens, beforeHome, floor);
  const relative = relativeOpenerBefore(tokens, k, floor);
  if (relative !== null) {
    const listed = coordinated(tokens, skipHometown(tokens, skipAge(tokens, skipLabel(tokens, beforeBracket(tokens, beforeAdverbAside(tokens, relative - 1, floor), floor), floor), floor), floor), floor);
    const apposed = listed !== null && (appositionReadAsList(tokens, listed) || describesNameBefore(tokens, listed, floor));
    return apposed ? (parenthesisedSubject(tokens, relative, floor) ?? listed) : listed;
  }
  let open = k - 1;
  while (open >= floor && k - open <= MAX_PARENTHETICAL && !isComma(tokens[open])) open--;
  const opened = open >= floor && isComma(tokens[open]);
  const segmentFirst = opened ? open + 1 : floor;
  const plain = phraseEndingAt(tokens, k - 1, segmentFirst) ?? gluedLabel(tokens, segmentFirst, k - 1);
  const segment =
    plain !== null && plain.first === segmentFirst ? plain : (coordinatedOffices(tokens, plain, segmentFirst) ?? qualifiedApposition(tokens, segmentFirst, k - 1) ?? plain);
  const segmentIsPhrase = segment !== null && segment.first === segmentFirst;
  if (!opened) {
    // "The Dockers Union (DU) and the Port Council, said": with nothing before it, the segment is the subject itself,
    // set off by a stray comma, and its conjuncts speak each on their own as they would without the comma.
    const joined = coordinated(tokens, k - 1, floor);
    if (joined !== null && joined.speakers.length > 1 && joined.first === segmentFirst) return joined;
    // "The rejection of the treaty signals the end, said Ana Ruiz": a name right after the verb is its subject, and a
    // phrase before the comma with no comma of its own is what was said, not a subject set off by a stray comma.
    if (segmentIsPhrase && plausibleSpeaker(tokens, segment)) return namesInvertedSubject(tokens, k) && !holdsComma(tokens, segment) ? null : { speakers: [segment], first: segment.first };
    return longAppositionSubject(tokens, k, floor);
  }
  const first = tokens[open + 1]!;
  // "Roy Lee (D), the mayor's rival, said": a party label in brackets after the name is passed over.
  const beforeEnd = tokens[open - 1]?.value === ')' ? openingBracket(tokens, open - 1, floor) - 1 : open - 1;
  const before = wholeSubjectEndingAt(tokens, skipAge(tokens, skipLabel(tokens, beforeEnd, floor), floor), floor);
  const beforeIsWhole = before !== null && opensSubjectAt(tokens, before.first, floor);
  if (first.normal === 'including' && before !== null && plausibleSpeaker(tokens, before)) {
    return { speakers: [{ first: before.first, last: k - 1 }], first: before.first };
  }
  if (segmentIsPhrase) {
    if (before !== null && beforeIsWhole && plausibleSpeaker(tokens, before)) {
      const named = namedBeforeApposition(tokens, before, floor);
      return { speakers: [{ first: named ?? before.first, last: k - 1 }], first: named ?? before.first };
    }
    const joined = before === null ? null : coordinatedWithApposition(tokens, before, k - 1, floor);
    if (joined !== null) return joined;
    const long = beforeIsWhole ? null : (longAppositionSubject(tokens, k, floor) ?? asideChainSubject(tokens, k, floor));
    if (long !== null) return long;
    return plausibleSpeaker(tokens, segment) ? { speakers: [segment], first: segment.first } : null;
  }
  // "A and B, both up for reelection, said": a floating quantifier opens an aside about the subject before it.
  if (ADJUNCT_START_POS.has(first.pos) || first.normal === 'however' || FLOATING_QUANTIFIERS.has(first.normal)) {
    const subject = speakerBefore(tokens, open, floor);
    if (subject !== null && (subject.first === floor || opensClause(tokens, subject.first - 1, floor))) return subject;
    return asideChainSubject(tokens, k, floor) ?? subject;
  }
  // "Jane Roe, senior associate for education organizing at the Institute, said": an apposition the phrase reader
  // cannot walk (a participle, a noun tagged as an adjective) still describes a whole name before it, if it holds no
  // clause of its own.
  if (before !== null && beforeIsWhole && isProperName(tokens, before) && isVerbless(tokens, open + 1, k - 1)) {
    return { speakers: [{ first: before.first, last: k - 1 }], first: before.first };
  }
  return longAppositionSubject(tokens, k, floor);
}

function holdsComma(tokens: readonly Token[], range: TokenRange): boolean {
  for (let j = range.first; j <= range.last; j++) if (isComma(tokens[j])) return true;
  return false;
}

/** `…, said Ana Ruiz`: a finite verb of saying after the comma at `k` has a proper name right after it. */
function namesInvertedSubject(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k + 1];
  const name = tokens[k + 2];
  return verb !== undefined && name !== undefined && FINITE_SAYING_FORMS.has(verb.value) && name.pos === 'PROPN' && isCapitalised(name.value);
}

/**
 * `Ana Ruiz, a law professor at Yale who once worked for Sen. Tom Hale (R-Ohio), one of the bill's authors, said`: an
 * apposition that a relative clause or a prepositional phrase qualifies may run long and hold comma-set phrases of its
 * own (a parenthesis, an apposition to a name inside it). Walking back from the comma at `k`, the first comma that
 * opens such an apposition after a name that opens the clause gives the speaker: the name and its apposition. A
 * quotation mark, colon or semicolon on the way ends the walk: the words before it are no apposition.
 */
function longAppositionSubject(tokens: readonly Token[], k: number, floor: number): SpeakerPhrase | null {
  for (let j = k - 1; j > floor && k - j <= MAX_RELATIVE; j--) {
    const token = tokens[j]!;
    if (isQuoteToken(token) || token.value === ':' || token.value === ';') return null;
    if (!isComma(token) || !ARTICLES.includes(tokens[j + 1]!.normal) || qualifiedApposition(tokens, j + 1, k - 1) === null) continue;
    const name = phraseEndingAt(tokens, skipAge(tokens, beforeBracket(tokens, j - 1, floor), floor), floor);
    if (name === null || !isProperName(tokens, name)) continue;
    if (opensSubjectAt(tokens, name.first, floor)) {
      return { speakers: [{ first: name.first, last: k - 1 }], first: name.first, rule: LONG_APPOSITION_RULE };
    }
  }
  return null;
}

/** Rule id of a name that opens the clause before a run of comma-set asides ("Sen. Ann Lee, R-Ore., speaking …, said"). */
export const ASIDE_CHAIN_RULE = 'attribution/frame:aside-chain';

/**
 * `Sen. Ann Lee, R-Ore., speaking to reporters, said`, `Tom Hale, during a town hall in Columbus, Ohio, said`,
 * `Ann Lee, facing a challenge in Iowa, a swing state, said`: a proper name opens the clause, and comma-set asides run
 * from it to the comma at `k`: a party label, an age, a participial or prepositional adjunct, an apposition, a
 * relative clause, and the places and appositions that continue one. The name speaks. The aside right after the
 * name must open as an aside does; a later one may be a bare phrase (the "Ohio" of "Columbus, Ohio"); none but a
 * relative clause may hold an auxiliary, and words in quotation marks ("citing “a crisis,”") are not read.
 */
function asideChainSubject(tokens: readonly Token[], k: number, floor: number): SpeakerPhrase | null {
  let quoted = false;
  let segmentEnd = k;
  let clause = false;
  for (let j = k - 1; j > floor && k - j <= MAX_RELATIVE; j--) {
    const token = tokens[j]!;
    if (token.value === ':' || token.value === ';' || isDashAt(tokens, j)) return null;
    if (isQuoteToken(token)) quoted = !quoted;
    if (quoted || isQuoteToken(token)) continue;
    if (!isComma(token)) {
      if (token.pos === 'AUX' || readsAsFiniteVerb(tokens, j)) clause = true;
      continue;
    }
    const opener = tokens[j + 1]!;
    if (j + 1 >= segmentEnd || (clause && !isRelativePronoun(opener) && !POSSESSIVE_RELATIVES.has(opener.normal))) return null;
    const name = phraseEndingAt(tokens, skipAge(tokens, beforeBracket(tokens, j - 1, floor), floor), floor);
    if (name !== null && isNamed(tokens, name) && opensSubjectAt(tokens, name.first, floor) && opensAside(tokens, j + 1, segmentEnd - 1)) {
      return { speakers: [{ first: name.first, last: appositionsAfter(tokens, j, k) }], first: name.first, rule: ASIDE_CHAIN_RULE };
    }
    segmentEnd = j;
    clause = false;
  }
  return null;
}

/** A verb right after a noun or pronoun that is no "-ing" form ("the governor vetoed"): a clause, not an aside. */
function readsAsFiniteVerb(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]!;
  const before = tokens[j - 1];
  return token.pos === 'VERB' && !token.normal.endsWith('ing') && (before?.pos === 'NOUN' || before?.pos === 'PROPN' || before?.pos === 'PRON');
}

/** A proper name written as one: its first and last words capitalised ("Sen. Ann Lee", not "a Republican"). */
function isNamed(tokens: readonly Token[], range: TokenRange): boolean {
  return isProperName(tokens, range) && isCapitalised(tokens[range.first]!.value);
}

/**
 * The last token of the appositions that follow a name's comma at `comma`, up to the comma at `k`: segments led by
 * an article ("the mayor", "a Republican"), ages and glued labels describe the name and stay with it; the first
 * other aside ends them. The name's own last token when none follows.
 */
function appositionsAfter(tokens: readonly Token[], comma: number, k: number): number {
  let last = comma - 1;
  for (let start = comma + 1; start < k; ) {
    let end = start;
    while (end < k && !isComma(tokens[end])) end++;
    const opener = tokens[start]!;
    const describes = ARTICLES.includes(opener.normal) || (end === start + 1 && isAge(opener)) || gluedLabel(tokens, start, end - 1) !== null;
    if (!describes || end === start) break;
    last = end - 1;
    start = end + 1;
  }
  return last;
}

/** What opens an aside after a name: a participle, a preposition, an article, a relative pronoun, a glued label. */
function opensAside(tokens: readonly Token[], first: number, last: number): boolean {
  const token = tokens[first]!;
  if (token.pos === 'VERB') return PARTICIPLE_ENDING.test(token.normal);
  if (token.pos === 'ADP' || ARTICLES.includes(token.normal) || isRelativePronoun(token) || POSSESSIVE_RELATIVES.has(token.normal)) return true;
  return gluedLabel(tokens, first, last) !== null && tokens[last]!.value === '.';
}

/** A subject starting at `first` opens its clause: at the floor, after a comma, or after a conjunction that opens it. */
function opensSubjectAt(tokens: readonly Token[], first: number, floor: number): boolean {
  return first === floor || isComma(tokens[first - 1]) || opensClause(tokens, first - 1, floor);
}

/** Rule id of a speaker named before a long qualified apposition ("Ana Ruiz, a lawyer who …, one of …, said"). */
export const LONG_APPOSITION_RULE = 'attribution/frame:long-apposition';

/** "But Jane Roe, …": a conjunction at the clause's start (`k`), right at the floor or after a comma. */
function opensClause(tokens: readonly Token[], k: number, floor: number): boolean {
  const token = tokens[k];
  return token !== undefined && k >= floor && token.pos === 'CCONJ' && (k === floor || isComma(tokens[k - 1]));
}

function isProperName(tokens: readonly Token[], range: TokenRange): boolean {
  return tokens[range.last]!.pos === 'PROPN' && isCapitalised(tokens[range.last]!.value);
}

/** No auxiliary and no verb but a participle in tokens [first, last]: a phrase, not a clause. */
function isVerbless(tokens: readonly Token[], first: number, last: number): boolean {
  for (let j = first; j <= last; j++) {
    const token = tokens[j]!;
    if (token.pos === 'AUX') return false;
  }
  return true;
}

const PARTICIPLE_ENDING = /(?:ing|ed)$/;

/**
 * "Jean Roe, the foreign minister of Ruritania, a member of the council, said": when the phrase before the last
 * apposition is an apposition itself (it opens with an article after a comma), the name before it heads them both.
 * Returns the name's first token, or null.
 */
function namedBeforeApposition(tokens: readonly Token[], apposition: TokenRange, floor: number): number | null {
  if (!ARTICLES.includes(tokens[apposition.first]!.normal) || !isComma(tokens[apposition.first - 1])) return null;
  const name = phraseEndingAt(tokens, apposition.first - 2, floor);
  if (name === null || !namesSomeone(tokens, name) || tokens[name.first]!.pos === 'PRON') return null;
  return name.first === floor || isComma(tokens[name.first - 1]) ? name.first : null;
}

/** The phrase before an apposition: one name, or an institution named with "and" ("Citizenship and Immigration Services"). */
/**
 * "Ana Ruiz and Tom Hale, her deputy, said", "Ana Ruiz and her deputy, Tom Hale, said": names joined by "and" whose
 * last one carries the apposition up to `last`; each is a speaker. Null when `phrase` is not the last of such a list.
 */
function coordinatedWithApposition(tokens: readonly Token[], phrase: TokenRange, last: number, floor: number): SpeakerPhrase | null {
  const link = phrase.first - 1;
  if (!COORDINATORS.has(tokens[link]?.normal ?? '')) return null;
  const earlier = phraseEndingAt(tokens, link - 1, floor);
  if (earlier === null || !namesSomeone(tokens, earlier)) return null;
  const listed = listedBefore(tokens, earlier.first, floor);
  const first = listed[0]?.first ?? earlier.first;
  if (first !== floor && !isComma(tokens[first - 1])) return null;
  return { speakers: [...listed, earlier, { first: phrase.first, last }], first };
}

function wholeSubjectEndingAt(tokens: readonly Token[], k: number, floor: number): TokenRange | null {
  const phrase = phraseEndingAt(tokens, k, floor);
  if (phrase === null || tokens[phrase.first - 1]?.normal !== 'and') return phrase;
  const joined = coordinated(tokens, k, floor);
  return joined !== null && joined.speakers.length === 1 ? joined.speakers[0]! : phrase;
}

/**
 * An apposition qualified by a relative clause or a prepositional phrase ("an economist who advises the bank",
 * "a lawyer whose firm represents the city",
 * "the agency that oversees the program", "a senior official at the ministry"): a phrase from `first` up to "who"/"which" or the preposition, and what
 * follows, all before the closing comma at `last + 1`.
 */
function qualifiedApposition(tokens: readonly Token[], first: number, last: number): TokenRange | null {
  for (let j = first + 1; j <= last; j++) {
    const relative = opensRelativeAt(tokens, j);
    if (!relative && tokens[j]!.pos !== 'ADP') continue;
    const head = phraseEndingAt(tokens, j - 1, first);
    return head !== null && head.first === first && j < last && (relative || qualifiesWithoutClause(tokens, j + 1, last)) ? { first, last } : null;
  }
  return null;
}

/** "who", "which", "whose" or a "that" before a verb ("the project that trains nurses") opens a relative clause at `j`. */
function opensRelativeAt(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]!;
  if (isRelativePronoun(token) || POSSESSIVE_RELATIVES.has(token.normal)) return true;
  return token.normal === 'that' && (tokens[j + 1]?.pos === 'VERB' || tokens[j + 1]?.pos === 'AUX');
}

/**
 * What a preposition opens in an apposition holds no auxiliary ("a professor at the state college", "a lawyer for the
 * firm founded by her father") unless a relative clause carries it ("an aide to the mayor who has asked …"): "The
 * nature of the race has helped …" is a clause, not a phrase. Only the auxiliary tells: wink reads nouns inside names
 * and compounds as verbs ("the Concord area", "the center-left think tank").
 */
function qualifiesWithoutClause(tokens: readonly Token[], first: number, last: number): boolean {
  for (let j = first; j <= last; j++) {
    const token = tokens[j]!;
    if (opensRelativeAt(tokens, j)) return true;
    if (token.pos === 'AUX') return false;
  }
  return true;
}

/** "president and chief executive of Acme": two offices joined by "and" fill the apposition from `first`. */
function coordinatedOffices(tokens: readonly Token[], last: TokenRange | null, first: number): TokenRange | null {
  if (last === null || !COORDINATORS.has(tokens[last.first - 1]?.normal ?? '')) return null;
  const before = phraseEndingAt(tokens, last.first - 2, first);
  return before !== null && before.first === first ? { first, last: last.last } : null;
}

/** How many tokens "of Springfield, Va." may take after a name. */
const MAX_HOMETOWN = 8;

/**
 * "Jane Roe, 59, of Ashton, Md., who …", "Tom Lee, of Springfield, Va., said": a hometown set off by commas (ending at
 * `k`: "of", then capitalised words and commas) sits between a name and what follows. Returns the name's last token,
 * past an age before the hometown, or `k` when there is none.
 */
function skipHometown(tokens: readonly Token[], k: number, floor: number): number {
  for (let j = k; j > floor + 1 && k - j <= MAX_HOMETOWN; j--) {
    const token = tokens[j]!;
    if (token.normal === 'of' && j < k) return isComma(tokens[j - 1]) ? skipAge(tokens, j - 2, floor) : k;
    if (!isCapitalised(token.value) && !isComma(token) && token.value !== '.') return k;
  }
  return k;
}

/** "Jane Roe, 56, who …", "Jane Roe, 56, said": an age set off by commas sits between a name and what follows. */
function skipAge(tokens: readonly Token[], k: number, floor: number): number {
  const age = tokens[k];
  if (age === undefined || !isAge(age) || k - 2 < floor || !isComma(tokens[k - 1])) return k;
  return k - 2;
}

/** "Sen. Ann Lee, R-Ore., a …": a glued party label set off by commas (ending at `k`) sits between a name and what follows. */
function skipLabel(tokens: readonly Token[], k: number, floor: number): number {
  let first = k;
  while (first - 1 > floor && k - first < MAX_LABEL_TOKENS && tokens[first - 1]!.end === tokens[first]!.start) first--;
  if (first - 2 < floor || !isComma(tokens[first - 1]) || gluedLabel(tokens, first, k) === null || tokens[first + 1]?.value !== '-') return k;
  return first - 2;
}

/** "A third of independents, 33%, say", "Most, 56 percent, said": a share set off by commas (ending at `k`). */
function skipShare(tokens: readonly Token[], k: number, floor: number): number {
  const sign = tokens[k];
  if (sign === undefined || (sign.value !== '%' && sign.normal !== 'percent') || tokens[k - 1]?.pos !== 'NUM') return k;
  return k - 3 >= floor && isComma(tokens[k - 2]) ? k - 3 : k;
}

const AGE = /^\d{1,3}$/;

function isAge(token: Token): boolean {
  return token.pos === 'NUM' && AGE.test(token.value);
}

/**
 * The comma that opens a relative clause ending at `k` (", who said Tuesday he …, estimated", ", whose bid failed,
 * said"), or null.
 */
function relativeOpenerBefore(tokens: readonly Token[], k: number, floor: number): number | null {
  for (let j = k - 1; j > floor && k - j <= MAX_RELATIVE; j--) {
    const opens = isRelativePronoun(tokens[j]!) || POSSESSIVE_RELATIVES.has(tokens[j]!.normal);
    if (opens && isComma(tokens[j - 1])) return j - 1;
  }
  return null;
}

/** How many adverbs an aside between commas may hold ("Lee, meanwhile, who …", "Lee, though, who …"). */
const MAX_ADVERB_ASIDE = 2;

/**
 * "Lee, meanwhile, who has no endorsements, said": an aside of adverbs between commas, ending at `k`, sits between the
 * name and its relative clause. Returns the name's last token, or `k` when there is none.
 */
function beforeAdverbAside(tokens: readonly Token[], k: number, floor: number): number {
  let j = k;
  while (j >= floor && k - j < MAX_ADVERB_ASIDE && tokens[j]!.pos === 'ADV') j--;
  return j < k && j - 1 >= floor && isComma(tokens[j]) ? j - 1 : k;
}

/**
 * `Ana Ruiz, a builder and spokeswoman for the guild, who …`: a "list" whose second item opens with "a" or "an" right
 * after a comma is one name and its apposition (two offices joined by "and"), not several speakers.
 */
function appositionReadAsList(tokens: readonly Token[], phrase: SpeakerPhrase): boolean {
  const second = phrase.speakers[1];
  return second !== undefined && INDEFINITE_ARTICLES.has(tokens[second.first]!.normal) && isComma(tokens[second.first - 1]);
}

/**
 * `Ana Ruiz, president of the nurses' union, which represents …, said`: the phrase before the relative clause is an
 * apposition, set off by a comma from the name it describes, and the relative clause qualifies its institution; the
 * name is the speaker, not its office. A modifier the phrase reader leaves out may open the apposition ("acting
 * director of …"), and a definite description before an indefinite apposition is described by it as a name is ("The
 * mayor, a former teacher, who …").
 */
function describesNameBefore(tokens: readonly Token[], phrase: SpeakerPhrase, floor: number): boolean {
  const only = phrase.speakers.length === 1 ? phrase.speakers[0]! : null;
  if (only === null || isCapitalised(tokens[only.first]!.value)) return false;
  const modifier = tokens[only.first - 1];
  const comma = isComma(modifier) ? only.first - 1 : isComma(tokens[only.first - 2]) && isLowerCaseModifier(modifier) ? only.first - 2 : -1;
  if (comma < 0) return false;
  const name = phraseEndingAt(tokens, comma - 1, floor);
  if (name === null || !opensSubjectAt(tokens, name.first, floor)) return false;
  return isProperName(tokens, name) || (tokens[name.first]!.normal === 'the' && INDEFINITE_ARTICLES.has(tokens[only.first]!.normal));
}

/** "acting", "outgoing": a lower-case adjective or participle before an office. */
function isLowerCaseModifier(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'ADJ' || token.pos === 'VERB') && !isCapitalised(token.value);
}

const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(ARTICLES.filter((article) => article !== 'the'));

/** "Rep. Ann Holt (D-Ore.), who …": a bracket closing at `k` after the name is passed over; `k` when there is none. */
function beforeBracket(tokens: readonly Token[], k: number, floor: number): number {
  return tokens[k]?.value === ')' ? openingBracket(tokens, k, floor) - 1 : k;
}

/** A label written without spaces and starting with a capital ("D-Mass.", "R-Ky."): a party-and-state apposition. */
function gluedLabel(tokens: readonly Token[], first: number, last: number): TokenRange | null {
  if (first > last || last - first > MAX_LABEL_TOKENS || !isCapitalised(tokens[first]!.value)) return null;
  for (let j = first; j < last; j++) if (tokens[j + 1]!.start !== tokens[j]!.end) return null;
  return { first, last };
}

/** Rejects phrases that cannot speak: a bare determiner, a number, a relative pronoun. */
function plausibleSpeaker(tokens: readonly Token[], range: TokenRange): boolean {
  const last = tokens[range.last]!;
  if (last.pos === 'ADJ') {
    const before = tokens[range.last - 1];
    return range.last - range.first <= 1 || before?.pos === 'NOUN' || before?.pos === 'PROPN';
  }
  if (last.pos === 'PRON') return SUBJECT_PRONOUNS.has(last.normal);
  return last.pos === 'PROPN' || last.pos === 'NOUN';
}

/** The speaker named after an inverted cue (`"…," said Jane Roe, the head of X.`), apposition included. */
export function speakerAfter(tokens: readonly Token[], first: number, limit = tokens.length): TokenRange | null {
  const phrase = phraseStartingAt(tokens, first, limit);
  if (phrase === null) return null;
  if (isComma(tokens[phrase.last + 1])) {
    let apposition = phraseStartingAt(tokens, phrase.last + 2, limit);
    // "the MP for Leeds North and chair of the energy committee": two offices joined by "and".
    while (apposition && COORDINATORS.has(tokens[apposition.last + 1]?.normal ?? '')) {
      const next = phraseStartingAt(tokens, apposition.last + 2, limit);
      if (next === null) break;
      apposition = { first: apposition.first, last: next.last };
    }
    const after = apposition ? tokens[apposition.last + 1] : undefined;
    if (apposition && (after === undefined || after.value === '.' || isComma(after))) {
      return { first: phrase.first, last: apposition.last };
    }
  }
  return phrase;
}
