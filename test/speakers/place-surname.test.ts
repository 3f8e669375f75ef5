import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

describe('a surname spelt like a country or a capital names the person, not the place', () => {
  it.each<[string, string, string | null]>([
    ['Transport Minister Joana Lima said the government would not step in.', 'Joana Lima', 'Transport Minister'],
    ['Michael Jordan said the team would win the final.', 'Michael Jordan', null],
    ['"The wards are full," said Ana Paris, the hospital director.', 'Ana Paris', 'hospital director'],
  ])('%s', (sentence, speaker, role) => {
    const { claims } = extractClaims(sentence);
    expect(claims.map((claim) => [claim.speaker, claim.speakerType, claim.role])).toEqual([[speaker, 'person', role]]);
  });

  it('the bare surname later is the same person, and gives the article no country', () => {
    const text = [
      'Transport Minister Joana Lima said on Monday that the government would not intervene in the strike.',
      'Lima had warned last month that exports would suffer.',
      'Lima later told reporters that the ports would reopen soon.',
    ].join('\n\n');
    const { claims } = extractClaims(text);
    expect(claims.map((claim) => [claim.speaker, claim.speakerType, claim.country])).toEqual([
      ['Joana Lima', 'person', null],
      ['Joana Lima', 'person', null],
      ['Joana Lima', 'person', null],
    ]);
    expect(claims[1]!.rules).toContain('speakers/surname-not-place');
  });

  it('a capital speaking as its government stays a country when nobody bears its name', () => {
    const { claims } = extractClaims('Tom Reed, a trade lawyer, said the tariffs were legal.\n\nLima said on Tuesday that it would appeal the ruling.');
    expect(claims.map((claim) => [claim.speaker, claim.speakerType])).toEqual([
      ['Tom Reed', 'person'],
      ['Lima', 'country'],
    ]);
  });
});
