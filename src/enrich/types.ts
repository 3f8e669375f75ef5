import type { Attribution } from '../attribution/types.js';
import type { Context } from '../core/context.js';
import type { ReportingCue, Stance, StanceReason, TextSpan, Topic } from '../core/schema.js';
import type { OutletLexicon } from '../lang/en/outlets.js';
import type { SpeakerEntity } from '../speakers/types.js';
import type { Analysis } from '../text/analyse.js';

/** A claim on its way to becoming a record: each refiner fills or corrects some of its fields. */
export interface ClaimDraft {
  attribution: Attribution;
  speaker: SpeakerEntity | null;
  role: string | null;
  country: string | null;
  date: string | null;
  source: string | null;
  stance: Stance;
  stanceReason: StanceReason;
  provenance: {
    role: TextSpan | null;
    country: TextSpan | null;
    date: TextSpan | null;
    source: TextSpan | null;
  };
  /** Ids of the rules and refiners that made and changed this draft. */
  rules: string[];
}

/** A refiner folds over the drafts (the way chrono-node refines parse results). Pure: returns new or same drafts. */
export interface Refiner {
  /** Namespaced like every rule id ("enrich/date"); a draft lists it in `rules` only where the refiner decided a value. */
  id: string;
  refine(ctx: EnrichContext, analysis: Analysis, drafts: ClaimDraft[]): ClaimDraft[];
}

/**
 * The enrich stage's settings: the topic stance is measured against, the language's outlet words, and the
 * reporting cues (a plain speech verb reports a position without judging it).
 */
export interface EnrichSettings {
  topic: Topic | null;
  outlets: OutletLexicon;
  cues: readonly ReportingCue[];
}

export type EnrichContext = Context<EnrichSettings>;
