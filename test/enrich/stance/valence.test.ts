import { describe, expect, it } from 'vitest';
import { checkStances as check, stanceOf } from './helpers.js';
import { aid, escort, levy, sanctions, tradeDeal, truce } from './topics.js';

describe('published-lexicon words that judge the topic', () => {
  check([
    // attributive, in the topic's noun phrase
    ['The opposition leader said the terrible sugar tax would hit families.', 'the terrible sugar tax would hit families', 'said', levy, 'oppose'],
    // predicate after a linking verb
    ['"The escort mission is a dangerous gamble," the senator said.', 'The escort mission is a dangerous gamble', 'said', escort, 'oppose'],
    ['The minister said the trade deal was a victory for farmers.', 'the trade deal was a victory for farmers', 'said', tradeDeal, 'support'],
    ['"A soda levy would be a welcome step," the doctor said.', 'A soda levy would be a welcome step', 'said', levy, 'support'],
    ['Analysts said the truce has obvious advantages for both sides.', 'the truce has obvious advantages for both sides', 'said', truce, 'support'],
    // the speaker's own verb on the topic
    ['"We strongly regret the trade deal," the union said.', 'We strongly regret the trade deal', 'said', tradeDeal, 'oppose'],
    // the speaker's verb reaches through its whole object; in reported speech the speaker is the pronoun opening it
    ['The union said it deeply regrets any decision likely to extend the trade deal.', 'it deeply regrets any decision likely to extend the trade deal', 'said', tradeDeal, 'oppose'],
    ['"We deplore every move that would prolong the escort mission," the senator said.', 'We deplore every move that would prolong the escort mission', 'said', escort, 'oppose'],
    ['The mediator said she appreciated the efforts of both sides to keep the truce.', 'she appreciated the efforts of both sides to keep the truce', 'said', truce, 'support'],
    ['The farm lobby said they admire what the new trade deal does for exporters.', 'they admire what the new trade deal does for exporters', 'said', tradeDeal, 'support'],
    // the topic's own verb
    ['The governor said the trade deal will hurt small farms.', 'the trade deal will hurt small farms', 'said', tradeDeal, 'oppose'],
    ['"The truce will help thousands of families," the mediator said.', 'The truce will help thousands of families', 'said', truce, 'support'],
    // extraposed subject
    ['The envoy said it was important that the truce holds.', 'it was important that the truce holds', 'said', truce, 'support'],
  ]);
});

describe('negation, shifters and hedges around a rated word', () => {
  check([
    ['"The trade deal is not a good one," the senator said.', 'The trade deal is not a good one', 'said', tradeDeal, 'oppose'],
    ['The minister said the escort mission would not be dangerous.', 'the escort mission would not be dangerous', 'said', escort, 'support'],
    ['"The truce will end the killing," the mediator said.', 'The truce will end the killing', 'said', truce, 'support'],
    ['The envoy said the warships could prevent a disaster in the strait.', 'the warships could prevent a disaster in the strait', 'said', escort, 'support'],
    ['She said a sugar tax may be a mistake.', 'a sugar tax may be a mistake', 'said', levy, 'oppose'],
  ]);
});

describe('rated words that do not judge the topic', () => {
  check([
    ['The ministry said it had destroyed two frigates overnight.', 'it had destroyed two frigates overnight', 'said', escort, 'neutral'],
    ['The minister said warships would sail through the dangerous strait.', 'warships would sail through the dangerous strait', 'said', escort, 'neutral'],
    ['"The war is terrible, and we will talk about the truce tomorrow," the envoy said.', 'The war is terrible, and we will talk about the truce tomorrow', 'said', truce, 'neutral'],
    ['The minister stressed that the trade deal would be signed in May.', 'the trade deal would be signed in May', 'stressed', tradeDeal, 'neutral'],
    ['The doctor said the sugar tax would apply to drinks sold in great numbers.', 'the sugar tax would apply to drinks sold in great numbers', 'said', levy, 'neutral'],
    ['"It was a terrible storm," the admiral said of the frigates\' voyage.', 'It was a terrible storm', 'said', escort, 'neutral'],
    // the subject of a verb on the topic is no attribute of it
    ['The minister said rebels attacked the frigates overnight.', 'rebels attacked the frigates overnight', 'said', escort, 'neutral'],
    ['The envoy said criminals seized weapons at the port.', 'criminals seized weapons at the port', 'said', aid, 'neutral'],
    // a rated verb of someone other than the speaker
    ['The minister said exporters deplore the trade deal.', 'exporters deplore the trade deal', 'said', tradeDeal, 'neutral'],
    ['The minister said farmers, who hate the trade deal, would protest on Monday.', 'farmers, who hate the trade deal, would protest on Monday', 'said', tradeDeal, 'neutral'],
    ['The admiral said the sailors said they appreciated the escort mission.', 'the sailors said they appreciated the escort mission', 'said', escort, 'neutral'],
  ]);
});

describe('the reason names the lexicon entry', () => {
  it('cites AFINN-165 with the rating and the negation', () => {
    const draft = stanceOf('"The trade deal is not a good one," the senator said.', 'The trade deal is not a good one', 'said', tradeDeal);
    expect(draft.stanceReason.summary).toContain('"good" (AFINN-165 +3, negated)');
    expect(draft.stanceReason.cues).toEqual([expect.objectContaining({ text: 'good', polarity: 'oppose', negated: true })]);
  });
});

describe('derived forms the published list leaves out take their base word\'s rating', () => {
  check([
    ['"The escort mission is deeply problematic," the senator said.', 'The escort mission is deeply problematic', 'said', escort, 'oppose'],
    ['The senator said the sugar tax was recklessly drafted.', 'the sugar tax was recklessly drafted', 'said', levy, 'oppose'],
    ['"The trade deal is not problematic at all," the minister said.', 'The trade deal is not problematic at all', 'said', tradeDeal, 'support'],
    // a base word too short to be a stem, or a derived word with no rated base
    ['The minister said the truce was only partly observed.', 'the truce was only partly observed', 'said', truce, 'neutral'],
    ['The envoy said the truce was systematic.', 'the truce was systematic', 'said', truce, 'neutral'],
  ]);

  it('cites the base word the rating comes from', () => {
    const draft = stanceOf('"The escort mission is deeply problematic," the senator said.', 'The escort mission is deeply problematic', 'said', escort);
    expect(draft.stanceReason.summary).toContain('"problem" (AFINN-165 -2)');
  });
});

describe('what follows "as" describes the thing before it', () => {
  check([
    ['The farmers said the trade deal would enter the record books as a disaster.', 'the trade deal would enter the record books as a disaster', 'said', tradeDeal, 'oppose'],
    ['"We see the escort mission as a welcome signal," the minister said.', 'We see the escort mission as a welcome signal', 'said', escort, 'support'],
    ['The economist said the sugar tax will be remembered as a costly failure.', 'the sugar tax will be remembered as a costly failure', 'said', levy, 'oppose'],
    ['The envoy said the truce was hailed by villagers as a great relief.', 'the truce was hailed by villagers as a great relief', 'said', truce, 'support'],
    // "as" in a fixed phrase describes nothing
    ['The minister said the weapons would arrive as soon as the worst storms passed.', 'the weapons would arrive as soon as the worst storms passed', 'said', aid, 'neutral'],
    ['The admiral said the frigates would sail as part of a bad-weather drill.', 'the frigates would sail as part of a bad-weather drill', 'said', escort, 'neutral'],
  ]);
});

describe('what a naming verb calls the topic, and "it" in a quote said of the topic', () => {
  check([
    ['The envoy called the escort mission a sad day for the region.', 'the escort mission a sad day for the region', 'called', escort, 'oppose'],
    ['The farmers branded the trade deal a disgrace.', 'the trade deal a disgrace', 'branded', tradeDeal, 'oppose'],
    ['The doctors deemed the sugar tax a great success.', 'the sugar tax a great success', 'deemed', levy, 'support'],
    ['"It is a sad day for the strait," the envoy said of the escort mission.', 'It is a sad day for the strait', 'said', escort, 'oppose'],
    ['"This is a great day for children," the doctor said of the sugar tax.', 'This is a great day for children', 'said', levy, 'support'],
    // named inside the quote, "it" may be anything else
    ['"The sugar tax starts today; it is a sad day for my cousin," the shopkeeper said.', 'The sugar tax starts today; it is a sad day for my cousin', 'said', levy, 'neutral'],
  ]);
});

describe('"that" opening a clause is no stand-in for the topic', () => {
  const text = 'The ministry imposed new sanctions on Tehran. ';
  it.each([
    [`${text}"We believe that our farmers are capable of great things," the senator said.`, 'We believe that our farmers are capable of great things', 'neutral'],
    [`${text}"They know that their economy is weak," the senator said.`, 'They know that their economy is weak', 'neutral'],
    // A pronoun subject still stands for the act named before.
    [`${text}"It is a great relief that we are capable of it," the senator said.`, 'It is a great relief that we are capable of it', 'support'],
    [`${text}"It would be a terrible mistake," the senator said.`, 'It would be a terrible mistake', 'oppose'],
  ] as const)('%s', (text, quote, expected) => {
    const draft = stanceOf(text, quote, 'said', sanctions);
    expect(draft.stance, draft.stanceReason.summary).toBe(expected);
  });
});
