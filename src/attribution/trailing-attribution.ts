import { isCapitalised } from '../core/capitalised.js';
import { unitAttribution } from './build.js';
import { addresseeOf, holdsQuotation, holdsVerb, rangeSpan, trimRange } from './complement.js';
import type { CueHit } from './cue-scan.js';
import { closingSpeechTail, firstClaimingHit, opensOwnComplement } from './according-to.js';
import { afterDateline } from './dateline.js';
import { complementEnd, readText, scanText } from './scan-text.js';
import { readQuotations } from './direct-quote.js';
import type { Quotation } from './quote-marks.js';
import { overlapsAny, spanIndex, type SpanIndex } from '../core/span-index.js';
import type { AttributionContext } from './types.js';
import type { Analysis } from '../text/analyse.js';
import type { Span } from '../core/schema.js';
import type { Attribution, AttributionRule } from './types.js';
import type { TokenRange } from '../text/noun-phrase.js';
import type { Unit } from './units.js';
import type { Token } from '../text/analyse.js';
import { BE_FORMS, isAdjunctWord, isComma, isFiniteVerb, isQuoteToken, SENTENCE_END, SUBJECT_COORDINATORS } from '../lang/en/words.js';
import { QUESTION_OPENERS, VERB_COORDINATORS } from '../lang/en/grammar.js';
import { leadingPart, type LeadingPart } from './leading-part.js';
import { isRelativePronoun } from '../text/speaker-phrase.js';

const RULE_ID = 'attribution/trailing-attribution';

/**
 * `…, X said.` / `…, said X.` / `…, minister says` (a digest headline): the words before the speaker are the claim.
 * A tail after another attribution in the unit is the outlet's credit (`…, Nordpost.Ee reports referring to …`),
 * the page's own publisher reporting is narration, not a claim, and a cue that opens its own complement
 * (`…, the auditor warned of a gap`) is no tail.
 */
export const trailingAttributionRule: AttributionRule = {
  id: RULE_ID,
  find(ctx, analysis) {
    const found: Attribution[] = [];
    const publisher = ctx.article.publisher?.toLowerCase() ?? null;
    let lookups: FollowingLookups | null = null;
    const followingLookupsOnce = (): FollowingLookups => (lookups ??= followingLookups(ctx, analysis));
    for (const { unit, hits } of scanText(ctx, analysis)) {
      if (unit.quotes.list.some((quotation) => quotation.open < unit.start)) continue;
      const tokens = unit.tokens;
      const firstClaim = firstClaimingHit(hits, tokens);
      const owner = closingSpeechTail(hits, unit.tokens);
      hits.forEach((hit, n) => {
        if (hit.kind !== 'tail' || (firstClaim !== -1 && firstClaim < n && n !== owner) || opensOwnComplement(hit, tokens)) return;
        const speaker = hit.speakers[0]!;
        const speakerText = ctx.raw.slice(tokens[speaker.first]!.start, tokens[speaker.last]!.end).toLowerCase();
        if (publisher !== null && speakerText === publisher) return;
        const quote = trimRange(tokens, afterDateline(tokens, 0), hit.boundary - 1, unit.quotes);
        const leading = quote === null ? 'clause' : leadingPart(tokens, quote);
        const resumed = resumedClause(unit, hits, n, leading, quote !== null && awaitsComplement(tokens, quote));
        if (quote === null || (quote.last - quote.first < 2 && resumed === null) || (endsInCoordinatedName(tokens, quote) && !holdsVerb(tokens, quote))) return;
        const addressee = addresseeOf(tokens, hit.cue);
        const following = resumed === null ? quotationAfterTail(ctx, analysis, unit, hit, followingLookupsOnce) : null;
        for (const each of hit.speakers) {
          const attribution = unitAttribution({
            rule: RULE_ID,
            unit,
            quote,
            cue: { first: hit.cueFirst, last: hit.cue.last },
            cueLemma: hit.cue.lemma,
            speaker: each,
            addressee,
          });
          if (resumed !== null) withResumedClause(attribution, unit, resumed.range, resumed.frames);
          if (following !== null) withFollowingQuotation(attribution, following);
          found.push(attribution);
        }
      });
    }
    return found;
  },
};

/**
 * `Jane Roe, a former envoy, and Tom Poe, another aide, testified`: words before the "speaker" that end in "and" and
 * a name, with no verb among them, are the first of coordinated subjects, not a reported clause; the apposition is no
 * tail.
 */
function endsInCoordinatedName(tokens: readonly Token[], quote: TokenRange): boolean {
  let k = quote.last;
  while (k >= quote.first && isCapitalised(tokens[k]!.value)) k--;
  return k < quote.last && k >= quote.first && SUBJECT_COORDINATORS.has(tokens[k]!.normal);
}

/**
 * `The plan, she said, would cost more.`: an attribution set off by commas inside the reported clause, which then
 * resumes in lower case with a verb. When the words before the attribution hold no verb (an adjunct or a subject:
 * `In the long run, economists say, the effect will spread`), the resumed part is a whole clause, or a quotation
 * that carries its predicate (`These rules, the lawyers said, “all point one way”`). Returns the resumed part.
 */
function resumedClause(unit: Unit, hits: readonly CueHit[], n: number, leading: LeadingPart, openCopula: boolean): Resumed | null {
  const tokens = unit.tokens;
  const hit = hits[n]!;
  const fragmentBefore = leading !== 'clause';
  // "The gap now, he told me, is …": the addressee belongs to the tail.
  const afterCue = addresseeOf(tokens, hit.cue)?.last ?? hit.cue.last;
  let comma = afterCue + 1;
  while (comma < tokens.length && comma - afterCue <= MAX_ADJUNCT && isAdjunctWord(tokens, comma)) comma++;
  if (hit.subjectFirst === hit.cue.first && isComma(tokens[comma])) comma = pastApposition(tokens, comma);
  const first = tokens[comma + 1];
  if (!isComma(tokens[comma]) || first === undefined) return null;
  const end = resumedEnd(hits, n, comma, tokens.length);
  const opensQuotation = isQuoteToken(first) && unit.quotes.openAt.has(first.start);
  // "Despite the delay, aides said, Lind will run": a name or a pronoun opens the clause resumed after a fragment.
  // "…, he said, which angered them": a relative clause after the tail comments on the saying.
  if (isRelativePronoun(first)) return null;
  if (openCopula) {
    const complement = trimRange(tokens, comma + 1, end - 1, unit.quotes);
    return complement === null ? null : { range: complement, frames: [COPULA_BEFORE_TAIL_RULE] };
  }
  const namedSubject = fragmentBefore && (first.pos === 'PROPN' || first.pos === 'PRON');
  const continues = !fragmentBefore && continuesClause(tokens, comma + 1);
  if (!(fragmentBefore && opensQuotation) && !namedSubject && !continues && (isQuoteToken(first) || !/^\p{Ll}/u.test(first.value))) return null;
  const resumed = trimRange(tokens, comma + 1, end - 1, unit.quotes);
  if (resumed === null || !holdsVerb(tokens, resumed)) return null;
  const plainVerb = first.pos === 'VERB' || first.pos === 'AUX' || first.pos === 'ADV' || first.pos === 'PART';
  if (!fragmentBefore && !continues && !plainVerb) return null;
  const frames = fragmentBefore ? (leading === 'fragment' ? [] : [ADJUNCT_BEFORE_TAIL_RULE]) : plainVerb ? [] : [CLAUSE_PAST_TAIL_RULE];
  return { range: resumed, frames };
}

interface Resumed {
  range: TokenRange;
  /** The frames that read it, for the claim's `rules`. */
  frames: readonly string[];
}

/**
 * Where the resumed part ends: the boundary of the next hit, unless that hit is a silent cue whose clause is the
 * resumed part itself (`Back home, she said, he decided to run`: "decided" reports nothing and ends nothing).
 */
function resumedEnd(hits: readonly CueHit[], n: number, comma: number, length: number): number {
  let m = n + 1;
  while (m < hits.length && hits[m]!.kind === 'silent' && hits[m]!.boundary <= comma + 1) m++;
  return m < hits.length ? complementEnd(hits, m - 1, length) : length;
}

/** Rule id of a clause that goes on past a tail set inside it ("…so high, she noted, that …", "…, he said, and still …"). */
export const CLAUSE_PAST_TAIL_RULE = 'attribution/span:clause-past-tail';

/**
 * After a tail set inside a whole clause, words that can only continue that clause: "that" ("so high, she noted,
 * that …"), a preposition before a wh-word ("a model, he said, for how …"), or "and" / "but" before a quoted predicate
 * with no subject of its own (`Lee “got a deal,” she said, and still “kept his seat”`). A bare predicate there tells
 * of the speaker ("…, he said, but declined to give details"), a new subject is the narrator's clause.
 */
function continuesClause(tokens: readonly Token[], first: number): boolean {
  const token = tokens[first]!;
  const next = tokens[first + 1];
  // Only "that" is sure to go on with the reported clause: "as", "when" or "because" after a tail tell of the saying
  // itself as often ("…, he said on Monday, as he set off for the summit").
  if (token.normal === 'that') return true;
  if (token.pos === 'ADP') return next !== undefined && QUESTION_OPENERS.has(next.normal);
  if (!VERB_COORDINATORS.has(token.normal)) return false;
  let k = first + 1;
  while (k < tokens.length && tokens[k]!.pos === 'ADV') k++;
  if (!isQuoteToken(tokens[k])) return false;
  return tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX';
}

/** Rule id of a claim whose copula comes before a tail set inside it and its complement after (`It was, he said, a mistake`). */
export const COPULA_BEFORE_TAIL_RULE = 'attribution/span:copula-before-tail';

/**
 * `It was, he said, the worst week of his career`, `The cuts were, the mayor said, unavoidable`: words before the tail
 * that end in a form of "be" are a clause still waiting for its complement, which comes after the tail whatever its
 * shape (a noun phrase or an adjective has no verb of its own).
 */
function awaitsComplement(tokens: readonly Token[], quote: TokenRange): boolean {
  const last = tokens[quote.last]!;
  return (last.pos === 'AUX' || last.pos === 'VERB') && BE_FORMS.has(last.normal) && quote.last > quote.first;
}

/** Rule id of a claim that resumes after a tail set inside it, past a leading adjunct or subordinate clause. */
export const ADJUNCT_BEFORE_TAIL_RULE = 'attribution/frame:adjunct-before-tail';

/** How many words an apposition after a speaker named past the cue may hold ("said Ana Ruiz, an expert on …,"). */
const MAX_APPOSITION = 14;

/**
 * `Any reading of the deal, said Ana Ruiz, an expert on trade, would …`: after a speaker named past the cue, a verbless
 * apposition set off by commas belongs to the speaker, and the clause resumes after its second comma with a verb.
 * Returns that comma, else `comma` itself.
 */
function pastApposition(tokens: readonly Token[], comma: number): number {
  for (let k = comma + 1; k < tokens.length && k - comma <= MAX_APPOSITION; k++) {
    const token = tokens[k]!;
    if (isComma(token)) {
      const next = tokens[k + 1];
      // "…, said Ana Ruiz, an adviser, adding …": an -ing form after the apposition tells of the saying.
      const finite = isFiniteVerb(next);
      return k > comma + 1 && finite ? k : comma;
    }
    if (token.pos === 'VERB' || token.pos === 'AUX' || isQuoteToken(token) || SENTENCE_END.has(token.value)) return comma;
  }
  return comma;
}


/** How many words of adjunct may follow the cue before the comma that resumes the clause ("said on Monday,"). */
const MAX_ADJUNCT = 6;

function withResumedClause(attribution: Attribution, unit: Unit, resumed: TokenRange, frames: readonly string[]): void {
  attribution.quoteSpans.push(rangeSpan(unit.tokens, resumed));
  if (frames.length > 0) attribution.frames = [...(attribution.frames ?? []), ...frames];
  if (holdsQuotation(unit.tokens, resumed, unit.quotes)) attribution.quoteType = 'mixed';
}

/** Rule id of the quotation that goes on after `…, X said.` in the same paragraph. */
export const QUOTATION_AFTER_TAIL_RULE = 'attribution/span:quotation-after-tail';

/** Spaces and a clause's stop before a closing mark, which no quote keeps. */
const CLOSING_STOP: ReadonlySet<string> = new Set([' ', '\t', '\n', '.', ',']);

/**
 * `The plan is “not enough,” X said. “We need twice the money.”`: a sentence that is one quotation with no speaker of
 * its own, right after the sentence a tail attribution ends, in the same paragraph, goes on with X's words; the quote
 * is split by the attribution, one claim (as `"A," X said. "B."` is). Returns the quotation's inner span.
 */
/**
 * Read once per call, when a tail first needs them: the quotations by the offset of their opening mark, and the
 * spans the direct-quote rule claimed, so each tail asks in constant or logarithmic time however many quotations the
 * text has.
 */
interface FollowingLookups {
  quotationAt: ReadonlyMap<number, Quotation>;
  claimed: SpanIndex;
}

function followingLookups(ctx: AttributionContext, analysis: Analysis): FollowingLookups {
  const quotationAt = new Map<number, Quotation>();
  for (const paragraph of readText(ctx, analysis).quotes) {
    for (const quotation of paragraph.quotations) if (!quotationAt.has(quotation.open)) quotationAt.set(quotation.open, quotation);
  }
  return { quotationAt, claimed: spanIndex(readQuotations(ctx, analysis).found.flatMap((found) => found.quoteSpans)) };
}

function quotationAfterTail(ctx: AttributionContext, analysis: Analysis, unit: Unit, hit: CueHit, lookups: () => FollowingLookups): Span | null {
  const tokens = unit.tokens;
  const sentence = unit.sentence;
  if (tokens[tokens.length - 1] !== sentence.tokens[sentence.tokens.length - 1]) return null;
  const said = Math.max(hit.cue.last, ...hit.speakers.map((speaker) => speaker.last));
  for (let k = said + 1; k < tokens.length; k++) if (isQuoteToken(tokens[k]) || isComma(tokens[k])) return null;
  const next = analysis.sentences[sentence.index + 1];
  if (next === undefined || next.paragraph !== sentence.paragraph || next.tokens.length === 0) return null;
  const { quotationAt, claimed } = lookups();
  const quotation = quotationAt.get(next.tokens[0]!.start);
  if (quotation === undefined || !endsSentence(analysis, next.index, quotation.close)) return null;
  if (overlapsAny(claimed, quotation.open, quotation.close)) return null;
  let end = quotation.close;
  while (end > quotation.open + 1 && CLOSING_STOP.has(ctx.raw[end - 1]!)) end--;
  return end > quotation.open + 1 ? { start: quotation.open + 1, end } : null;
}

/** Whether nothing but punctuation follows the closing mark at `close` in its sentence (no speaker of its own). */
function endsSentence(analysis: Analysis, from: number, close: number): boolean {
  const paragraph = analysis.sentences[from]!.paragraph;
  for (let i = from; i < analysis.sentences.length && analysis.sentences[i]!.paragraph === paragraph; i++) {
    const tokens = analysis.sentences[i]!.tokens;
    if (tokens[tokens.length - 1]!.end <= close) continue;
    return tokens.every((token) => token.start <= close || TRAILING_MARKS.test(token.value));
  }
  return false;
}

const TRAILING_MARKS = /^[.,!?…"“”'‘’»«]+$/;

function withFollowingQuotation(attribution: Attribution, span: Span): void {
  attribution.quoteSpans.push(span);
  attribution.evidence = { start: attribution.evidence.start, end: Math.max(attribution.evidence.end, span.end + 1) };
  if (attribution.quoteType === 'indirect') attribution.quoteType = 'mixed';
  attribution.frames = [...(attribution.frames ?? []), QUOTATION_AFTER_TAIL_RULE];
}
