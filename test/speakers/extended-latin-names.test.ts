import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

describe('names spelt with letters beyond Latin-1 stay whole speakers', () => {
  const lead = 'Talks on the grain corridor resumed on Monday after a week of delays at the border crossings.';
  it.each<[string, string, string | null]>([
    ["Poland's agriculture minister Bogusław Wrześniak told reporters that Warsaw would keep the border open.", 'Bogusław Wrześniak', 'agriculture minister'],
    ['"We will not close the crossing," said Łucja Zieliński, the deputy interior minister.', 'Łucja Zieliński', 'deputy interior minister'],
    ['Mayor Ayşe Günaydın said the trucks would be waved through.', 'Ayşe Günaydın', 'Mayor'],
    ['Tomáš Dvořák, a customs official, said queues had shortened.', 'Tomáš Dvořák', 'customs official'],
    ['Transport minister Đorđe Petrović said the lorries could pass on Tuesday.', 'Đorđe Petrović', 'Transport minister'],
  ])('%s', (sentence, speaker, role) => {
    const { claims } = extractClaims(`${lead}\n\n${sentence}`);
    expect(claims.map((claim) => [claim.speaker, claim.role])).toEqual([[speaker, role]]);
  });
});
