import type { Attribution } from '../attribution/types.js';
import type { SpeakerEntity } from '../speakers/types.js';
import type { ClaimDraft } from './types.js';

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
    stanceReason: { cues: [], condition: null, topicTerms: [], summary: 'no stance refiner ran' },
    provenance: { role: speaker?.roleSpan ?? null, country: speaker?.countrySpan ?? null, date: null, source: null },
    // concat makes an array of the exact length; an array literal with spreads grows as it is filled and keeps
    // spare room (~140 bytes a draft, in every copy the refiners make and in the claim's `rules`).
    rules: [attribution.rule].concat(attribution.frames ?? [], speakerSteps),
  };
}
