import type { Context } from '../core/context.js';
import type { QuoteType, ReportingCue, Span } from '../core/schema.js';
import type { Analysis, Sentence } from '../text/analyse.js';

/** A statement found in the text with its cue and the phrase naming its speaker, all in raw offsets. */
export interface Attribution {
  /** Id of the rule that found it. */
  rule: string;
  /** Ids of the frames that let the rule read it beyond a cue's plain reading ("attribution/frame:bare-clause"). */
  frames?: readonly string[];
  /** The sentence that holds the cue (or the quotation, when there is no cue). */
  sentence: Sentence;
  /** The stretch of text the claim is read from: the sentence, or several for a quotation that spans them. */
  evidence: Span;
  quoteType: QuoteType;
  /** Verbatim quote spans, in order; a split quotation has several. */
  quoteSpans: Span[];
  /** The reporting verb or phrase ("said", "according to", "ruled out"). */
  cue: Span | null;
  /** The cue's base form from the lexicon ("say", "according to", "rule out"), or the verb's lemma. */
  cueLemma: string | null;
  /** The phrase naming the speaker as written here, with any title or apposition ("She", "the White House"). */
  speaker: Span | null;
  /** The addressee of "told X" / "in an interview with X", a candidate outlet. */
  addressee: Span | null;
}

/** A rule reads the whole analysed article and returns the attributions it recognises. Pure: no state between calls. */
export interface AttributionRule {
  /** Namespaced like every rule id ("attribution/direct-quote"); it names the rule in each claim's `rules`. */
  id: string;
  find(ctx: AttributionContext, analysis: Analysis): Attribution[];
}

/** The attribution stage's settings: its rules in order and the reporting cues they read. */
export interface AttributionSettings {
  rules: readonly AttributionRule[];
  cues: readonly ReportingCue[];
}

export type AttributionContext = Context<AttributionSettings>;
