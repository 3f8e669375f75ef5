import type { SpeakerType } from '../core/schema.js';
import type { Gender, Mention } from './mention.js';

/** An entity while mentions are being gathered; becomes a SpeakerEntity at the end. */
export interface EntityDraft {
  type: SpeakerType;
  mentions: Mention[];
  gender: Gender | null;
  plural: boolean;
}

export function newDraft(type: SpeakerType, mention: Mention): EntityDraft {
  return { type, mentions: [mention], gender: mention.gender, plural: mention.plural };
}

export function addMention(draft: EntityDraft, mention: Mention): void {
  draft.mentions.push(mention);
  draft.gender ??= mention.gender;
}

/** The role the article states for the entity: the strongest reading, the first of equals. */
export function bestRole(draft: EntityDraft): Mention | null {
  let best: Mention | null = null;
  for (const mention of draft.mentions) {
    if (mention.role === null) continue;
    if (best === null || mention.roleStrength > best.roleStrength || (mention.roleStrength === best.roleStrength && mention.span.start < best.span.start)) {
      best = mention;
    }
  }
  return best;
}

/** The first country a mention of the entity states, in text order. */
export function firstCountry(draft: EntityDraft): Mention | null {
  let first: Mention | null = null;
  for (const mention of draft.mentions) {
    if (mention.country !== null && (first === null || mention.span.start < first.span.start)) first = mention;
  }
  return first;
}
