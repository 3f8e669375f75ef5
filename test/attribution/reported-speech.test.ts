import { describe, expect, it } from 'vitest';
import { attribute, pairs } from './helpers.js';

describe('reported-speech', () => {
  it.each([
    ['said that', 'Prime Minister Ana Silva said that the budget would be balanced by 2026.', 'Prime Minister Ana Silva', 'the budget would be balanced by 2026', 'say'],
    ['said without that', 'The finance ministry said the new tax was unfair.', 'The finance ministry', 'the new tax was unfair', 'say'],
    ['country speaker with a day', 'Brazil on Monday rejected the proposal to cap beef exports to Asia.', 'Brazil', 'the proposal to cap beef exports to Asia', 'reject'],
    ['possessive institution', "Kenya's Health Ministry warned that the outbreak could spread to the coast.", "Kenya's Health Ministry", 'the outbreak could spread to the coast', 'warn'],
    ['warned of', 'The central bank warned of the risks of a sudden rise in interest rates.', 'The central bank', 'the risks of a sudden rise in interest rates', 'warn'],
    ['called for', 'Senator Ruth Adler called for a full inquiry into the contract awards.', 'Senator Ruth Adler', 'a full inquiry into the contract awards', 'call for'],
    ['expressed hope', 'The envoy expressed hope that the talks would resume before winter.', 'The envoy', 'the talks would resume before winter', 'express hope'],
    ['did not rule out', 'The coach did not rule out signing a new striker in January.', 'The coach', 'signing a new striker in January', 'rule out'],
    ["doesn't rule out", "Japan's defence minister doesn't rule out joint patrols in the strait.", "Japan's defence minister", 'joint patrols in the strait', 'rule out'],
    ['thanked … for', 'The president thanked the volunteers for their work during the floods.', 'The president', 'the volunteers for their work during the floods', 'thank'],
    ['refused to', 'The union has categorically refused to accept the new contract terms.', 'The union', 'to accept the new contract terms', 'refuse'],
    ['discussed', 'The ministers discussed the possibility of a joint fund for refugees.', 'The ministers', 'the possibility of a joint fund for refugees', 'discuss'],
    ['made it clear', 'The league made it clear that no club would be exempt from the rule.', 'The league', 'no club would be exempt from the rule', 'make it clear'],
    ['believes', 'Mexico believes that the tariff will hurt both economies.', 'Mexico', 'the tariff will hurt both economies', 'believe'],
    ['adjunct before that', 'The regulator said later in the day that the merger was under review.', 'The regulator', 'the merger was under review', 'say'],
    ['parenthetical adjunct', 'The mayor, for her part, said that the budget was fair.', 'The mayor', 'the budget was fair', 'say'],
    ['apposition', 'Lena Fischer, a spokeswoman for the city council, said the parks would reopen on Friday.', 'Lena Fischer, a spokeswoman for the city council', 'the parks would reopen on Friday', 'say'],
    ['apposition with a prepositional phrase', 'Tomas Berg, a senior official at the ministry, said the talks had failed.', 'Tomas Berg, a senior official at the ministry', 'the talks had failed', 'say'],
    ['apposition with its own relative clause', 'Omar Haddad, an economist who advises the central bank, warned that inflation would rise.', 'Omar Haddad, an economist who advises the central bank', 'inflation would rise', 'warn'],
    ['quoted as saying', 'The general was quoted as saying the offensive had stalled near the river.', 'The general', 'the offensive had stalled near the river', 'be quoted as saying'],
    ["office", "The governor's office said the roads would stay closed overnight.", "The governor's office", 'the roads would stay closed overnight', 'say'],
    ['called on … to', 'Governor Ellen Marsh called on the legislature to fund the new bridge.', 'Governor Ellen Marsh', 'the legislature to fund the new bridge', 'call on'],
    ['called X a …', 'The senator called the proposal a reckless gamble with public money.', 'The senator', 'the proposal a reckless gamble with public money', 'call'],
    ['described X as …', 'The mayor described the strike as a betrayal of the city.', 'The mayor', 'the strike as a betrayal of the city', 'describe'],
    ['a court ruled that', 'The appeals court ruled that the new district map was unlawful.', 'The appeals court', 'the new district map was unlawful', 'rule'],
    ['accused … of', 'The opposition leader accused the cabinet of hiding the true deficit.', 'The opposition leader', 'the cabinet of hiding the true deficit', 'accuse'],
    ['a time phrase between subject and verb', 'The Supreme Court this month rejected a request to extend early voting.', 'The Supreme Court', 'a request to extend early voting', 'reject'],
    ['a prepositional time phrase before the verb', 'The governor in recent days has suggested the budget was padded.', 'The governor', 'the budget was padded', 'suggest'],
    ['an institution named with "and"', 'The Parks and Wildlife Department said the trail would stay closed.', 'The Parks and Wildlife Department', 'the trail would stay closed', 'say'],
    ['an age and a relative clause in the apposition', 'Rosa Vidal, 61, who has chaired the panel since 2019, told reporters the inquiry would end soon.', 'Rosa Vidal', 'the inquiry would end soon', 'tell'],
    ['a second verb sharing the subject', 'The minister visited the port on Monday and said the new terminal would open in May.', 'The minister', 'the new terminal would open in May', 'say'],
    ['sources described by what they know', 'Three people familiar with the talks said a deal could come by Friday.', 'Three people familiar with the talks', 'a deal could come by Friday', 'say'],
    ['an institution with an apposition holding "that"', 'The Parks and Wildlife Department, the agency that runs the reserve, said the trail would reopen.', 'The Parks and Wildlife Department, the agency that runs the reserve', 'the trail would reopen', 'say'],
    ['blasted X as …', 'The union leader blasted the board as reckless with pensions.', 'The union leader', 'the board as reckless with pensions', 'blast'],
    ['asked whether', 'The judge asked whether the ministry had kept the records.', 'The judge', 'whether the ministry had kept the records', 'ask'],
    ['blamed … on', 'The mayor blamed the flooding on years of neglect.', 'The mayor', 'the flooding on years of neglect', 'blame'],
    ['a second predicate after ", but"', 'The minister insisted the budget was fair, but declined to give figures.', 'The minister', 'the budget was fair', 'insist'],
    ['expressed frustration with', 'The chairman expressed frustration with the pace of the inquiry.', 'The chairman', 'the pace of the inquiry', 'express frustration'],
    ['called out', 'The coach called out the referees for inconsistent calls.', 'The coach', 'the referees for inconsistent calls', 'call out'],
    ['an adjunct with "over" before "that"', 'Sources said over the weekend that the talks had stalled.', 'Sources', 'the talks had stalled', 'say'],
    ['a source placed at a firm', 'Analysts at Northgate Capital said the forecast was too rosy.', 'Analysts at Northgate Capital', 'the forecast was too rosy', 'say'],
    ['an apposition whose head the tagger reads as an adjective', "The firm's finance chief, Omar Diallo, said costs would rise.", "The firm's finance chief, Omar Diallo", 'costs would rise', 'say'],
    ['a progressive cue before "that"', 'Dock workers are warning that the strike could last into March.', 'Dock workers', 'the strike could last into March', 'warn'],
    ['a progressive cue after "has been", past an adjunct', 'The coach has been insisting for weeks that the squad is fit.', 'The coach', 'the squad is fit', 'insist'],
    ['a progressive cue with an object and "to"', 'Neighbours are urging the council to rebuild the old library.', 'Neighbours', 'the council to rebuild the old library', 'urge'],
    ['a progressive cue with a word of its frame', 'Farm groups were warning of a poor harvest.', 'Farm groups', 'a poor harvest', 'warn'],
    ['a pronoun addressee of "told"', 'The foreman told me that the crane had failed twice.', 'The foreman', 'the crane had failed twice', 'tell'],
    ['an indefinite addressee of "told"', 'The curator told everyone that the painting was a copy.', 'The curator', 'the painting was a copy', 'tell'],
    ['an adjunct with hyphenated words before "that"', 'The economist wrote in a hard-hitting op-ed for a weekly that the reform had failed.', 'The economist', 'the reform had failed', 'write'],
    ['a cue after "went on to"', 'The referee went on to say that the pitch was unplayable.', 'The referee', 'the pitch was unplayable', 'say'],
    ['a cue after "continued to"', 'The landlord continued to insist that the repairs were done.', 'The landlord', 'the repairs were done', 'insist'],
    ['an age set off by commas', 'Ingrid Dahl, 47, said the ferry would run again.', 'Ingrid Dahl', 'the ferry would run again', 'say'],
    ['an age and a describing apposition', 'Ingrid Dahl, 47, a ferry captain, said the route was safe.', 'Ingrid Dahl, 47, a ferry captain', 'the route was safe', 'say'],
    ['a quantifier after the subject', 'The two mayors both said the tunnel was too costly.', 'The two mayors', 'the tunnel was too costly', 'say'],
    ['a fronted adjunct, an addressee and an adjunct before "that"', 'On Friday, the coach told a crowd in Leeds that the club would stay.', 'the coach', 'the club would stay', 'tell'],
    ['a restrictive relative clause before "that"', 'There are planners who argue that the ring road should close.', 'planners', 'the ring road should close', 'argue'],
    ['a demonstrative "that" as the subject', 'The skipper said that was the worst storm in years.', 'The skipper', 'that was the worst storm in years', 'say'],
    ['a demonstrative "that" before a modal', 'The coach warned that could happen again.', 'The coach', 'that could happen again', 'warn'],
    ['a complementizer before a participle', 'The auditors found that revised budgets were rarely met.', 'The auditors', 'revised budgets were rarely met', 'find'],
    ['a clause of time before "that"', 'The skipper said as she left the harbour that the storm had passed.', 'The skipper', 'the storm had passed', 'say'],
    ['a clause of time with a noun subject before "that"', 'The mayor said when the vote ended that she had won.', 'The mayor', 'she had won', 'say'],
    ['a clause of time set off by a comma', 'The skipper explained after reaching port, the crew would rest for a week.', 'The skipper', 'the crew would rest for a week', 'explain'],
    ['a subject with a restrictive relative clause', 'Officials who spoke on condition of anonymity said the ferry would be sold.', 'Officials', 'the ferry would be sold', 'say'],
    ["a day that owns the object", "The coach called Sunday's defeat a warning for the whole club.", 'The coach', "Sunday's defeat a warning for the whole club", 'call'],
    ['an addressee before "that" ("warned X that")', 'The central bank warned lenders that rates would rise again.', 'The central bank', 'rates would rise again', 'warn'],
    ['"assured X that"', 'The ferry operator assured passengers that sailings would resume.', 'The ferry operator', 'sailings would resume', 'assure'],
    ['"reminded X that"', 'The judge reminded the jury that the burden was on the state.', 'The judge', 'the burden was on the state', 'remind'],
    ['"recalled that"', 'The old skipper recalled that the harbour had frozen twice.', 'The old skipper', 'the harbour had frozen twice', 'recall'],
    ['"boasted that"', 'The coach boasted that his side had never lost at home.', 'The coach', 'his side had never lost at home', 'boast'],
    ['"concluded that"', 'The inspectors concluded that the dam had been poorly built.', 'The inspectors', 'the dam had been poorly built', 'conclude'],
    ['"worry that"', 'Shop owners worry that the new road will divert trade.', 'Shop owners', 'the new road will divert trade', 'worry'],
    ['verb outside the lexicon', 'Tomas Berg grumbled that the schedule was unfair to smaller teams.', 'Tomas Berg', 'the schedule was unfair to smaller teams', 'grumbl'],
  ])('%s', (_name, text, speaker, quote, lemma) => {
    const found = attribute(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'attribution/reported-speech', speaker, quote, lemma, type: 'indirect' });
  });

  it.each([
    ['a call that names no words', 'The neighbours called the police after midnight.'],
    ['a call to a meeting', 'The chairman called a meeting for Monday morning.'],
    ['a name given in passing', 'The plan, called "Project Blue" by insiders, was dropped.'],
    ['a describing verb with no "as"', 'The report described the damage in great detail.'],
    ['a prepositional phrase with no clause', 'The candidate said during the second debate.'],
    ['a ruling with no clause', 'The judge ruled on the motion on Friday.'],
    ['a request for something', 'The coach asked for patience from the fans.'],
    ['a door slammed', 'The protesters slammed the door of the hall.'],
    ['a quantity added', 'Employers added 150,000 jobs in the quarter.'],
    ['a clause that nobody says', 'It emerged that the rules had changed before the vote.'],
    ['money added', 'The fund added $3 billion to its reserves.'],
    ["the writer being told", "I'm told the minister considered resigning over the vote."],
    ['a cue after "declined to"', 'The landlord declined to say whether the repairs were done.'],
    ['a cue after "wants to"', 'The referee wants to say that the pitch was fine.'],
    ['a refusal to say', 'The landlord refused to say whether the repairs were done.'],
    ['a refusal to comment', 'The club refused to comment on the transfer fee.'],
    ['a restrictive relative clause running into the main clause', 'Towns run by mayors who endorsed the plan have received grants.'],
    ['"reminded" with no clause', 'She reminded him of the deadline for the grant.'],
    ['a progressive cue with a plain object', 'The ministers are discussing the possibility of a joint fund.'],
    ['a progressive cue with a quantity', 'The economy is adding 180,000 jobs a month.'],
  ])('no claim from %s', (_name, text) => {
    expect(attribute(text)).toEqual([]);
  });

  it('gives a second cue joined by "and" the subject of the clause, and ends the first complement there', () => {
    expect(pairs('After the vote, the mayor called the budget a betrayal of renters and urged the council to start again.')).toEqual([
      ['the mayor', 'the budget a betrayal of renters'],
      ['the mayor', 'the council to start again'],
    ]);
  });

  it('reads a quoted fragment inside reported speech as mixed, marks balanced', () => {
    const found = attribute('The minister said the reform "will not be delayed again."');
    expect(found[0]).toMatchObject({ type: 'mixed', quote: 'the reform "will not be delayed again."' });
    const shown = attribute('The mayor told Radio North the vote showed "a city united".');
    expect(shown).toEqual([expect.objectContaining({ speaker: 'The mayor', lemma: 'tell', type: 'mixed', quote: 'the vote showed "a city united"' })]);
    const called = attribute('The rival candidate called him “a danger to the republic” at the rally.');
    expect(called[0]).toMatchObject({ type: 'mixed', quote: 'him “a danger to the republic” at the rally', lemma: 'call' });
    const outside = attribute('The minister said the reform was “a historic step”.');
    expect(outside[0]).toMatchObject({ type: 'mixed', quote: 'the reform was “a historic step”' });
  });

  it('reads a reported clause that is one whole quotation as direct, between its marks', () => {
    const found = attribute('The planning chief said on Friday "the tower will not be built."');
    expect(found).toEqual([expect.objectContaining({ speaker: 'The planning chief', quote: 'the tower will not be built', type: 'direct' })]);
  });

  it('splits "said that A and that B" into two claims', () => {
    expect(pairs('The CEO said that profits had doubled and that no jobs would be cut.')).toEqual([
      ['The CEO', 'profits had doubled'],
      ['The CEO', 'no jobs would be cut'],
    ]);
  });

  it.each([
    ['Ana Lind and Tom Hale, her deputy, said the ferry would run.', ['Ana Lind', 'Tom Hale, her deputy']],
    ['Ana Lind and her deputy, Tom Hale, said the ferry would run.', ['Ana Lind', 'her deputy, Tom Hale']],
    ['The mayor and the harbour master said the ferry would run.', ['The mayor', 'the harbour master']],
  ])('gives each coordinated speaker the claim, an apposition on the last included: %s', (text, speakers) => {
    expect(pairs(text).map(([speaker]) => speaker)).toEqual(speakers);
  });

  it('keeps one phrase joined inside by "and" as one speaker', () => {
    expect(pairs('The head of sales and marketing said the ferry would run.').map(([speaker]) => speaker)).toEqual(['The head of sales and marketing']);
  });

  it('starts a new claim at a coordinated clause', () => {
    expect(pairs('The mayor said the bridge was safe, and the engineers stated that repairs were still needed.')).toEqual([
      ['The mayor', 'the bridge was safe'],
      ['the engineers', 'repairs were still needed'],
    ]);
  });

  it('records the addressee of "told"', () => {
    const found = attribute('A senior diplomat told the Baltic Times that the embassy would reopen.');
    expect(found[0]).toMatchObject({ speaker: 'A senior diplomat', addressee: 'the Baltic Times', quote: 'the embassy would reopen' });
  });

  it('gives one claim for a nested report', () => {
    expect(pairs('The analyst noted that several banks had said they would raise rates.')).toEqual([
      ['The analyst', 'several banks had said they would raise rates'],
    ]);
  });

  it('uses cues added through the options', () => {
    const text = 'The committee chair opined that the rules were outdated.';
    expect(pairs(text, { cues: [{ lemma: 'opine', kind: 'speech' }] })).toEqual([['The committee chair', 'the rules were outdated']]);
  });

  it.each([
    ['narration', 'The river flooded three villages on Sunday.'],
    ['a future act after a modal', 'The council may announce its decision next week.'],
    ['passive without agent', 'The talks were described as productive.'],
    ['a noun that looks like a cue', 'The states agreed a deal, and the claims were rejected by the court.'],
    ['an infinitive', 'The ministers met to discuss the budget for next year.'],
    ['a progressive', 'The regions are discussing a new tax on tourism.'],
    ['an object too short to be a claim', 'The coach clarified his remarks.'],
    ['a reduced relative', 'The question is whether the plans discussed would be enough.'],
    ['a noun "hope"', 'The talks were held with the hope that the rivals would agree.'],
    ['a participle after an owner\'s ’s', 'Even the governor’s promised 900 new buses will not end the queues.'],
    ['a participle after an owner\'s \'s', "That was not enough, despite the company's announced plans for two new plants."],
    ['a stated aim', 'The league’s stated aim of a fairer draft was never met.'],
    ['a negated cue before "how many"', 'The police counted 4,000 marchers, but the agency did not estimate how many stayed for the speeches.'],
    ['a negated cue before "whether"', 'The mayor would not confirm whether the bridge will close.'],
    ['a negated cue before "what"', 'The firm didn’t disclose what the deal was worth.'],
    ['a negated cue before "when"', 'The ministry has not announced when the border will reopen.'],
  ])('no claim from %s', (_name, text) => {
    expect(attribute(text)).toEqual([]);
  });
});

describe('a cue that shares the subject of the verb before it', () => {
  it.each([
    ['", but" and a narrated first verb', 'The senator did not name his rivals, but told supporters that the country was in trouble.', [['The senator', 'the country was in trouble']]],
    ['"but" with no comma', 'Ana Ruiz skipped the vote but said the bill would pass anyway.', [['Ana Ruiz', 'the bill would pass anyway']]],
    ['two reports by one subject', 'The coach admitted that the team was tired, but insisted the season was not over.', [['The coach', 'the team was tired'], ['The coach', 'the season was not over']]],
    ['a quotation after the shared cue', 'Omar Haddad left the stage but told the crowd, “We will be back next year.”', [['Omar Haddad', 'We will be back next year']]],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it.each([
    ['a new subject after "but"', 'The mayor left early, but her deputy said the talks went well.', [['her deputy', 'the talks went well']]],
    ['"but" joining nouns, not verbs', 'Not the mayor but the council said the road would close.', [['the council', 'the road would close']]],
  ])('keeps its own subject: %s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('the act or occasion of saying after the reported words is no part of them', () => {
  it.each([
    ['The minister said the talks had failed, speaking to reporters in Brussels.', 'the talks had failed'],
    ['The minister said that the talks had failed, speaking on Monday.', 'the talks had failed'],
    ['The union warned that the strike would spread, in a statement on its website.', 'the strike would spread'],
    ['The senator said the bill was dead, in an interview with a local radio station.', 'the bill was dead'],
    ['The mayor said the roads would reopen, at a news conference in the city hall.', 'the roads would reopen'],
    ['The coach said the team was ready, writing on social media.', 'the team was ready'],
  ])('%s', (text, quote) => {
    expect(pairs(text).map(([, found]) => found)).toEqual([quote]);
  });

  it.each([
    // the words go on to a verb of the reported clause
    ['The minister said officers, speaking at the border, had seen the convoy.', 'officers, speaking at the border, had seen the convoy'],
    // an interview that is what was said about
    ['The minister said the interview was a mistake.', 'the interview was a mistake'],
  ])('keeps them inside the clause: %s', (text, quote) => {
    expect(pairs(text).map(([, found]) => found)).toEqual([quote]);
  });
});

describe('a clause of time right after the cue', () => {
  it.each([
    ['a pronoun subject', 'The skipper said as she entered the cabin that was flooded.'],
    ['no subject', 'The skipper spoke when asked about the storm.'],
    ['a free relative before the cue', 'That was what the skipper said when she resigned.'],
  ])('dates the cue and is not what was said: %s', (_name, text) => {
    expect(attribute(text).map((found) => found.quote)).toEqual([]);
  });
});

describe('a lead-in in the -ing form', () => {
  it.each([
    ['after a comma', 'The skipper praised the new harbour wall, going on to say that it would stop the floods.', 'it would stop the floods'],
    ['after "before"', 'The skipper said the crew was tired, before going on to argue that pay was too low.', 'pay was too low'],
    ['after a dash', 'The skipper spoke for an hour — continuing to insist that the route was safe.', 'the route was safe'],
  ])("is a participle whose claim is the clause subject's, apart from the clause's own: %s", (_name, text, quote) => {
    expect(pairs(text)).toContainEqual(['The skipper', quote]);
    expect(pairs(text).every(([, said]) => !said.includes('going on') && !said.includes('continuing'))).toBe(true);
  });
});
