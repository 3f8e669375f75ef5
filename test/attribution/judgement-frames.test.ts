import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

/** Verbs that pass a judgement on an object ("considers the report biased") and positions told as an image. */
describe('a judgement on an object', () => {
  it.each([
    ['called it, an adjective', 'The mayor called the charges baseless and cruel.', 'The mayor', 'the charges baseless and cruel'],
    ['considers, an adjective', 'The senator considers the audit biased.', 'The senator', 'the audit biased'],
    ['considered, a noun phrase', 'The minister considered the toll plan a mistake.', 'The minister', 'the toll plan a mistake'],
    ['deemed', 'The board deemed the merger unlawful.', 'The board', 'the merger unlawful'],
    ['an owner before the object', "The senator called the city's conduct “shameful.”", 'The senator', "the city's conduct “shameful.”"],
    ['an owner and a noun wink reads as a verb', "The mayor deemed the agency's report unfair.", 'The mayor', "the agency's report unfair"],
    ['view … as, a noun-tagged verb', 'Critics view the levy as a giveaway to landlords.', 'Critics', 'the levy as a giveaway to landlords'],
    ['sees … as', 'The governor sees the ruling as a win for the valley.', 'The governor', 'the ruling as a win for the valley'],
    ['regards … as', 'The mayor regards the offer as an insult.', 'The mayor', 'the offer as an insult'],
    ['opened the door to', 'The premier opened the door to a fuel levy.', 'The premier', 'a fuel levy'],
    ['closed the door on', 'The union closed the door on further talks.', 'The union', 'further talks'],
    ['referred to … as', 'A neighbour referred to him as “a gentle giant.”', 'A neighbour', 'him as “a gentle giant.”'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a time after the object', 'They called the election early.'],
    ['an adverb after the object', 'She called the police at once.'],
    ['a plain object', 'The committee will consider the proposal next week.'],
    ['"as" opening a clause', 'We see the harbour lights as we drive home.'],
    ['an adjective before a noun', 'He called the meeting short notice for everyone.'],
    ['a door opened', 'The guard opened the door to the hall.'],
    ['referring to someone, no "as"', 'The coach was referring to the founders.'],
  ])('no claim: %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });
});

describe('a semicolon ends a reported clause', () => {
  it.each([
    ['a pronoun subject after it', 'The senators said the timing was chance; they only learned of the deal on Friday.', 'The senators', 'the timing was chance'],
    ['a new subject after it', 'The board estimates that the levy would raise $2 million; the council puts the figure lower.', 'The board', 'the levy would raise $2 million'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a list after it', 'The mayor said the plan had three parts; taxes, fees and tolls.', 'The mayor', 'the plan had three parts; taxes, fees and tolls'],
    ['inside a quotation', 'The mayor said the plan was “late; it was also costly.”', 'The mayor', 'the plan was “late; it was also costly.”'],
  ])('keeps going: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });
});

describe('a second speaker read out of an object', () => {
  it.each([
    ['accused', 'Landlords said the council mishandled the audit and tenants accused the board of stalling.', [['Landlords', 'the council mishandled the audit'], ['tenants', 'the board of stalling']]],
    ['said', 'The police said they found the van and the driver said he was sorry.', [['The police', 'they found the van'], ['the driver', 'he was sorry']]],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it.each([
    ['a subject after a preposition', 'Kim Lee noted that towns like Arles and the coastal villages had already voted for it.', [['Kim Lee', 'towns like Arles and the coastal villages had already voted for it']]],
    ['objects with no verb after them', 'The mayor said she met the governor and the bishop on Monday.', [['The mayor', 'she met the governor and the bishop on Monday']]],
  ])('one claim: %s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

it('a coordinated subject right after the reporting verb stays one subject', () => {
  expect(pairs('The senator said the recent spate of floods and fires demands that towns plan ahead.')).toEqual([
    ['The senator', 'the recent spate of floods and fires demands that towns plan ahead'],
  ]);
});

describe('the object of a judgement, past what modifies it', () => {
  it.each([
    ['a prepositional phrase', 'The senator called her vote in favor of the war a mistake.', 'The senator', 'her vote in favor of the war a mistake'],
    ['a day after the object', 'The mayor called the remarks on Saturday “a wake-up call” for the city.', 'The mayor', 'the remarks on Saturday “a wake-up call” for the city'],
    ['a partitive "half of"', 'The candidate called half of the council “a pack of cowards.”', 'The candidate', 'half of the council “a pack of cowards.”'],
    ['a partitive "some of"', 'The coach called some of his players “lazy” after the game.', 'The coach', 'some of his players “lazy” after the game'],
    ['two phrases', 'The judge deemed the search of the house in May unlawful.', 'The judge', 'the search of the house in May unlawful'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a destination', 'The mayor called reporters to the office a day later.'],
    ['a span of time after the object', 'The mayor called the meeting for Monday a week ago.'],
    ['a manner', 'The mayor called the police in a panic.'],
    ['a partitive into a place', 'The mayor called most of the staff into the office.'],
  ])('no judgement: %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });

  it.each([
    ['"slammed … over"', 'The union slammed the ferry board over the new timetable.', [['The union', 'the ferry board over the new timetable']]],
    ['"blasts … over" in the present', 'The senator blasts the governor over her handling of the floods.', [['The senator', 'the governor over her handling of the floods']]],
    ['"attacked … over"', 'Farmers attacked the ministry over the water quotas.', [['Farmers', 'the ministry over the water quotas']]],
    ['a span of time after "over"', 'Storms attacked the coast over the weekend.', []],
    ['a span of time after "for"', 'Critics have attacked the plan for years.', []],
    ['"over and over"', 'The waves slammed the boats over and over.', []],
  ])('a verb of criticism names its issue after "over": %s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('a preposition of the frame itself is no modifier to step over', () => {
    expect(pairs('The ad slams the governor for raising taxes in 2019.')).toEqual([['The ad', 'the governor for raising taxes in 2019']]);
  });
});


describe('"called X Y": objects and judgements of more shapes', () => {
  it.each([
    ['a judgement opened by "the"', 'The coach calls the derby the “big dance.”', 'The coach', 'the derby the “big dance.”'],
    ['"the" and no quotation', 'Critics call the levy the price of a closed market.', 'Critics', 'the levy the price of a closed market'],
    ['an owner before a quoted judgement', 'She called the survey their “early warning” and said it was rarely wrong.', 'She', 'the survey their “early warning”'],
    ['a demonstrative for the object', 'The union calls this a plain breach of contract.', 'The union', 'this a plain breach of contract'],
    ['"this" and a relative clause', 'The union calls this a breach that no court would allow.', 'The union', 'this a breach that no court would allow'],
    ['"this past week" still dates a "that" clause', 'The mayor said this past week that the bridge would reopen.', 'The mayor', 'the bridge would reopen'],
    ['an apposition to a named object', 'At the time, Mr. Ortiz called Mr. Lenz, a former mine foreman, a shrewd and capable leader.', 'Mr. Ortiz', 'Mr. Lenz, a former mine foreman, a shrewd and capable leader'],
    ['an object with a "that" clause', 'Ms. Diaz called the claim that she had hidden the funds a “shameless smear.”', 'Ms. Diaz', 'the claim that she had hidden the funds a “shameless smear.”'],
    ['an object with a relative clause', 'The mayor called the fire that gutted the market “a tragedy for every family.”', 'The mayor', 'the fire that gutted the market “a tragedy for every family.”'],
    ['an object with a participle', 'The senator called those urging a strike “reckless.”', 'The senator', 'those urging a strike “reckless.”'],
    ['a wh-clause object', 'The judge called what she had seen “appalling.”', 'The judge', 'what she had seen “appalling.”'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toContainEqual([speaker, quote]);
  });

  it.each([
    ['a time after "the"', 'The mayor called the police the next morning.'],
    ['a quotation after a relative clause\'s own verb', 'The mayor called the man who shouted “fire” at the fair.'],
    ['a destination and an infinitive', 'The mayor called reporters into the office to read “the statement” aloud.'],
  ])('no judgement: %s', (_name, text) => {
    expect(pairs(text).filter(([speaker]) => speaker === 'The mayor')).toEqual([]);
  });

  it.each([
    ['a participle after it', 'The governor called the audit “a witch hunt,” pointing to its timing.', 'The governor', 'the audit “a witch hunt,”'],
    ['an apposition after it', 'The minister called the treaty a “new dawn,” a phrase she used often.', 'The minister', 'the treaty a “new dawn,”'],
  ])('a quoted judgement closed by a comma ends the claim: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)[0]).toEqual([speaker, quote]);
  });

  it('a list of quoted judgements goes on past the comma', () => {
    expect(pairs('The mayor called the plan “a mess,” “a fraud” and “a disgrace.”')).toEqual([['The mayor', 'the plan “a mess,” “a fraud” and “a disgrace.”']]);
  });

  it.each([
    ['a judgement', 'Ana Ruiz, who calls the mayor “a liar,” said she would run.', [['Ana Ruiz', 'the mayor “a liar,”'], ['Ana Ruiz', 'she would run']]],
    ['a reported clause', 'Tom Hale, who had said the vote was “rigged,” told reporters he would appeal.', [['Tom Hale', 'the vote was “rigged,”'], ['Tom Hale', 'he would appeal']]],
  ])('a relative clause that ends in a quotation, then the main verb: %s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it.each([
    ['a citation', 'Mr. Lee, citing “the magic of the brand,” said the firm could win in the north.', 'Mr. Lee', 'the firm could win in the north'],
    ['an apposition before it', 'Ana Ruiz, the chairwoman, quoting “a friend of the court,” said the case was weak.', 'Ana Ruiz, the chairwoman', 'the case was weak'],
  ])('a participle aside that ends in a quotation, then the main verb: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toContainEqual([speaker, quote]);
  });
});

/** Words of scorn or praise: the object they are aimed at, with the reason, is the speaker's judgement. */
describe('scorn and praise aimed at an object', () => {
  it.each([
    ['assailed … for', 'The senator assailed the governor for his handling of the floods.', 'The senator', 'the governor for his handling of the floods'],
    ['railed against', 'Ms. Okoro has railed against the tax for months.', 'Ms. Okoro', 'the tax for months'],
    ['lambasted', 'The union lambasted the plan to close two depots.', 'The union', 'the plan to close two depots'],
    ['derided … as', 'Critics derided the stadium deal as a gift to the owners.', 'Critics', 'the stadium deal as a gift to the owners'],
    ['rebuked', 'The court rebuked the agency for its delays.', 'The court', 'the agency for its delays'],
    ['lauded', 'The mayor lauded the crews for their work overnight.', 'The mayor', 'the crews for their work overnight'],
    ['deplored that', 'The bishop deplored that the shelter had closed.', 'The bishop', 'the shelter had closed'],
    ['portrayed … as', 'The campaign portrayed the council as a closed club.', 'The campaign', 'the council as a closed club'],
    ['painted … as', 'The challenger painted her as a relic of another era.', 'The challenger', 'her as a relic of another era'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a fence painted', 'Volunteers painted the fence on Sunday.'],
    ['a film that portrays', 'The film portrays a family in crisis.'],
    ['the passive', 'The senator was lambasted for the vote.'],
  ])('no claim: %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });
});
