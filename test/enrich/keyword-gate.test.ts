import { describe, expect, it } from 'vitest';
import { sentencesForSlots } from '../../src/enrich/source/keyword-gate.js';
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

  it('reads every sentence for a slot without keywords', () => {
    const text = 'Ships left. Ports closed.';
    expect(gated(text, [open])).toEqual([['Ships left.', 'Ports closed.']]);
  });
});
