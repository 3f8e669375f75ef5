import type { ClaimDraft } from '../types.js';
import { lowerBound } from '../../core/lower-bound.js';

/**
 * The other drafts read from a draft's sentence: their quotes are not this claim's attribution part, and their
 * cues own the dates and credits next to them. The drafts are sorted by sentence once (a stable sort, so each
 * sentence's drafts keep their order) and a draft's neighbours found by binary search: n log n, and one array for
 * the whole refiner where a map of per-sentence lists held ~10 MB of a long article's drafts until the refiner was
 * done. Each draft's list is built when asked and dropped after.
 */
export function sentenceNeighbours(drafts: readonly ClaimDraft[]): (draft: ClaimDraft) => ClaimDraft[] {
  const bySentence = drafts.slice().sort((a, b) => sentenceOf(a) - sentenceOf(b));
  return (draft) => {
    const key = sentenceOf(draft);
    const neighbours: ClaimDraft[] = [];
    for (let at = lowerBound(bySentence, (other) => sentenceOf(other) < key); at < bySentence.length; at++) {
      const other = bySentence[at]!;
      if (sentenceOf(other) !== key) break;
      if (other !== draft) neighbours.push(other);
    }
    return neighbours;
  };
}

function sentenceOf(draft: ClaimDraft): number {
  return draft.attribution.sentence.index;
}
