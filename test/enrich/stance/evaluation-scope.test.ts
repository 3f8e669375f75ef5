import { describe, expect, it } from 'vitest';
import { evaluationScope } from '../../../src/enrich/stance/evaluation-scope.js';
import { wordRoles, type StanceWord } from '../../../src/enrich/stance/words.js';

function wordsOf(tagged: string, quoted: boolean): StanceWord[] {
  let start = 0;
  return tagged.split(' ').map((pair) => {
    const [normal, pos] = pair.split('/') as [string, string];
    const word = { normal, pos, start, end: start + normal.length, inQuote: quoted, clause: 0, segment: 0, roles: wordRoles(normal) };
    start = word.end + 1;
    return word;
  });
}

describe('evaluationScope', () => {
  it('reads a verb second in a claim with no quoted words (a fuzz input once read the word before the first)', () => {
    const words = wordsOf('ended/ADJ regrets/VERB the/DET plan/NOUN', false);
    expect(evaluationScope(words, [3], false)).toHaveLength(4);
  });

  it("marks the speaker's own verb on the topic", () => {
    const words = wordsOf('we/PRON deeply/ADV regret/VERB the/DET plan/NOUN', true);
    expect(evaluationScope(words, [4], false)[2]).toBe(true);
  });
});
