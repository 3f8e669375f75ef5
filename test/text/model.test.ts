import { createRequire } from 'node:module';
import fc from 'fast-check';
import winkNLP from 'wink-nlp';
import fullModel from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { tagText } from '../../src/text/model.js';
import { loadTaggingModel as loadFromFiles, readCoreModel } from '../../src/text/model-loader/files.js';
import { loadTaggingModel as loadFromPackage } from '../../src/text/model-loader/package.js';

const requireHere = createRequire(import.meta.url);
const packageCoreLoader = requireHere('wink-eng-lite-web-model/dist/load-core-model.js') as () => unknown;

describe('readCoreModel', () => {
  it('reads the same core model as the model package’s own loader', () => {
    const { lexicon, xpansions, ...ours } = readCoreModel();
    const theirs = packageCoreLoader() as typeof ours & { lexicon: Uint32Array; xpansions: Uint32Array };
    // Typed arrays compared as bytes: element by element, the deep equality takes seconds.
    expect(Buffer.from(lexicon.buffer).equals(Buffer.from(theirs.lexicon.buffer))).toBe(true);
    expect(Buffer.from(xpansions.buffer).equals(Buffer.from(theirs.xpansions.buffer))).toBe(true);
    expect(lexicon.length).toBe(theirs.lexicon.length);
    expect(ours).toEqual({ ...theirs, lexicon: undefined, xpansions: undefined });
  });
});

describe.each([
  ['read from the package’s files', loadFromFiles],
  ['through the package’s public import', loadFromPackage],
])('the tagging model %s', (_how, load) => {
  const lean = winkNLP(load(), ['pos']);
  const full = winkNLP(fullModel, ['pos']);
  const readOut = (reader: typeof lean, text: string) => {
    const tokens = reader.readDoc(text).tokens();
    const { its } = reader;
    return [its.value, its.pos, its.normal, its.type, its.precedingSpaces].map((field) => tokens.out(field));
  };

  it.each([
    'The minister said: “We’re not going to accept this, ever.”',
    "Sen. Ann Cole (D-N.M.) told reporters on Tuesday that the bill wouldn't pass.",
    'Zxqwerty Blorvink, 54, a veteran of the Kelmsworth talks, can’t recall it.',
    'Prices rose 3.5% in Q2 — the fastest since 2019 — per https://example.org/stats #economy @desk 🙂',
    'ALL CAPS HEADLINE: LEADERS MEET IN GENEVA\n\nThey met. It rained!!! Was it worth it?',
    'Ms O’Neill-Smythe, the co-chair, said the €2bn plan “is dead on arrival”.',
  ])('tags as the full model does: %s', (text) => {
    expect(readOut(lean, text)).toEqual(readOut(full, text));
  });

  it('tags as the full model does on any text built from words, marks and unknown tokens', () => {
    const piece = fc.oneof(
      fc.constantFrom('said', 'the', 'President', 'Mr.', 'don’t', "won't", 'U.S.', '“', '”', '"', ',', '.', '—', '\n\n', '42', '3.14'),
      fc.string({ minLength: 1, maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join(' ');
        expect(readOut(lean, text)).toEqual(readOut(full, text));
      }),
      { numRuns: 100 },
    );
  });
});

describe('tagText', () => {
  /** The tokens of `text` from an instance that has read nothing else. */
  const freshTokens = (text: string) => {
    const fresh = winkNLP(loadFromFiles(), ['pos']);
    const tokens = fresh.readDoc(text).tokens();
    return { values: tokens.out(fresh.its.value), tags: tokens.out(fresh.its.pos), normals: tokens.out(fresh.its.normal) };
  };

  it.each([
    // A word glued to a mark is learnt whole; read again, it would stay whole instead of splitting off "'s".
    ["Brenck's«", "Brenck's aides agreed."],
    ['Qvorlik-Brastenmoor»', 'Qvorlik-Brastenmoor, the envoy, left.'],
    ['(Tzelvinoq)', 'Tzelvinoq said it was over.'],
    ['Xarn’s…', 'Xarn’s premier and Xarn’s envoy met.'],
  ])('reads a text the same after reading %j first', (before, text) => {
    const expected = freshTokens(text);
    tagText(before);
    expect(tagText(text)).toEqual(expected);
  });

  it('reads a text the same before and after any history', () => {
    const name = fc.stringMatching(/^[A-Z][a-z]{2,8}$/);
    const word = fc.oneof(name, fc.constantFrom('said', 'aides', 'the', 'U.S.', '42', '“', '”', ',', '.'));
    const possessive = fc.constantFrom("'s", '’s', '');
    const mark = fc.constantFrom('«', '»', '“', '”', '…', ')', '.', '');
    const text = fc.array(fc.oneof(word, fc.tuple(name, possessive, mark).map((parts) => parts.join(''))), { minLength: 1, maxLength: 12 });
    // The history holds the probe's own words glued to other marks: what wink would learn whole and then keep.
    const glueAll = (words: string[], ending: string[]) => words.map((w, i) => `${w}${ending[i % ending.length]}`).join(' ');
    fc.assert(
      fc.property(text, fc.array(fc.tuple(possessive, mark).map((parts) => parts.join('')), { minLength: 1, maxLength: 4 }), fc.array(text, { maxLength: 4 }), (probe, endings, others) => {
        const first = tagText(probe.join(' '));
        for (const before of [glueAll(probe, endings), ...others.map((other) => other.join(' '))]) tagText(before);
        expect(tagText(probe.join(' '))).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same tokens when the instance is replaced past the unseen-word limit', () => {
    const text = 'Qvorlik Brastenmoor, a Xarnian envoy, said the talks with Tzelvinoq stalled in 2031.';
    const before = tagText(text);
    for (let i = 0; i < 50; i++) tagText(`Envoy Zr${i.toString(36)}q said ${i * 7919} people met Vq${i}.`);
    expect(tagText(text, 10)).toEqual(before);
  });
});
