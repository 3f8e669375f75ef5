import { createRequire } from 'node:module';
import fc from 'fast-check';
import winkNLP from 'wink-nlp';
import fullModel from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { nlp, readCoreModel, taggingModel } from '../../src/text/model.js';

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

describe('taggingModel', () => {
  const lean = winkNLP(taggingModel(), ['pos']);
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
      { numRuns: 200 },
    );
  });
});

describe('nlp', () => {
  const tags = (reader: ReturnType<typeof nlp>, text: string) => reader.readDoc(text).tokens().out(reader.its.pos);

  it('shares one instance until it has learnt more unseen words than the limit, then starts afresh', () => {
    const first = nlp();
    expect(nlp()).toBe(first);
    first.readDoc('Qvorlik Brastenmoor and Tzelvinoq met in Xarnebrough.');
    const fresh = nlp(3);
    expect(fresh).not.toBe(first);
    expect(nlp(3)).toBe(fresh);
  });

  it('tags a text the same whatever the instance has read before', () => {
    const text = 'Qvorlik Brastenmoor, a Xarnian envoy, said the talks with Tzelvinoq stalled in 2031.';
    const seasoned = nlp();
    seasoned.readDoc(text);
    for (let i = 0; i < 500; i++) seasoned.readDoc(`Envoy Zr${i.toString(36)}q said ${i * 7919} people met Vq${i}.`);
    const fresh = nlp(0);
    expect(fresh).not.toBe(seasoned);
    expect(tags(fresh, text)).toEqual(tags(seasoned, text));
  });
});
