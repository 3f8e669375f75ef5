import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

/**
 * After a reported clause, a comma, a link and a tensed "have" or "be" with its verb go on with the speaker's own
 * story ("…, and has since voted …"): the reported words end at the comma.
 */
describe('a tensed predicate of the speaker after a complement', () => {
  it.each([
    ['"and has since"', 'The senator said the levy would fail, and has since voted against every draft of it.', 'the levy would fail'],
    ['"and had already"', 'The mayor said the pier was safe, and had already ordered repairs to its deck.', 'the pier was safe'],
    ['"but has"', 'The governor said fees would rise, but has refused to say by how much.', 'fees would rise'],
    ['"and is" with a passive', 'The minister said the budget was tight, and is expected to announce cuts next week.', 'the budget was tight'],
    ['"yet was"', 'The coach said the squad was ready, yet was seen arguing with two players.', 'the squad was ready'],
    ['"and have" after a plural', 'The farmers said the rules were unfair, and have blocked two roads in protest.', 'the rules were unfair'],
  ])('%s', (_name, text, quote) => {
    const found = pairs(text);
    expect(found[0]![1]).toBe(quote);
  });

  it.each([
    ['a verb phrase that shares the reported subject', 'The senator said the levy would fail and cost jobs.', 'the levy would fail and cost jobs'],
    ['a modal after the comma', 'The senator said the levy would fail, and would cost jobs.', 'the levy would fail, and would cost jobs'],
    ['a second "that" clause', 'The mayor said the plan would fail, and that it had cost jobs.', 'the plan would fail, and that it had cost jobs'],
    ['a coordinated subject', 'The mayor said the plan, and the money, had been wasted.', 'the plan, and the money, had been wasted'],
    ['"has" with no verb after it', 'The mayor said the town was poor, and has few jobs to offer.', 'the town was poor, and has few jobs to offer'],
  ])('stays inside: %s', (_name, text, quote) => {
    expect(pairs(text).map(([, q]) => q)).toContain(quote);
  });

  it('quoted words stay whole', () => {
    expect(pairs('The mayor said "the plan would fail, and has failed before."')).toEqual([['The mayor', 'the plan would fail, and has failed before']]);
  });
});
