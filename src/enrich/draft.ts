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
    // concat makes an array of the exact length; an array literal with spreads grows as it is filled and keeps
    // spare room (~140 bytes a draft, in every copy the refiners make and in the claim's `rules`).
    rules: [attribution.rule].concat(attribution.frames ?? [], speakerSteps),
  };
}
