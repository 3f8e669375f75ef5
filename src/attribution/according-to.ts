import { isCapitalised } from '../core/capitalised.js';
import { OUTLET_CREDIT_CUES } from '../lang/en/cues.js';
import type { Token } from '../text/analyse.js';
import { unitAttribution } from './build.js';
import { trimRange } from './complement.js';
import type { CueHit, HitKind } from './cue-scan.js';
import { afterDateline } from './dateline.js';
import { complementEnd, scanText } from './scan-text.js';
import { sourcePhrase } from './source-phrase.js';
import type { Attribution, AttributionRule } from './types.js';
import { isComma, isQuoteToken, SUBJECT_PRONOUNS, TIME_WORDS } from '../lang/en/words.js';
import { CLAUSE_SUBORDINATORS, PERIODS } from '../lang/en/grammar.js';

const RULE_ID = 'attribution/according-to';

/** Attribution phrases this far from the comma that closes them are part of a longer clause. */
const MAX_SOURCE_TOKENS = 16;

/**
 * `According to X, …` and `…, according to X`. A trailing "according to" after another attribution in the same
 * unit credits the outlet for that claim (the source refiner reads it) and is no claim of its own.
 */
export const accordingToRule: AttributionRule = {
  id: RULE_ID,
  find(ctx, analysis) {
    const found: Attribution[] = [];
    for (const { unit, hits } of scanText(ctx, analysis)) {
      const tokens = unit.tokens;
      const firstClaim = firstClaimingHit(hits, tokens);
      hits.forEach((hit, n) => {
        if (hit.kind !== 'according') return;
        const fronted = hit.cue.first === 0 || (hit.cue.first === 1 && tokens[0]!.pos === 'CCONJ');
        const speaker = sourcePhrase(tokens, hit.cue.last + 1, tokens.length);
        if (speaker === null) return;
        const sourceEnd = nextComma(tokens, hit.cue.last + 1, complementEnd(hits, n, tokens.length));
        const frames = fronted && sourceEnd < tokens.length && sourceEnd - hit.cue.last - 1 > MAX_SOURCE_TOKENS ? [LONG_SOURCE_RULE] : [];
        const interposed = !fronted && sourceEnd < tokens.length && interposedAfterAdjunct(tokens, afterDateline(tokens, 0), hit.boundary, sourceEnd + 1);
        let quote;
        if (fronted || interposed) {
          if (sourceEnd >= tokens.length) return;
          // Everything after "According to X," is X's, a verb of thought in it included ("officials hope to …").
          quote = trimRange(tokens, sourceEnd + 1, tokens.length - 1, unit.quotes);
        } else {
          if (firstClaim !== -1 && firstClaim < n) return;
          quote = trimRange(tokens, afterDateline(tokens, 0), hit.boundary - 1, unit.quotes);
        }
        if (quote === null) return;
        found.push(
          unitAttribution({
            rule: RULE_ID,
            unit,
            quote,
            cue: { first: hit.cue.first, last: hit.cue.last },
            cueLemma: hit.cue.lemma,
            speaker,
            addressee: null,
            frames: interposed ? [...frames, INTERPOSED_SOURCE_RULE] : frames,
          }),
        );
      });
    }
    return found;
  },
};

/** Rule id of "according to X" set between a leading adjunct and the clause it sources ("In addition, according to X, …"). */
export const INTERPOSED_SOURCE_RULE = 'attribution/frame:interposed-source';

/** How many words an adjunct with no verb may hold before an interposed source ("But the next day, according to X, …"). */
const MAX_LEADING_ADJUNCT = 8;

/**
 * `In addition, according to the ministry, nine million workers …`, `While most were confidential, according to an
 * official, two were secret`: what stands before the source is an adjunct or a subordinate clause, and a clause with
 * its own subject follows it; that clause is the source's claim. A subject before the source ("The plan, according to
 * X, would …") or a whole clause ("Prices rose, according to X.") keeps the reading of the words before it.
 */
function interposedAfterAdjunct(tokens: readonly Token[], from: number, boundary: number, after: number): boolean {
  const next = tokens[after];
  if (next === undefined || from >= boundary || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADP' || next.pos === 'PUNCT') return false;
  if (next.normal === 'and' || next.normal === 'but' || next.normal === 'which' || next.normal === 'who') return false;
  let verbAfter = false;
  for (let k = after; k < tokens.length && !verbAfter; k++) verbAfter = tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX';
  if (!verbAfter) return false;
  if (CLAUSE_SUBORDINATORS.has(tokens[from]!.normal)) return true;
  if (boundary - from > MAX_LEADING_ADJUNCT) return false;
  for (let k = from; k < boundary; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return false;
  // A bare noun phrase before the source is the subject of the clause after it, not an adjunct.
  const first = tokens[from]!;
  if (first.pos === 'ADP' || first.pos === 'CCONJ' || first.pos === 'ADV') return true;
  for (let k = from; k < boundary; k++) if (TIME_WORDS.has(tokens[k]!.normal) || PERIODS.has(tokens[k]!.normal)) return true;
  return false;
}

function nextComma(tokens: readonly Token[], from: number, end: number): number {
  for (let j = from; j < end && j - from <= MAX_LONG_SOURCE_TOKENS; j++) {
    if (isComma(tokens[j])) return j - from <= MAX_SOURCE_TOKENS || isVerblessSource(tokens, from, j) ? j : end;
  }
  return end;
}

/** Rule id of a long source phrase read up to its comma ("According to early results of the poll conducted by …,"). */
export const LONG_SOURCE_RULE = 'attribution/frame:long-source';

/** How far a source with no verb of its own may reach for its comma ("a complaint filed by the agency and a second by …"). */
const MAX_LONG_SOURCE_TOKENS = 32;

/**
 * `According to early results of the exit poll conducted by a firm for two networks, …`: a long source is one noun
 * phrase when nothing in it is a verb but a participle right after a noun ("conducted by", "filed by"); a finite
 * verb means the comma closes a clause of the claim instead.
 */
function isVerblessSource(tokens: readonly Token[], from: number, comma: number): boolean {
  for (let k = from; k < comma; k++) {
    const token = tokens[k]!;
    if (token.pos === 'AUX' || isQuoteToken(token)) return false;
    // "the Associated Press": a capitalised word the tagger reads as a verb belongs to a name.
    if (token.pos !== 'VERB' || isCapitalised(token.value)) continue;
    const before = tokens[k - 1];
    // "a polling firm": an -ing form after a determiner modifies the noun after it.
    if (token.normal.endsWith('ing') && before !== undefined && (before.pos === 'DET' || before.pos === 'ADJ')) continue;
    if (!PARTICIPLE.test(token.normal) || before === undefined || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return false;
  }
  return true;
}

const PARTICIPLE = /(?:ed|en)$/;

/** The first cue of the unit that makes a claim; a later trailing cue only credits it. -1 when none does. */
export function firstClaimingHit(hits: readonly CueHit[], tokens: readonly Token[]): number {
  return hits.findIndex((hit, n) => hit.kind !== 'silent' && (hit.speakers.length > 0 || hit.kind === 'participial') && !nounReadAsCue(hit, hits[n + 1], tokens));
}

const SUBJECT_BEFORE_CUE: ReadonlySet<HitKind> = new Set(['main', 'coordinate', 'resumed']);

/**
 * `ads in four Super Tuesday states, according to X`: a cue the tagger reads as a noun, with its subject before it and
 * the next clause starting right after it, reports nothing; it is a plural noun, and makes no claim to credit.
 */
function nounReadAsCue(hit: CueHit, next: CueHit | undefined, tokens: readonly Token[]): boolean {
  return next !== undefined && SUBJECT_BEFORE_CUE.has(hit.kind) && tokens[hit.cue.first]!.pos === 'NOUN' && next.boundary <= hit.cue.last + 1;
}

/**
 * `Russia has rejected the plan, the Kremlin spokesman said.`: a closing tail of speech (not "the footage showed") reports the whole clause before
 * it, cues in that clause included, which are the speaker's words and no claims of their own. An outlet's credit
 * (`…, the Ledger reports`) does not: it credits the claim before it. The tail's index, or -1.
 */
export function closingSpeechTail(hits: readonly CueHit[], tokens: readonly Token[]): number {
  const last = hits.length - 1;
  const tail = hits[last];
  if (tail === undefined || tail.kind !== 'tail' || tail.cue.kind !== 'speech' || OUTLET_CREDIT_CUES.has(tail.cue.lemma)) return -1;
  if (opensOwnComplement(tail, tokens)) return -1;
  return endsUnit(tokens, tail.cue.last + 1) && !repeatsSubject(tail, tokens) ? last : -1;
}

/**
 * `X said she felt …, she said.`: a tail pronoun that the clause already holds points back to its speaker, who
 * keeps the clause (`Jane said that he agreed, she said` leaves it to the tail).
 */
function repeatsSubject(hit: CueHit, tokens: readonly Token[]): boolean {
  const speaker = hit.speakers[0];
  if (speaker === undefined || speaker.first !== speaker.last) return false;
  const pronoun = tokens[speaker.first]!.normal;
  if (!SUBJECT_PRONOUNS.has(pronoun)) return false;
  for (let k = 0; k < hit.boundary; k++) if (tokens[k]!.normal === pronoun) return true;
  return false;
}

/**
 * `…, the auditor warned of a gap.`: a cue followed by the word that opens its own complement ("of", "about",
 * "that" in its frame's `drop`) reports that complement, not the clause before it.
 */
export function opensOwnComplement(hit: CueHit, tokens: readonly Token[]): boolean {
  const next = tokens[hit.cue.last + 1];
  return next !== undefined && (hit.cue.frame.drop?.includes(next.normal) ?? false);
}

/** How many tokens an adjunct after a closing cue may hold ("said in a statement on Monday."). */
const MAX_CLOSING_ADJUNCT = 8;

/** Only an adjunct without a verb, if anything, follows `from` to the end of the unit: no clause of its own. */
function endsUnit(tokens: readonly Token[], from: number): boolean {
  if (tokens.length - from > MAX_CLOSING_ADJUNCT) return false;
  for (let k = from; k < tokens.length; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.normal === 'to') return false;
  return true;
}
