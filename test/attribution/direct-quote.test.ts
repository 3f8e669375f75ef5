import { describe, expect, it } from 'vitest';
import { attribute, pairs } from './helpers.js';

describe('direct-quote', () => {
  it.each([
    ['quote then speaker', '"The bridge will open in May," Mayor Lena Park said.', 'Mayor Lena Park', 'The bridge will open in May', 'said'],
    ['quote then pronoun', '“We are not leaving,” she told reporters.', 'she', 'We are not leaving', 'told'],
    ['inverted', '"Prices will fall," said Omar Haddad, the head of the central bank.', 'Omar Haddad, the head of the central bank', 'Prices will fall', 'said'],
    ['colon intro', 'The governor said: "There is no money left."', 'The governor', 'There is no money left', 'said'],
    ['comma intro', 'Chile\'s finance minister added, "The deficit is under control."', "Chile's finance minister", 'The deficit is under control', 'added'],
    ['single marks', "'It is a fair deal,' the union leader said.", 'the union leader', 'It is a fair deal', 'said'],
    ['guillemets', '«Nous restons ici», Pierre Lamy said.', 'Pierre Lamy', 'Nous restons ici', 'said'],
    ['low-high marks', '„Wir bleiben hier“, Anna Weber said.', 'Anna Weber', 'Wir bleiben hier', 'said'],
    ['verb outside the lexicon', '"This is a disaster," the senator grumbled.', 'the senator', 'This is a disaster', 'grumbled'],
    ['colon after the addressee of "told"', 'The harbour master told reporters: "The channel stays shut."', 'The harbour master', 'The channel stays shut', 'told'],
    ['comma after a pronoun addressee', 'The coach told us, "Nobody is leaving this summer."', 'The coach', 'Nobody is leaving this summer', 'told'],
    ['a cue after "went on to"', 'The skipper went on to say, "The boat was never in danger."', 'The skipper', 'The boat was never in danger', 'say'],
    ['a name after a dash signs the quotation', '"The bridge will hold," – Mayor Lena Park.', 'Mayor Lena Park', 'The bridge will hold', null],
    ['the quotation dash (U+2015) signs it', '“Our rents have doubled in two years.” ― Tomas Berg', 'Tomas Berg', 'Our rents have doubled in two years', null],
    ['the quotation dash glued to the mark', '“Nobody asked the fishermen.”― Ines Duarte, a trawler captain.', 'Ines Duarte, a trawler captain', 'Nobody asked the fishermen', null],
    ['a typed double hyphen signs it', '"The ferry must run all winter." -- Council member Joy Okafor', 'Council member Joy Okafor', 'The ferry must run all winter', null],
    ['a name followed by "of" what is said of it', '"It was a hard part," said Ana Lind of her role in the film.', 'Ana Lind', 'It was a hard part', 'said'],
    ['question kept', '"Who will pay for this?" the mayor asked.', 'the mayor', 'Who will pay for this?', 'asked'],
  ])('%s', (_name, text, speaker, quote, cue) => {
    const found = attribute(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'attribution/direct-quote', type: 'direct', speaker, quote, cue });
  });

  it.each([
    ['"We will rebuild the pier." It mattered to the town.'],
    ['"We will rebuild the pier." The promise mattered to the fishermen.'],
  ])('a new sentence whose verb is no cue and whose subject is no one gives no speaker: %s', (text) => {
    expect(attribute(text)).toEqual([]);
  });

  it('a new sentence whose verb is no cue still names a person who acts after the quotation', () => {
    expect(attribute('"We will rebuild the pier." Roe smiled.').map((f) => [f.speaker, f.quote])).toEqual([['Roe', 'We will rebuild the pier']]);
  });

  it.each([
    ['closing together', "''My aunt told me, 'Never sell the farm,''' said Ana Ruiz, who grew up there.", 'Ana Ruiz', "My aunt told me, 'Never sell the farm,'"],
    ['opening together', "'''Night Train,''' the singer replied.", 'the singer', "'Night Train,'"],
    ['closing before the speaker', "''She asked me, 'Why now?''' the mayor said.", 'the mayor', "She asked me, 'Why now?'"],
  ])('reads a single quotation nested in doubled apostrophes, the marks %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it('joins a split quotation into one attribution with two spans', () => {
    const found = attribute('"We tried," the coach said. "The other team was simply better."');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: 'the coach', quote: 'We tried | The other team was simply better' });
  });

  it('joins a quotation split by the attribution inside one sentence', () => {
    const found = attribute('"If the levee holds," the engineer said, "the town will stay dry." "We are ready," the mayor said.');
    expect(found.map((f) => [f.speaker, f.quote])).toEqual([
      ['the engineer', 'If the levee holds | the town will stay dry'],
      ['the mayor', 'We are ready'],
    ]);
  });

  it('keeps an apposition of two offices joined by "and" with an inverted speaker', () => {
    expect(pairs('"We will not back down," said Ana Lund, the MP for Eastfield and chair of the health committee.')).toEqual([
      ['Ana Lund, the MP for Eastfield and chair of the health committee', 'We will not back down'],
    ]);
  });

  it('keeps several sentences inside one pair of marks', () => {
    expect(pairs('“Rates stay high. Growth is slow. We wait,” the economist Ravi Menon said.')).toEqual([
      ['the economist Ravi Menon', 'Rates stay high. Growth is slow. We wait'],
    ]);
  });

  it('reads a quotation re-opened on each paragraph and closed on the last', () => {
    const text = ['Dr. Amara Osei said: "The first trial failed.', '"The second trial is under way.', '"We expect results in June."'].join('\n');
    const found = attribute(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.quote).toBe('The first trial failed. | The second trial is under way. | We expect results in June');
    expect(found[0]!.speaker).toBe('Dr. Amara Osei');
  });

  it('gives the quote of "expressed confidence …, stating, Q" to the subject, once', () => {
    expect(pairs('The coach expressed confidence in the team, stating, "We can still win the league."')).toEqual([
      ['The coach', 'We can still win the league'],
    ]);
  });

  it('reads a headline-style "Name: Q"', () => {
    expect(pairs('Okafor: "We will not raise taxes"')).toEqual([['Okafor', 'We will not raise taxes']]);
  });

  it('records the addressee of an interview', () => {
    const found = attribute('"We will not sell," Maria Costa said in an interview with the Lisbon Herald.');
    expect(found[0]!.addressee).toBe('the Lisbon Herald');
  });

  it.each([
    ['scare quotes in narration', 'The plan, called "Project Blue" by insiders, was dropped in March.'],
    ['a fragment with no speaker', 'The deal will be signed "in the coming days."'],
    ['unbalanced marks', 'He said "we will win and then nothing else happened.'],
    ['a title in quotes', 'The film "The Long Night" opened on Friday.'],
  ])('no direct quote from %s', (_name, text) => {
    expect(attribute(text).filter((found) => found.type === 'direct')).toEqual([]);
  });

  it('never lets an unclosed quotation run into the next paragraph', () => {
    const text = 'The mayor said "we will rebuild.\nThe river rose again on Monday.';
    for (const found of attribute(text)) expect(found.quote).not.toContain('river');
  });
});

describe('a quotation after a colon with its speaker named after it', () => {
  it.each([
    ['after a clause of the narrator', 'The mayor sounded weary: “We have done all we can,” she said.', 'she', 'We have done all we can'],
    ['after a bare phrase', 'His final verdict: "The plan is not quite dead," the minister said.', 'the minister', 'The plan is not quite dead'],
    ['after an adverbial lead-in', 'For example: "We made a mistake in the first place," Ana Ruiz told the paper in May.', 'Ana Ruiz', 'We made a mistake in the first place'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(attribute(text).map((found) => [found.rule, found.speaker, found.quote])).toEqual([['attribution/direct-quote', speaker, quote]]);
  });

  it('takes the speaker after the quotation over a cue before the colon, and joins the split quotation', () => {
    expect(pairs('Ana Ruiz interjected: "As a lawyer," she said, "I know the rules."')).toEqual([['she', 'As a lawyer | I know the rules']]);
  });

  it('joins the sentence quoted after it', () => {
    expect(pairs('Her last word on it: "We are not optimistic," Ana Ruiz said. "We are hopeful."')).toEqual([
      ['Ana Ruiz', 'We are not optimistic | We are hopeful'],
    ]);
  });
});

describe('a cue that needs "that" before a quotation set off by a colon or comma', () => {
  it.each([
    ['replied with a colon', 'Asked whether she would vote for him, she replied: “I do not know yet.”', 'she', 'I do not know yet'],
    ['responded with a comma', 'The harbour master responded, “The channel is open again.”', 'The harbour master', 'The channel is open again'],
    ['answered', 'Lena Park answered: "Nobody has paid more tax than I have."', 'Lena Park', 'Nobody has paid more tax than I have'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['no punctuation before the mark', 'The mayor replied "later" to every question.'],
    ['a question word cue', 'The reporter asked: "Will you run again?"'],
  ])('reads no quotation when %s', (_name, text) => {
    expect(attribute(text).filter((found) => found.rule === 'attribution/direct-quote')).toEqual([]);
  });
});

describe('a cue that opens the sentence before its speaker and the quotation', () => {
  it.each([
    ['with a relative clause', 'Said Ana Ruiz, who grew up on the same street, “We were all so proud of him.”', 'Ana Ruiz', 'We were all so proud of him'],
    ['with an adjunct', 'Wrote Omar Haddad in his weekly column, "The season is over for us."', 'Omar Haddad', 'The season is over for us'],
  ])('%s', (_name, text, speaker, quote) => {
    const found = attribute(text);
    expect(found.map((each) => [each.speaker, each.quote])).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a base form', 'Say what you like, "the bridge is safe" is what the report found.'],
    ['a cue needing "that"', 'Replied the clerk, "Next!"'],
  ])('reads no fronted cue with %s', (_name, text) => {
    expect(attribute(text).filter((found) => found.rule === 'attribution/direct-quote' && found.cue !== null && /^(Say|Replied)/.test(found.cue))).toEqual([]);
  });
});

describe('a split quotation', () => {
  it.each([
    ['a participle between', '“Every time you say that,” the senator said, referring to the excuse, “you give the critics more to work with.”', 'Every time you say that | you give the critics more to work with'],
    ['a prepositional phrase between', '“We will win,” the mayor said at the rally, “and we will rebuild the pier.”', 'We will win | and we will rebuild the pier'],
    ['a quotation inside the first part', '“You say you ‘accept the blame, and it was their fault,’” Roe said. “That is not accepting it.”', 'You say you ‘accept the blame, and it was their fault,’ | That is not accepting it'],
    ['a curly part closed by a straight mark', '“The port will close,” the mayor said. “We have no choice."', 'The port will close | We have no choice'],
    ['a straight part closed by an opening curly mark', '"The port will close," the mayor said. "We have no choice.“', 'The port will close | We have no choice'],
    ['a first part closed by an opening curly mark', '“The port will close,“ said Ana Ruiz, the mayor. “We have no choice.”', 'The port will close | We have no choice'],
    ['a show quoted in the attribution', '"The budget is a mess," Lena Park said on ABC\'s "This Week." "Nobody has read it."', 'The budget is a mess | Nobody has read it'],
    ['a title in a relative clause on the speaker', '“We may sell,” said Omar Haddad, who hosts “Money Talks.” “It depends on the price.”', 'We may sell | It depends on the price'],
    ['an abbreviated state ending the attribution', '"The count is wrong," Ana Ruiz told reporters in Reno, Nev. "We will ask for a recount."', 'The count is wrong | We will ask for a recount'],
    ['a city and state ending the attribution', '“We are ready,” the coach said after practice in Dayton, Ohio. “The team is healthy.”', 'We are ready | The team is healthy'],
  ])('is one quotation with %s', (_name, text, quote) => {
    expect(attribute(text).map((found) => found.quote)).toEqual([quote]);
  });

  it('leaves a second part with a speaker of its own to that speaker, past a title in the attribution', () => {
    expect(pairs('"We may sell," said Omar Haddad, who hosts "Money Talks." "Ask me in May," Lena Park said.')).toEqual([
      ['Omar Haddad', 'We may sell'],
      ['Lena Park', 'Ask me in May'],
    ]);
  });

  it('does not run past a clause of the narrator', () => {
    expect(attribute('“We will win,” the mayor said, and the crowd cheered, “and we will rebuild.”').map((found) => found.quote)).toEqual(['We will win']);
  });
});

describe('a sentence after a quotation whose cue reports a clause of its own', () => {
  it.each([
    ['a clause after the cue', '“We build the ships,” the owner said. “Nobody else does it here.” He said the yard would hire forty welders.', 'We build the ships | Nobody else does it here'],
    ['"that" after the cue', '“The pier is safe,” the engineer said. “We checked every pile.” She said that the tests ended on Friday.', 'The pier is safe | We checked every pile'],
    ['a name and a clause', '“Rates stay low,” Ines Ruiz said. “Savers must wait.” Ruiz added the bank might move in spring.', 'Rates stay low | Savers must wait'],
    ['a colon after the cue', '“The vote was fair,” the clerk said. “Every ballot was counted twice.” He said: “There is nothing to hide.”', 'The vote was fair | Every ballot was counted twice'],
  ])('does not take the quotation before it: %s', (_name, text, quote) => {
    expect(attribute(text).find((found) => found.rule === 'attribution/direct-quote')?.quote).toBe(quote);
  });

  it.each([
    ['a bare cue', '“Nobody else does it here.” He said.', 'Nobody else does it here'],
    ['a cue and a time', '“Nobody else does it here.” the owner said on Monday.', 'Nobody else does it here'],
    ['a cue and an addressee', '“The pier is safe.” the engineer told reporters.', 'The pier is safe'],
  ])('still takes the speaker of a short clause after it: %s', (_name, text, quote) => {
    expect(attribute(text).map((found) => found.quote)).toEqual([quote]);
  });
});

describe('a quotation right after the clause that closed the one before', () => {
  it.each([
    ['no comma after the cue', '“One way or another,” the coach added “we will be back next year.”', 'One way or another | we will be back next year'],
    ['a name and a cue', '“Not today,” Mayor Ana Ruiz said “and not tomorrow either.”', 'Not today | and not tomorrow either'],
    ['a pronoun and a cue', '“Prices will fall,” she said “but not this year.”', 'Prices will fall | but not this year'],
  ])('resumes the first quotation: %s', (_name, text, quote) => {
    expect(attribute(text).map((found) => found.quote)).toEqual([quote]);
  });

  it('keeps a quotation introduced by another clause apart', () => {
    expect(attribute('“We tried,” the coach said. The captain added “the other team was better.”').map((found) => found.quote)).toEqual([
      'We tried',
      'the other team was better',
    ]);
  });
});
