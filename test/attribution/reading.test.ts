import { describe, expect, it } from 'vitest';
import { readText } from '../../src/attribution/scan-text.js';
import { sentenceAt, sentenceStartAt } from '../../src/attribution/quotation-blocks.js';
import { enclosingAt, tokensInsideEnclosing } from '../../src/attribution/units.js';
import { createContext, withSettings } from '../../src/core/context.js';
import type { Article } from '../../src/core/schema.js';
import { resolveOptions } from '../../src/pipeline/options.js';
import { analyse } from '../../src/text/analyse.js';
import { lineBlocks } from './helpers.js';

const NO_ARTICLE: Article = { title: null, publisher: null, published: null, provenance: { title: null, publisher: null, published: null } };

function read(text: string) {
  const ctx = withSettings(createContext(text, NO_ARTICLE), resolveOptions(undefined).attribution);
  const analysis = analyse(text, lineBlocks(text));
  return { analysis, reading: readText(ctx, analysis) };
}

describe('the reading the attribution rules share', () => {
  it.each([
    ['one quotation', 'The mayor said "we will wait for them" on Friday.'],
    ['a quotation inside another', "The mayor said \"we will 'never' wait for them\" on Friday, and left."],
    ['two quotations', 'She called it "a sham" and "a disgrace to all of us" before the vote.'],
  ])('gives each token the innermost quotation holding it and how many tokens that one holds (%s)', (_name, text) => {
    const { reading } = read(text);
    expect(reading.units.some(({ unit }) => unit.tokens.some((_, i) => tokensInsideEnclosing(unit.quotes, i) > 0))).toBe(true);
    for (const { unit } of reading.units) {
      const holding = (quotation: { open: number; close: number }, start: number): boolean => quotation.open < start && start < quotation.close;
      unit.tokens.forEach((token, i) => {
        const innermost = unit.quotes.list.filter((quotation) => holding(quotation, token.start)).sort((a, b) => b.open - a.open)[0] ?? null;
        expect(enclosingAt(unit.quotes, i)).toBe(innermost);
        const inside = innermost === null ? 0 : unit.tokens.filter((other) => holding(innermost, other.start)).length;
        expect(tokensInsideEnclosing(unit.quotes, i)).toBe(inside);
      });
    }
  });

  it('gives units that no quotation touches one shared, empty quotation index', () => {
    const { reading } = read('The council met on Monday. It said the road would close.\nThe mayor said "we will wait" on Friday.\nNo one spoke after that.');
    const quotes = reading.units.map(({ unit }) => unit.quotes);
    const empty = quotes.filter((index) => index.list.length === 0);
    expect(empty).toHaveLength(3);
    expect(new Set(empty).size).toBe(1);
    for (const { unit } of reading.units) {
      unit.tokens.forEach((token, i) => {
        const inside = unit.quotes.list.some((quotation) => quotation.open < token.start && token.start < quotation.close);
        expect(enclosingAt(unit.quotes, i) !== null).toBe(inside);
      });
    }
  });

  it.each([
    ['one sentence', '“We will wait,” the mayor said.'],
    ['several sentences', 'The mayor spoke. “We will wait,” she said. “The road stays open.” Then she left.'],
    ['a quotation over two sentences', 'Ana Lima said: “We will wait. The road stays open.” Nobody answered.'],
  ])('tables each paragraph token with its sentence, its sentence start and whether it is quoted (%s)', (_name, text) => {
    const { analysis, reading } = read(text);
    const table = reading.table(0);
    const tokens = analysis.paragraphs[0]!.sentences.flatMap((sentence) => sentence.tokens);
    expect(table.tokens).toEqual(tokens);
    const outer = reading.quotes[0]!.quotations.filter((quotation) => quotation.depth === 0);
    tokens.forEach((token, i) => {
      const sentence = analysis.sentences.find((candidate) => candidate.tokens.includes(token))!;
      expect(sentenceAt(table, i)).toBe(sentence);
      expect(table.tokens[sentenceStartAt(table, i)]).toBe(sentence.tokens[0]);
      expect(Boolean(table.quoted[i])).toBe(outer.some((quotation) => quotation.open < token.start && token.start < quotation.close));
    });
    expect(sentenceAt(table, tokens.length)).toBeUndefined();
    expect(sentenceAt(table, -1)).toBeUndefined();
  });
});
