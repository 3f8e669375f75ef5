import { describe, expect, it } from 'vitest';
import { attribute, pairs } from './helpers.js';

/** Attribution shapes that news writing uses often and that a plain "X said (that) …" reading misses. */
describe('recall frames', () => {
  it.each([
    ['a quoted programme after "on"', 'On Sunday on the network’s “Morning Report,” Senator Ada Lind said the bill was dead.', 'Senator Ada Lind', 'the bill was dead'],
    ['a quoted show after a possessive', 'Speaking on the station’s “Weekend Hour,” the mayor said the pool would reopen.', 'the mayor', 'the pool would reopen'],
    ['a quoted title after "with"', 'In an interview with “Sixty Seconds,” the governor said the state would appeal.', 'the governor', 'the state would appeal'],
    ['a quoted book title after "in"', 'In his memoir “Long Road Home,” the general wrote that the war was lost early.', 'the general', 'the war was lost early'],
    ['a quoted phrase after "about"', 'Asked about “the deal,” the minister said the terms were final.', 'the minister', 'the terms were final'],
  ])('a quoted title in a leading adjunct is no tail: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a tail after a quotation', '“We will appeal,” the governor said.', 'the governor', 'We will appeal'],
    ['a tail with a day', '“The pool stays shut,” the mayor said on Monday.', 'the mayor', 'The pool stays shut'],
  ])('a real quotation before the subject still makes a tail: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a noun "shows"', 'Making the rounds of the morning shows, Carla Diaz said she would run again.', 'Carla Diaz', 'she would run again'],
    ['a noun "finds"', 'Among his recent finds, the curator said the vase was the rarest.', 'the curator', 'the vase was the rarest'],
  ])('a cue that needs a complement and meets a comma hides no later cue: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toContainEqual([speaker, quote]);
  });

  it.each([
    ['a dash-set apposition', 'Jon Hale — a teacher from the valley — says he changed his vote at the last minute.', 'Jon Hale — a teacher from the valley', 'he changed his vote at the last minute'],
    ['an en-dash apposition', 'The union chief – a former docker – said the strike would go on.', 'The union chief – a former docker', 'the strike would go on'],
    ['a dash-set adjunct', 'The senator — for now at least — says the bill is dead.', 'The senator', 'the bill is dead'],
    ['a dash-set list of members', 'Several speakers — including two bishops and a rabbi — said the city must heal.', 'Several speakers', 'the city must heal'],
  ])('a parenthetical between dashes: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a dash', 'The coach changed his line-up at the last minute – saying the wind had picked up.', 'The coach', 'the wind had picked up'],
    ['a dash after a clause with an object', 'Ruth Obi presented the plan on Tuesday — arguing it would cut waiting lists.', 'Ruth Obi', 'it would cut waiting lists'],
  ])('a participial cue after %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['after "told X,"', 'The chairman told reporters, arguing the merger would save jobs.', 'The chairman', 'the merger would save jobs'],
    ['after an intransitive verb', 'The chairman spoke to reporters, arguing the merger would save jobs.', 'The chairman', 'the merger would save jobs'],
    ['"continuing"', 'The mayor thanked the crews, continuing that the roads would be clear by noon.', 'The mayor', 'the roads would be clear by noon'],
  ])('-ing forms of verbs in "-ue" ("arguing", not "argueing"): %s', (_name, text, speaker, quote) => {
    const found = attribute(text, { cues: [{ lemma: 'continue', kind: 'speech' }] });
    expect(found.map((f) => [f.speaker, f.quote])).toContainEqual([speaker, quote]);
  });

  it.each([
    ['an -ing modifier in a title', 'Lina Park, the firm’s chief operating officer, said the plant would close.', 'Lina Park, the firm’s chief operating officer', 'the plant would close'],
    ['a hyphenated participle', '“The ruling is a blow,” the coast-based fishing federation said.', 'the coast-based fishing federation', 'The ruling is a blow'],
    ['a hyphenated -ing adjective', '“We never backed him,” the conservative-leaning newspaper wrote.', 'the conservative-leaning newspaper', 'We never backed him'],
    ['two offices joined by "and"', 'Mia Stone, president and chief executive of the firm, said that sales had doubled.', 'Mia Stone, president and chief executive of the firm', 'sales had doubled'],
    ['an -ed modifier after "one"', '“Nobody wins here,” said one unaligned Ohio strategist.', 'one unaligned Ohio strategist', 'Nobody wins here'],
    ['an -ed modifier after an article', '“The count was fair,” a registered Labour voter said.', 'a registered Labour voter', 'The count was fair'],
  ])('speaker phrases the tagger breaks with a verb: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it('keeps an -ed verb after a noun out of the phrase: it is the clause\'s verb', () => {
    expect(pairs('The mayor said the council approved plans for a new bridge.')).toEqual([['The mayor', 'the council approved plans for a new bridge']]);
  });

  it('keeps a participle that opens a parenthetical out of the phrase', () => {
    expect(pairs('The senator, citing new documents, said the deal was void.')).toEqual([['The senator', 'the deal was void']]);
  });

  it.each([
    ['a name', '“The ferry is safe. It sails at noon,” Pia Lund notes.', 'Pia Lund', 'The ferry is safe. It sails at noon'],
    ['a described speaker', '“We will not back down,” the group’s lawyer argues.', 'the group’s lawyer', 'We will not back down'],
    ['a title and name', '“The tide has turned,” Ms Reyes writes in her new book.', 'Ms Reyes', 'The tide has turned'],
  ])('a cue the tagger reads as a noun after a quotation: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a name and a quoted label', 'The senator called the mayor “unfit.”', 'The senator', 'the mayor “unfit.”'],
    ['a possessive object', 'She called his executive orders “a step backwards.”', 'She', 'his executive orders “a step backwards.”'],
    ['a coordinated object', 'Lund called both the mayor and the governor “reckless”.', 'Lund', 'both the mayor and the governor “reckless”'],
    ['a pronoun object', 'The judge called it “a sham.”', 'The judge', 'it “a sham.”'],
  ])('a short "called X “…”": %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['the police', 'She called the police.'],
    ['a name with no label', 'The mayor called Lund on Friday.'],
  ])('"called" with no label reports nothing: %s', (_name, text) => {
    expect(attribute(text)).toEqual([]);
  });

  it.each([
    ['"While"', 'While the mayor said the budget was balanced, auditors said it was short.', [['the mayor', 'the budget was balanced'], ['auditors', 'it was short']]],
    ['"Although"', 'Although the coach said the team was fit, the doctor said two players were hurt.', [['the coach', 'the team was fit'], ['the doctor', 'two players were hurt']]],
    ['a mixed first clause', 'While Ana Lind said the bank is independent and she “will respect” its choice, critics said it had gone too far.', [['Ana Lind', 'the bank is independent and she “will respect” its choice'], ['critics', 'it had gone too far']]],
    ['a main clause with no cue', 'While he said it, the crowd cheered.', []],
    ['a main clause with "there" for its subject', 'While exit polls indicated that Ruiz led among early voters, there was a sense that she might lose.', [['exit polls', 'Ruiz led among early voters']]],
    ['a main clause with "it" for its subject', 'Although the governor said the road would reopen, it stayed shut for a month.', [['the governor', 'the road would reopen']]],
    ['"When" and a main clause with no cue', 'When she said the plan would fail, critics laughed.', [['she', 'the plan would fail']]],
    ['a capitalised "When" before a name', 'When Lopez said the tax was fair, Brown said it would hurt families.', [['Lopez', 'the tax was fair'], ['Brown', 'it would hurt families']]],
    ['a silent cue in the clause', 'When Lopez asked about the tax, Brown said it would hurt families.', [['Brown', 'it would hurt families']]],
    ['"After" before a name', 'After Ruiz argued the deal was weak, Olsen warned that it would collapse.', [['Ruiz', 'the deal was weak'], ['Olsen', 'it would collapse']]],
    ['a quotation closing after the comma', 'While Smith called the plan “a disaster,” Jones said it was working.', [['Smith', 'the plan “a disaster,”'], ['Jones', 'it was working']]],
    ['a mixed quote closing after the comma', 'Although Tan said the vote was “rigged,” officials insisted it was fair.', [['Tan', 'the vote was “rigged,”'], ['officials', 'it was fair']]],
    ['an adverb before the subordinator', 'Even as the union warned that fares would rise, the ferry company cut its timetable.', [['the union', 'fares would rise']]],
    ['"once"', 'Once the governor signals that the levy will stay, the council will approve the budget.', [['the governor', 'the levy will stay']]],
    ['a quantifier before the subject', 'While only some members said the strike should go on, the union kept its pickets out.', [['some members', 'the strike should go on']]],
    ['a judgement object', 'Just after the minister called the audit a smear, the auditors resigned in protest.', [['the minister', 'the audit a smear']]],
    ['a sentence adverb and a comma before the subordinator', 'Oddly, after the board asked staff to resign, Ruiz said the firm was stable.', [['the board', 'staff to resign'], ['Ruiz', 'the firm was stable']]],
    ['a conjunction and a comma before the subordinator', 'But, while critics said the fee was high, the mayor said it was fair.', [['critics', 'the fee was high'], ['the mayor', 'it was fair']]],
    ['a cue deep in the clause, its subject no longer right after the subordinator', 'After months of trying to show voters that she understands them, the senator said she would hold town halls.', [['the senator', 'she would hold town halls']]],
  ])('a cue in an opening subordinate clause ends at the main clause: %s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it.each([
    ['"by" and a silent cue', 'Ortega said that by refusing to publish the figures, the ministry had misled voters.', 'Ortega', 'by refusing to publish the figures, the ministry had misled voters'],
    ['"after"', 'The judge said that after hearing the case, she would rule on Friday.', 'The judge', 'after hearing the case, she would rule on Friday'],
  ])('a participle right after "that" opens an adjunct of the reported clause, not a claim of its own: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['an adjunct of concession', 'The pollster said the mayor, despite his wealth, is better placed to win.', 'The pollster', 'the mayor, despite his wealth, is better placed to win'],
    ['a participle after a verb of belief', 'Organisers hoped the festival, moved indoors by the storm, would still sell out.', 'Organisers', 'the festival, moved indoors by the storm, would still sell out'],
    ['an apposition', 'She argued the senator, a former judge, should have recused herself.', 'She', 'the senator, a former judge, should have recused herself'],
    ['an adjunct of time before a clause', 'He said he was pleased that lately, when he gives speeches, he is often asked about the bank.', 'He', 'he was pleased that lately, when he gives speeches, he is often asked about the bank'],
  ])('a reported clause keeps a remark set off by commas between its subject and verb: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a list of names', 'She said Ortiz, Lee and Chan were late.', 'Ortiz, Lee and Chan were late'],
    ['a list with a phrase', 'She said Ortiz, the mayor and the governor were late.', 'Ortiz, the mayor and the governor were late'],
  ])('commas that set off no remark leave the clause as it was: %s', (_name, text, quote) => {
    expect(pairs(text).map(([, q]) => q)).toEqual([quote]);
  });

  it.each([
    ['an adjunct before', 'In the long run, many economists say, the effect could spread to rents.', 'many economists', 'In the long run | the effect could spread to rents'],
    ['a place adjunct before', 'In her district, the senator said, most voters want the road.', 'the senator', 'In her district | most voters want the road'],
    ['a subject before, the predicate resumed', 'The plan, she said, would cost more.', 'she', 'The plan | would cost more'],
  ])('a tail set off by commas inside the claim joins both parts: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a clause before, a capitalised name after', 'The plan is dead, the mayor said, Lund agreed.'],
    ['a whole clause before', 'The talks failed, the envoy said, and nobody was surprised.'],
  ])('a tail after a whole clause keeps only that clause: %s', (_name, text) => {
    expect(pairs(text)[0]![1]).not.toContain(' | ');
  });

  it.each([
    ['"and he"', 'The senator said the real danger is inflation, and he attacked the moderators for ignoring it.', 'the real danger is inflation'],
    ['"but she"', 'The mayor said the bridge was safe, but she declined to give details.', 'the bridge was safe'],
    ['"and they"', 'The unions said wages had fallen, and they called a strike for May.', 'wages had fallen'],
  ])('a reported clause ends before the narrator\'s next clause: %s', (_name, text, quote) => {
    expect(pairs(text)[0]![1]).toBe(quote);
  });

  it('keeps a clause joined by "and it" in the report', () => {
    expect(pairs('The minister said the economy is strong, and it will grow next year.')[0]![1]).toBe('the economy is strong, and it will grow next year');
  });

  it.each([
    ['a title and name', 'The two states condemned the vote, with Foreign Minister Ana Lind warning of "grave consequences".', ['Foreign Minister Ana Lind', 'grave consequences']],
    ['a described speaker', 'The talks ended early, with one member of the delegation saying the offer was an insult.', ['one member of the delegation', 'the offer was an insult']],
    ['a named party', 'The bill passed, with the Harbour Party voicing opposition to the plan.', ['the Harbour Party', 'the plan']],
  ])('an absolute clause after "with" names its own speaker: %s', (_name, text, expected) => {
    expect(pairs(text)).toContainEqual(expected);
  });

  it('ends the first claim at the absolute clause and lets the main clause speak after it', () => {
    expect(pairs('After the senator ruled out any new taxes on fuel, with one aide saying they would "hurt families", the governor told reporters that the budget was fine.')).toEqual([
      ['the senator', 'any new taxes on fuel'],
      ['one aide', 'they would "hurt families"'],
      ['the governor', 'the budget was fine'],
    ]);
  });

  it.each([
    ['no speaker', 'The team left the field with the crowd chanting its name.'],
    ['a summary before a quotation', 'The talks ran late, with the envoy stressing the need for patience.\n“We will need months,” he added.'],
  ])('no absolute claim: %s', (_name, text) => {
    expect(pairs(text).filter(([speaker]) => speaker === 'the envoy' || speaker === 'the crowd')).toEqual([]);
  });

  it.each([
    ['resolutions', 'The decision breaks with UN resolutions declaring the dam project unlawful.'],
    ['a law', 'The plan clashes with the law requiring a public vote on new taxes.'],
    ['rules', 'Critics say the merger sits uneasily with EU rules demanding open tenders.'],
    ['a treaty', 'The move is at odds with the treaty stating that the strait stays open.'],
  ])('no absolute claim whose subject is an instrument, not a speaker: %s', (_name, text) => {
    expect(pairs(text).filter(([speaker]) => /resolutions|law|rules|treaty/.test(speaker ?? ''))).toEqual([]);
  });

  it.each([
    ['"his"', 'The minister expressed his concern that the deal would collapse.', 'The minister', 'the deal would collapse'],
    ['"their"', 'The unions voiced their support for the strike.', 'The unions', 'the strike'],
    ['"her"', 'She expressed her hope that the talks would resume.', 'She', 'the talks would resume'],
  ])('an owner inside a phrase cue: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a list', 'The judge wrote that the title, history and text of the law showed it to be unfair.', 'The judge', 'the title, history and text of the law showed it to be unfair'],
    ['a pair', 'The auditor said that the survey and the study showed it to be sound.', 'The auditor', 'the survey and the study showed it to be sound'],
  ])('a cue that reports nothing after a coordinated subject is the reported clause\'s verb: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it('a clause before "and" still ends at a new subject and its cue', () => {
    expect(pairs('Lee said the plan would work and officials noted the cost.')).toEqual([['Lee', 'the plan would work']]);
  });

  it('reads an object pronoun before a particle as no owner', () => {
    expect(pairs('The mayor called her for advice.')).toEqual([]);
  });

  it.each([
    ['"after"', 'The premier warned against weakening the alliance, after a week of angry exchanges.', 'weakening the alliance'],
    ['"amid"', 'The union denounced the closure of the plant, amid fears of more cuts.', 'the closure of the plant'],
  ])('an object complement ends before the narrator\'s adjunct: %s', (_name, text, quote) => {
    expect(pairs(text)[0]![1]).toBe(quote);
  });

  it.each([
    ['a programme', 'The editor said on the show “Meet the Press” that the plan was dead.'],
    ['doubled apostrophes', "The editor said on the show ''Morning Joe'' that the plan was dead."],
  ])('a quoted title inside the adjunct before "that": %s', (_name, text) => {
    expect(pairs(text)).toEqual([['The editor', 'the plan was dead']]);
  });

  it('keeps an adjunct inside a "that"-clause', () => {
    expect(pairs('The minister said that the talks failed, after a week of delays.')[0]![1]).toBe('the talks failed, after a week of delays');
  });

  it.each([
    ['a spaced hyphen as a dash', 'The port authority - which runs the docks - said the strike was over.', 'The port authority', 'the strike was over'],
    ['a participle after a spaced hyphen', 'The coach changed the line-up - saying the wind had picked up.', 'The coach', 'the wind had picked up'],
  ])('hyphens typed for dashes: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['"this afternoon\'s"', 'Despite the protests outside, the council leader welcomed this afternoon\'s vote on the budget.', 'the council leader', "this afternoon's vote on the budget"],
    ['"Monday\'s"', 'After a long night, the mayor praised Monday\'s deal with the unions.', 'the mayor', "Monday's deal with the unions"],
  ])('a time word that owns the object makes no tail: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['"said of that"', '“We had to move faster,” the director said of that decision in a call with reporters.', [['the director', 'We had to move faster']]],
    ['"told in that interview"', 'The coach spoke in that interview about his plans.', []],
  ])('"that" after a preposition opens no clause: %s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it.each([
    ['an adverb before', 'The premier said that the delegation acted strictly according to the instructions of the cabinet.', 'the delegation acted strictly according to the instructions of the cabinet'],
    ['a verb before', 'The minister said the army moved according to plan.', 'the army moved according to plan'],
  ])('"according to" meaning "in keeping with" is no source: %s', (_name, text, quote) => {
    expect(pairs(text).map(([, found]) => found)).toEqual([quote]);
  });

  it('still reads "according to" set off as a source', () => {
    expect(pairs('The rebels attacked the town, according to officials.')).toEqual([['officials', 'The rebels attacked the town']]);
  });

  it('leaves a lone reported clause alone', () => {
    expect(pairs('The mayor said the budget, which was late, was balanced.')).toEqual([['The mayor', 'the budget, which was late, was balanced']]);
  });
});
