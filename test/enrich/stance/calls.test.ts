import { describe } from 'vitest';
import { checkStances as check } from './helpers.js';
import { sanctions, tradeDeal, truce } from './topics.js';

describe('a call for an act against the topic is the caller objecting', () => {
  check([
    ['The senator urged lawmakers to reject the trade deal.', 'lawmakers to reject the trade deal', 'urged', tradeDeal, 'oppose'],
    ['The union called for a vote to block the trade agreement.', 'a vote to block the trade agreement', 'called for', tradeDeal, 'oppose'],
    ['The envoy demanded that the council veto the export ban.', 'that the council veto the export ban', 'demanded', sanctions, 'oppose'],
    ['Farm groups pressed for a motion to condemn the truce.', 'a motion to condemn the truce', 'pressed for', truce, 'oppose'],
    ['The senator called for a vote to challenge the trade deal.', 'a vote to challenge the trade deal', 'called for', tradeDeal, 'oppose'],
    ['"We will move to challenge the trade agreement in court," the union leader said.', 'We will move to challenge the trade agreement in court', 'said', tradeDeal, 'oppose'],
    // "challenge" as a noun is a difficulty, no objection.
    ['The minister said the trade deal was a challenge for exporters.', 'the trade deal was a challenge for exporters', 'said', tradeDeal, 'neutral'],
    // A call for the act itself, a call denied, and an act on something else stay as they were.
    ['The senator urged lawmakers to sign the trade deal.', 'lawmakers to sign the trade deal', 'urged', tradeDeal, 'support'],
    ['The senator urged lawmakers not to reject the trade deal.', 'lawmakers not to reject the trade deal', 'urged', tradeDeal, 'support'],
    ['The minister urged lawmakers to resist pressure and ratify the trade agreement.', 'lawmakers to resist pressure and ratify the trade agreement', 'urged', tradeDeal, 'support'],
  ]);
});
