import { describe, expect, it } from 'vitest';
import { attribute } from './helpers.js';

describe('block-quote', () => {
  it.each([
    ['a title as subject', 'The mayor added:\n\nWe will rebuild every school that the flood took from us.', 'The mayor', 'We will rebuild every school that the flood took from us.'],
    ['a name and "wrote"', 'In a letter to members, Ana Ruiz wrote:\n\nThe union has never been stronger. Our fight goes on.', 'Ana Ruiz', 'The union has never been stronger. Our fight goes on.'],
  ])('reads the paragraph after "X <cue>:" as the quote (%s)', (_name, text, speaker, quote) => {
    const found = attribute(text).filter((each) => each.rule === 'attribution/block-quote');
    expect(found).toEqual([expect.objectContaining({ speaker, quote, type: 'direct' })]);
  });

  it.each([
    ['an adjunct between the cue and the colon', 'The senator said in a statement released on Monday:\n\n“The vote was rushed and the count was wrong.”', 'The senator', 'The vote was rushed and the count was wrong'],
    ['a clause opened before the colon', 'One farmer said that, given the choice on the ballot:\n\n“There is only one: the mayor. She keeps her word.”', 'One farmer', 'There is only one: the mayor. She keeps her word'],
    ['a cue read as a noun by the tagger', 'The veteran strategist notes:\n\n“The governor appeals to rural voters. His record is the same.”', 'The veteran strategist', 'The governor appeals to rural voters. His record is the same'],
  ])('reads a block after a longer lead-in (%s) and no claim from the lead-in', (_name, text, speaker, quote) => {
    expect(attribute(text).map((each) => [each.rule, each.speaker, each.quote])).toEqual([['attribution/block-quote', speaker, quote]]);
  });

  it('reads no unmarked paragraph after a lead-in whose cue is not right before the colon', () => {
    const text = 'The mayor said little as the band turned to the farmers:\n\nThe crowd cheered and the band played on.';
    expect(attribute(text).filter((each) => each.rule === 'attribution/block-quote')).toEqual([]);
  });

  it('reads no block when the lead-in holds two speech cues', () => {
    const text = 'The mayor said little, and the governor stated only this:\n\nRoads, schools and the harbour come first.';
    expect(attribute(text).filter((each) => each.rule === 'attribution/block-quote')).toEqual([]);
  });

  it('reads a quotation opening the paragraph after "X <cue>:" as the quote, over every paragraph it runs', () => {
    const text = 'The Harbour Gazette reports:\n\n"Only a third of the members voted. Turnout fell again.\n\n"The board blames the weather."\n\nThat is low.';
    const found = attribute(text).filter((each) => each.rule === 'attribution/block-quote');
    expect(found).toEqual([
      expect.objectContaining({ speaker: 'The Harbour Gazette', quote: 'Only a third of the members voted. Turnout fell again. | The board blames the weather', type: 'direct' }),
    ]);
  });

  it.each([
    ['no cue before the colon', 'The rules are as follows:\n\nNo one may enter after nine.'],
    ['a colon inside the paragraph', 'The mayor said: the flood is over.\n\nSchools reopen on Monday.'],
    ['a quotation mark after the colon', 'The mayor added:\n\n“We will rebuild,” she said.'],
    ['no paragraph after it', 'The mayor added:'],
  ])('reads no block after %s', (_name, text) => {
    expect(attribute(text).filter((each) => each.rule === 'attribution/block-quote')).toEqual([]);
  });
});
