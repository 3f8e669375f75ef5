import type { AttributionContext } from './types.js';
import type { Analysis } from '../text/analyse.js';
import { accordingToRule } from './according-to.js';
import { asClauseRule } from './as-clause.js';
import { blockQuoteRule } from './block-quote.js';
import { directQuoteRule } from './direct-quote.js';
import { headlineCreditRule } from './headline-credit.js';
import { neighbourQuoteRule } from './neighbour-quote.js';
import { nounCueRule } from './noun-cue.js';
import { participialRule } from './participial.js';
import { quotationRunRule } from './quotation-run.js';
import { relativeClauseRule } from './relative-clause.js';
import { reportedSpeechRule } from './reported-speech.js';
import { speakerLabelRule } from './speaker-label.js';
import { trailingAttributionRule } from './trailing-attribution.js';
import type { Attribution, AttributionRule } from './types.js';
import type { Span } from '../core/schema.js';
import { assertAttributions, isShipped, markShipped, runRule } from '../core/rule-output.js';
import { releaseReadings } from './scan-text.js';

/**
 * The attribution rules in the order they run; clone and extend through the `attributionRules` option. A transcript's
 * labelled turns come first (each turn is one claim), then quotations with a named speaker (in marks, then a block
 * quotation after "X said:"), so a reported clause never swallows them; a quotation paragraph that runs on after
 * `"…," X said.` comes next, and the neighbour rule, a guess from context, comes last.
 */
export const defaultAttributionRules: readonly AttributionRule[] = markShipped([
  speakerLabelRule,
  directQuoteRule,
  blockQuoteRule,
  reportedSpeechRule,
  relativeClauseRule,
  participialRule,
  accordingToRule,
  asClauseRule,
  trailingAttributionRule,
  headlineCreditRule,
  quotationRunRule,
  nounCueRule,
  neighbourQuoteRule,
]);

export {
  accordingToRule,
  asClauseRule,
  blockQuoteRule,
  directQuoteRule,
  headlineCreditRule,
  neighbourQuoteRule,
  nounCueRule,
  participialRule,
  quotationRunRule,
  relativeClauseRule,
  reportedSpeechRule,
  speakerLabelRule,
  trailingAttributionRule,
};

/**
 * Runs every rule over the article. Where two rules read overlapping quotes, the earlier rule wins and the later
 * one's attribution is dropped (the debug sink says so); one rule may give the same quote to several speakers
 * ("X and Y said …").
 */
export function findAttributions(ctx: AttributionContext, analysis: Analysis): Attribution[] {
  const kept: Attribution[] = [];
  const keptRule: number[] = [];
  const buckets = new Map<number, number[]>();
  ctx.settings.rules.forEach((rule, ruleIndex) => {
    const results = runRule('attribution rule', rule.id, () => rule.find(ctx, analysis));
    for (const found of isShipped(rule) ? results : assertAttributions(rule.id, results, ctx.raw.length)) {
      const clash = clashesWithKept(
        buckets,
        found,
        (index) => overlaps(kept[index]!, found) && (keptRule[index]! < ruleIndex || sameSpeaker(kept[index]!, found)),
      );
      if (clash) {
        ctx.report(rule.id, found.quoteSpans[0] ?? null, () => 'dropped: an earlier rule already read an overlapping quote');
        continue;
      }
      for (const bucket of bucketsOf(found)) {
        const list = buckets.get(bucket);
        if (list) list.push(kept.length);
        else buckets.set(bucket, [kept.length]);
      }
      kept.push(found);
      keptRule.push(ruleIndex);
    }
  });
  releaseReadings(ctx);
  const title = ctx.article.provenance.title;
  const framed = title === null ? kept : kept.map((attribution) => (isInHeadline(attribution, title) ? withHeadlineFrame(attribution) : attribution));
  return framed.sort((a, b) => a.quoteSpans[0]!.start - b.quoteSpans[0]!.start);
}

/**
 * Rule id of a claim read in the headline, named in its `rules`: the headline is read with the rules of every
 * sentence, and the restatement refiner drops a headline claim that a body claim tells (enrich/restatement:headline).
 */
export const HEADLINE_FRAME = 'attribution/frame:headline';

/** A copy: a rule of the caller's may hand back an attribution it keeps. */
function withHeadlineFrame(attribution: Attribution): Attribution {
  return { ...attribution, frames: [...(attribution.frames ?? []), HEADLINE_FRAME] };
}

function isInHeadline(attribution: Attribution, title: Span): boolean {
  const first = attribution.quoteSpans[0];
  return first !== undefined && first.start >= title.start && first.start < title.end;
}

/** Quotes are indexed by the raw-offset buckets they touch, so an overlap test looks only at near neighbours. */
const BUCKET_SIZE = 512;

function bucketsOf(attribution: Attribution): number[] {
  const result: number[] = [];
  for (const span of attribution.quoteSpans) {
    for (let bucket = Math.floor(span.start / BUCKET_SIZE); bucket <= Math.floor(Math.max(span.start, span.end - 1) / BUCKET_SIZE); bucket++) {
      result.push(bucket);
    }
  }
  return result;
}

/**
 * Whether `clashes` holds for a kept attribution in a bucket the attribution touches. A kept one in several of its
 * buckets is tested again, with the same answer: cheaper than gathering the candidates into a set first.
 */
function clashesWithKept(buckets: ReadonlyMap<number, number[]>, attribution: Attribution, clashes: (index: number) => boolean): boolean {
  for (const bucket of bucketsOf(attribution)) {
    const indices = buckets.get(bucket);
    if (indices !== undefined && indices.some(clashes)) return true;
  }
  return false;
}

function overlaps(a: Attribution, b: Attribution): boolean {
  return a.quoteSpans.some((x) => b.quoteSpans.some((y) => x.start < y.end && y.start < x.end));
}

function sameSpeaker(a: Attribution, b: Attribution): boolean {
  return a.speaker?.start === b.speaker?.start && a.speaker?.end === b.speaker?.end;
}
