import type { ClaimDraft } from '../types.js';

/**
 * The other drafts read from a draft's sentence: their quotes are not this claim's attribution part, and their
 * cues own the dates and credits next to them. Grouped through a map, so linear in the drafts; each draft's list
 * is built when asked and dropped after, not held for every draft of a long article at once.
 */
export function sentenceNeighbours(drafts: readonly ClaimDraft[]): (draft: ClaimDraft) => ClaimDraft[] {
  const bySentence = new Map<number, ClaimDraft[]>();
  for (const draft of drafts) {
    const key = draft.attribution.sentence.index;
    const group = bySentence.get(key);
    if (group) group.push(draft);
    else bySentence.set(key, [draft]);
  }
  return (draft) => bySentence.get(draft.attribution.sentence.index)!.filter((other) => other !== draft);
}
