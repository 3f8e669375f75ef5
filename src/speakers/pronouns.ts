import type { EntityDraft } from './entity-draft.js';
import type { Mention } from './mention.js';

/** How many sentences back a pronoun may find its antecedent. */
const PRONOUN_WINDOW = 4;

/** A mention already tied to its entity, as the pronoun resolver sees it. */
export interface PlacedMention {
  mention: Mention;
  entity: EntityDraft;
}

/** Whether a pronoun can stand for the entity: "she" never picks an institution, "it" never a person. */
export function pronounFits(pronoun: string, entity: EntityDraft): boolean {
  switch (pronoun) {
    case 'he':
      return entity.type === 'person' && entity.gender !== 'f';
    case 'she':
      return entity.type === 'person' && entity.gender !== 'm';
    case 'i':
      return entity.type === 'person';
    case 'it':
      return (entity.type === 'organization' || entity.type === 'country') && !entity.plural;
    case 'they':
    case 'we':
      return entity.type !== 'person';
    default:
      return false;
  }
}

/**
 * The antecedent of a pronoun: in its own sentence, the first fitting mention before it (the subject); in the
 * sentences before, nearest first, that sentence's fitting speaker, else its first fitting mention.
 */
export function antecedentOf(pronoun: Mention, bySentence: ReadonlyMap<number, readonly PlacedMention[]>): EntityDraft | null {
  const word = pronoun.pronoun ?? '';
  const same = bySentence.get(pronoun.sentence) ?? [];
  for (const placed of same) {
    if (placed.mention.span.start >= pronoun.span.start) break;
    if (pronounFits(word, placed.entity)) return placed.entity;
  }
  for (let s = pronoun.sentence - 1; s >= 0 && pronoun.sentence - s <= PRONOUN_WINDOW; s--) {
    const placed = bySentence.get(s);
    if (placed === undefined) continue;
    const fitting = placed.filter((entry) => pronounFits(word, entry.entity));
    const chosen = fitting.find((entry) => entry.mention.speaker) ?? fitting[0];
    if (chosen !== undefined) return chosen.entity;
  }
  return null;
}
