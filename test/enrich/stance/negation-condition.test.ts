import { describe } from 'vitest';
import { checkStances as check } from './helpers.js';
import { aid, climate, escort, sanctions, tradeDeal, truce } from './topics.js';

describe('negation', () => {
  check([
    ['Hungary is not ready to back new sanctions, the minister said.', 'Hungary is not ready to back new sanctions', 'said', sanctions, 'oppose'],
    ['Poland will not send weapons to the region, the president said.', 'Poland will not send weapons to the region', 'said', aid, 'oppose'],
    ['The cabinet has no plans to join the climate accord, a spokesman said.', 'The cabinet has no plans to join the climate accord', 'said', climate, 'oppose'],
    ['Sweden did not rule out joining the embargo.', 'joining the embargo', 'rule out', sanctions, 'neutral'],
    ['Sweden did not rule out joining the embargo if the UN backed it.', 'joining the embargo if the UN backed it', 'rule out', sanctions, 'conditional'],
    ['The minister said fears that the trade deal would hurt farmers were unfounded.', 'fears that the trade deal would hurt farmers were unfounded', 'said', tradeDeal, 'support'],
    ['The minister dismissed concerns about the carbon tax.', 'concerns about the carbon tax', 'dismissed', climate, 'support'],
    ['The party has no objection to the truce, its leader said.', 'The party has no objection to the truce', 'said', truce, 'support'],
    ['Arms deliveries are not needed, the premier said.', 'Arms deliveries are not needed', 'said', aid, 'oppose'],
  ]);
});

describe('reversal verbs', () => {
  check([
    ['The senator called for lifting the sanctions.', 'lifting the sanctions', 'called for', sanctions, 'oppose'],
    ['Rome wants to ease the sanctions, the minister said.', 'Rome wants to ease the sanctions', 'said', sanctions, 'oppose'],
    ['The country will withdraw from the climate accord, the president said.', 'The country will withdraw from the climate accord', 'said', climate, 'oppose'],
    ['Vienna opposes lifting the embargo, the chancellor said.', 'Vienna opposes lifting the embargo', 'said', sanctions, 'support'],
  ]);
});

describe('conditions', () => {
  check([
    ['Turkey would join the sanctions only if the Security Council approved them, the minister said.', 'Turkey would join the sanctions only if the Security Council approved them', 'said', sanctions, 'conditional'],
    ['Mexico supports the trade deal in principle, the minister said.', 'Mexico supports the trade deal in principle', 'said', tradeDeal, 'conditional'],
    ['Ireland would back the truce subject to a parliamentary vote, the premier said.', 'Ireland would back the truce subject to a parliamentary vote', 'said', truce, 'conditional'],
    ['Should the talks collapse, Spain is ready to impose sanctions, the minister said.', 'Should the talks collapse, Spain is ready to impose sanctions', 'said', sanctions, 'conditional'],
    ['Portugal will contribute weapons after a peace agreement, the defence minister said.', 'Portugal will contribute weapons after a peace agreement', 'said', aid, 'conditional'],
    ['Chile will not send weapons before a peace agreement, the defence minister said.', 'Chile will not send weapons before a peace agreement', 'said', aid, 'conditional'],
    ['No weapons will be delivered until a truce is signed, the minister said.', 'No weapons will be delivered until a truce is signed', 'said', aid, 'conditional'],
    ['Weapons could be delivered in the event of a peace agreement, the minister said.', 'Weapons could be delivered in the event of a peace agreement', 'said', aid, 'conditional'],
    ['Japan is prepared to provide military aid provided that a mandate is agreed, the minister said.', 'Japan is prepared to provide military aid provided that a mandate is agreed', 'said', aid, 'conditional'],
    ['Greece will not ratify the climate accord unless Washington joins it, the minister said.', 'Greece will not ratify the climate accord unless Washington joins it', 'said', climate, 'conditional'],
  ]);

  check([
    // A condition about the topic itself is its circumstance, not a condition on the speaker's position.
    ['Weapons, once delivered, will be stored in depots, the general said.', 'Weapons, once delivered, will be stored in depots', 'said', aid, 'neutral'],
    // An objection stays an objection when it names its scenario.
    ['The ministry warned of retaliation if the sanctions were extended.', 'retaliation if the sanctions were extended', 'warned of', sanctions, 'oppose'],
    ['Any arms deliveries without a parliamentary mandate would be illegal, the court said.', 'Any arms deliveries without a parliamentary mandate would be illegal', 'said', aid, 'oppose'],
  ]);

  // "not … without X" asks for X: the refusal waits for it.
  check([
    ['Poland could not send weapons without air cover from allies, the minister said.', 'Poland could not send weapons without air cover from allies', 'said', aid, 'conditional'],
    ['Greece will not ratify the climate accord without changes to the text, the minister said.', 'Greece will not ratify the climate accord without changes to the text', 'said', climate, 'conditional'],
    ["Austria won't join the sanctions without a common European position, the chancellor said.", "Austria won't join the sanctions without a common European position", 'said', sanctions, 'conditional'],
  ]);

  check([
    // With no negation before it, "without" sets no condition.
    ['Norway backed the trade deal without hesitation, the minister said.', 'Norway backed the trade deal without hesitation', 'said', tradeDeal, 'support'],
    ['Hungary rejected the sanctions without debate, the minister said.', 'Hungary rejected the sanctions without debate', 'said', sanctions, 'oppose'],
    // A negation in another clause does not reach it.
    ['Poland will not send weapons, and it acted without consulting allies, the president said.', 'Poland will not send weapons, and it acted without consulting allies', 'said', aid, 'oppose'],
  ]);
});

describe('hedges', () => {
  check([
    ['Chile could possibly back the trade deal, an aide said.', 'Chile could possibly back the trade deal', 'said', tradeDeal, 'neutral'],
    ['Chile could back the trade deal if farmers are compensated, an aide said.', 'Chile could back the trade deal if farmers are compensated', 'said', tradeDeal, 'conditional'],
  ]);
});

describe('a negation that denies only a minimum takes no position back', () => {
  check([
    ['"The trade deal is not just good for farmers, it is good for everyone," the minister said.', 'The trade deal is not just good for farmers, it is good for everyone', 'said', tradeDeal, 'support'],
    ['"We don\'t need just two or three frigates," the admiral said.', "We don't need just two or three frigates", 'said', escort, 'support'],
    ['The senator said Europe did not want merely a token naval presence.', 'Europe did not want merely a token naval presence', 'said', escort, 'support'],
    ['"We support not only the sanctions but a full embargo," the envoy said.', 'We support not only the sanctions but a full embargo', 'said', sanctions, 'support'],
    // a plain negation, and "just" as a word of time, still deny
    ['"We don\'t need frigates," the admiral said.', "We don't need frigates", 'said', escort, 'oppose'],
    ['"We are not ready to send frigates just yet," the admiral said.', 'We are not ready to send frigates just yet', 'said', escort, 'oppose'],
    ['"The trade deal is not good for farmers," the minister said.', 'The trade deal is not good for farmers', 'said', tradeDeal, 'oppose'],
  ]);
});
