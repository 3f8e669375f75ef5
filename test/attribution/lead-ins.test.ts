import { describe, expect, it } from 'vitest';
import { attribute, pairs } from './helpers.js';

/** Cues after "to" whose speaker is the subject of the verb or phrase that leads into them. */
describe('lead-ins that hand their subject on to a cue', () => {
  it.each([
    ['a rank and a noun', 'Jane Roe became the first European leader to say she was ready to send troops.', 'Jane Roe', 'she was ready to send troops'],
    ['a bare rank', 'The mayor was the latest to warn that the bridge was unsafe.', 'The mayor', 'the bridge was unsafe'],
    ['"only" and two words', 'Ana Ruiz is the only senior minister to argue that the tax should go.', 'Ana Ruiz', 'the tax should go'],
    ['a particle verb and a day', 'The president also weighed in Wednesday afternoon to say the news was a milestone.', 'The president', 'the news was a milestone'],
    ['"chimed in"', 'The union chimed in to add that talks would resume.', 'The union', 'talks would resume'],
    ['"fired back" on a day', 'The senator fired back on Monday to deny that she had lied.', 'The senator', 'she had lied'],
    ['an adjective of haste', 'The minister was quick to deny that the plan had failed.', 'The minister', 'the plan had failed'],
    ['"at pains"', 'Officials were at pains to stress that no one was hurt.', 'Officials', 'no one was hurt'],
    ['a verb of haste', 'The mayor hastened to add that the pool would reopen.', 'The mayor', 'the pool would reopen'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a refusal', 'The senator declined to say whether the bill would pass.'],
    ['a wish', 'The coach wants to say that the team played well.'],
    ['a rank with no speech', 'The firm was the only bidder to offer a fixed price.'],
    ['a passive "moved to"', 'The crowd was moved to tears by the speech.'],
    ['a noun "rush"', 'The rush to deny the story was telling.'],
  ])('no lead-in: %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });
});

describe('a base-form cue the tagger may read as a noun', () => {
  it.each([
    ['"claim" after a plural noun', 'Critics claim that the rules will hamper lending.', 'Critics', 'the rules will hamper lending'],
    ['"fear" after a described group', 'Many economists fear that the new rules will hamper lending.', 'Many economists', 'the new rules will hamper lending'],
    ['"doubt" after a group', 'Some analysts doubt that the deal will survive the winter.', 'Some analysts', 'the deal will survive the winter'],
    ['"fear" after "they"', 'They fear that the rules will hamper lending.', 'They', 'the rules will hamper lending'],
  ])('is the verb after a plural subject and before "that": %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['after "the"', 'The fear that the rules will hamper lending is widespread.'],
    ['after an owner', 'The critics’ claim that the rules hurt lending was dismissed.'],
    ['with no "that"', 'Voters fear higher prices.'],
  ])('is a noun %s', (_name, text) => {
    // The noun-cue rule may read an owner's claim; no verb rule reads one.
    expect(attribute(text).filter((found) => found.rule !== 'attribution/noun-cue')).toEqual([]);
  });
});

describe('an object with no verb of its own ends before the narrator’s clause', () => {
  it.each([
    ['"while"', 'The mayor praised the crews while the storm raged on.', 'The mayor', 'the crews'],
    ['"as" and a named subject', 'The governor rejected the proposal as the House opened its hearing on the budget.', 'The governor', 'the proposal'],
    ['"because" and a pronoun', 'The union welcomed the ruling because it ended a long dispute.', 'The union', 'the ruling'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a reported clause keeps its "because"', 'The minister said the plan failed because the money ran out.', 'The minister', 'the plan failed because the money ran out'],
    ['a frame that takes "as"', 'The senator described the bill as a disgrace to the chamber.', 'The senator', 'the bill as a disgrace to the chamber'],
    ['"as soon as"', 'The council rejected the appeal as soon as it was filed.', 'The council', 'the appeal as soon as it was filed'],
  ])('keeps: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });
});

describe('a negated cue inside a complement', () => {
  it.each([
    ['"cannot comment"', 'The campaign chairman said he cannot comment on the letter because he has not seen it.', 'The campaign chairman', 'he cannot comment on the letter because he has not seen it'],
    ['"did not say"', 'The mayor said she did not say the pool would close.', 'The mayor', 'she did not say the pool would close'],
  ])('belongs to the complement: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it('still ends the complement after a comma and a coordinator', () => {
    expect(pairs('The mayor said the pool would reopen, but she did not say when.')).toEqual([['The mayor', 'the pool would reopen']]);
  });
});

describe('a required "that" after an adjunct', () => {
  it.each([
    ['"decided on Wednesday that"', 'The board decided on Wednesday that the party will make an offer to its rival.', 'The board', 'the party will make an offer to its rival'],
    ['"agreed on Monday that"', 'Ministers agreed on Monday that patrols would be pooled.', 'Ministers', 'patrols would be pooled'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it('a decision with no "that" reports nothing', () => {
    expect(pairs('The board decided to sell the firm.')).toEqual([]);
  });
});
