import { describe, expect, it } from 'vitest';
import { clean, english, extractClaims } from '../../src/index.js';

const claimsOf = (text: string, language?: Parameters<typeof extractClaims>[1]) =>
  extractClaims(text, language).claims.map((claim) => ({ speaker: claim.speaker, role: claim.role, source: claim.source }));

describe('the language option: one value with every word list, each part replaceable', () => {
  it('speakers: an office word added to the language gives the role', () => {
    const text = '"The pier will close," Harbourmaster Ana Duarte said.';
    expect(claimsOf(text)[0]?.role).toBeNull();
    const speakers = { ...english.speakers, officeWords: [...english.speakers.officeWords, 'harbourmaster'] };
    expect(claimsOf(text, { language: { speakers } })[0]).toMatchObject({ speaker: 'Ana Duarte', role: 'Harbourmaster' });
  });

  it('outlets: a name word added to the language makes a credit an outlet', () => {
    const text = 'The pier will close next week, Ana Duarte told Marlow Lantern.';
    expect(claimsOf(text)[0]?.source).toBeNull();
    const outlets = { ...english.outlets, nameWords: [...english.outlets.nameWords, 'Lantern'] };
    expect(claimsOf(text, { language: { outlets } })[0]?.source).toBe('Marlow Lantern');
  });

  it('cues: a cue list without a verb reads no claim from it', () => {
    const text = 'The pier will close next week, Ana Duarte told Marlow Lantern.';
    expect(claimsOf(text)).toHaveLength(1);
    expect(claimsOf(text, { language: { cues: english.cues.filter((cue) => cue.lemma !== 'tell') } })).toEqual([]);
  });

  it('chrome: the cleaner reads the language’s chrome vocabulary', () => {
    const body = 'The council voted on Tuesday to double the budget for repairing old water pipes across the city.';
    const raw = ['Pier closes', body, 'Obituaries', body.replace('Tuesday', 'Wednesday')].join('\n');
    expect(clean(raw).removed.map((line) => line.text)).not.toContain('Obituaries');
    const chrome = { ...english.chrome, navigation: [...english.chrome.navigation, 'obituaries'] };
    expect(clean(raw, { language: { chrome } }).removed.map((line) => line.text)).toContain('Obituaries');
  });

  it('leaves the parts it is not given as English', () => {
    const text = '"The pier will close," Mayor Ana Duarte said.';
    expect(claimsOf(text, { language: {} })).toEqual(claimsOf(text));
  });
});
