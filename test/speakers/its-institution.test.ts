import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

describe('"its spokesman": the office of the institution or country named just before', () => {
  it.each<[string, string, string, string]>([
    ['The Kremlin dismissed the visit as theatre, its spokesman Dmitry Peskov said.', 'Dmitry Peskov', 'Kremlin spokesman', 'Russia'],
    ["Russia's Foreign Ministry rejected the plan, its spokeswoman Maria Zakharova told reporters.", 'Maria Zakharova', 'Foreign Ministry spokeswoman', 'Russia'],
    ['The Kremlin rejected the plan on Monday.\n\nIts spokesman, Dmitry Peskov, said talks were pointless.', 'Dmitry Peskov', 'Kremlin spokesman', 'Russia'],
  ])('%s', (text, speaker, role, country) => {
    const claim = extractClaims(text).claims.find((found) => found.speaker === speaker)!;
    expect([claim.role, claim.country]).toEqual([role, country]);
    expect(claim.rules).toContain('speakers/country:its-institution');
  });

  it('reaches back one sentence, no further', () => {
    const text = 'The Kremlin rejected the plan on Monday.\n\nThe talks were due in March.\n\nThe rain went on all week.\n\nIts spokesman, Dmitry Peskov, said talks were pointless.';
    const claim = extractClaims(text).claims.find((found) => found.speaker === 'Dmitry Peskov')!;
    expect([claim.role, claim.country]).toEqual(['spokesman', null]);
  });

  it('"his spokesman" is no institution\'s', () => {
    const text = 'The Kremlin rejected the plan, and President Vladimir Putin stayed silent; his spokesman Dmitry Peskov said talks were pointless.';
    const claim = extractClaims(text).claims.find((found) => found.speaker === 'Dmitry Peskov')!;
    expect(claim.rules).not.toContain('speakers/country:its-institution');
  });
});
