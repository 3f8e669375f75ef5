import type { ClaimDraft } from '../types.js';

/**
 * For each draft, the other drafts read from the same sentence: their quotes are not this claim's attribution
 * part, and their cues own the dates and credits next to them. Grouped through a map, so linear in the drafts.
 */
export function sentenceNeighbours(drafts: readonly ClaimDraft[]): ClaimDraft[][] {
  const bySentence = new Map<number, ClaimDraft[]>();
  for (const draft of drafts) {
    const key = draft.attribution.sentence.index;
    const group = bySentence.get(key);
    if (group) group.push(draft);
    else bySentence.set(key, [draft]);
  }
  return drafts.map((draft) => bySentence.get(draft.attribution.sentence.index)!.filter((other) => other !== draft));
}
