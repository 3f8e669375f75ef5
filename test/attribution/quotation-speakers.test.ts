import { describe, expect, it } from 'vitest';
import { attribute, pairs } from './helpers.js';

/** Who speaks a quotation when the words around it are not a reporting verb of the lexicon. */
describe('quotation speakers', () => {
  it.each([
    ['a party label', '“We have the votes. The bill will pass,” Rep. Ann Roe (D-Md.) said.', 'Rep. Ann Roe', 'We have the votes. The bill will pass'],
    ['a party label with a home state of two words', '“We have the votes. Trust me,” Sen. Tom Hale (R-N.Y.) told reporters.', 'Sen. Tom Hale', 'We have the votes. Trust me'],
    ['a label, then an adjunct', '“It is over. We lost,” Rep. Ann Roe (D-Md.) said in a phone interview.', 'Rep. Ann Roe', 'It is over. We lost'],
    ['an age', '“The mill fed this town. Now it is gone,” Joe Park (61) said.', 'Joe Park', 'The mill fed this town. Now it is gone'],
    ['a caption note', '“We start on Monday. Nothing will stop us,” Lena Cruz (pictured) said.', 'Lena Cruz', 'We start on Monday. Nothing will stop us'],
  ])('a short bracket after the name of the speaker of a quotation: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a bracket that opens a new sentence', '“We start on Monday. Nothing will stop us.” (Laughter.) The senator said the bill would pass.', 'The senator', 'the bill would pass'],
  ])('a bracket that is no part of an attribution: %s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['"continued" and a comma', 'The mayor continued, “We will rebuild the bridge.”', 'The mayor', 'We will rebuild the bridge'],
    ['"continued" and a colon', 'Ann Roe continued: “We will rebuild the bridge. It will take a year.”', 'Ann Roe', 'We will rebuild the bridge. It will take a year'],
    ['"continues" in the present', 'He continues: “Nobody here asked for this plant.”', 'He', 'Nobody here asked for this plant'],
    ['"went on"', 'She went on: “The board ignored every warning.”', 'She', 'The board ignored every warning'],
    ['"goes on"', 'The coach goes on, “We have to defend better than that.”', 'The coach', 'We have to defend better than that'],
  ])('a verb of going on before a quotation hands the word back to its subject: %s', (_name, text, speaker, quote) => {
    const found = attribute(text);
    expect(found.map((f) => [f.speaker, f.quote])).toEqual([[speaker, quote]]);
    expect(found[0]!.rule).toBe('attribution/direct-quote');
  });

  it.each([
    ['a fragment in lower case', 'The rally continued, “louder than ever” by all accounts.'],
    ['no mark before the quotation', 'Prices continued “stubbornly high” into the spring.'],
    ['"went" without "on"', 'The senator went, “Wow.”'],
    ['"continued to" before the quotation', 'The band continued to play “Hold On” until dawn.'],
  ])('a verb of going on that introduces no quotation: %s', (_name, text) => {
    expect(attribute(text)).toEqual([]);
  });

  it('a quotation with a speaker of its own after it keeps that speaker', () => {
    expect(pairs('Prices continued, “Stubbornly high,” the report said.')).not.toContainEqual(['Prices', 'Stubbornly high']);
  });

  it.each([
    ['a manner and a smile', 'The host replied pointedly, with a smile: “It can happen at any age.”', 'The host', 'It can happen at any age'],
    ['an addressee and a day', 'The minister warned reporters on Friday: “Prices will rise.”', 'The minister', 'Prices will rise'],
    ['a medium', 'The governor wrote on social media: “The roads are closed until noon.”', 'The governor', 'The roads are closed until noon'],
    ['a topic', 'The coach said of his striker: “He is the best I have worked with.”', 'The coach', 'He is the best I have worked with'],
  ])('a cue whose adjunct runs up to the colon before a quotation: %s', (_name, text, speaker, quote) => {
    const found = attribute(text);
    expect(found.map((f) => [f.speaker, f.quote])).toEqual([[speaker, quote]]);
    expect(found[0]!.rule).toBe('attribution/direct-quote');
  });

  it.each([
    ['a place', 'The mayor said at a news conference, “The bridge stays shut.”', 'The mayor', 'The bridge stays shut'],
    ['a day and a place', 'Ana Ruiz told reporters in Leeds last week, "We will not sell the club."', 'Ana Ruiz', 'We will not sell the club'],
    ['a manner after the addressee', 'The coach told the paper simply, "We lost."', 'The coach', 'We lost'],
    ['an adverb after a cue that needs "that"', 'The senator replied calmly, "My record speaks for itself."', 'The senator', 'My record speaks for itself'],
  ])('a cue whose adjunct runs up to the comma before a quotation: %s', (_name, text, speaker, quote) => {
    const found = attribute(text);
    expect(found.map((f) => [f.rule, f.speaker, f.quote, f.type])).toEqual([['attribution/direct-quote', speaker, quote, 'direct']]);
  });

  it('a title after the comma names the adjunct, not a saying', () => {
    expect(attribute('She wrote in her memoir, "Hard Times."').filter((f) => f.rule === 'attribution/direct-quote')).toEqual([]);
  });

  it.each([
    ['a denied cue', 'The report said nothing about the cost: “It was never the point.”', 'It was never the point'],
    ['a relative clause before the colon', 'He mocked the remark from a candidate who promised mass deportation: “Your plan is cruel.”', 'Your plan is cruel'],
    ['a verb in the stretch', 'The senator said the plan was dead: “We will not back down.”', 'We will not back down'],
  ])('no cue before an adjunct reads the quotation alone: %s', (_name, text, quotation) => {
    expect(attribute(text).map((f) => f.quote)).not.toContain(quotation);
  });
});

