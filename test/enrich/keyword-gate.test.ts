import { describe, expect, it } from 'vitest';
import { compileKeywordGate, sentencesForSlots } from '../../src/enrich/source/keyword-gate.js';
import type { OutletSlot } from '../../src/enrich/source/slots.js';
import { analyse } from '../../src/text/analyse.js';

const told: OutletSlot = { id: 'told', trigger: /\btold[ \t]+/g, read: 'after', strength: 'strong', original: false, keywords: ['told'] };
const per: OutletSlot = { id: 'per', trigger: /(?:^|[ \t,(])per[ \t]+/g, read: 'after', strength: 'weak', original: false, keywords: ['per'] };
const open: OutletSlot = { id: 'open', trigger: /\bwrites[ \t]+/g, read: 'before', strength: 'weak', original: false };

function gated(text: string, slots: readonly OutletSlot[]): string[][] {
  const analysis = analyse(text, [{ start: 0, end: text.length }]);
  return sentencesForSlots(slots, analysis.sentences).map((sentences) => sentences.map((sentence) => sentence.text));
}

describe('sentencesForSlots', () => {
  it.each([
    ['The harbour master told the Baltic Courier.', [['The harbour master told the Baltic Courier.']]],
    ['The story was re-told by the Vale Herald.', [['The story was re-told by the Vale Herald.']]],
    ['The cargo was foretold in the Tern Review.', [[]]],
    ['Nobody was TOLD anything by the Ossory Star.', [[]]],
    ['Told you so, the skipper laughed.', [[]]],
  ])('%s', (text, expected) => {
    expect(gated(text, [told])).toEqual(expected);
  });

  it('keeps each slot to the sentences with its own words, in text order', () => {
    const text = 'The mayor told Radio Lune. The tax rose by a third, per Dunmore Wire. Paper costs rose. She told Kestrel Post.';
    expect(gated(text, [told, per])).toEqual([
      ['The mayor told Radio Lune.', 'She told Kestrel Post.'],
      ['The tax rose by a third, per Dunmore Wire.'],
    ]);
  });

  it('finds a keyword glued to punctuation', () => {
    expect(gated('Fares doubled (per the Quay Gazette).', [per])).toEqual([['Fares doubled (per the Quay Gazette).']]);
  });

  it.each([
    ['Prices fell 3 per_cent, the Dale Record said.', [[]]],
    ['Prices fell, per2 the Dale Record.', [[]]],
    ['Output rose, per: the Fenwick Ledger.', [['Output rose, per: the Fenwick Ledger.']]],
    ['Output rose, über per the Fenwick Ledger.', [['Output rose, über per the Fenwick Ledger.']]],
  ])('a keyword counts only as a whole run of word characters: %s', (text, expected) => {
    expect(gated(text, [per])).toEqual(expected);
  });

  it('never opens on a keyword that is no run of word characters', () => {
    const oped: OutletSlot = { ...per, id: 'op-ed', keywords: ['op-ed'] };
    expect(gated('An op-ed ran in the Harbour Times.', [oped])).toEqual([[]]);
  });

  it('gives the same answer when one compiled gate reads many articles', () => {
    const gate = compileKeywordGate([told, per]);
    const read = (text: string): string[][] =>
      gate(analyse(text, [{ start: 0, end: text.length }]).sentences).map((sentences) => sentences.map((sentence) => sentence.text));
    const first = 'The pilot told Wave FM. Rates rose, per Lark News.';
    expect(read(first)).toEqual([['The pilot told Wave FM.'], ['Rates rose, per Lark News.']]);
    expect(read('Nothing was said.')).toEqual([[], []]);
    expect(read(first)).toEqual([['The pilot told Wave FM.'], ['Rates rose, per Lark News.']]);
  });

  it('reads every sentence for a slot without keywords', () => {
    const text = 'Ships left. Ports closed.';
    expect(gated(text, [open])).toEqual([['Ships left.', 'Ports closed.']]);
  });
});
