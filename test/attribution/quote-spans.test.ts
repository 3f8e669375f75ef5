import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { attribute } from './helpers.js';

/** A quotation opened inside a reported clause is one statement: the sentence's end does not cut it. */
describe('a quote that runs on to its closing mark', () => {
  it.each([
    ['a whole quotation after a second verb', 'The coach named nobody but told his players, “we are in deep trouble. Why fight each other when the league is at stake?”', 'we are in deep trouble. Why fight each other when the league is at stake?', 'direct'],
    ['after "that"', 'The mayor said that “the city is broke. We cannot pay for another stadium and we will not.”', 'the city is broke. We cannot pay for another stadium and we will not.', 'direct'],
    ['a reported clause that opens a quotation', 'The union argued the offer “falls short. It ignores the night shifts entirely.”', 'the offer “falls short. It ignores the night shifts entirely.”', 'mixed'],
    ['an advert that argues', 'One campaign advert argues that “only the senator can win the county. The math is simple. Nobody else comes close.”', 'only the senator can win the county. The math is simple. Nobody else comes close.', 'direct'],
    ['three sentences, straight marks', 'The farmer said that "prices have collapsed. We sell at a loss. Nobody in the capital listens."', 'prices have collapsed. We sell at a loss. Nobody in the capital listens.', 'direct'],
    ['an exclamation inside', 'The chair warned that “enough is enough! We will strike on Monday.”', 'enough is enough! We will strike on Monday.', 'direct'],
    ['a quoted fragment that runs on', 'The senator added that she alone has spent her life “fighting for the farms. I will not stop now.”', 'she alone has spent her life “fighting for the farms. I will not stop now.”', 'mixed'],
  ])('%s', (_name, text, quote, type) => {
    const found = attribute(text);
    expect(found.map((f) => [f.quote, f.type])).toEqual([[quote, type]]);
  });

  it.each([
    ['a quotation closed in its sentence', 'The mayor said the city is “broke” this year. “Nobody pays,” a clerk said.', 'the city is “broke” this year'],
    ['a quotation of the next paragraph is not reached', 'The mayor said that the city is broke.\n“We cannot pay,” a clerk said.', 'the city is broke'],
  ])('stays in its sentence: %s', (_name, text, quote) => {
    expect(attribute(text)[0]?.quote).toBe(quote);
  });

  it('names the rule in the claim’s rules', () => {
    const [claim] = extractClaims('The coach named nobody but told his players, “we are in deep trouble. Why fight each other?”').claims;
    expect(claim?.rules).toContain('attribution/span:quotation-runs-on');
    expect(claim?.quote).toBe('we are in deep trouble. Why fight each other?');
  });
});

/** `…, X said. "B."`: a quotation sentence with no speaker of its own goes on with the words of the tail's speaker. */
describe('a quotation after a tail attribution', () => {
  it.each([
    ['after a mixed quote', 'The summit achieved “too little,” the minister added on the radio. “Without changing course, the bloc risks a great deal.”', 'The summit achieved “too little,” | Without changing course, the bloc risks a great deal'],
    ['after reported words', 'The plan may stall while the envoy talks with the rebels, Rivera said. “The other factor is the budget. Nobody wants to pay for it.”', 'The plan may stall while the envoy talks with the rebels | The other factor is the budget. Nobody wants to pay for it'],
    ['a tail that names the speaker after the verb', 'Rents are “out of reach,” says shelter director Ada Molina. “We see families sleeping in cars.”', 'Rents are “out of reach,” | We see families sleeping in cars'],
    ['straight marks', 'Turnout was "far below" the target, the clerk said. "We expected twice as many."', 'Turnout was "far below" the target | We expected twice as many'],
  ])('%s', (_name, text, quote) => {
    const found = attribute(text);
    expect(found.map((f) => f.quote)).toEqual([quote]);
  });

  it.each([
    ['the quotation has its own speaker', 'Prices will rise this winter, the minister said. “We cannot stop it,” a trader replied.', ['Prices will rise this winter', 'We cannot stop it']],
    ['narration follows', 'The strike is “a disgrace,” the mayor said. He left soon after.', ['The strike is “a disgrace,”']],
    ['the quotation is in the next paragraph', 'The strike is “a disgrace,” the mayor said.\nThe union replied within the hour.', ['The strike is “a disgrace,”']],
    ['the tail goes on with a clause', 'The plan will fail, the mayor said, adding that nobody asked her. “It is a mess.”', ['The plan will fail']],
  ])('not joined: %s', (_name, text, quotes) => {
    expect(attribute(text).map((f) => f.quote).slice(0, quotes.length)).toEqual(quotes);
  });

  it('names the rule in the claim’s rules', () => {
    const [claim] = extractClaims('Turnout was "far below" the target, the clerk said. "We expected twice as many."').claims;
    expect(claim?.rules).toContain('attribution/span:quotation-after-tail');
  });
});

/** `X said “Q” and the rest of the clause`: a quotation that the reported clause goes on past is a fragment of it. */
describe('a quoted fragment inside a reported clause', () => {
  it.each([
    ['a clause of time after it', 'The coach said “it makes me furious” every time he sees the replay.', '“it makes me furious” every time he sees the replay'],
    ['a coordinated subject', 'The minister said “higher fees” and a new levy would pay for the bridge.', '“higher fees” and a new levy would pay for the bridge'],
    ['a predicate after it', 'The auditors said “every source” points to the same missing ledger.', '“every source” points to the same missing ledger'],
    ['a phrase that finishes the thought', 'The rector said “there is hope” in the valley after the floods.', '“there is hope” in the valley after the floods'],
  ])('%s', (_name, text, quote) => {
    expect(attribute(text).map((f) => [f.quote, f.type])).toEqual([[quote, 'mixed']]);
  });

  it.each([
    ['a whole quotation', 'The mayor said “the budget is balanced.”', 'the budget is balanced'],
    ['only the day after it', 'The mayor said “we will win” on Monday.', 'we will win'],
    ['a question', 'The driver shouted “What curfew?” and kept going until dawn.', 'What curfew?'],
    ['set off by a comma', 'The mayor said, “the budget is balanced,” before leaving the hall.', 'the budget is balanced'],
  ])('a direct quote: %s', (_name, text, quote) => {
    const [found] = attribute(text);
    expect([found?.quote, found?.type]).toEqual([quote, 'direct']);
  });
});

it('a clause that opens with a quoted fragment names its rule', () => {
  const [claim] = extractClaims('The coach said “it makes me furious” every time he sees the replay.').claims;
  expect(claim?.rules).toContain('attribution/span:quoted-fragment');
});

/** Where the narrator takes the sentence back after a reported object or clause. */
describe('the narrator’s words after the reported ones', () => {
  it.each([
    ['a description of a name that closes the clause', 'The mayor did not suggest it would be Ortega, who leads the race by ten points.', 'it would be Ortega', 'attribution/boundary:relative-after-name'],
    ['"which" after a named plan', 'The union praised the deal with Harlow Mills, which employs four hundred people in the valley.', 'the deal with Harlow Mills', 'attribution/boundary:relative-after-name'],
    ['"even though" after an object', 'The coach considers himself an outsider even though he has lived here for decades.', 'himself an outsider', 'attribution/boundary:narrator-subordinate'],
    ['a comma before "even though"', 'The council openly called for the closure of the plant, even though it was clear that jobs would go.', 'the closure of the plant', 'attribution/boundary:narrator-subordinate'],
    ['a comma before "although"', 'The governor endorsed the new levy, although she had opposed it for years.', 'the new levy', 'attribution/boundary:narrator-subordinate'],
  ])('%s', (_name, text, quote, rule) => {
    const [claim] = extractClaims(text).claims;
    expect(claim?.quote).toBe(quote);
    expect(claim?.rules).toContain(rule);
  });

  it.each([
    ['a name that is the reported subject', 'The minister said that Ortega, who ran in 2012, will win easily.', 'Ortega, who ran in 2012, will win easily'],
    ['a set-off relative clause inside the reported one', 'The minister said Ortega, who ran in 2012, would win easily.', 'Ortega, who ran in 2012, would win easily'],
    ['a reported clause keeps its own subordinate clause', 'The analyst said prices rose as demand fell across the region.', 'prices rose as demand fell across the region'],
  ])('stays whole: %s', (_name, text, quote) => {
    expect(extractClaims(text).claims[0]?.quote).toBe(quote);
  });
});

/** The occasion or the day of an act after its object is the narrator's, not part of what the speaker stood for. */
describe('an occasion after a reported object', () => {
  it.each([
    ['a conference call', 'The union endorsed the governor during a conference call with members.', 'the governor'],
    ['a weekday', 'The former senator backed the mayor on Thursday.', 'the mayor'],
    ['a speech and a place', 'The pastor praised the volunteers in a speech at the town hall.', 'the volunteers'],
    ['a rally', 'The farmers group endorsed the levy at a rally in the capital.', 'the levy'],
    ['interviews', 'The treasurer criticized the budget in interviews last month.', 'the budget'],
    ['a month', 'The council rejected the harbour proposal in March.', 'the harbour proposal'],
    ['a debate, then a comma', 'The challenger denounced her rival as a fraud during the second debate, with jabs at his record.', 'her rival as a fraud'],
    ['a long object and a statement', 'The principal called for more money for school repairs in a statement on Friday.', 'more money for school repairs'],
    ['a short object', 'The treasurer stressed those risks on Sunday at a forum in Accra.', 'those risks'],
    ['a pronoun object', 'The coach backed him at a rally in the port.', 'him'],
    ['a period after "last"', 'The governor backed that plan last week.', 'that plan'],
    ['a bare weekday', 'The mayor praised the crews Monday.', 'the crews'],
    ['a relative time word before the day', 'The league confirmed no injuries late Monday.', 'no injuries'],
    ['"later this month"', 'The union rejected the offer later this month.', 'the offer'],
    ['a period after a preposition of time', 'The senator endorsed the mayor in recent days.', 'the mayor'],
    ['an appearance', 'The minister explained her reasoning in an appearance on a morning show.', 'her reasoning'],
  ])('%s', (_name, text, quote) => {
    const [claim] = extractClaims(text).claims;
    expect(claim?.quote).toBe(quote);
    expect(claim?.rules).toContain('attribution/boundary:object-occasion');
  });

  it.each([
    ['a preposition that belongs to the object', 'The minister warned of higher prices on imported fuel.', 'higher prices on imported fuel'],
    ['a day that owns the next noun', 'The panel criticized the rules on Wednesday\'s vote.', 'the rules on Wednesday\'s vote'],
    ['a reported clause keeps its time', 'The envoy said the deal would collapse during the talks.', 'the deal would collapse during the talks'],
    ['a phrase with no occasion', 'The board warned of risks during the transition to new software.', 'risks during the transition to new software'],
    ['an act named by a gerund keeps its date', 'The manager ruled out hiring a second keeper in June.', 'hiring a second keeper in June'],
    ['a frame that goes on past the object', 'The court deemed the raid on the office in April unlawful.', 'the raid on the office in April unlawful'],
    ['a quotation after the day', 'The critic called the remarks on Friday "a warning to every tenant in town."', 'the remarks on Friday "a warning to every tenant in town."'],
    ['a date after an article names a thing', 'The ministry denied any role in the May 4 bombing.', 'any role in the May 4 bombing'],
    ['a day that owns a noun after a period word', 'The poll called Ruiz the winner of Tuesday night’s debate.', 'Ruiz the winner of Tuesday night’s debate'],
    ['a weekday after a preposition', 'The board rejected the plan for Monday closures.', 'the plan for Monday closures'],
    ['a deadline the speaker asks for', 'The minister demanded an answer within a month.', 'an answer within a month'],
  ])('stays whole: %s', (_name, text, quote) => {
    expect(extractClaims(text).claims[0]?.quote).toBe(quote);
  });
});
