import { describe, expect, it } from 'vitest';
import { attribute, pairs } from './helpers.js';

/** Subjects that put a word, a label or an aside between the speaker and the cue. */
describe('subject shapes before a cue', () => {
  it.each([
    ['a title', 'The senator himself said the bill would pass next week.', 'The senator', 'the bill would pass next week'],
    ['a name', 'Lena Park herself wrote that the count was wrong.', 'Lena Park', 'the count was wrong'],
    ['a pronoun', 'They themselves argued that the law was unfair.', 'They', 'the law was unfair'],
    ['an organisation', 'The agency itself said the data were incomplete.', 'The agency', 'the data were incomplete'],
  ])('an emphatic reflexive after the subject: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['at the start', 'Sen. Ann Lee (D-Ore.), said the bill would pass next week.', 'Sen. Ann Lee', 'the bill would pass next week'],
    ['after a leading adjunct', 'In a letter on Monday, Rep. Tom Hale (R-Texas), wrote that the fund was empty.', 'Rep. Tom Hale', 'the fund was empty'],
    ['after "But"', 'But Gov. Mia Stone (D), said the roads would reopen.', 'Gov. Mia Stone', 'the roads would reopen'],
  ])('a stray comma after a bracketed label: %s', (_name, text, speaker, quote) => {
    const found = attribute(text);
    expect(found.map((f) => [f.speaker, f.quote])).toEqual([[speaker, quote]]);
    expect(found[0]!.rule).toBe('attribution/reported-speech');
  });

  it.each([
    ['"meanwhile"', 'Lee, meanwhile, who has no endorsements, said the bill would pass next week.', 'Lee', 'the bill would pass next week'],
    ['"however"', 'Ana Ruiz, however, who lost in May, said the vote was rigged.', 'Ana Ruiz', 'the vote was rigged'],
    ['"too"', 'The mayor, too, who had backed the plan, said it had failed.', 'The mayor', 'it had failed'],
    ['an office of a union', 'Ana Ruiz, president of the nurses union, which represents hospital staff, said she hopes the strike ends soon.', 'Ana Ruiz, president of the nurses union', 'she hopes the strike ends soon'],
    ['"a" and a place', 'Tom Hale, a baker in Leeds, who runs two shops, told reporters the flour tax would ruin him.', 'Tom Hale, a baker in Leeds', 'the flour tax would ruin him'],
    ['"whose"', 'Jo Park, chair of the port board, whose members walked out, said the talks had failed.', 'Jo Park, chair of the port board', 'the talks had failed'],
    ['a glued party label', 'Rep. Ann Holt, D-N.Y., who chairs the panel, said the bill was dead.', 'Rep. Ann Holt', 'the bill was dead'],
    ['a modifier opening the office', 'Ray Dunn, acting director of the clean air group, which wrote the letter, said the reply was weak.', 'Ray Dunn', 'the reply was weak'],
    ['a definite description and an indefinite apposition', 'The mayor, a former teacher, who ran the school for years, said the plan would fail.', 'The mayor, a former teacher', 'the plan would fail'],
  ])('an aside between a name and a relative clause (an adverb, or an apposition the clause qualifies) leaves the name the speaker: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it('a description after a leading adjunct is no apposition of the adjunct', () => {
    expect(pairs('After the vote, officials, who asked not to be named, said the port would close.')).toEqual([['officials', 'the port would close']]);
  });

  it.each([
    ['"whose firm"', 'Ana Ruiz, a lawyer whose firm represents the city, said the bill would pass next week.', 'Ana Ruiz, a lawyer whose firm represents the city', 'the bill would pass next week'],
    ['"whose roots"', 'Tom Hale, a pastor whose roots are in the valley, told reporters the church would stay open.', 'Tom Hale, a pastor whose roots are in the valley', 'the church would stay open'],
  ])('an apposition qualified by a possessive relative: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    [
      'a relative clause long past the usual aside',
      'Tom Okafor, a retired miner who had served on the union’s regional board for nearly two decades before he left in protest last spring, said the pit would close.',
      'Tom Okafor, a retired miner who had served on the union’s regional board for nearly two decades before he left in protest last spring',
      'the pit would close',
    ],
    [
      'a bracketed label and an apposition to a name inside it',
      'Ana Ruiz, a law professor at Yale who once worked for Sen. Tom Hale (R-Ohio), one of the bill’s authors, wrote that the ruling was narrow.',
      'Ana Ruiz, a law professor at Yale who once worked for Sen. Tom Hale (R-Ohio), one of the bill’s authors',
      'the ruling was narrow',
    ],
    [
      'after a leading adjunct',
      'On Friday, Lena Park, the head of a charity that feeds children in the northern districts, one of the poorest regions, warned that funds were low.',
      'Lena Park, the head of a charity that feeds children in the northern districts, one of the poorest regions',
      'funds were low',
    ],
  ])('a name before a long qualified apposition: %s', (_name, text, speaker, quote) => {
    const found = attribute(text);
    expect(found.map((f) => [f.speaker, f.quote])).toEqual([[speaker, quote]]);
  });

  it.each([
    ['the name is an object', 'Police arrested Tom Okafor, a retired miner who had served on the union’s regional board for two decades before he left in protest, and said he was calm.'],
    ['a quotation inside', 'Ana Ruiz, a lawyer who called the plan “a trap for renters in every district of the city, old and new,” then left, the mayor said.'],
  ])('no long apposition read from: %s', (_name, text) => {
    expect(attribute(text).filter((f) => f.speaker?.startsWith('Tom Okafor') || f.speaker?.startsWith('Ana Ruiz'))).toEqual([]);
  });

  it.each([
    ['a label, then a participle', 'Sen. Ann Lee, D-Ore., speaking to reporters, said the bill would pass.', 'Sen. Ann Lee, D-Ore.', 'the bill would pass'],
    ['a participle, then a place that goes on', 'Tom Hale, speaking at a rally in Dayton, Ohio, warned that the plant would close.', 'Tom Hale', 'the plant would close'],
    ['a preposition, then a place that goes on', 'Mia Stone, during a town hall in Reno, Nev., said she would run again.', 'Mia Stone', 'she would run again'],
    ['a participle, then an apposition to its object', 'Roy Lee, facing a hard race in Ohio, a swing state, said he welcomed the help.', 'Roy Lee', 'he welcomed the help'],
    ['an apposition kept, then a participle', 'Ana Ruiz, the mayor, speaking after the vote, said the port would stay open.', 'Ana Ruiz, the mayor', 'the port would stay open'],
    ['a label and an apposition', 'Rep. Jo Park, R-Texas, a member of the budget panel, wrote that the fund was empty.', 'Rep. Jo Park, R-Texas, a member of the budget panel', 'the fund was empty'],
    ['after a leading adverb', 'Still, Lena Park, writing in a blog post on Monday, argued that the rule was unfair.', 'Lena Park', 'the rule was unfair'],
  ])('a name, then a run of comma-set asides, then the cue: the name speaks (%s)', (_name, text, speaker, quote) => {
    const found = attribute(text);
    expect(found.map((f) => [f.speaker, f.quote])).toEqual([[speaker, quote]]);
  });

  it.each([
    ['"both"', 'Tom Reed and Anna Bell, both up for reelection next year, said they would back the bill.'],
    ['"each"', 'Tom Reed and Anna Bell, each speaking after the vote, said they would back the bill.'],
  ])('names joined by "and" before an aside opened by a floating quantifier each speak: %s', (_name, text) => {
    expect(pairs(text)).toEqual([
      ['Tom Reed', 'they would back the bill'],
      ['Anna Bell', 'they would back the bill'],
    ]);
  });

  it.each([
    ['a clause among the asides', 'Ann Lee, in Ohio, the governor vetoed it, aides said the bill was dead.'],
    ['no name at the start', 'The plan, in the view of critics, speaking loosely, said little.'],
  ])('no name read across asides from: %s', (_name, text) => {
    expect(attribute(text).filter((f) => f.speaker === 'Ann Lee' || f.speaker === 'The plan')).toEqual([]);
  });

  it.each([
    ['a relative "whose" after the name', 'The firm, whose shares fell, said sales were weak.', 'The firm', 'sales were weak'],
    ['a bracketed label without a comma', 'Sen. Ann Lee (D-Ore.) said the bill would pass.', 'Sen. Ann Lee', 'the bill would pass'],
    ['an apposition before a label', 'Roy Lee, the mayor’s rival (D), said the vote was rigged.', 'Roy Lee, the mayor’s rival (D)', 'the vote was rigged'],
  ])('shapes the readings above leave as they were: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a reflexive with no cue', 'The senator himself drove the bus to the rally.'],
    ['a bracket in an object', 'The bill, which Lee (D-Ore.), backed, failed.'],
  ])('no speaker from: %s', (_name, text) => {
    expect(attribute(text)).toEqual([]);
  });
});

/** `X quoted Y as saying …`: Y is the speaker; X is only where the words were found. */
describe('quoted as saying', () => {
  it.each([
    ['an unnamed aide', 'The Post quoted an aide as saying the manager was fired.', 'an aide', 'the manager was fired'],
    ['a "that" clause', 'The paper quoted the president as saying that the war was over.', 'the president', 'the war was over'],
    ['a name with an apposition', 'Reuters quoted Tom Hale, a local farmer, as saying the crops had failed.', 'Tom Hale, a local farmer', 'the crops had failed'],
    ['"cited"', 'The report cited an official as saying the talks had stalled.', 'an official', 'the talks had stalled'],
    ['"citing" in a participle', 'The paper, citing an aide as saying the manager was fired, called for calm.', 'an aide', 'the manager was fired'],
  ])('the object of the quoting verb speaks: %s', (_name, text, speaker, quote) => {
    const found = attribute(text);
    expect(found.map((f) => [f.speaker, f.quote])).toEqual([[speaker, quote]]);
    expect(found[0]!.cue).toBe('saying');
  });

  it.each([
    ['the passive cue', 'The mayor was quoted as saying the pool would reopen.', 'The mayor', 'the pool would reopen'],
    ['"cited" with no cue after "as"', 'She cited rising costs as the reason for the delay.', 'She', 'rising costs as the reason for the delay'],
    ['"cited" before a participle', 'The minister cited the report, saying the talks had stalled.', 'The minister', 'the talks had stalled'],
  ])('readings of the quoting verbs that stay as they were: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it('no speaker for an -ing cue after "as" without a quoting verb', () => {
    expect(attribute('He is known as saying whatever he likes.')).toEqual([]);
  });
});

/** Poll groups that speak for those asked. */
describe('poll groups before a cue', () => {
  it.each([
    ['a percent sign', '42% say they are liberal.', '42%', 'they are liberal'],
    ['a hedged percent sign', 'Nearly 60% said the country was on the wrong track.', 'Nearly 60%', 'the country was on the wrong track'],
    ['"those" and a participle', 'Those surveyed said the economy was getting worse.', 'Those surveyed', 'the economy was getting worse'],
    ['"many" and a participle', 'Many polled say the race is close.', 'Many polled', 'the race is close'],
    ['a share of "those" and a participle', 'About 40 percent of those surveyed said they trust the media.', 'those surveyed', 'they trust the media'],
    ['a share of a capitalised group and a participle', 'Some 56 percent of Americans polled said they were worried.', 'Some 56 percent of Americans', 'they were worried'],
    ['a partitive of a capitalised group and a participle', 'Most of the Republicans polled said they were worried.', 'Most of the Republicans', 'they were worried'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a percent sign in a tail', 'Prices rose by 3% in May, analysts said.', 'analysts', 'Prices rose by 3% in May'],
    ['a noun before the participle', 'A report published Tuesday said the river was clean.', 'A report', 'the river was clean'],
  ])('shapes that stay as they were: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });
});

/** Two bare plurals of people joined by "and" after a comma, before a tail's cue, speak as two groups. */
describe('two groups joined by "and"', () => {
  it.each([
    ['a tail', 'Support is strong among the unions, teachers and union officials said.', [['teachers', 'Support is strong among the unions'], ['union officials', 'Support is strong among the unions']]],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('a clause before "and" keeps its own subject', () => {
    expect(pairs('Prices rose and officials said the economy was weak.')).toEqual([['officials', 'the economy was weak']]);
  });
});

/** A phrase right after the sentence's verb is that verb's object: an aside after it does not make it the speaker. */
describe('an object before a participle aside and a cue', () => {
  it('reads the speaker after the cue', () => {
    expect(pairs('That would create a summer of agony for the mayor, forcing her to fight on two fronts, said Ann Lee, a pollster.')).toEqual([
      ['Ann Lee, a pollster', 'That would create a summer of agony for the mayor, forcing her to fight on two fronts'],
    ]);
  });

  it.each([
    ['a name with a modal-like first name', 'Polk County chairman Will Rogers, for example, said the visit would earn attention.', 'the visit would earn attention'],
    ['a relative clause before the phrase', 'Ann Lee, who heads the committee, which oversees the bank, said the rate would rise.', 'the rate would rise'],
  ])('still reads the words after the cue as the claim: %s', (_name, text, quote) => {
    expect(pairs(text).map(([, what]) => what)).toEqual([quote]);
  });
});
