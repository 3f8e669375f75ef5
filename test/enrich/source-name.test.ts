import { describe, expect, it } from 'vitest';
import { compileNameReader } from '../../src/enrich/source/name.js';
import { isPlaceName } from '../../src/gazetteer/place-names.js';
import { defaultOutletLexicon } from '../../src/lang/en/outlets.js';

const reader = compileNameReader(defaultOutletLexicon, isPlaceName);

describe('the name reader after a cue: modifiers of a head noun', () => {
  // Lower-case words and places may modify a head noun; a capitalised word that is no place is the name, the head noun
  // after it.
  it.each([
    ['the state broadcaster Ostrava TV', 'Ostrava TV', true],
    ['the French newspaper Le Figaro', 'Le Figaro', true],
    ['a local French daily', '', true],
    ['the  regional \t newspaper Nordposten', 'Nordposten', true],
    ['Harbourside newspaper Nordposten', 'Harbourside', true],
  ])('%s → %j', (phrase, name, headNoun) => {
    const read = reader.after(phrase, 0, phrase.length);
    expect(read?.name).toBe(name);
    expect(read?.headNoun).toBe(headNoun);
  });
});
