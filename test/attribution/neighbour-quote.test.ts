import { describe, expect, it } from 'vitest';
import { attribute } from './helpers.js';

describe('neighbour-quote', () => {
  it('gives a quotation with no cue to the subject of the sentence before', () => {
    const found = attribute('Senator Ines Duarte criticised the plan. "It is reckless and it is expensive."');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'attribution/neighbour-quote', speaker: 'Senator Ines Duarte', quote: 'It is reckless and it is expensive', type: 'direct' });
  });

  it('looks at the last sentence of the previous paragraph', () => {
    const found = attribute('In March, Mayor Tom Hale defended the new bus lanes.\n“They save every commuter ten minutes a day.”');
    expect(found).toContainEqual(expect.objectContaining({ speaker: 'Mayor Tom Hale', quote: 'They save every commuter ten minutes a day' }));
  });

  it.each([
    ['a fragment', 'The governor visited the plant. It was called "a waste" by many.'],
    ['a subject that names nobody', 'The rain continued all day. "Nothing like this has happened before here."'],
    ['two words', 'Jan Kowalski left the room. "Never again."'],
  ])('no claim from %s', (_name, text) => {
    expect(attribute(text)).toEqual([]);
  });
});
