import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { pairs } from './helpers.js';

const INTERVIEW = [
  'The host pressed the minister on the budget during the Sunday programme.',
  'HOLLIS: Will the new levy pass before the summer recess?',
  'MARKHAM: We have the votes, and we will bring it to the floor in June.',
  'HOLLIS: Your own backbenchers say otherwise.',
  'MARKHAM: They will come round once they read the final text.',
].join('\n');

/** An interview transcript: each turn opens with its speaker's name in capitals and a colon. */
describe('speaker labels in a transcript', () => {
  it('gives each turn to its labelled speaker', () => {
    expect(pairs(INTERVIEW)).toEqual([
      ['HOLLIS', 'Will the new levy pass before the summer recess?'],
      ['MARKHAM', 'We have the votes, and we will bring it to the floor in June.'],
      ['HOLLIS', 'Your own backbenchers say otherwise.'],
      ['MARKHAM', 'They will come round once they read the final text.'],
    ]);
  });

  it('reads a full name and a stray opening mark', () => {
    const text = ['"JANE ROE: The plant closes in May.', '"TOM ASH: Who told you that?', '"JANE ROE: The owners did, in writing.'].join('\n');
    expect(pairs(text).map(([speaker]) => speaker)).toEqual(['JANE ROE', 'TOM ASH', 'JANE ROE']);
  });

  it('names the rule in the claim’s rules', () => {
    const claim = extractClaims(INTERVIEW).claims.find((found) => found.quote.startsWith('We have the votes'));
    expect(claim?.rules).toContain('attribution/speaker-label');
  });

  it.each([
    ['one label alone', 'CORRECTION: An earlier version misstated the date of the vote.\nThe vote is on Tuesday.'],
    ['a dateline', 'LISBON: The port reopened on Monday after the strike.\nShips queued for a second day.'],
    ['section labels', 'UPDATE: The road is open.\nWATCH: The crossing at dawn.\nUPDATE: The bridge is open too.'],
    ['two names, none twice', 'HOLLIS: Is it true?\nMARKHAM: It is.\nThe interview ended there.'],
    ['a name in ordinary case', 'Hollis: Is it true?\nMarkham: It is.\nHollis: Are you sure?'],
  ])('no transcript: %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });
});
