import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/analyse.js';
import { extractClaims } from '../../src/index.js';

function tagOf(raw: string, word: string): string | undefined {
  const tokens = analyse(raw, [{ start: 0, end: raw.length }]).sentences.flatMap((sentence) => sentence.tokens);
  return tokens.find((token) => token.value === word)?.pos;
}

describe('retagNamesReadAsVerbs', () => {
  it.each([
    ['“We need more teachers in the classroom,” Cooper said.', 'Cooper'],
    ['High school teacher Angela Cooper said she left at dawn.', 'Cooper'],
    ['The union leader, Tom Fisher, said the strike would go on, and Fisher added that talks had failed.', 'Fisher'],
    ['“The budget is too small,” Cook told reporters.', 'Cook'],
    ['“We will leave,” Will told reporters.', 'Will'],
  ])('a capitalised word before a lower-case verb is a name: %s', (raw, word) => {
    expect(tagOf(raw, word)).toBe('PROPN');
  });

  it.each([
    ['“Stop talking about budgets,” she said.', 'Stop'],
    ['Cooper said nothing.', 'Cooper'],
    ['The Council Will Delay The Vote', 'Will'],
  ])('a word that opens a sentence or a quotation keeps its tag: %s', (raw, word) => {
    expect(tagOf(raw, word)).not.toBe('PROPN');
  });

  it('lets the attribution find the speaker', () => {
    const claims = extractClaims('“We need to make sure we keep teachers in the classroom,” Cooper said.').claims;
    expect(claims.map((claim) => [claim.speaker, claim.quote])).toEqual([['Cooper', 'We need to make sure we keep teachers in the classroom']]);
  });
});
