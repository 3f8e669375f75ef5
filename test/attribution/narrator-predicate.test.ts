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

/**
 * After an object or a judgement with no verb of its own, "and" and a past-tense verb are a second act of the cue's
 * subject ("called the ruling “a disgrace” and voted to overturn it"): the reported words end before "and".
 */
describe('a past-tense predicate of the speaker after an object', () => {
  it.each([
    ['a judgement in marks', 'The senator called the ruling “a disgrace” and voted to overturn it.', 'the ruling “a disgrace”'],
    ['a judgement noun', 'The union called the offer an insult and walked out of the talks.', 'the offer an insult'],
    ['a position object', 'The governor rejected the proposal and vetoed the bill on Friday.', 'the proposal'],
    ['an object before a second act', 'The council condemned the attack and offered help to the families.', 'the attack'],
    ['"has been" and a noun phrase', 'Senator Ruiz has not endorsed the governor and has been a pointed critic of his style.', 'the governor'],
    ['a be-form and a noun phrase', 'The mayor praised the deal and is a longtime ally of the firm.', 'the deal'],
  ])('%s', (_name, text, quote) => {
    expect(pairs(text)[0]![1]).toBe(quote);
  });

  it.each([
    ['a second act', 'The mayor backed the plan, and voted for it on Monday.', 'the plan'],
    ['a refusal', 'The mayor backed the plan, but declined to say how it would be paid for.', 'the plan'],
    ['a copula', 'The mayor backed the plan, and was critical of the delays.', 'the plan'],
    ['a clause with a subject of its own', 'The mayor backed the plan, and the council voted for it.', 'the plan'],
  ])('after a comma, the object stands and the rest is the narrator\'s: %s', (_name, text, quote) => {
    expect(pairs(text)).toEqual([['The mayor', quote]]);
  });

  it('a that-clause goes on past a comma and a clause with a subject of its own', () => {
    expect(pairs('The mayor said the plan would work, and the council would pay for it.')).toEqual([['The mayor', 'the plan would work, and the council would pay for it']]);
  });

  it.each([
    ['a reported clause with its own verb', 'The senator said the levy would fail and doubled the deficit.', 'the levy would fail and doubled the deficit'],
    ['a pair of adjectives', 'The senator called the plan costly and rushed.', 'the plan costly and rushed'],
    ['a past form that ends the sentence', 'Critics called the vote a sham and rigged.', 'the vote a sham and rigged'],
  ])('stays inside: %s', (_name, text, quote) => {
    expect(pairs(text).map(([, q]) => q)).toContain(quote);
  });
});

/** Where the narrator's words begin after an object that holds no clause of its own. */
describe('the narrator after an object', () => {
  it.each([
    ['a negated tensed predicate', 'Senator Ruiz backs the tax but is not campaigning for it.', 'Senator Ruiz', 'the tax'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a position', 'The governor, who opposes the levy, vetoed the bill on Friday.', [['The governor', 'the levy']]],
    ['a position, then a report after it', 'The governor, who opposes the levy, vetoed the bill because she said it was unlawful.', [['The governor', 'the levy'], ['she', 'it was unlawful']]],
    ['a welcome with its occasion', 'The president, who welcomed the leaders to a dinner, held talks on Friday.', [['The president', 'the leaders to a dinner']]],
  ])('a relative clause ends where the verb of its noun resumes: %s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it.each([
    ['a second -ing verb', 'The mayor spoke on Monday, urging voters to stay calm and promising to rebuild the bridge.', 'The mayor', 'voters to stay calm'],
    ['a second cue', 'The mayor spoke, calling for new elections and asking residents to stay home.', 'The mayor', 'new elections'],
  ])('a participle coordinated with the cue is another act: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)[0]).toEqual([speaker, quote]);
  });

  it('keeps an -ing verb after a finite verb in the reported clause', () => {
    expect(pairs('The mayor spoke, saying the city was spending and borrowing too much.')).toEqual([['The mayor', 'the city was spending and borrowing too much']]);
  });
});

/** A cue whose object is the noun its clause hangs on reports nothing after it: the main clause goes on there. */
describe('a cue with its object moved to the noun before it', () => {
  it.each([
    ['a dash, then the main verb', 'Her turn against the pact - a deal she once supported - makes sense for her.'],
    ['an adjunct of time and a comma', 'The rule, which the board first proposed last July, drew a flood of comments.'],
    ['an infinitive with no object', 'The divides he promised to bridge have only grown deeper.'],
    ['the main verb right after the cue', 'The pact she supported makes sense for her.'],
    ['"that" as the object', 'In fact, Senator Ruiz proposed just that in 2013.'],
  ])('%s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });

  it.each([
    ['a participle before its noun', 'The union called for increased spending on schools.', [['The union', 'increased spending on schools']]],
    ['a report set off by commas inside its clause', 'The plan, a source said, is to reprint the editorial.', [['a source', 'The plan | is to reprint the editorial']]],
    ['a noun the tagger may read as a verb', 'The mayor said costs would rise.', [['The mayor', 'costs would rise']]],
  ])('still a claim: %s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('still a claim: a participle that opens an adjunct after the time', () => {
    expect(pairs('The paper reported on Monday, based on the count, that the race was over.').map(([speaker]) => speaker)).toEqual(['The paper']);
  });
});

/** A noun described by a participle ("a statement provided to …") leaves its prepositional phrase an adjunct. */
describe('a participle after the noun of an adjunct', () => {
  it.each([
    ['"provided to"', 'The group said in a statement provided to the paper.'],
    ['"published on"', 'The mayor said in an interview published on Sunday.'],
  ])('the adjunct alone is no claim: %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });

  it('a "that" after such an adjunct opens the reported clause', () => {
    expect(pairs('The mayor said in a statement provided to the paper that he would resign.')).toEqual([['The mayor', 'he would resign']]);
  });

  it.each([
    ['a bare plural', 'The mayor said in Paris prices rose in May.', 'in Paris prices rose in May'],
    ['a noun phrase of its own', 'The mayor said in Paris the prices rose in May.', 'in Paris the prices rose in May'],
  ])('a verb after a subject stays a clause: %s', (_name, text, quote) => {
    expect(pairs(text)).toEqual([['The mayor', quote]]);
  });
});
