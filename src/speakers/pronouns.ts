import type { EntityDraft } from './entity-draft.js';
import type { Mention } from './mention.js';
import type { SpanCover } from './span-cover.js';

/**
 * How many sentences with mentions outside quotations a pronoun may look back over for its antecedent, and how many
 * sentences at most: a long quotation between a speaker and "he said" does not use up the window.
 */
const PRONOUN_WINDOW = 4;
const MAX_PRONOUN_REACH = 16;

/** A mention already tied to its entity, as the pronoun resolver sees it. */
export interface PlacedMention {
  mention: Mention;
  entity: EntityDraft;
}

/**
 * The placed mentions of the sentences a pronoun in text order can still reach, each sentence's in text order. The
 * mentions are added in text order, and a sentence is dropped once the sentence being added to is more than
 * `MAX_PRONOUN_REACH` past it: lists for every sentence of a long article, a record per placed mention (~200k), lived
 * until the clustering was done and were promoted to the old heap.
 */
export class RecentPlacements implements Pick<ReadonlyMap<number, readonly PlacedMention[]>, 'get'> {
  private readonly bySentence = new Map<number, PlacedMention[]>();

  get(sentence: number): readonly PlacedMention[] | undefined {
    return this.bySentence.get(sentence);
  }

  /**
   * Adds a placed mention after those already added, which start no later. A pronoun's placement goes after every
   * mention of the same start, as a mention placed before any pronoun goes before it: the order the lists had when
   * the other mentions were placed first and the pronouns' then sorted in by their start.
   */
  add(placed: PlacedMention): void {
    const sentence = placed.mention.sentence;
    // Map keys iterate in insertion order, which is sentence order here.
    for (const old of this.bySentence.keys()) {
      if (old >= sentence - MAX_PRONOUN_REACH) break;
      this.bySentence.delete(old);
    }
    const list = this.bySentence.get(sentence);
    if (list === undefined) {
      this.bySentence.set(sentence, [placed]);
      return;
    }
    let at = list.length;
    if (placed.mention.kind !== 'pronoun') {
      const start = placed.mention.span.start;
      while (at > 0 && list[at - 1]!.mention.kind === 'pronoun' && list[at - 1]!.mention.span.start === start) at--;
    }
    list.splice(at, 0, placed);
  }
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
 * sentences before, nearest first, that sentence's fitting speaker, else its first fitting mention. Mentions inside
 * `quoted` (the words the pronoun's speaker says: '"What she said about Roe is wrong," he said') are passed over.
 */
export function antecedentOf(
  pronoun: Mention,
  bySentence: Pick<ReadonlyMap<number, readonly PlacedMention[]>, 'get'>,
  quoted: SpanCover = () => false,
): EntityDraft | null {
  const word = pronoun.pronoun ?? '';
  const fits = (entry: PlacedMention) => pronounFits(word, entry.entity) && !quoted(entry.mention.span);
  const same = bySentence.get(pronoun.sentence) ?? [];
  for (const placed of same) {
    if (placed.mention.span.start >= pronoun.span.start) break;
    if (fits(placed)) return placed.entity;
  }
  let narrated = 0;
  for (let s = pronoun.sentence - 1; s >= 0 && pronoun.sentence - s <= MAX_PRONOUN_REACH && narrated < PRONOUN_WINDOW; s--) {
    const placed = (bySentence.get(s) ?? []).filter((entry) => !quoted(entry.mention.span));
    if (placed.length === 0) continue;
    narrated++;
    const fitting = placed.filter((entry) => pronounFits(word, entry.entity));
    const chosen = fitting.find((entry) => entry.mention.speaker) ?? fitting[0];
    if (chosen !== undefined) return chosen.entity;
  }
  return null;
}
