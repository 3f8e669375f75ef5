import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { pairs } from './helpers.js';

function rulesOf(text: string, quote: string): readonly string[] {
  const claim = extractClaims(text).claims.find((found) => found.quote === quote);
  if (claim === undefined) throw new Error(`no claim with quote "${quote}" in: ${text}`);
  return claim.rules;
}

/** Where a reported clause's span starts and ends when the attribution sits inside it or splits it. */
describe('span classes', () => {
  describe('a clause that goes on past a tail set inside it', () => {
    it.each([
      ['an addressee after the cue', 'The hard part now, the coach told me on Sunday, is that the squad has no striker.', 'The hard part now | is that the squad has no striker'],
      ['"that" after a "so" clause', 'The queue had grown so long, Ms. Akande noted, that the clinic opened a second door.', 'The queue had grown so long | that the clinic opened a second door'],
      ['a preposition before "how"', 'The firm has a plan, its founder said, for how the mill can keep running.', 'The firm has a plan | for how the mill can keep running'],
      ['a preposition before "why"', 'There is a reason, the lawyer said, behind why the deal collapsed.', 'There is a reason | behind why the deal collapsed'],
      ['"and" before a quoted predicate', 'Lind "took the money," the auditor said, and still "kept his seat on the board."', 'Lind "took the money," | and still "kept his seat on the board."'],
      ['a silent cue in the resumed clause', 'Back in Leeds, Mr. Osei said, he decided to open a bakery.', 'Back in Leeds | he decided to open a bakery'],
    ])('%s', (_name, text, quote) => {
      expect(pairs(text).map(([, found]) => found)).toEqual([quote]);
    });

    it.each([
      ['a clause about the saying', 'The port will stay shut, the minister said on Monday, as she set off for the summit.', 'The port will stay shut'],
      ['a predicate of the speaker', 'The plan is dead, the senator said, but declined to give details.', 'The plan is dead'],
      ['a new subject after "and"', 'The plan is dead, the senator said, and the party agreed with him.', 'The plan is dead'],
      ['a bare preposition', 'The bridge will close, the council said, in a statement issued by its press office.', 'The bridge will close'],
    ])('stops at the tail when what follows is the narrator’s (%s)', (_name, text, quote) => {
      expect(pairs(text).map(([, found]) => found)).toEqual([quote]);
    });

    it.each([
      ['a noun phrase', 'It was, Ms. Akande said, the busiest winter the clinic has had.', 'It was | the busiest winter the clinic has had'],
      ['an adjective', 'The repairs were, the landlord said, unavoidable after the flood.', 'The repairs were | unavoidable after the flood'],
      ['a "that" clause', 'The trouble is, the coach said, that nobody trains in July.', 'The trouble is | that nobody trains in July'],
    ])('a copula before the tail takes its complement after it (%s)', (_name, text, quote) => {
      expect(pairs(text).map(([, found]) => found)).toEqual([quote]);
      expect(rulesOf(text, quote.replace(' | ', ' '))).toContain('attribution/span:copula-before-tail');
    });

    it('names its rule', () => {
      expect(rulesOf('The queue had grown so long, Ms. Akande noted, that the clinic opened a second door.', 'The queue had grown so long that the clinic opened a second door')).toContain(
        'attribution/span:clause-past-tail',
      );
    });
  });

  describe('a split quotation whose second part follows "but" or "and"', () => {
    it.each([
      ['"but"', '"I admire the coach," she said, but "his tactics have cost us the title."', 'I admire the coach | his tactics have cost us the title'],
      ['"and"', '"The roof leaks," the tenant said, and "nobody has come to fix it."', 'The roof leaks | nobody has come to fix it'],
      ['a named speaker', '"We will appeal," Ruth Bell said, but "the ruling stands for now."', 'We will appeal | the ruling stands for now'],
    ])('%s', (_name, text, quote) => {
      const found = pairs(text);
      expect(found).toHaveLength(1);
      expect(found[0]![1]).toBe(quote);
    });

    it('joins no second quotation that names a speaker of its own', () => {
      expect(pairs('"We will appeal," Ruth Bell said, and "we will win," her lawyer added.')[0]).toEqual(['Ruth Bell', 'We will appeal']);
    });

    it('names its rule', () => {
      expect(rulesOf('"The roof leaks," the tenant said, and "nobody has come to fix it."', 'The roof leaks nobody has come to fix it')).toContain(
        'attribution/span:coordinated-quotation-part',
      );
    });
  });

  describe('a subject whose noun a clause without "who" follows', () => {
    it.each([
      ['a participle and a day', 'A report published Tuesday said the mayor used a private phone.', 'A report', 'the mayor used a private phone'],
      ['a participle and its agent', 'A letter signed by 40 farmers urged the council to reopen the market.', 'A letter', 'the council to reopen the market'],
      ['a participle and a place', 'Documents filed in court on Monday showed that the firm paid no tax.', 'Documents', 'the firm paid no tax'],
      ['a pronoun and its verb', 'All the economists I interviewed said the forecast was too rosy.', 'the economists', 'the forecast was too rosy'],
      ['a stranded preposition', 'The nurses we spoke with said the ward had been closed for weeks.', 'The nurses', 'the ward had been closed for weeks'],
    ])('%s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toEqual([[speaker, quote]]);
    });

    it.each([
      ['a name before a past verb', 'Lee signed the deal, and the union said it would strike.', 'the union', 'it would strike'],
      ['a clause before a tail', 'Police arrested a man Tuesday, officials said.', 'officials', 'Police arrested a man Tuesday'],
    ])('reads no reduced clause where a clause of its own stands (%s)', (_name, text, speaker, quote) => {
      expect(pairs(text)).toEqual([[speaker, quote]]);
    });

    it('names its rule', () => {
      expect(rulesOf('A report published Tuesday said the mayor used a private phone.', 'the mayor used a private phone')).toContain(
        'attribution/frame:reduced-relative-subject',
      );
    });
  });

  describe('a relative clause between the speaker and the cue', () => {
    it.each([
      ['"whose"', 'Mr. Varga, whose narrow defeat was widely seen as a blow, said that he would run again.', 'Mr. Varga', 'he would run again'],
      ['"whose" after a title', 'Senator Ruth Bell, whose bill stalled in May, said the vote was rigged.', 'Senator Ruth Bell', 'the vote was rigged'],
      ['a party label in brackets', 'Rep. Ana Holt (D-Ore.), who wrote the housing bill, said in a statement that the rules were fair.', 'Rep. Ana Holt', 'the rules were fair'],
    ])('%s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toEqual([[speaker, quote]]);
    });
  });

  describe('a cue that shares the subject of the verb before it, past auxiliaries and adverbs', () => {
    it.each([
      ['"and has"', 'Ms. Ortiz has attacked fees that hurt renters, and has called for ending the levy on deposits.', 'Ms. Ortiz', 'ending the levy on deposits'],
      ['"but also"', 'The union accepted the offer, but also warned that it would strike if pay fell.', 'The union', 'it would strike if pay fell'],
      ['"and later"', 'The minister visited the plant and later said the jobs were safe.', 'The minister', 'the jobs were safe'],
    ])('%s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toEqual([[speaker, quote]]);
    });

    it('a subordinator after the coordinator opens a clause of its own', () => {
      expect(pairs('He had not seen the clip, and when asked whether he backed the protest, he said he did not.').map(([speaker]) => speaker)).not.toContain(null);
      expect(pairs('He had not seen the clip, and when asked whether he backed the protest, he said he did not.')).toContainEqual(['he', 'he did not']);
    });
  });

  describe('where an object with no clause of its own ends', () => {
    it.each([
      ['a tensed second predicate after "and"', 'The union rejected the offer and has since called a strike.', 'The union', 'the offer'],
      ['a tensed second predicate after an infinitive', 'The board has signaled willingness to change the rules but has been met with resistance.', 'The board', 'to change the rules'],
      ['a noun the tagger reads as a verb before "while"', 'The council condemned the latest rocket launch while leaders met in Oslo.', 'The council', 'the latest rocket launch'],
      ['a comma, "but" and a clause', 'President Lee called for cutting the sales tax to 5 percent, but the finance minister would keep it at 8 percent.', 'President Lee', 'cutting the sales tax to 5 percent'],
    ])('%s', (_name, text, speaker, quote) => {
      expect(pairs(text)).toEqual([[speaker, quote]]);
    });

    it.each([
      ['"and" and a tensed verb after a reported clause', 'The mayor said the plan would fail and has been wrong before.', 'the plan would fail and has been wrong before'],
      ['", but" and a clause after a reported clause', 'The judge said the tax would rise, but the minister would keep it low.', 'the tax would rise, but the minister would keep it low'],
    ])('a reported clause keeps them, they may be the speaker’s (%s)', (_name, text, quote) => {
      expect(pairs(text).map(([, found]) => found)).toEqual([quote]);
    });
  });

  describe('a name, its apposition of two offices and a relative clause before the cue', () => {
    it('is one speaker', () => {
      expect(pairs('Ana Ruiz, a local builder and spokeswoman for the Housing Guild, which is made up of landlords, said the plan failed.')).toEqual([
        ['Ana Ruiz, a local builder and spokeswoman for the Housing Guild', 'the plan failed'],
      ]);
    });

    it('names listed before the relative clause still speak each', () => {
      expect(pairs('Ana Ruiz, Tom Lee and Mia Park, who met on Monday, said the plan failed.').map(([speaker]) => speaker)).toEqual(['Ana Ruiz', 'Tom Lee', 'Mia Park']);
    });
  });
});
