import { isCapitalised } from '../core/capitalised.js';
import type { Span } from '../core/schema.js';
import type { Token } from '../text/analyse.js';
import { opensFiniteClause, opensPredicate, RELATIVE_PREDICATE_RULE, verbAfterParenthetical, type CueMatch } from './cue-forms.js';
import { addresseeAt, phraseStartingAt, type TokenRange } from '../text/noun-phrase.js';
import { enclosingAt, type UnitQuotes } from './units.js';
import { reportingCues } from '../lang/en/cues.js';
import { ARTICLES, ADJUNCT_OPENERS, BE_FORMS, gluedToNext, isComma, isDashAt, isFiniteVerb, isQuoteToken, MONTHS, NEGATIONS, RELATIVE_PRONOUNS, SENTENCE_END, TIME_WORDS, WEEKDAYS } from '../lang/en/words.js';
import { COMPARISON_PHRASES, DAY_LEADS, PAST_PERIOD_MARKERS, TIME_CLAUSE_OPENERS, PERIOD_DEICTICS, PERIODS, RELATIVE_TIME_WORDS, TIME_PREPOSITIONS, ANSWER_WORDS, AUXILIARY_TIME_WORDS, CLAUSE_SUBORDINATORS, NARRATOR_ADJUNCTS, OBJECT_OCCASION_PREPOSITIONS, OCCASION_PREPOSITIONS, PERSON_PRONOUNS, PREDICATE_LINKS, SAYING_OCCASIONS, SAYING_PARTICIPLES, TENSED_AUXILIARIES, TWO_WORD_SUBORDINATORS, VERB_COORDINATORS } from '../lang/en/grammar.js';

export interface Complement {
  /** One range, or one per "that"-clause of `X said that A and that B`. */
  ranges: TokenRange[];
  /** "told X": X. */
  addressee: TokenRange | null;
  /** Ids of the frames that admitted this complement beyond the cue's plain reading (see `FRAME_RULES`). */
  frames: readonly string[];
}

/** Rule ids of the complement frames, as they show in a claim's `rules`. */
export const FRAME_RULES = {
  /** "thinks the plan will fail": a verb of belief with no "that" before its clause. */
  bareClause: 'attribution/frame:bare-clause',
  /** "said the timing was chance; they learned of it on Friday": a semicolon ends the reported clause. */
  semicolon: 'attribution/boundary:semicolon',
  /** "did not say it would be Ortega, who leads the race": the narrator's description of a name ends the clause. */
  relativeAfterName: 'attribution/boundary:relative-after-name',
  /** "considers himself an outsider even though he has lived here for years": the narrator's clause ends an object. */
  narratorSubordinate: 'attribution/boundary:narrator-subordinate',
  /** "endorsed the mayor during a radio interview", "backed the plan on Tuesday": the narrator's when and where. */
  objectOccasion: 'attribution/boundary:object-occasion',
  /** "called Cruz the “ultimate hypocrite,” linking to …": a quoted judgement closed by a comma ends the claim. */
  quotedJudgement: 'attribution/boundary:quoted-judgement',
  /** "said yes, compared with 23 percent who …": the narrator's comparison ends the reported words. */
  comparison: 'attribution/boundary:comparison',
} as const;

/**
 * `called Cruz the “ultimate hypocrite,” linking to a story`, `called the union an “evil empire,” a phrase he used
 * often`: after a judgement frame's object, a quotation that closes with a comma (inside or after its mark) ends the
 * judgement; the words after it are the narrator's, or a claim of their own. A further quotation after the comma
 * lists another judgement and keeps the claim going; a quotation inside the object closes with no comma. Returns the
 * index after the closing mark, else `end`.
 */
function quotedJudgementClosedAt(tokens: readonly Token[], cue: CueMatch, start: number, end: number, quotes: UnitQuotes): number {
  if (cue.frame.objectThen === undefined) return end;
  for (let k = start + 1; k < end; k++) {
    const quotation = quotes.openAt.get(tokens[k]!.start);
    if (quotation === undefined) continue;
    let close = k + 1;
    while (close < end && tokens[close]!.start !== quotation.close) close++;
    const commaAfter = isComma(tokens[close + 1]);
    if (close >= end - 1 || !(isComma(tokens[close - 1]) || commaAfter)) return end;
    // "a “nasty guy,” an “anchor baby” and “sick”": a further judgement in marks goes on with the list.
    const next = close + (commaAfter ? 2 : 1);
    const listed = isQuoteToken(tokens[next]) || (ARTICLE_WORDS.has(tokens[next]?.normal ?? '') && isQuoteToken(tokens[next + 1]));
    return listed ? end : close + 1;
  }
  return end;
}

const ARTICLE_WORDS: ReadonlySet<string> = new Set(ARTICLES);

/** How far an adjunct may separate a cue from its "that" ("said later in the day that"). */
const MAX_ADJUNCT_BEFORE_THAT = 14;
const POSSESSIVE_MARK = /^['’]s?$/;
/**
 * Reported words shorter than this, with no "that", are objects of the verb, not claims ("clarified his remarks"); a
 * cue whose frame checked its object and what follows ("called it “a sham”"), or words in marks, need only two.
 */
const MIN_OBJECT_WORDS = 3;
const MIN_CLAUSE_WORDS = 2;
/** A quoted fragment cut before the speaker closes within a comma and a mark (`…," X said`). */
const MAX_CLOSING_REACH = 3;
const WORD = /[\p{L}\p{N}]/u;
const TRAILING_PUNCTUATION = /^[.,;:!?…—–-]+$/;
const PAST_TENSE = /ed$/;
const GERUND = /ing$/;
const FINAL_STOP = /\.$/;
const OBJECT_ENDS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/** Whom the cue addresses right after it, as its frame allows ("told reporters …", "warned investors that …"). */
export function addresseeOf(tokens: readonly Token[], cue: CueMatch, limit = tokens.length): TokenRange | null {
  const mode = cue.frame.addressee;
  if (mode === undefined) return null;
  const addressee = addresseeAt(tokens, cue.last + 1, limit);
  if (addressee === null || mode === 'always') return addressee;
  return tokens[addressee.last + 1]?.normal === 'that' ? addressee : null;
}

/**
 * The complement of a cue, read from after the cue up to `end` (exclusive token index). `beforeQuotation`: the next
 * sentence is a quotation, which then carries the claim a short position object only sums up.
 */
export function complementAfter(
  tokens: readonly Token[],
  cue: CueMatch,
  end: number,
  quotes: UnitQuotes,
  beforeQuotation = false,
): Complement | null {
  let start = cue.last + 1;
  if (isQuoteToken(tokens[start]) && quotes.closeAt.has(tokens[start]!.start)) start++;
  const addressee = addresseeOf(tokens, cue, end);
  if (addressee !== null) start = addressee.last + 1;
  // "The plan, a source said, is to …": after a comma the cue stands inside the clause it reports.
  const setOff = tokens[start]?.value === ':' || isComma(tokens[start]);
  if (setOff) start++;
  if (!setOff && cue.frames?.includes(RELATIVE_PREDICATE_RULE) !== true && opensMatrixPredicate(tokens, start, end, quotes)) return null;
  if (!meetsRequirement(tokens, cue, start) || objectIsNoClaim(tokens, cue, start, end) || aimsToSpeak(tokens, cue, start)) return null;
  const frames: string[] = readsBareClause(tokens, cue, start) ? [FRAME_RULES.bareClause] : readsRequest(tokens, cue, start) ? [REQUEST_RULE] : [];
  let introduced = false;
  let shortObject = false;
  const dropped = cue.frame.drop ?? ['that'];
  // "said that was wrong", "warned that could happen": a "that" right before an auxiliary is the reported clause's
  // subject, not its opener ("found that structured talks helped" has a participle there, and opens the clause).
  const demonstrative = tokens[start]?.normal === 'that' && tokens[start + 1]?.pos === 'AUX';
  if (tokens[start] && dropped.includes(tokens[start]!.normal) && !demonstrative) {
    introduced = tokens[start]!.normal === 'that';
    start++;
  } else {
    const that = thatAfterAdjunct(tokens, start, end);
    if (that >= 0) {
      start = that + 1;
      introduced = true;
    } else {
      start = skipTimeWords(tokens, start, end);
      if (opensTimeClause(tokens, start)) {
        // "explained after winning Ohio, he would need …", "told Congress when asked: “…”": what was said follows the clause.
        const close = timeClauseEnd(tokens, start, end);
        if (close < 0) return null;
        start = close + 1;
      }
      if (isAdjunctOnly(tokens, start, end)) return null;
    }
  }
  // "proposed just that in 2013": a "that" with no verb after it is the object pronoun, whose referent is elsewhere.
  if (introduced && isAdjunctOnly(tokens, start, end)) return null;
  const semicolon = semicolonClauseAt(tokens, start, end, quotes);
  if (semicolon < end) {
    end = semicolon;
    frames.push(FRAME_RULES.semicolon);
  }
  const compared = comparisonAt(tokens, start, end, quotes);
  if (compared < end) {
    end = compared;
    frames.push(FRAME_RULES.comparison);
  }
  const described = relativeAfterNameAt(tokens, cue, start, end, quotes);
  if (described < end) {
    end = described;
    frames.push(FRAME_RULES.relativeAfterName);
  }
  end = sayingAdjunctAt(tokens, start, pastPredicateAfterObjectAt(tokens, start, coordinatedPredicateAt(tokens, start, end, quotes), quotes), quotes);
  if (!introduced) {
    const judged = quotedJudgementClosedAt(tokens, cue, start, end, quotes);
    if (judged < end) {
      end = judged;
      frames.push(FRAME_RULES.quotedJudgement);
    }
    const adjunct = trailingAdjunctAt(tokens, start, end, quotes);
    end = subordinateClauseAt(tokens, cue, start, adjunct, quotes);
    if (end < adjunct) frames.push(FRAME_RULES.narratorSubordinate);
    // An object too short to stand alone is still the claim when it stood with its occasion ("stressed those worries
    // on Sunday", "backed Ruiz at a rally"): the occasion is cut and the object kept however short.
    const occasion = cue.frame.objectThenAdjective !== true ? objectOccasionAt(tokens, start, end, quotes) : end;
    const cut = occasion < end ? trimRange(tokens, start, occasion - 1, quotes) : null;
    const whole = cut === null ? null : trimRange(tokens, start, end - 1, quotes);
    if (cut !== null && whole !== null && standsAsObject(tokens, cue, whole, quotes, beforeQuotation, false)) {
      shortObject = !standsAsObject(tokens, cue, cut, quotes, beforeQuotation, false);
      end = occasion;
      frames.push(FRAME_RULES.objectOccasion);
    }
  }
  const pieces = introduced ? splitAtAndThat(tokens, start, end, quotes) : [{ first: start, last: end - 1 }];
  const ranges: TokenRange[] = [];
  for (const piece of pieces) {
    const trimmed = trimRange(tokens, piece.first, piece.last, quotes);
    const answer = trimmed === null ? null : answerAt(tokens, trimmed);
    if (answer !== null) {
      ranges.push(answer);
      frames.push(ANSWER_RULE);
    } else if (trimmed && (shortObject || standsAsObject(tokens, cue, trimmed, quotes, beforeQuotation, introduced))) {
      ranges.push(trimmed);
    }
  }
  return ranges.length > 0 ? { ranges, addressee, frames } : null;
}

/** Whether the narrator's comparison opens at `k` ("compared with", "as opposed to"). */
export function opensComparison(tokens: readonly Token[], k: number): boolean {
  return COMPARISON_PHRASES.some((phrase) => phrase.every((word, n) => tokens[k + n]?.normal === word));
}

/** Where a comparison outside quotation marks ends the reported words (at its comma, if any), else `end`. */
function comparisonAt(tokens: readonly Token[], start: number, end: number, quotes: UnitQuotes): number {
  for (let j = start + 1; j < end; j++) {
    if (enclosingAt(quotes, j) === null && opensComparison(tokens, j)) return isComma(tokens[j - 1]) ? j - 1 : j;
  }
  return end;
}

/** How many words an adjunct of time may hold between a cue with no object and the verb after it. */
const MAX_GAP_ADJUNCT = 5;

/**
 * `a deal she once supported - makes sense`, `which the department proposed last July, provoked …`, `the divides he
 * promised to bridge have grown`: the cue's object is the noun its clause hangs on, so the words after the cue (past
 * a dash, an adjunct of time and its comma, or an infinitive) open with the main clause's verb; they report nothing.
 */
function opensMatrixPredicate(tokens: readonly Token[], start: number, end: number, quotes: UnitQuotes): boolean {
  let k = start;
  if (isDashAt(tokens, k)) k++;
  else if (tokens[k]?.normal === 'to' && tokens[k + 1]?.pos === 'VERB') k += 2;
  else if (opensTimeAdjunct(tokens[k])) {
    let comma = k;
    while (comma < end && comma - k <= MAX_GAP_ADJUNCT && !isComma(tokens[comma]) && tokens[comma]!.pos !== 'VERB' && tokens[comma]!.pos !== 'AUX') comma++;
    if (!isComma(tokens[comma])) return false;
    k = comma + 1;
  }
  const token = tokens[k];
  if (token === undefined || k >= end || enclosingAt(quotes, k) !== null) return false;
  if (token.pos === 'AUX') return true;
  // Past a dash or an adjunct any tensed form will do ("last July, drew …"); right after the cue only a third-person
  // one, since an "-ed" form there is as often a participle before its noun ("called for increased spending"). A word
  // read as a verb before another verb is the clause's subject ("said costs would rise"), and a participle opening an
  // adjunct takes a preposition ("based on").
  const next = tokens[k + 1];
  const finite = k > start ? !GERUND.test(token.normal) : THIRD_PERSON_FORM.test(token.normal);
  return token.pos === 'VERB' && finite && next !== undefined && next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'ADP';
}

/** A third-person "-s" (not "-ss"): a finite form the tagger may give a verb right after the cue. */
const THIRD_PERSON_FORM = /[^s]s$/;

/** A word that opens an adjunct of time ("last July", "in 2014", "on Monday"). */
function opensTimeAdjunct(token: Token | undefined): boolean {
  return token !== undefined && (DAY_LEADS.has(token.normal) || WEEKDAYS.has(token.normal) || MONTHS.has(token.normal));
}

/** Whether a complement is long enough to be a claim, or a position's object however short. */
function standsAsObject(tokens: readonly Token[], cue: CueMatch, range: TokenRange, quotes: UnitQuotes, beforeQuotation: boolean, introduced: boolean): boolean {
  const checked = introduced || cue.frame.objectThen !== undefined || opensWithPredicate(tokens, cue, range) || isWholeQuotation(tokens, range, quotes);
  return wordCount(tokens, range) >= (checked ? MIN_CLAUSE_WORDS : MIN_OBJECT_WORDS) || (!beforeQuotation && isPositionObject(tokens, cue, range)) || isQuotedAnswer(tokens, cue, range, quotes);
}

/**
 * `shook her head and said, “No.”`: a speech cue, a comma or a colon, and a whole quotation hold direct speech
 * however short, as a quotation right after its speaker and cue does.
 */
function isQuotedAnswer(tokens: readonly Token[], cue: CueMatch, range: TokenRange, quotes: UnitQuotes): boolean {
  const before = tokens[range.first - 1];
  return cue.kind === 'speech' && (isComma(before) || before?.value === ':') && isWholeQuotation(tokens, range, quotes) && wordCount(tokens, range) >= 1;
}

/**
 * A position's object is what the speaker takes a stand on, however short ("rejected the proposal", "endorsed
 * Ortega"); it must name a thing, so "rejected it" (whose referent is elsewhere) is no claim, and it must end the
 * sentence or come before the narrator's clause ("praised the crews while the storm raged"): in "expressed confidence
 * in the process, stating, …" the words that follow carry the claim.
 */
function isPositionObject(tokens: readonly Token[], cue: CueMatch, range: TokenRange): boolean {
  if (cue.kind !== 'position') return false;
  const next = tokens[range.last + 1];
  const secondPredicate =
    next !== undefined &&
    (opensPastPredicate(tokens, range.last + 1) ||
      (VERB_COORDINATORS.has(next.normal) && (opensTensedPredicate(tokens, range.last + 2, tokens.length) || isParticiple(tokens, range.last + 2))) ||
      (isComma(next) && (opensCoordinatedPredicate(tokens, range.last + 1, tokens.length) || opensCoordinatedClause(tokens, range.last + 1) || isFiniteVerb(tokens[range.last + 2]))));
  // "backed the merger, with four in 10 saying …": an absolute clause after the object is a claim of its own.
  const absolute = next !== undefined && isComma(next) && tokens[range.last + 2]?.normal === 'with';
  if (next !== undefined && !SENTENCE_END.has(next.value) && !CLAUSE_SUBORDINATORS.has(next.normal) && !secondPredicate && !absolute && !opensObjectOccasion(tokens, range.last + 1, tokens.length)) return false;
  for (let k = range.first; k <= range.last; k++) if (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') return true;
  return false;
}

/** "said during the debate", "said in an interview": a prepositional phrase with no verb is no reported clause. */
function isAdjunctOnly(tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (first === undefined || first.pos !== 'ADP' || !ADJUNCT_OPENERS.has(first.normal)) return false;
  for (let j = start + 1; j < end; j++) {
    const token = tokens[j]!;
    if (isReducedRelative(tokens, j)) continue;
    if (token.pos === 'VERB' || token.pos === 'AUX' || isQuoteToken(token)) return false;
  }
  return true;
}

/**
 * "citing sources in the ministry", "opened the door to the hall": the first noun of the object is one the frame reads
 * as a credit or as a literal object, not a claim.
 */
function objectIsNoClaim(tokens: readonly Token[], cue: CueMatch, start: number, end: number): boolean {
  const credited = cue.frame.creditedObjects ?? cue.frame.literalObjects;
  if (credited === undefined) return false;
  for (let k = start; k < end; k++) {
    const token = tokens[k]!;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') return credited.has(token.normal);
  }
  return false;
}

/** Lemmas of the verbs of saying, whose base form after "to" makes an aim to speak (`wants to say …`). */
const SPEECH_LEMMAS: ReadonlySet<string> = new Set(reportingCues.filter((entry) => entry.kind === 'speech' && !entry.lemma.includes(' ')).map((entry) => entry.lemma));

function aimsToSpeak(tokens: readonly Token[], cue: CueMatch, start: number): boolean {
  return cue.frame.aimNotSpeech === true && tokens[start]?.normal === 'to' && SPEECH_LEMMAS.has(tokens[start + 1]?.normal ?? '');
}

/**
 * Whether the words at `start` are what the cue's frame requires ("agreed that", "asked whether"), a "that" past an
 * adjunct included; true if nothing is required.
 */
export function meetsRequirement(tokens: readonly Token[], cue: CueMatch, start: number): boolean {
  const required = cue.frame.requires;
  if (required === undefined || required.some((phrase) => startsWith(tokens, start, phrase))) return true;
  // "which he hoped would spark a revival": the relative pronoun is the subject of the clause a belief verb reports.
  if (cue.frame.bareClause === true && cue.frames?.includes(RELATIVE_PREDICATE_RULE) === true) return true;
  if (cue.frame.objectInfinitive === true && objectThenInfinitive(tokens, start)) return true;
  // "agreed on Monday that", "decided late in the day that": the "that" may follow an adjunct.
  return (required.includes('that') && thatAfterAdjunct(tokens, start, tokens.length) >= 0) || readsBareClause(tokens, cue, start);
}

/** Rule id of a request read as a claim: an object and an infinitive after the cue ("asked the board to resign"). */
export const REQUEST_RULE = 'attribution/frame:request';

/**
 * `asked the council to delay the vote`, `asked them to stand`: an object (a pronoun or a noun phrase) and "to" before
 * a verb; "asked reporters to the office" has no verb after "to".
 */
export function objectThenInfinitive(tokens: readonly Token[], start: number): boolean {
  const first = tokens[start];
  if (first === undefined) return false;
  const object = phraseStartingAt(tokens, start) ?? (first.pos === 'PRON' ? { first: start, last: start } : null);
  if (object === null || tokens[object.last + 1]?.normal !== 'to') return false;
  const verb = tokens[object.last + 2];
  return verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

/** A cue read as a request: its frame's required words are missing, and an object and an infinitive follow. */
function readsRequest(tokens: readonly Token[], cue: CueMatch, start: number): boolean {
  const required = cue.frame.requires;
  if (cue.frame.objectInfinitive !== true || required === undefined || required.some((phrase) => startsWith(tokens, start, phrase))) return false;
  return objectThenInfinitive(tokens, start);
}

/** A required "that" left out before a clause the frame lets go bare ("fears prices will rise"). */
function readsBareClause(tokens: readonly Token[], cue: CueMatch, start: number): boolean {
  const required = cue.frame.requires;
  if (cue.frame.bareClause !== true || required === undefined || required.some((phrase) => startsWith(tokens, start, phrase))) return false;
  return thatAfterAdjunct(tokens, start, tokens.length) < 0 && opensFiniteClause(tokens, start);
}



function startsWith(tokens: readonly Token[], start: number, phrase: string): boolean {
  const words = phrase.split(' ');
  return words.every((word, k) => tokens[start + k]?.normal === word);
}

/** The "that" after an adjunct starting at `start` ("said on Monday that", "told a crowd in Leeds that"), or -1. */
export function thatAfterAdjunct(tokens: readonly Token[], start: number, end: number): number {
  const first = tokens[start];
  if (opensClauseOfTime(tokens, start)) return thatAfterTimeClause(tokens, start, end);
  if (first === undefined || !(ADJUNCT_OPENERS.has(first.normal) || TIME_WORDS.has(first.normal) || first.pos === 'ADV')) {
    return -1;
  }
  // "said this week that" dates the verb; "calls this a narrative that …" has "this" for its object.
  if (PERIOD_DEICTICS.has(first.normal) && first.pos === 'DET' && !datesPeriod(tokens, start + 1)) return -1;
  for (let j = start + 1; j < end && j - start <= MAX_ADJUNCT_BEFORE_THAT; j++) {
    const token = tokens[j]!;
    // "said of that plan", "told in that interview": after a preposition "that" points, it opens no clause.
    if (token.normal === 'that') return tokens[j - 1]!.pos === 'ADP' ? -1 : j;
    // A hyphenated compound ("in an op-ed that"): the word after the hyphen is no verb of its own.
    if (token.value === '-' && gluedToNext(tokens, j - 1) && gluedToNext(tokens, j)) {
      j++;
      continue;
    }
    if (isReducedRelative(tokens, j)) continue;
    const title = titleClosingAt(tokens, j);
    if (title > j) {
      j = title;
      continue;
    }
    if (token.pos === 'VERB' || token.pos === 'AUX' || (token.pos === 'PUNCT' && !isComma(token)) || isQuoteToken(token)) {
      return -1;
    }
  }
  return -1;
}

/** How many words a quoted title may hold inside an adjunct. */
const MAX_TITLE_WORDS = 6;

/**
 * A quoted title inside an adjunct ("on the show “Meet the Press” that …"): an opening mark at `j` before a capitalised
 * word, closed within a few words. Returns the closing mark's index, else `j`.
 */
function titleClosingAt(tokens: readonly Token[], j: number): number {
  const next = tokens[j + 1];
  if (!isQuoteToken(tokens[j]) || next === undefined || !isCapitalised(next.value)) return j;
  for (let k = j + 2; k < tokens.length && k - j <= MAX_TITLE_WORDS + 1; k++) if (isQuoteToken(tokens[k])) return k;
  return j;
}

/**
 * `in a statement provided to the paper`, `in an interview published on Sunday`: a participle right after its noun and
 * before a preposition, a word of time or the end describes the noun; it is no verb of the clause.
 */
function isReducedRelative(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]!;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  if (token.pos !== 'VERB' || GERUND.test(token.normal) || before === undefined || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return false;
  if (!(after === undefined || after.pos === 'ADP' || after.pos === 'PUNCT' || TIME_WORDS.has(after.normal) || MONTHS.has(after.normal))) return false;
  // The noun is the object of a preposition, with its article ("in a statement provided"): a noun phrase of its own
  // before the verb is a subject ("said in Paris the prices rose in May").
  let k = j - 1;
  while (k > 0 && j - k <= MAX_NOUN_MODIFIERS && NOUN_PHRASE_WORDS.has(tokens[k - 1]!.pos)) k--;
  return tokens[k - 1]?.pos === 'DET' && tokens[k - 2]?.pos === 'ADP';
}

const MAX_NOUN_MODIFIERS = 4;
const NOUN_PHRASE_WORDS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * `said as he entered the talks that peace was near`, `said when asked that …`: a clause of time with its own verb may
 * stand between the cue and its "that"; a "that" right before a verb is a relative pronoun of the clause ("the room
 * that was packed"), not the opener of what was said. -1 when no such "that" follows.
 */
function thatAfterTimeClause(tokens: readonly Token[], start: number, end: number): number {
  for (let j = start + 2; j < end && j - start <= MAX_ADJUNCT_BEFORE_THAT; j++) {
    const token = tokens[j]!;
    if (isQuoteToken(token) || (token.pos === 'PUNCT' && !isComma(token))) return -1;
    if (token.normal !== 'that') continue;
    const after = tokens[j + 1];
    return tokens[j - 1]!.pos === 'ADP' || after?.pos === 'VERB' || after?.pos === 'AUX' ? -1 : j;
  }
  return -1;
}

/**
 * `said when she resigned`, `said before he died`, `said as he entered the talks`, `said when asked`: a clause of time
 * whose subject is a pronoun (or that has none) dates the cue; it is not what was said.
 */
function opensTimeClause(tokens: readonly Token[], start: number): boolean {
  const next = timeClauseSecondWord(tokens, start);
  if (next === undefined) return false;
  if (next.pos === 'VERB') return true;
  return next.pos === 'PRON' && PERSON_PRONOUNS.has(next.normal) && (tokens[start + 2]?.pos === 'VERB' || tokens[start + 2]?.pos === 'AUX');
}

/** A clause of time with a subject or a verb of its own at `start` ("as prices rose", "when he resigned", "when asked"). */
function opensClauseOfTime(tokens: readonly Token[], start: number): boolean {
  const next = timeClauseSecondWord(tokens, start);
  if (next === undefined) return false;
  return next.pos === 'VERB' || next.pos === 'PRON' || ((next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'DET') && hasVerbWithin(tokens, start + 2, MAX_TIME_SUBJECT_WORDS));
}

/** The word after a time-clause opener at `start` ("as", "when"), or undefined where no such clause opens. */
function timeClauseSecondWord(tokens: readonly Token[], start: number): Token | undefined {
  return TIME_CLAUSE_OPENERS.has(tokens[start]?.normal ?? '') ? tokens[start + 1] : undefined;
}

const MAX_TIME_SUBJECT_WORDS = 4;

function hasVerbWithin(tokens: readonly Token[], from: number, reach: number): boolean {
  for (let j = from; j < tokens.length && j - from < reach; j++) {
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return true;
    if (tokens[j]!.pos === 'PUNCT') return false;
  }
  return false;
}

/** The comma or colon that closes a clause of time opening at `start`, with words after it; -1 when none does. */
function timeClauseEnd(tokens: readonly Token[], start: number, end: number): number {
  for (let j = start + 2; j < end - 1 && j - start <= MAX_ADJUNCT_BEFORE_THAT; j++) {
    const token = tokens[j]!;
    if (isComma(token) || token.value === ':') return j;
    if (isQuoteToken(token) || (token.pos === 'PUNCT' && token.value !== '-')) return -1;
  }
  return -1;
}

/** A period at `k`, or after one adjective there ("this week", "this past week"). */
function datesPeriod(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.pos === 'ADJ' ? tokens[k + 1] : tokens[k];
  return PERIODS.has(word?.normal ?? '');
}

/** "said Monday the …" skips the day; "called Monday's decision …" keeps it, the day being the object's owner. */
function skipTimeWords(tokens: readonly Token[], start: number, end: number): number {
  let j = start;
  if (tokens[j]?.normal === 'on' && (WEEKDAYS.has(tokens[j + 1]?.normal ?? '') || MONTHS.has(tokens[j + 1]?.normal ?? ''))) j++;
  const isDay = (token: Token) => WEEKDAYS.has(token.normal) || token.normal === 'today' || token.normal === 'yesterday';
  while (j < end && isDay(tokens[j]!) && !POSSESSIVE_MARK.test(tokens[j + 1]?.value ?? '')) j++;
  while (j < end && MONTHS.has(tokens[j - 1]?.normal ?? '') && tokens[j]!.pos === 'NUM') j++;
  return j;
}

/**
 * `X insisted the plan was sound, but declined to say how`: a comma, a coordinator and a verb start a second
 * predicate of the speaker, which is no part of the reported clause. Returns where the complement ends.
 */
function coordinatedPredicateAt(tokens: readonly Token[], start: number, end: number, quotes: UnitQuotes): number {
  for (let j = start + 1; j + 2 < end; j++) {
    if (!isComma(tokens[j]) || enclosingAt(quotes, j) !== null) continue;
    if (opensCoordinatedPredicate(tokens, j, end)) return j;
    // `…, and he railed against …`: a person's pronoun and a verb open a clause of the narrator's.
    const after = tokens[j + 3];
    if (PREDICATE_LINKS.has(tokens[j + 1]!.normal) && PERSON_PRONOUNS.has(tokens[j + 2]!.normal) && after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX')) return j;
  }
  return end;
}

/** After the comma at `comma`, "and" or "but" and a clause with its own subject (", and the council voted …"). */
function opensCoordinatedClause(tokens: readonly Token[], comma: number): boolean {
  return VERB_COORDINATORS.has(tokens[comma + 1]?.normal ?? '') && opensFiniteClause(tokens, comma + 2);
}

/** After the comma at `comma`, a coordinator and a finite verb or a tensed predicate (", but declined …", ", and has been …"). */
function opensCoordinatedPredicate(tokens: readonly Token[], comma: number, end: number): boolean {
  const link = tokens[comma + 1];
  const verb = tokens[comma + 2];
  if (link === undefined || verb === undefined || !PREDICATE_LINKS.has(link.normal)) return false;
  return (verb.pos === 'VERB' && !verb.normal.endsWith('ing')) || opensTensedPredicate(tokens, comma + 2, end);
}

/**
 * `called the ruling “a disgrace” and voted to overturn it`, `declined the post and has since left`: when the words
 * after the cue hold no verb of their own (an object, a judgement, an infinitive), "and" and a verb in the past tense
 * or a tensed auxiliary and its verb go on with the cue's subject, who did the second thing;
 * the reported words end before "and". After a clause with a verb ("said the plan would fail and cost jobs") the
 * verb may share the reported subject, so it stays inside.
 */
function pastPredicateAfterObjectAt(tokens: readonly Token[], start: number, end: number, quotes: UnitQuotes): number {
  for (let j = start + 1; j + 1 < end; j++) {
    const token = tokens[j]!;
    if (enclosingAt(quotes, j) !== null || isQuoteToken(token)) continue;
    // An infinitive is no clause of its own (`urged the board to act and has vowed to …`): its verb is passed over.
    if ((token.pos === 'VERB' || token.pos === 'AUX') && tokens[j - 1]?.normal !== 'to') return end;
    if (endsObject(tokens, j - 1, quotes) && (opensPastPredicate(tokens, j) || (VERB_COORDINATORS.has(token.normal) && opensTensedPredicate(tokens, j + 1, end)))) return j;
    // `backed the plan, and the council voted for it`: after an object, a comma, a coordinator and a clause with a
    // subject of its own are the narrator's.
    if (isComma(token) && endsObject(tokens, j - 1, quotes) && opensCoordinatedClause(tokens, j)) return j;
  }
  return end;
}

/** A noun, a pronoun or a closing mark ends an object; an adjective may be one of a pair ("costly and rushed"). */
function endsObject(tokens: readonly Token[], k: number, quotes: UnitQuotes): boolean {
  const token = tokens[k]!;
  return OBJECT_ENDS.has(token.pos) || (isQuoteToken(token) && quotes.closeAt.has(token.start));
}

/** "and" and a verb in the past tense with words after it ("… and voted to overturn it"). */
function opensPastPredicate(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at + 1];
  const next = tokens[at + 2];
  return VERB_COORDINATORS.has(tokens[at]!.normal) && verb?.pos === 'VERB' && PAST_TENSE.test(verb.normal) && next !== undefined && next.pos !== 'PUNCT';
}

/** How many adverbs or auxiliaries may stand between a tensed auxiliary and its verb ("has since been dropped"). */
const MAX_ADVERBS_AFTER_AUXILIARY = 2;

/**
 * `said the plan would fail, and has since voted against it`: after a comma and a link, a tensed "have" or "be" and
 * then a verb carry on the subject of the cue, not the reported clause.
 */
function opensTensedPredicate(tokens: readonly Token[], at: number, end: number): boolean {
  if (!TENSED_AUXILIARIES.has(tokens[at]?.normal ?? '')) return false;
  if (opensCopulaPredicate(tokens, at)) return true;
  for (let k = at + 1; k < end && k - at <= MAX_ADVERBS_AFTER_AUXILIARY + 1; k++) {
    const token = tokens[k]!;
    if (token.pos === 'VERB' || opensCopulaPredicate(tokens, k)) return true;
    if (token.pos !== 'ADV' && token.pos !== 'AUX' && !AUXILIARY_TIME_WORDS.has(token.normal) && !NEGATIONS.has(token.normal)) return false;
  }
  return false;
}

/** An -ing verb, or one the tagger reads as an adjective before its infinitive ("promising to cut"). */
export function isParticiple(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (token === undefined || !token.normal.endsWith('ing')) return false;
  return token.pos === 'VERB' || (token.pos === 'ADJ' && tokens[k + 1]?.normal === 'to');
}

/** "is a …", "has been critical of …": a be-form and the noun phrase or adjective it predicates. */
function opensCopulaPredicate(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return BE_FORMS.has(tokens[at]!.normal) && next !== undefined && (next.pos === 'DET' || next.pos === 'ADJ');
}

/** How many words an occasion's preposition may stand before its noun ("at a hastily called news conference"). */
const MAX_OCCASION_REACH = 5;

/**
 * `said the talks had failed, speaking to reporters on Monday`, `…, in an interview with the paper`: a comma and then
 * the act or the occasion of saying, with no verb of its own to the end, describe the cue, not what was said; the
 * reported words end at the comma. Inside the clause the same words stay ("officials, speaking on condition of
 * anonymity, confirmed …" goes on to a verb).
 */
function sayingAdjunctAt(tokens: readonly Token[], start: number, end: number, quotes: UnitQuotes): number {
  for (let j = start + 1; j + 1 < end; j++) {
    if (!isComma(tokens[j]) || enclosingAt(quotes, j) !== null || !opensSayingAdjunct(tokens, j + 1, end)) continue;
    if (!hasFiniteVerb(tokens, j + 2, end, quotes)) return j;
  }
  return end;
}

function opensSayingAdjunct(tokens: readonly Token[], at: number, end: number): boolean {
  const opener = tokens[at]!;
  if (SAYING_PARTICIPLES.has(opener.normal)) return true;
  if (!OCCASION_PREPOSITIONS.has(opener.normal)) return false;
  for (let k = at + 1; k < end && k - at <= MAX_OCCASION_REACH; k++) {
    if (SAYING_OCCASIONS.has(tokens[k]!.normal)) return true;
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * `endorsed the senator during a call with reporters`, `backed the levy at a rally on Friday`, `praised the crews on
 * Monday`: an object with no verb of its own ends where a preposition opens the occasion or the day of the act (a
 * speech, an interview, a weekday or a month), comma or not; the words are the narrator's, not the speaker's. An
 * object that holds a verb, or an act a gerund opens ("ruled out signing him in May"), may carry its own date, and
 * stays whole. So does the object of a frame an adjective may follow ("deemed the search in May unlawful").
 */
function objectOccasionAt(tokens: readonly Token[], start: number, end: number, quotes: UnitQuotes): number {
  for (let j = start; j < end; j++) {
    const token = tokens[j]!;
    if (enclosingAt(quotes, j) !== null || isQuoteToken(token)) return end;
    if (token.pos === 'VERB' || token.pos === 'AUX' || (j === start && GERUND.test(token.normal))) return end;
    if (j > start && opensObjectOccasion(tokens, j, end)) {
      // "said in Nashua last week, “…”": words that open with a preposition are no object to cut an occasion from.
      if (tokens[start]!.pos === 'ADP') return end;
      return occasionRunsOut(tokens, j, end, quotes) ? (isComma(tokens[j - 1]) ? j - 1 : j) : end;
    }
  }
  return end;
}

/** The occasion runs to the end or to a comma with no verb or quotation: `called the remarks on Friday "a warning"` goes on. */
function occasionRunsOut(tokens: readonly Token[], at: number, end: number, quotes: UnitQuotes): boolean {
  for (let k = at + 1; k < end && !isComma(tokens[k]); k++) {
    const token = tokens[k]!;
    if (enclosingAt(quotes, k) !== null || isQuoteToken(token) || token.pos === 'VERB' || token.pos === 'AUX') return false;
  }
  return true;
}

function opensObjectOccasion(tokens: readonly Token[], at: number, end: number): boolean {
  const opener = tokens[at];
  if (opener === undefined) return false;
  if (opensTimePhrase(tokens, at)) return true;
  if (!OBJECT_OCCASION_PREPOSITIONS.has(opener.normal) && !TIME_PREPOSITIONS.has(opener.normal)) return false;
  for (let k = at + 1; k < end && k - at <= MAX_OCCASION_REACH; k++) {
    const token = tokens[k]!;
    // "denied any role in the Sept. 11 attacks": a date after an article names a thing; "on Sept. 11" dates the act.
    const isDay = (WEEKDAYS.has(token.normal) || MONTHS.has(token.normal)) && !POSSESSIVE_MARK.test(tokens[k + 1]?.value ?? '') && tokens[k - 1]!.normal !== 'the';
    // "in recent days", "over the past week": a period gone by dates the act; a deadline ("clarity within a month",
    // "a decision in coming weeks") may be what the speaker asked for, and stays.
    const isPeriod = TIME_PREPOSITIONS.has(opener.normal) && PAST_PERIOD_MARKERS.has(tokens[k - 1]!.normal) && PERIODS.has(token.normal.replace(/s$/, ''));
    if (isPeriod || (OBJECT_OCCASION_PREPOSITIONS.has(opener.normal) && (SAYING_OCCASIONS.has(token.normal) || isDay))) return true;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT' || token.pos === 'ADP') return false;
  }
  return false;
}

/**
 * `renewed that prediction last week`, `endorsed Ruiz this month`, `praised the crews Monday`: a period after "this",
 * "last" or "next", or a weekday, dates the act with no preposition.
 */
function opensTimePhrase(tokens: readonly Token[], at: number): boolean {
  // "earlier Sunday", "late Monday", "later this month": a word of relative time before the date belongs to it.
  const first = RELATIVE_TIME_WORDS.has(tokens[at]!.normal) ? at + 1 : at;
  const opener = tokens[first];
  const before = tokens[at - 1];
  if (opener === undefined || before === undefined || before.pos === 'ADP' || before.pos === 'DET') return false;
  // "Tuesday night’s debate": a day that owns a noun is part of the object.
  const owned = (k: number) => POSSESSIVE_MARK.test(tokens[k]?.value ?? '') || (PERIODS.has(tokens[k]?.normal ?? '') && POSSESSIVE_MARK.test(tokens[k + 1]?.value ?? ''));
  if (WEEKDAYS.has(opener.normal)) return !owned(first + 1);
  return PERIOD_DEICTICS.has(opener.normal) && opener.normal !== 'that' && PERIODS.has(tokens[first + 1]?.normal ?? '') && !owned(first + 2);
}

function hasFiniteVerb(tokens: readonly Token[], from: number, end: number, quotes: UnitQuotes): boolean {
  for (let k = from; k < end; k++) {
    const token = tokens[k]!;
    if (enclosingAt(quotes, k) !== null || isQuoteToken(token)) return true;
    if (token.pos === 'AUX' || (token.pos === 'VERB' && !token.normal.endsWith('ing') && !isParticipleAfterNoun(tokens, k))) return true;
  }
  return false;
}

/** "a news conference called by the mayor": a past participle right after a noun modifies it. */
function isParticipleAfterNoun(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN') && tokens[k]!.normal.endsWith('ed');
}

/**
 * `said the timing was chance; they learned of it on Friday`: outside quotation marks, a semicolon before a subject and
 * its verb joins the narrator's next clause, no part of the reported one. Returns where the complement ends.
 */
function semicolonClauseAt(tokens: readonly Token[], start: number, end: number, quotes: UnitQuotes): number {
  for (let j = start + 1; j + 1 < end; j++) {
    if (tokens[j]!.value === ';' && enclosingAt(quotes, j) === null && opensFiniteClause(tokens, j + 1)) return j;
  }
  return end;
}

/**
 * `did not suggest it would be Ortega, who leads the race by ten points`: a comma and "who" or "which" after a name
 * open the narrator's description of that name, which runs to the end; the reported words end at the comma. The name
 * must close a clause (a verb before it, or a position's object); a relative clause set off inside the reported one (`said Ortega, who ran in
 * 2012, would win`) goes on to a comma and a verb, and stays.
 */
function relativeAfterNameAt(tokens: readonly Token[], cue: CueMatch, start: number, end: number, quotes: UnitQuotes): number {
  for (let j = start + 1; j + 1 < end; j++) {
    if (!isComma(tokens[j]) || enclosingAt(quotes, j) !== null || tokens[j - 1]!.pos !== 'PROPN' || !RELATIVE_PRONOUNS.has(tokens[j + 1]!.normal)) continue;
    // A name with no verb before it is the reported clause's subject (`that Ortega, who …, will win`), unless the cue
    // takes a position on an object (`praised Ortega, who …`).
    const closesClause = cue.kind === 'position' || holdsVerb(tokens, { first: start, last: j - 1 });
    return closesClause && !resumesAfterComma(tokens, j + 2, end, quotes) ? j : end;
  }
  return end;
}

/** Whether a verb or an auxiliary stands in `range`. */
export function holdsVerb(tokens: readonly Token[], range: TokenRange): boolean {
  for (let k = range.first; k <= range.last; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

/** A later comma followed by a verb or an auxiliary (the clause the set-off words interrupted goes on). */
function resumesAfterComma(tokens: readonly Token[], from: number, end: number, quotes: UnitQuotes): boolean {
  for (let k = from; k + 1 < end; k++) {
    if (!isComma(tokens[k]) || enclosingAt(quotes, k) !== null) continue;
    const next = tokens[k + 1]!;
    if (isFiniteVerb(next)) return true;
  }
  return false;
}

/**
 * `warned against X, after a week of …`: an object complement ends at a comma that opens the narrator's adjunct of
 * time or cause. A "that"-clause keeps it: the speaker may have said when. So does a clause whose verb comes after
 * the adjunct (`said Ortiz, despite his wealth, is …`).
 */
function trailingAdjunctAt(tokens: readonly Token[], start: number, end: number, quotes: UnitQuotes): number {
  for (let j = start + 1; j + 1 < end; j++) {
    if (!isComma(tokens[j]) || enclosingAt(quotes, j) !== null || !NARRATOR_ADJUNCTS.has(tokens[j + 1]!.normal)) continue;
    if (!verbAfterParenthetical(tokens, j) && !clauseAfterAdjunct(tokens, j, end)) return j;
  }
  return end;
}

/** How many tokens an adjunct set off by commas may hold. */
const MAX_ADJUNCT_TOKENS = 12;

/**
 * `said he was tickled that lately, when he gives speeches, he is often asked …`: an adjunct set off by commas and
 * followed by a clause (a subject and its verb) before `end` sits inside the reported words.
 */
function clauseAfterAdjunct(tokens: readonly Token[], comma: number, end: number): boolean {
  for (let k = comma + 2; k < end && k - comma <= MAX_ADJUNCT_TOKENS; k++) {
    if (isComma(tokens[k])) return opensClause(tokens, k + 1, end);
  }
  return false;
}

/**
 * `claimed victory as the House wrapped up its hearing`, `condemned the launch while leaders met in …`: an object with
 * no verb of its own ends where a subordinator opens the narrator's clause (a subject and its verb), comma or not. A
 * reported clause keeps it ("said prices rose as demand fell" is the speaker's), and so does a frame whose object is
 * followed by the word ("described it as …").
 */
function subordinateClauseAt(tokens: readonly Token[], cue: CueMatch, start: number, end: number, quotes: UnitQuotes): number {
  for (let j = start + 1; j + 2 < end; j++) {
    const token = tokens[j]!;
    if (enclosingAt(quotes, j) !== null) continue;
    if (token.pos === 'AUX' || (token.pos === 'VERB' && !token.normal.endsWith('ing') && !isNounReadAsVerb(tokens, j))) return end;
    // `called for lower fees, but the minister would keep them`: a comma, "but" and a clause are the narrator's.
    if (isComma(tokens[j - 1]) && VERB_COORDINATORS.has(token.normal) && endsObject(tokens, j - 2, quotes) && opensClause(tokens, j + 1, end)) return j - 1;
    // "even though", "even if": the adverb goes with the subordinator.
    const conceding = TWO_WORD_SUBORDINATORS.get(token.normal)?.has(tokens[j + 1]?.normal ?? '') === true;
    if (!conceding && (!CLAUSE_SUBORDINATORS.has(token.normal) || cue.frame.objectThen?.includes(token.normal))) continue;
    // `endorsed the plan, though it …`: a comma may stand between the object and the subordinator.
    const comma = isComma(tokens[j - 1]) ? j - 1 : j;
    const before = tokens[comma - 1]!;
    if (!(before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON' || before.pos === 'NUM' || isNounReadAsVerb(tokens, comma - 1))) continue;
    if (opensClause(tokens, conceding ? j + 2 : j + 1, end)) return comma;
  }
  return end;
}

/**
 * "the latest rocket launch while …", "a new trade deal while …": a word the tagger reads as a verb after two
 * modifiers of a noun phrase (a compound), right before a subordinator, in no past form, ends the phrase as its head;
 * after a plain subject it is a verb ("the plan failed because …").
 */
function isNounReadAsVerb(tokens: readonly Token[], k: number): boolean {
  const modifier = (token: Token | undefined) => token !== undefined && (token.pos === 'ADJ' || token.pos === 'NOUN');
  const after = tokens[k + 1];
  return modifier(tokens[k - 1]) && modifier(tokens[k - 2]) && !PAST_TENSE.test(tokens[k]!.normal) && after !== undefined && CLAUSE_SUBORDINATORS.has(after.normal);
}

/** A subject (a pronoun or a noun phrase of up to a few words) and then its verb, from `first`. */
function opensClause(tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end && k - first <= MAX_SUBJECT_WORDS; k++) {
    const token = tokens[k]!;
    if (token.pos === 'VERB' || token.pos === 'AUX') return k > first && !token.normal.endsWith('ing');
    if (!(token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'PRON' || token.pos === 'DET' || token.pos === 'ADJ' || token.pos === 'NUM' || POSSESSIVE_MARK.test(token.value) || token.value === '-')) return false;
  }
  return false;
}

const MAX_SUBJECT_WORDS = 8;

/** `that A and that B` → two ranges, split outside quotations only. */
function splitAtAndThat(tokens: readonly Token[], start: number, end: number, quotes: UnitQuotes): TokenRange[] {
  const ranges: TokenRange[] = [];
  let first = start;
  for (let j = start; j + 1 < end; j++) {
    if (tokens[j]!.normal === 'and' && tokens[j + 1]!.normal === 'that' && enclosingAt(quotes, j) === null) {
      ranges.push({ first, last: j - 1 });
      first = j + 2;
    }
  }
  ranges.push({ first, last: end - 1 });
  return ranges;
}

/**
 * Drops punctuation at both ends, but keeps a closing mark whose opening mark is inside the range together with
 * the punctuation it encloses (a mixed quote may end in `,"`).
 */
export function trimRange(tokens: readonly Token[], first: number, last: number, quotes: UnitQuotes): TokenRange | null {
  let a = first;
  let b = last;
  while (a <= b && (TRAILING_PUNCTUATION.test(tokens[a]!.value) || (isQuoteToken(tokens[a]) && !quotes.openAt.has(tokens[a]!.start)))) a++;
  while (a <= b) {
    const token = tokens[b]!;
    if (isQuoteToken(token)) {
      const quotation = quotes.closeAt.get(token.start);
      if (quotation && quotation.open >= tokens[a]!.start) break;
      b--;
      continue;
    }
    if (TRAILING_PUNCTUATION.test(token.value) || token.value === '(' || token.value === '[') {
      b--;
      continue;
    }
    break;
  }
  return a <= b ? { first: a, last: b } : null;
}

/**
 * Extends a range that holds an opening mark to its closing mark when the range stopped short of it (a mixed quote
 * cut at `,"` before the speaker keeps its marks balanced).
 */
export function closeOpenQuotation(tokens: readonly Token[], range: TokenRange, quotes: UnitQuotes): TokenRange {
  const end = tokens[range.last]!.end;
  let close = -1;
  for (let k = range.first; k <= range.last; k++) {
    const quotation = quotes.openAt.get(tokens[k]!.start);
    if (quotation !== undefined && quotation.close >= end) close = Math.max(close, quotation.close);
  }
  if (close < 0) return range;
  for (let k = range.last + 1; k < tokens.length && k <= range.last + MAX_CLOSING_REACH; k++) {
    if (tokens[k]!.start === close) return { first: range.first, last: k };
  }
  return range;
}

/** Rule id of a one-word answer read as the reported words ("75 percent said yes", "the candidate said no."). */
export const ANSWER_RULE = 'attribution/frame:answer';

/**
 * `Asked whether …, 75 percent said yes, but …`, `said yes, yes, yes, over and over`: "yes" or "no" (repeated) right
 * after the cue and closed by a full stop, a coordinator, a subordinator or a comma before one of those or an adverb,
 * answers a question; the answer is the reported words. "said no to the war" has an object and reads as one.
 */
function answerAt(tokens: readonly Token[], range: TokenRange): TokenRange | null {
  if (!isAnswerWord(tokens[range.first]!)) return null;
  let last = range.first;
  while (last + 2 <= range.last && isComma(tokens[last + 1]) && isAnswerWord(tokens[last + 2]!)) last += 2;
  const next = tokens[last + 1];
  if (next === undefined || (next.pos === 'PUNCT' && !isComma(next)) || closesAnswer(next)) return { first: range.first, last };
  const after = tokens[last + 2];
  const closes = after === undefined || closesAnswer(after) || after.pos === 'ADV' || after.pos === 'ADP' || opensComparison(tokens, last + 2);
  return isComma(next) && closes ? { first: range.first, last } : null;
}

/** The tokenizer may keep the sentence's full stop on the word ("said no."). */
function isAnswerWord(token: Token): boolean {
  return ANSWER_WORDS.has(token.normal.replace(FINAL_STOP, ''));
}

function closesAnswer(token: Token): boolean {
  return token.pos === 'CCONJ' || CLAUSE_SUBORDINATORS.has(token.normal);
}

/** `which he said were fake`: a predicate whose subject is the relative pronoun is a clause, however short. */
function opensWithPredicate(tokens: readonly Token[], cue: CueMatch, range: TokenRange | null): boolean {
  return range !== null && cue.frames?.includes(RELATIVE_PREDICATE_RULE) === true && opensPredicate(tokens[range.first], cue.lemma);
}

/** `warned of “grave risks”`: the speaker's own words in marks are a claim however short. */
function isWholeQuotation(tokens: readonly Token[], range: TokenRange, quotes: UnitQuotes): boolean {
  const quotation = quotes.openAt.get(tokens[range.first]!.start);
  return quotation !== undefined && quotation.close === tokens[range.last]!.start;
}

function wordCount(tokens: readonly Token[], range: TokenRange): number {
  let count = 0;
  for (let k = range.first; k <= range.last; k++) if (WORD.test(tokens[k]!.value)) count++;
  return count;
}

export function rangeSpan(tokens: readonly Token[], range: TokenRange): Span {
  return { start: tokens[range.first]!.start, end: tokens[range.last]!.end };
}

/** True when a quotation lies wholly inside the range: reported speech with a quoted fragment is mixed. */
export function holdsQuotation(tokens: readonly Token[], range: TokenRange, quotes: UnitQuotes): boolean {
  const end = tokens[range.last]!.end;
  for (let k = range.first; k <= range.last; k++) {
    const quotation = quotes.openAt.get(tokens[k]!.start);
    if (quotation !== undefined && quotation.close < end) return true;
  }
  return false;
}
