import { describe, expect, it } from 'vitest';
import { sentenceNeighbours } from '../../src/enrich/date/sentence-neighbours.js';
import type { ClaimDraft } from '../../src/enrich/types.js';

function draft(name: string, sentence: number): ClaimDraft {
  return { attribution: { sentence: { index: sentence } }, source: name } as unknown as ClaimDraft;
}

const names = (drafts: readonly ClaimDraft[]): unknown[] => drafts.map((other) => other.source);

describe('sentenceNeighbours', () => {
  it('gives each draft the other drafts of its sentence, in their order, and none of other sentences', () => {
    const drafts = [draft('a', 2), draft('b', 0), draft('c', 2), draft('d', 1), draft('e', 2)];
    const neighbours = sentenceNeighbours(drafts);
    expect(names(neighbours(drafts[0]!))).toEqual(['c', 'e']);
    expect(names(neighbours(drafts[2]!))).toEqual(['a', 'e']);
    expect(names(neighbours(drafts[4]!))).toEqual(['a', 'c']);
    expect(names(neighbours(drafts[1]!))).toEqual([]);
    expect(names(neighbours(drafts[3]!))).toEqual([]);
  });

  it('leaves the drafts it was given in their order', () => {
    const drafts = [draft('a', 1), draft('b', 0)];
    sentenceNeighbours(drafts);
    expect(names(drafts)).toEqual(['a', 'b']);
  });
});
