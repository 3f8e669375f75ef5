import type { Span, StanceReason } from '../../core/schema.js';
import { lowerBound } from '../../core/lower-bound.js';
import type { StanceResult } from './classify.js';
import { ABOUT_THE_TOPIC } from '../../lang/en/grammar.js';

/** One classified claim of the article, in text order, with the key that follows its speaker. */
export interface DecidedClaim {
  speakerKey: string | null;
  quote: Span;
  /** The speaker's own words and reporting cue: only a position stated there is the speaker's to lend. */
  quoteSpans: readonly Span[];
  cue: Span | null;
  result: StanceResult;
}

/** Rule ids a claim's `rules` shows when its stance came from another claim, or was kept because it reports an event. */
export const INHERITED_RULE = 'enrich/stance:inherited';
export const EVENT_REPORT_RULE = 'enrich/stance:event-report';

/** What the article-level pass decided for one claim: a lent stance, or none because the claim reports an event. */
export interface Inheritance {
  result: StanceResult;
  rule: typeof INHERITED_RULE | typeof EVENT_REPORT_RULE;
}

/**
 * A speaker keeps one position through an article: an on-topic claim with no polar cue of its own ("our position
 * is well known") takes the stance the same speaker stated with a cue elsewhere, the nearest such claim first; a
 * claim that only tells what happened ("the two sides reached a deal") keeps its own neutral reading. Returns the
 * decisions by position in `claims`. n log n in the claims.
 */
export function inheritSpeakerStances(raw: string, claims: readonly DecidedClaim[]): Map<number, Inheritance> {
  const stated = new Map<string, number[]>();
  claims.forEach((claim, index) => {
    if (claim.speakerKey === null || !isStated(claim)) return;
    const list = stated.get(claim.speakerKey);
    if (list) list.push(index);
    else stated.set(claim.speakerKey, [index]);
  });
  const out = new Map<number, Inheritance>();
  claims.forEach((claim, index) => {
    if (claim.speakerKey === null || !inheritable(claim.result)) return;
    const sources = stated.get(claim.speakerKey);
    if (!sources) return;
    const from = nearest(sources, index);
    const source = claims[from]!;
    if (claim.result.reportsEvent === true) {
      const summary = `${claim.result.reason.summary}; it tells what happened, so the same speaker's position elsewhere is not lent to it`;
      out.set(index, { result: { ...claim.result, reason: { ...claim.result.reason, summary } }, rule: EVENT_REPORT_RULE });
      return;
    }
    const quote = raw.slice(source.quote.start, source.quote.end);
    const reason: StanceReason = {
      ...claim.result.reason,
      cues: source.result.reason.cues,
      condition: source.result.reason.condition,
      inheritedFrom: { start: source.quote.start, end: source.quote.end, text: quote },
      summary: `${source.result.stance}: inherited from the same speaker's claim "${excerpt(quote)}" (${source.result.reason.summary})`,
    };
    out.set(index, { result: { ...claim.result, stance: source.result.stance, reason }, rule: INHERITED_RULE });
  });
  return out;
}

/**
 * A position said about the topic in so many words (its terms or a reference back to them, not only because the
 * speaker was just on topic), with its own cue, lexicon word, frame or condition, in the speaker's words or
 * reporting cue: in "the union agreed to end its strike, days after threatening to shut the ports", "agreed to end"
 * is the narrator's news, not what the threat said.
 */
function isStated(claim: DecidedClaim): boolean {
  const { result } = claim;
  return (
    ABOUT_THE_TOPIC.has(result.onTopicBy ?? 'no topic') &&
    result.stance !== 'neutral' &&
    (result.reason.cues.length > 0 || result.reason.condition !== null) &&
    result.reason.cues.every((cue) => claim.quoteSpans.some((span) => overlaps(cue, span)) || (claim.cue !== null && overlaps(cue, claim.cue)))
  );
}

/**
 * On topic by what it says itself (its terms or a reference back, not only because its speaker just spoke of the
 * topic or another claim of its sentence names it: "one or the other", "he would point that out") or pointing at
 * the speaker's own position ("our position is well known"), neutral, and nothing in the claim said so: no cue at
 * all, not even a process or hedge word.
 */
function inheritable(result: StanceResult): boolean {
  return (
    ((result.onTopic && ABOUT_THE_TOPIC.has(result.onTopicBy ?? 'no topic')) || result.ownPosition === true) &&
    result.stance === 'neutral' &&
    result.reason.cues.length === 0 &&
    result.reason.condition === null
  );
}

/** The index nearest `to` in the ascending `indices` (the earlier one on a tie), by binary search. */
function nearest(indices: readonly number[], to: number): number {
  const after = lowerBound(indices, (index) => index < to);
  const next = indices[after];
  const previous = indices[after - 1];
  if (previous === undefined) return next!;
  if (next === undefined) return previous;
  return to - previous <= next - to ? previous : next;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && a.end > b.start;
}

const EXCERPT_LENGTH = 60;

function excerpt(text: string): string {
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH - 1)}…`;
}

export const SIDES_WITH_RULE = 'enrich/stance:sides-with';

/** One claim as `sideWithOwners` reads it: whose it is, and the reporting cue that decided it, if one did. */
export interface OwnedClaim extends DecidedClaim {
  /** The speaker's name as the article gives it ("Lena Varga"), or null. */
  speakerName: string | null;
  /** The quote's opening "Varga's proposal": the name before "'s", when the noun after it names a move or a position. */
  owner: string | null;
  /** Whether the claim's stance was decided by its reporting cue ("welcomed", "rejected"). */
  byCue: boolean;
}

/**
 * "welcomed Varga's proposal", "rejected Haddad's plan": a stance toward another speaker's move takes that
 * speaker's side, so its stance is theirs (welcomed) or the opposite (rejected), when the article states it.
 * Returns the results to replace, by position. Linear in the claims, with a map from name words to speakers.
 */
export function sideWithOwners(raw: string, claims: readonly OwnedClaim[]): Map<number, StanceResult> {
  const stances = new Map<string, number>();
  claims.forEach((claim, index) => {
    if (!claim.speakerName || !isStated(claim)) return;
    for (const word of claim.speakerName.toLowerCase().split(' ')) if (!stances.has(word)) stances.set(word, index);
  });
  const out = new Map<number, StanceResult>();
  claims.forEach((claim, index) => {
    const { result } = claim;
    if (!claim.owner || !claim.byCue || (result.stance !== 'support' && result.stance !== 'oppose')) return;
    const from = stances.get(claim.owner.toLowerCase());
    if (from === undefined || from === index) return;
    const source = claims[from]!;
    const stance = result.stance === 'support' ? source.result.stance : opposite(source.result.stance);
    if (stance === result.stance) return;
    const quote = raw.slice(source.quote.start, source.quote.end);
    const summary = `${stance}: ${result.stance === 'support' ? 'sides with' : 'goes against'} ${claim.owner}, whose claim "${excerpt(quote)}" was ${source.result.stance} (${result.reason.summary})`;
    out.set(index, { ...result, stance, reason: { ...result.reason, inheritedFrom: { start: source.quote.start, end: source.quote.end, text: quote }, summary } });
  });
  return out;
}

function opposite(stance: StanceResult['stance']): StanceResult['stance'] {
  return stance === 'support' || stance === 'conditional' ? 'oppose' : stance === 'oppose' ? 'support' : 'neutral';
}
