import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/analyse.js';
import { tagText } from '../../src/text/model.js';
import { READ_CHUNK_CHARS } from '../../src/text/read-chunks.js';

function sentencesOf(raw: string): string[] {
  return analyse(raw, [{ start: 0, end: raw.length }]).sentences.map((sentence) => sentence.text);
}

describe('analyse', () => {
  it('gives every token raw offsets that reproduce its text, across paragraphs', () => {
    const raw = '  Headline without stop\n\nShe said: “We’re ready.”  The vote is on 3 May — maybe.\u00a0Done.';
    const analysis = analyse(raw, [
      { start: 2, end: 23 },
      { start: 25, end: raw.length },
    ]);
    expect(analysis.paragraphs).toHaveLength(2);
    for (const sentence of analysis.sentences) {
      expect(raw.slice(sentence.start, sentence.end)).toBe(sentence.text);
      sentence.tokens.forEach((token, index) => {
        expect(raw.slice(token.start, token.end)).toBe(token.value);
        expect(token.index).toBe(index);
      });
    }
  });

  it.each([
    ['a domain-like name does not end a sentence', 'Nordpost.Ee reports that prices rose. Then they fell.', ['Nordpost.Ee reports that prices rose.', 'Then they fell.']],
    ['an outlet abbreviation before a capitalised word ends one', 'He told the BBC. Officials denied it.', ['He told the BBC.', 'Officials denied it.']],
    ['a title abbreviation does not', 'Gen. Ruiz said the unit left.', ['Gen. Ruiz said the unit left.']],
    ['a country abbreviation with inner dots does not', 'U.S. Senator Ann Cole voted no.', ['U.S. Senator Ann Cole voted no.']],
  ])('%s', (_name, raw, expected) => {
    expect(sentencesOf(raw)).toEqual(expected);
  });

  it('keeps a very long run without spaces out of the tagger as one token', () => {
    const run = 'x'.repeat(5_000);
    const raw = `It began. ${run} It ended.`;
    const analysis = analyse(raw, [{ start: 0, end: raw.length }]);
    const long = analysis.sentences.find((sentence) => sentence.text === run);
    expect(long?.tokens).toHaveLength(1);
    expect(analysis.sentences.map((sentence) => sentence.text)).toEqual(['It began.', run, 'It ended.']);
  });
});

describe('analyse with doubled apostrophes as quotation marks', () => {
  it('tags the marks as one quotation mark each and keeps raw offsets', () => {
    const raw = "Paying no tax ''makes me smart,'' he said.";
    const tokens = analyse(raw, [{ start: 0, end: raw.length }]).sentences.flatMap((sentence) => sentence.tokens);
    for (const token of tokens) expect(raw.slice(token.start, token.end)).toBe(token.value);
    expect(tokens.map((token) => token.value)).toEqual(['Paying', 'no', 'tax', "'", 'makes', 'me', 'smart', ',', "''", 'he', 'said', '.']);
    expect(tokens[3]!.start).toBe(raw.indexOf("''") + 1);
  });
});

describe('analyse of words with letters beyond Latin-1', () => {
  const words = (raw: string) => analyse(raw, [{ start: 0, end: raw.length }]).sentences.flatMap((sentence) => sentence.tokens);
  it.each([
    ['Minister Bogusław Wrześniak said it.', 'Bogusław', 'Wrześniak'],
    ['Envoy Łucja Zieliński said it.', 'Łucja', 'Zieliński'],
    ['Mayor Ayşe Günaydın said it.', 'Ayşe', 'Günaydın'],
    ['Senator Tomáš Dvořák said it.', 'Tomáš', 'Dvořák'],
    ['Minister Nguyễn Văn An said it.', 'Nguyễn', 'Văn'],
    ['Judge Đorđe Petrović said it.', 'Đorđe', 'Petrović'],
  ])('keeps each word whole, with its raw letters: %s', (raw, first, second) => {
    const tokens = words(raw);
    for (const token of tokens) expect(raw.slice(token.start, token.end)).toBe(token.value);
    const at = tokens.findIndex((token) => token.value === first);
    expect(at).toBeGreaterThan(0);
    expect(tokens[at + 1]!.value).toBe(second);
    expect(tokens[at]!.normal).toBe(first.toLowerCase());
    expect(tokens[at]!.pos).toBe('PROPN');
  });

  it('leaves the words of a text without such letters as wink reads them', () => {
    const raw = "Minister Pál Szabó said the vote wasn't close.";
    expect(words(raw).map((token) => token.normal)).toEqual(['minister', 'pál', 'szabó', 'said', 'the', 'vote', 'was', 'not', 'close', '.']);
  });
});

describe('analyse of a long article', () => {
  it('reads it in windows with the tokens and tags of one reading of the whole text', () => {
    const shapes = [
      (i: number) => `“We will not go back,” said Envoy Qarlen Vost${i}, who leads the talks.`,
      (i: number) => `Brenck's« aides met ${i} times in Tzelvinoq; the minister's office declined to comment.`,
      (i: number) => `Brenck's aides said the vote on ${i} May was a farce and left.`,
      (i: number) => `HEADLINE WITHOUT STOP ${i}`,
      (i: number) => `Prices rose ${i}%. Then they fell, according to the U.S. Treasury.`,
    ];
    const paragraphs = Array.from({ length: 3_000 }, (_, i) => shapes[i % shapes.length]!(i));
    const raw = paragraphs.join('\n\n');
    expect(raw.length).toBeGreaterThan(2 * READ_CHUNK_CHARS);
    const spans = paragraphs.map((paragraph, i) => {
      const start = paragraphs.slice(0, i).reduce((sum, p) => sum + p.length + 2, 0);
      return { start, end: start + paragraph.length };
    });
    const tokens = analyse(raw, spans).sentences.flatMap((sentence) => sentence.tokens);
    // A word learnt whole in an early window ("Brenck's" before a mark) stays whole in later ones, as in one reading.
    const whole = tagText(raw);
    const kept = whole.tags.flatMap((tag, i) => (tag === 'SPACE' ? [] : [i]));
    expect(tokens.map((token) => [token.value, token.normal, token.pos])).toEqual(kept.map((i) => [whole.values[i], whole.normals[i], whole.tags[i]]));
    for (const token of tokens) expect(raw.slice(token.start, token.end)).toBe(token.value);
  });
});
