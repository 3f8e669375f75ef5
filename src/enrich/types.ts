import type { Attribution } from '../attribution/types.js';
import type { Context } from '../context.js';
import type { Stance, StanceReason, TextSpan } from '../schema.js';
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
  id: string;
  refine(ctx: Context, analysis: Analysis, drafts: ClaimDraft[]): ClaimDraft[];
}
