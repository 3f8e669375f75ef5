/**
 * `claimex/testing`: what claimex's own rule tests use, for testing your own rules and refiners the same way.
 * Text is read one paragraph per non-blank line, as the cleaner hands paragraphs over; every helper works on the
 * raw offsets of the text you give it, so `text.slice(span.start, span.end)` reads any span back.
 */
import { findAttributions } from '../attribution/index.js';
import type { Attribution, AttributionRule, AttributionSettings } from '../attribution/types.js';
import { createContext, withSettings, type Context, type DebugSink } from '../core/context.js';
import { ClaimexError } from '../core/errors.js';
import type { Article, QuoteType, ReportingCue, Span, Topic } from '../core/schema.js';
import type { Analysis } from '../core/tokens.js';
import { draftClaim } from '../enrich/draft.js';
import type { ClaimDraft, EnrichSettings, Refiner } from '../enrich/types.js';
import { english } from '../lang/en/index.js';
import type { OutletLexicon } from '../lang/en/outlets.js';
import type { SpeakerEntity } from '../speakers/types.js';
import { analyse } from '../text/analyse.js';

export type { Attribution, AttributionRule, ClaimDraft, Context, Refiner };

const NO_ARTICLE: Article = { title: null, publisher: null, published: null, provenance: { title: null, publisher: null, published: null } };

/** Paragraphs as the cleaner hands them over: every non-blank line, without its surrounding white space. */
export function paragraphsOf(text: string): Span[] {
  const blocks: Span[] = [];
  for (const match of text.matchAll(/[^\r\n]+/g)) {
    const leading = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (trimmed !== '') blocks.push({ start: match.index + leading, end: match.index + leading + trimmed.length });
  }
  return blocks;
}

/** Sentences and tokens (with raw offsets and part-of-speech tags) of a text, one paragraph per line. */
export function analyseText(text: string): Analysis {
  return analyse(text, paragraphsOf(text));
}

export interface ContextOptions {
  /** The article's metadata as the cleaner would have read it; `published` dates weekdays ("on Tuesday"). */
  article?: Partial<Pick<Article, 'title' | 'publisher' | 'published'>>;
  debug?: DebugSink;
}

/** A call's context for one stage, with the settings that stage's rules read. */
export function contextFor<Settings>(text: string, settings: Settings, options: ContextOptions = {}): Context<Settings> {
  const article: Article = { ...NO_ARTICLE, ...options.article, provenance: NO_ARTICLE.provenance };
  return withSettings(createContext(text, article, options.debug ?? null), settings);
}

export interface RuleOptions extends ContextOptions {
  /** Reporting cues added to the built-in lexicon, as the `cues` option adds them. */
  cues?: readonly ReportingCue[];
}

function attributionSettings(rules: readonly AttributionRule[], options: RuleOptions): AttributionSettings {
  return { rules, cues: options.cues?.length ? [...english.cues, ...options.cues] : english.cues };
}

/** What one attribution rule finds in the text on its own, before other rules have a say. */
export function runRule(rule: AttributionRule, text: string, options: RuleOptions = {}): Attribution[] {
  const ctx = contextFor(text, attributionSettings([rule], options), options);
  return rule.find(ctx, analyseText(text));
}

/**
 * What a list of rules keeps together, the way the pipeline runs them: where two rules read overlapping quotes,
 * the earlier rule's attribution is kept and the later one's is dropped.
 */
export function runRules(rules: readonly AttributionRule[], text: string, options: RuleOptions = {}): Attribution[] {
  return findAttributions(contextFor(text, attributionSettings(rules, options), options), analyseText(text));
}

export interface AttributionParts {
  /** The quote, or the parts of a split quotation, each found in the text. */
  quote: string | readonly string[];
  /** Found in the text outside the quote; the first such occurrence. */
  speaker?: string;
  cue?: string;
  cueLemma?: string;
  addressee?: string;
  quoteType?: QuoteType;
  /** The id of the rule it stands for; "test/hand-built" by default. */
  rule?: string;
}

/** An attribution made from pieces of the text, to test a refiner or a speaker step without running any rule. */
export function buildAttribution(text: string, parts: AttributionParts, analysis: Analysis = analyseText(text)): Attribution {
  const quoteSpans = (typeof parts.quote === 'string' ? [parts.quote] : parts.quote).map((part) => locate(text, part, []));
  const first = quoteSpans[0];
  if (first === undefined) throw new ClaimexError('INVALID_INPUT', 'an attribution needs at least one quote part');
  const last = quoteSpans[quoteSpans.length - 1]!;
  const holding = (offset: number) => analysis.sentences.find((sentence) => sentence.start <= offset && offset < sentence.end);
  const sentence = holding(first.start);
  if (sentence === undefined) throw new ClaimexError('INVALID_INPUT', `no sentence holds the quote ${JSON.stringify(parts.quote)}`);
  const lastSentence = holding(last.start) ?? sentence;
  const find = (value: string | undefined): Span | null => (value === undefined ? null : locate(text, value, quoteSpans));
  return {
    rule: parts.rule ?? 'test/hand-built',
    sentence,
    evidence: { start: sentence.start, end: Math.max(sentence.end, lastSentence.end) },
    quoteType: parts.quoteType ?? 'indirect',
    quoteSpans,
    cue: find(parts.cue),
    cueLemma: parts.cueLemma ?? null,
    speaker: find(parts.speaker),
    addressee: find(parts.addressee),
  };
}

/** The draft the pipeline starts from for an attribution (and its speaker entity, if any). */
export function draftFor(attribution: Attribution, speaker: SpeakerEntity | null = null): ClaimDraft {
  return draftClaim(attribution, speaker);
}

export interface RefinerOptions extends ContextOptions {
  topic?: Topic;
  /** The outlet words of the language; English by default. */
  outlets?: OutletLexicon;
}

/** What one refiner makes of drafts of the text. */
export function runRefiner(refiner: Refiner, text: string, drafts: ClaimDraft[], options: RefinerOptions = {}): ClaimDraft[] {
  const settings: EnrichSettings = { topic: options.topic ?? null, outlets: options.outlets ?? english.outlets, cues: english.cues };
  return refiner.refine(contextFor(text, settings, options), analyseText(text), drafts);
}

function locate(text: string, value: string, avoid: readonly Span[]): Span {
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) {
    const span = { start: at, end: at + value.length };
    if (!avoid.some((other) => other.start < span.end && span.start < other.end)) return span;
  }
  throw new ClaimexError('INVALID_INPUT', `${JSON.stringify(value)} is not in the text`);
}
