import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { pairs } from './helpers.js';

/** The rule ids of the one claim read from `text` whose quote is `quote`. */
function rulesOf(text: string, quote: string): readonly string[] {
  const claim = extractClaims(text).claims.find((found) => found.quote === quote);
  if (claim === undefined) throw new Error(`no claim with quote "${quote}" in: ${text}`);
  return claim.rules;
}

/** Speech frames that a plain "X said (that) …" reading misses: requests, relatives, polls, long sources, tails. */
describe('speech frames', () => {
  describe('a phrase cue before a participle that modifies its object', () => {
    it.each([
      ['"called for" and "increased"', 'Jane Roe called for increased defense spending.', 'Jane Roe', 'increased defense spending'],
      ['"calls for" and "expanded"', 'The union calls for expanded background checks on staff.', 'The union', 'expanded background checks on staff'],
      ['"called on" and "elected"', 'The bishop called on elected officials to end the strike.', 'The bishop', 'elected officials to end the strike'],
      ['"calling for" after a comma', 'The mayor spoke on Monday, calling for renewed talks with the unions.', 'The mayor', 'renewed talks with the unions'],
    ])('%s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toEqual([[speaker, quote]]);
    });

    it('names its rule', () => {
      expect(rulesOf('Jane Roe called for increased defense spending.', 'increased defense spending')).toContain('attribution/frame:participle-after-particle');
    });

    it.each([
      ['a noun before an auxiliary', 'The forces discussed would be small.'],
      ['a participle with no cue before it', 'The plan increased costs for the towns.'],
    ])('no cue: %s', (_name, text) => {
      expect(pairs(text)).toEqual([]);
    });
  });

  describe('a request: an object and an infinitive after "asked"', () => {
    it.each([
      ['a noun object', 'In a letter, Jane Roe asked the network to donate the profits to charity.', 'Jane Roe', 'the network to donate the profits to charity'],
      ['a pronoun object', 'Tom Lane asked them to leave the room at once.', 'Tom Lane', 'them to leave the room at once'],
      ['a group', 'The pastor asked the congregation to stand.', 'The pastor', 'the congregation to stand'],
      ['the present tense', 'The coach asks his players to stay calm before the final.', 'The coach', 'his players to stay calm before the final'],
    ])('%s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toEqual([[speaker, quote]]);
    });

    it('names its rule', () => {
      expect(rulesOf('The pastor asked the congregation to stand.', 'the congregation to stand')).toContain('attribution/frame:request');
    });

    it.each([
      ['a destination, no verb', 'Jane Roe asked reporters to the office.'],
      ['"asked about"', 'Jane Roe asked about the plan.'],
      ['"asked for" a thing', 'The mayor asked for a moment of silence.'],
      ['a journalist\'s question', 'A reporter asked the mayor whether she would run.'],
    ])('no request: %s', (_name, text) => {
      expect(pairs(text)).toEqual([]);
    });
  });

  describe('a restrictive relative clause on an object', () => {
    it.each([
      ['after a verb', 'The mayor hired an architect who said he was never paid for the work.', 'an architect', 'he was never paid for the work'],
      ['after a preposition', 'That compares with 30 percent who say the economy is weak.', '30 percent', 'the economy is weak'],
      ['after "to"', 'The report gave fresh ammunition to critics who say the law is a money pit.', 'critics', 'the law is a money pit'],
    ])('%s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toEqual([[speaker, quote]]);
    });

    it('names its rule', () => {
      expect(rulesOf('The mayor hired an architect who said he was never paid for the work.', 'he was never paid for the work')).toContain('attribution/frame:object-relative');
    });

    it.each([
      ['on the subject, running into the main verb', 'Voters who said the economy was key turned out in large numbers.'],
      ['no clause after the cue', 'He met people who say nothing.'],
    ])('no claim: %s', (_name, text) => {
      expect(pairs(text)).toEqual([]);
    });
  });

  describe('"which he said were …": the relative pronoun is the subject of the reported words', () => {
    it.each([
      ['"which" after a comma', 'He turned down donations, which he said were bribes in disguise.', 'he', 'were bribes in disguise'],
      ['"that" with no comma', 'He met with families that officials said had been displaced by the flood.', 'officials', 'had been displaced by the flood'],
      ['a clause that resumes the sentence', 'The tapes, which the senator said were fake, surfaced on Monday.', 'the senator', 'were fake'],
      ['a past verb, no auxiliary', 'The board missed a deadline that two auditors said went unnoticed for weeks.', 'two auditors', 'went unnoticed for weeks'],
      ['a third-person verb', 'The fund, which the trustees say holds two billion dollars, is closing.', 'the trustees', 'holds two billion dollars'],
      ['a belief verb that wants "that"', 'She opened a clinic, which the mayor hoped would ease the queues.', 'the mayor', 'would ease the queues'],
      ['"whom" for the subject', 'They hired Ms. Lind, whom the staff believed was the best candidate.', 'the staff', 'was the best candidate'],
      ['an adverb before the subject', 'She gave a speech which even her rivals said was a triumph.', 'her rivals', 'was a triumph'],
      ['a plural present the tagger reads as a noun', 'The bill adds a tax, which critics say would hurt farmers.', 'critics', 'would hurt farmers'],
      ['a present after "that" and a quantifier', 'She holds the kind of job that many economists say is the future.', 'many economists', 'is the future'],
    ])('%s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toContainEqual([speaker, quote]);
    });

    it.each([
      ['the pronoun is the object of a verb of making', 'The song that he wrote became a hit in May.'],
      ['the pronoun is the object of an expectation', 'The storm that they expected arrived on Sunday.'],
      ['"what" as the object', 'What she believes remains a mystery to her staff.'],
    ])('no claim: %s', (_name, text) => {
      expect(pairs(text)).toEqual([]);
    });

    it('ends the object of a cue before it when another speaker holds it', () => {
      const found = pairs('Tom Lane praised the nurses, who the mayor said were working double shifts.');
      expect(found).toContainEqual(['the mayor', 'were working double shifts']);
      expect(found.filter(([, quote]) => quote.includes('who the mayor said'))).toEqual([]);
    });

    it('names its rule', () => {
      expect(rulesOf('He met with families that officials said had been displaced by the flood.', 'had been displaced by the flood')).toContain('attribution/frame:relative-predicate');
    });

    describe('inside another claim, set off by commas', () => {
      it.each([
        ['"said that" and a past report', 'Lee said that the plan, which critics said was costly, would pass.', 'Lee', 'the plan | would pass', 'critics', 'was costly'],
        ['a present report and no "that"', 'Ann Ruiz said the tax, which economists say would hurt farmers, is needed.', 'Ann Ruiz', 'the tax | is needed', 'economists', 'would hurt farmers'],
        ['an auxiliary before the inner cue', 'The mayor argued that the bridge, which engineers have said is unsafe, must close by June.', 'The mayor', 'the bridge | must close by June', 'engineers', 'is unsafe'],
      ])('%s: the outer claim goes on past it', (_name, text, speaker, quote, innerSpeaker, innerQuote) => {
        expect(pairs(text)).toEqual([
          [speaker, quote],
          [innerSpeaker, innerQuote],
        ]);
      });

      it('quotes the outer claim in two verbatim parts and names its frame', () => {
        const text = 'Lee said that the plan, which critics said was costly, would pass.';
        const claim = extractClaims(text).claims.find((found) => found.speaker === 'Lee')!;
        expect(claim.quoteSpans.map((span) => text.slice(span.start, span.end))).toEqual(['the plan', 'would pass']);
        expect(claim.rules).toContain('attribution/frame:around-relative-report');
      });

      it('leaves an object that ends at the relative clause as it was', () => {
        expect(pairs('Lee backs a new tax on imports, which economists say would hurt farmers.')).toEqual([
          ['Lee', 'a new tax on imports'],
          ['economists', 'would hurt farmers'],
        ]);
      });
    });

    it('stays inside the claim of the same speaker around it', () => {
      expect(pairs('Jane Roe said the cuts show a weak economy that she claims was caused by the government.')).toEqual([
        ['Jane Roe', 'the cuts show a weak economy that she claims was caused by the government'],
      ]);
      expect(pairs('Ann Lee said the cuts show a weak economy, which Lee claims was caused by the government.')).toEqual([
        ['Ann Lee', 'the cuts show a weak economy, which Lee claims was caused by the government'],
      ]);
    });

    it('is a claim of its own when another speaker is named in it', () => {
      expect(pairs('Ann Lee said the cuts show a weak economy, which Kim claims was caused by the government.')).toEqual([
        ['Ann Lee', 'the cuts show a weak economy'],
        ['Kim', 'was caused by the government'],
      ]);
    });
  });

  describe('a proportion of those polled as speaker', () => {
    it.each([
      ['a bare proportion', 'Six in 10 say he is at least somewhat decisive.', 'Six in 10', 'he is at least somewhat decisive'],
      ['a hedged proportion', 'About 4 in 10 say they want the next president to be bolder.', 'About 4 in 10', 'they want the next president to be bolder'],
      ['"more than" and a noun', 'More than 7 in 10 voters said the economy was poor.', 'More than 7 in 10 voters', 'the economy was poor'],
      ['"that" after the cue', 'Only 3 in 10 say that the plan works.', 'Only 3 in 10', 'the plan works'],
    ])('%s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toEqual([[speaker, quote]]);
    });

    it('names its rule', () => {
      expect(rulesOf('Six in 10 say he is at least somewhat decisive.', 'he is at least somewhat decisive')).toContain('attribution/frame:proportion-speaker');
    });

    it('leaves a proportion inside the reported words alone', () => {
      expect(pairs('The plant employs 5 in 10 workers, the mayor said.')).toEqual([['the mayor', 'The plant employs 5 in 10 workers']]);
    });

    it.each([
      ['"out of"', 'Nearly eight out of 10 say they trust the local council.', 'Nearly eight out of 10', 'they trust the local council'],
      ['a share of the group', 'About a third say the new tax is fair.', 'a third', 'the new tax is fair'],
      ['"half"', 'Half say that the mayor should resign.', 'Half', 'the mayor should resign'],
    ])('a share read as the verb\'s subject: %s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toEqual([[speaker, quote]]);
    });

    it.each([
      ['"most" read as an adverb', 'Most said they would vote again.', 'Most', 'they would vote again'],
      ['"some" and a noun-tagged verb', 'Some say the river has never been this low.', 'Some', 'the river has never been this low'],
      ['after a leading adjunct', 'In the survey, many said the roads were unsafe.', 'many', 'the roads were unsafe'],
      ['an adverb between', 'Others also argued that the fee was too high.', 'Others', 'the fee was too high'],
    ])('a quantifier alone as the subject: %s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toEqual([[speaker, quote]]);
    });

    it.each([
      ['a bare proportion', 'Voters were split, with six in 10 saying that the city was safe.', 'six in 10', 'the city was safe'],
    ])('a proportion in an absolute clause after "with": %s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toEqual([[speaker, quote]]);
    });

    it('a position object before the absolute clause stays a claim of its own', () => {
      expect(pairs('Most members backed the merger, with about four in 10 saying they had doubts.')).toEqual([
        ['Most members', 'the merger'],
        ['about four in 10', 'they had doubts'],
      ]);
    });

    it.each([
      ['a quantifier before a noun', 'Some state officials backed the plan to reopen the mill.', [['Some state officials', 'the plan to reopen the mill']]],
      ['after "and" inside a reported clause', 'The mayor said the count went badly, and some speculated about fraud.', [['The mayor', 'the count went badly, and some speculated about fraud']]],
      ['inside the reported words', 'The mayor said most would agree that the plan failed.', [['The mayor', 'most would agree that the plan failed']]],
    ])('no quantifier speaker: %s', (_name, text, expected) => {
      expect(pairs(text)).toEqual(expected);
    });
  });

  describe('an unnamed source headed by a group pronoun', () => {
    it.each([
      ['"those" and an object pronoun', 'Those close to him say that he would have to consider a rival.', 'Those close to him', 'he would have to consider a rival'],
      ['"many of those"', 'Many of those close to the campaign say the race is tight.', 'Many of those close to the campaign', 'the race is tight'],
      ['"some familiar with"', 'Some familiar with the talks said a deal was near.', 'Some familiar with the talks', 'a deal was near'],
      ['a noun and an object pronoun', 'People close to her said she would resign.', 'People close to her', 'she would resign'],
    ])('%s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toEqual([[speaker, quote]]);
    });

    it('names its rule', () => {
      expect(rulesOf('Some familiar with the talks said a deal was near.', 'a deal was near')).toContain('attribution/frame:group-source');
    });

    it('reads no source from an object', () => {
      expect(pairs('He gave the papers to those close to him.')).toEqual([]);
    });
  });

  describe('a long source after "According to"', () => {
    it.each([
      [
        'a participle after a noun',
        'According to early results of the exit poll conducted by a research firm for the main news agency and two television networks, the senator led in both states.',
        'the senator led in both states',
      ],
      [
        'two documents',
        'According to a 52-count civil complaint filed by the securities regulator and a 15-count complaint by the state, the developers ran a fraudulent scheme.',
        'the developers ran a fraudulent scheme',
      ],
      [
        'a name the tagger reads as a verb, and an -ing modifier',
        'According to early results of the exit poll conducted by a polling firm for the Associated Press and two networks, the senator led in both states.',
        'the senator led in both states',
      ],
    ])('%s', (_name, text, quote) => {
      expect(pairs(text).map(([, found]) => found)).toEqual([quote]);
      expect(rulesOf(text, quote)).toContain('attribution/frame:long-source');
    });

    it('a comma after a finite verb closes a clause, not the source', () => {
      const text = 'According to the minister the talks that began in May and have dragged on for many long weeks will end soon, though no date is set.';
      expect(pairs(text).map(([, found]) => found)).not.toContain('though no date is set');
    });
  });

  describe('a tail set inside a claim after a leading adjunct', () => {
    it.each([
      [
        'an -ing adjunct',
        'By eliminating the receiving line, Ms. Tanner said, the office is able to invite twice as many guests.',
        'By eliminating the receiving line | the office is able to invite twice as many guests',
      ],
      ['a subordinate clause and a name', 'After talks failed, the union said, Tom Lane called a strike.', 'After talks failed | Tom Lane called a strike'],
      ['a subordinate clause and a pronoun', 'When the vote came, the senator said, they walked out.', 'When the vote came | they walked out'],
    ])('%s', (_name, text, quote) => {
      expect(pairs(text).map(([, found]) => found)).toEqual([quote]);
    });

    it('names its rule', () => {
      expect(rulesOf('After talks failed, the union said, Tom Lane called a strike.', 'After talks failed Tom Lane called a strike')).toContain(
        'attribution/frame:adjunct-before-tail',
      );
    });

    it('a whole clause before the tail keeps the capitalised words after it out', () => {
      expect(pairs('The mayor resigned, she said, Tom Lane took over.')).toEqual([['she', 'The mayor resigned']]);
    });
  });

  describe('an -ing cue joined by "and" to a participle set off before it', () => {
    it.each([
      ['after a comma', 'The senator spoke for an hour, pointing to his record and saying that productive senators are overrated.', 'The senator', 'productive senators are overrated'],
      ['after "each"', 'Both candidates vied for the title on Wednesday, each touting their experience and saying the other lacks judgment.', 'Both candidates', 'the other lacks judgment'],
      ['after a dash', 'The mayor toured the site — pointing to the cracks and saying that the levee could fail.', 'The mayor', 'the levee could fail'],
    ])('%s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toContainEqual([speaker, quote]);
    });

    it('names its rule', () => {
      const text = 'The senator spoke for an hour, pointing to his record and saying that productive senators are overrated.';
      expect(rulesOf(text, 'productive senators are overrated')).toContain('attribution/frame:coordinated-participle');
    });

    it.each([
      ['a progressive with no comma', 'The mayor was cleaning and saying hello to neighbours.'],
      ['a greeting', 'She walked in, smiling and saying hello.'],
    ])('no claim: %s', (_name, text) => {
      expect(pairs(text)).toEqual([]);
    });
  });

  describe('a year or a month between the subject and the cue', () => {
    it.each([
      ['a year', 'Jane Roe in 2010 said the plan would fail.', 'Jane Roe', 'the plan would fail'],
      ['a month', 'Jane Roe in March said the plan would fail.', 'Jane Roe', 'the plan would fail'],
      ['a year in a relative clause', 'The senator met Jane Roe, who in 2010 said the plan would fail.', 'Jane Roe', 'the plan would fail'],
      ['"since" and a year', 'The union since 2019 has argued that wages lag prices.', 'The union', 'wages lag prices'],
    ])('%s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toEqual([[speaker, quote]]);
    });

    it.each([
      ['"added to" holdings', 'The developer, who in 2012 added to his portfolio of courses by buying two more, spoke briefly.'],
      ['"adding to" a mood', 'The storm in March added to the gloom over the harbour towns.'],
    ])('"add to" is no report: %s', (_name, text) => {
      expect(pairs(text)).toEqual([]);
    });
  });

  describe('a one-word answer', () => {
    it.each([
      ['before "but"', 'Asked whether the plan was fair, 75 percent of members said yes, but the rest said it was rushed.', '75 percent of members', 'yes'],
      ['at the end', 'Asked if he was ever bullied, the candidate said no.', 'the candidate', 'no'],
      ['repeated', 'Melanie said yes, yes, yes, over and over again.', 'Melanie', 'yes, yes, yes'],
      ['before "while"', 'Most voters said yes while turnout fell.', 'Most voters', 'yes'],
    ])('%s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toContainEqual([speaker, quote]);
    });

    it('names its rule', () => {
      expect(rulesOf('Asked if he was ever bullied, the candidate said no.', 'no')).toContain('attribution/frame:answer');
    });

    it.each([
      ['"said no to" an object', 'He said no to the war.', 'no to the war'],
      ['a clause after the comma', 'She said no, the plan would never pass.', 'no, the plan would never pass'],
    ])('an answer word that opens longer words: %s', (_name, text, quote) => {
      expect(pairs(text).map(([, found]) => found)).toEqual([quote]);
    });
  });

  describe('"called X Y" with a bare judgement', () => {
    it.each([
      ['an owner\'s phrase', 'The mother called her late son her hero.', 'The mother', 'her late son her hero'],
      ['a thing and an owner\'s phrase', 'The senator calls the treaty his proudest achievement.', 'The senator', 'the treaty his proudest achievement'],
      ['a pronoun and a plural', 'The tycoon spoke harshly about migrants, calling them rapists and vowing to build a wall.', 'The tycoon', 'them rapists'],
    ])('%s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toContainEqual([speaker, quote]);
    });

    it('names its rule', () => {
      expect(rulesOf('The mother called her late son her hero.', 'her late son her hero')).toContain('attribution/frame:bare-judgement');
    });

    it.each([
      ['a place', 'She called them home.'],
      ['a relative', 'The mayor called her mother.'],
      ['a particle', 'He called him back.'],
      ['an owner with no noun after it', 'She called the police on her.'],
    ])('no judgement: %s', (_name, text) => {
      expect(pairs(text)).toEqual([]);
    });
  });

  describe('"described" with a long object or a wh-clause', () => {
    it.each([
      ['a long object', 'The former crew members described rude behavior by the host behind the scenes of the show.', 'The former crew members', 'rude behavior by the host behind the scenes of the show'],
      ['an object and "in terms of"', 'The professor described the approach in terms of lowering expectations.', 'The professor', 'the approach in terms of lowering expectations'],
      ['a wh-clause with an adjunct', 'The senator described how, growing up, his name was changed twice.', 'The senator', 'how, growing up, his name was changed twice'],
      ['"as" still reads as before', 'The governor described the plan as reckless.', 'The governor', 'the plan as reckless'],
    ])('%s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toEqual([[speaker, quote]]);
    });

    it('names its rule', () => {
      expect(rulesOf('The professor described the approach in terms of lowering expectations.', 'the approach in terms of lowering expectations')).toContain(
        'attribution/frame:long-object',
      );
    });

    it.each([
      ['a short object', 'She described the scene.'],
      ['a short wh-clause', 'She described what happened.'],
      ['a short object before a comma', 'He described the old meeting, then left.'],
      ['a manner phrase', 'The witness described the attack at length.'],
    ])('no claim: %s', (_name, text) => {
      expect(pairs(text)).toEqual([]);
    });
  });
});

describe('a judgement whose object is the relative pronoun before its subject', () => {
  it.each([
    ['called, a quotation', 'The toll rose to nine dollars, which the mayor called “a disgrace.”', 'the mayor', 'a disgrace'],
    ['called, a noun phrase, the sentence resuming', 'The deal, which critics have called a giveaway, passed on Monday.', 'critics', 'a giveaway'],
    ['described as', 'The union fought the law, which the leader described as an attack on workers.', 'the leader', 'an attack on workers'],
    ['"what" … described as', 'Fans bid on what the seller described as a piece of history.', 'the seller', 'a piece of history'],
    ['"whom" … labelled as', 'They hired Ms. Lind, whom the press had labelled as a reformer.', 'the press', 'a reformer'],
    // a quotation is the whole judgement: the main clause or another apposition follows its closing mark
    ['called, a quotation, the sentence resuming', 'The toll, which the mayor called “a disgrace,” was cut on Monday.', 'the mayor', 'a disgrace'],
    ['"what" … dubbed, a quotation, an apposition after it', 'The race became what one activist dubbed “the harbour primary,” a fight over the port.', 'one activist', 'the harbour primary'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toContainEqual([speaker, quote]);
  });

  it('names its rule', () => {
    expect(rulesOf('The union fought the law, which the leader described as an attack on workers.', 'an attack on workers')).toContain('attribution/frame:relative-object');
  });

  it.each([
    ['a call made, no judgement', 'She found the number which he called on Sunday.'],
    ['a home called', 'The house that he called home burned down.'],
    ['"as" opening a clause', 'The firm which she described as we left has closed.'],
  ])('no claim: %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });
});

/** A short answer in quotation marks after a speech cue and its comma or colon is direct speech, however short. */
describe('a quoted answer after a second verb of the speaker', () => {
  it.each([
    ['a comma', 'Asked whether she would serve, Ms. Ruiz shook her head and said, “No.”', 'Ms. Ruiz', 'No'],
    ['one word without a stop', 'Mr. Lee paused and said, “Never”.', 'Mr. Lee', 'Never'],
  ])('%s', (_name, text, speaker, quote) => {
    const [claim] = extractClaims(text).claims;
    expect([claim?.speakerMention ? text.slice(claim.speakerMention.start, claim.speakerMention.end) : null, claim?.quote, claim?.quoteType]).toEqual([speaker, quote, 'direct']);
  });
});

/** An "-s" word after a word that only modifies nouns is a plural noun, not a cue after its subject. */
describe('a plural noun that shares its form with a cue', () => {
  it('a plural subject after "that" and an addressee is no relative clause', () => {
    expect(pairs('The prime minister told the paper that European states will “need to do more”.')).toEqual([['The prime minister', 'European states will “need to do more”']]);
  });

  it.each([
    ['a region before it', 'Most Southern states that will hold contests have large minority populations.'],
    ['a demonym before it', 'Two Mexican states like Sonora have taken in migrants.'],
    ['a party label inside the clause', 'Ruiz could win Republican states like Arizona.'],
    ['a compass word and a verb after it', 'Coastal states swing toward the opposition in most years.'],
  ])('no claim: %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });

  it.each([
    ['a name', 'Statista estimates the users at 100 million.', 'Statista', 'the users at 100 million'],
    ['a party label opening a headline', 'Republican assails elites as he accepts the nomination.', 'Republican', 'elites'],
    ['a plural subject and a clause', 'Arab states warned that the deal would fail.', 'Arab states', 'the deal would fail'],
  ])('still a cue: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });
});

/** A poll's comparison after a report is the narrator's; the share compared may speak in a clause of its own. */
describe('a comparison after a report', () => {
  it.each([
    [
      'a share with its own report',
      'Among Ruiz supporters, 61 percent said they had made up their minds, compared to nearly four in 10 who said they could change them.',
      [['61 percent', 'they had made up their minds'], ['nearly four in 10', 'they could change them']],
    ],
    ['an answer before it', 'Asked if the plan was legal, 46 percent of voters said yes, compared with 23 percent who said it was not.', [['46 percent of voters', 'yes'], ['23 percent', 'it was not']]],
    ['a bare comparison', 'Most voters said they would back the levy, as opposed to last year.', [['Most voters', 'they would back the levy']]],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('names its boundary', () => {
    const [claim] = extractClaims('Most voters said they would back the levy, compared with 40 percent last year.').claims;
    expect(claim?.rules).toContain('attribution/boundary:comparison');
  });

  it('keeps a comparison inside quotation marks', () => {
    expect(pairs('The mayor said the tax was “low compared with other states.”')).toEqual([['The mayor', 'the tax was “low compared with other states.”']]);
  });
});
