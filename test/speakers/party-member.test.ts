import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const firstClaim = async (text: string) => (await extractClaims(text)).claims[0];

describe('one unnamed member of a party is an anonymous source by its phrase', () => {
  it.each<[string, string]>([
    ['“The bill is dead,” said an Iowa Republican.', 'Iowa Republican'],
    ['“We lost the suburbs,” one New Hampshire Democrat said.', 'one New Hampshire Democrat'],
    ['“Nobody wants a fight,” another senior Tory said.', 'another senior Tory'],
    ['A veteran Democrat said the deal would not survive the summer.', 'veteran Democrat'],
  ])('%s', async (text, speaker) => {
    const claim = await firstClaim(text);
    expect([claim?.speaker, claim?.speakerType]).toEqual([speaker, 'anonymous']);
  });

  it.each<[string, string]>([
    ['Jane Roe, an Ohio Republican, said the bill would pass.', 'Jane Roe'],
    ['An Ohio Republican, Sen. Rob Moss, said the bill would fail.', 'Rob Moss'],
  ])('a party member beside a name is that person: %s', async (text, speaker) => {
    const claim = await firstClaim(text);
    expect([claim?.speaker, claim?.speakerType]).toEqual([speaker, 'person']);
  });

  it('a definite party member still points back to the person so described', async () => {
    const { claims } = await extractClaims('Senator Ana Ruiz, an Ohio Republican, voted no. “It is a bad bill,” the Ohio Republican said.');
    expect(claims.map((claim) => claim.speaker)).toContain('Ana Ruiz');
  });
});
