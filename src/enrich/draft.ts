import type { Attribution } from '../attribution/types.js';
import type { SpeakerEntity } from '../speakers/types.js';
import type { StanceReason } from '../core/schema.js';
import type { ClaimDraft } from './types.js';

const NO_STANCE_SUMMARY = 'no stance refiner ran';

/**
 * Every draft starts with this one reason, frozen, in place of one of its own: a long article's drafts held ~5 MB of
 * empty reasons until the stance refiner replaced them. A claim that still has it gets a copy of its own (`claimReason`).
 */
const NO_STANCE_REASON: StanceReason = Object.freeze({ cues: [], condition: null, topicTerms: [], summary: NO_STANCE_SUMMARY });

/** The reason a claim shows: the draft's, or a reason of its own where no stance refiner ran. */
export function claimReason(draft: ClaimDraft): StanceReason {
  return draft.stanceReason === NO_STANCE_REASON ? { cues: [], condition: null, topicTerms: [], summary: NO_STANCE_SUMMARY } : draft.stanceReason;
}

/**
 * The starting draft for an attribution: role and country come from its speaker entity, the rest from refiners.
 * Its `rules` start with the attribution rule and the steps that resolved the speaker.
 */
export function draftClaim(attribution: Attribution, speaker: SpeakerEntity | null, speakerSteps: readonly string[] = []): ClaimDraft {
  return {
    attribution,
    speaker,
    role: speaker?.role ?? null,
    country: speaker?.country ?? null,
    date: null,
    source: null,
    stance: 'neutral',
    stanceReason: NO_STANCE_REASON,
    provenance: { role: speaker?.roleSpan ?? null, country: speaker?.countrySpan ?? null, date: null, source: null },
    rules: startingRules(attribution.rule, attribution.frames ?? NO_FRAMES, speakerSteps),
  };
}

const NO_FRAMES: readonly string[] = Object.freeze([]);

/**
 * The rule, its frames and the speaker steps in one array of the exact length: an array grown by push or filled from
 * spreads keeps spare room (~140 bytes a draft, in every copy the refiners make and in the claim's `rules`), and
 * `[rule].concat(…)` made a one-rule array a draft to drop.
 */
function startingRules(rule: string, frames: readonly string[], steps: readonly string[]): string[] {
  const rules = new Array<string>(1 + frames.length + steps.length);
  rules[0] = rule;
  for (let i = 0; i < frames.length; i++) rules[1 + i] = frames[i]!;
  for (let i = 0; i < steps.length; i++) rules[1 + frames.length + i] = steps[i]!;
  return rules;
}
