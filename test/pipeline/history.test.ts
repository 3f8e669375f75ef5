import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { extractClaims } from '../../src/index.js';

/** `extractClaims` from a fresh copy of the library: new module state, a newly loaded model. */
async function freshExtractClaims(): Promise<typeof extractClaims> {
  vi.resetModules();
  return (await import('../../src/index.js')).extractClaims;
}

const SAID_THEN_POSSESSIVE = "“We will not go,” said Odile Verhaegen. Verhaegen's aides agreed.";

describe('extractClaims after other articles', () => {
  it.each([
    ["Verhaegen's«", SAID_THEN_POSSESSIVE],
    ['Verhaegen’s»', "“We will not go,” said Odile Verhaegen. Verhaegen's aides agreed."],
    ["(Verhaegen's)", "“We will stay,” Odile Verhaegen told reporters. Verhaegen's deputy said the same."],
  ])('reads the article as a fresh process does after reading %j', async (before, article) => {
    const expected = (await freshExtractClaims())(article);
    extractClaims(before);
    expect(extractClaims(article)).toEqual(expected);
  });

  it('finds the surname alone as a second mention of the speaker whatever came before', () => {
    extractClaims("Verhaegen's«");
    const speaker = extractClaims(SAID_THEN_POSSESSIVE).speakers[0]!;
    expect(speaker.aliases).toEqual(['Verhaegen']);
    expect(speaker.mentions.map((mention) => mention.text)).toEqual(['Odile Verhaegen', 'Verhaegen']);
  });

  it('gives the same result as a fresh process after any history of other articles', async () => {
    // few surnames, so that one sentence's speaker is another's possessive
    const surname = fc.constantFrom('Verhaegen', 'Brenck', 'Tzelvinoq', 'Marlowe-Quist');
    const mark = fc.constantFrom('«', '»', '“', '”', '‘', '’', '"', "'", '…', ')', '(', ':', '');
    const possessive = fc.tuple(surname, fc.constantFrom("'s", '’s', ''), mark).map((parts) => parts.join(''));
    const sentence = fc.oneof(
      fc.tuple(fc.constantFrom('Odile', 'Tomas', 'Minister'), surname, fc.constantFrom("'s", '’s'), fc.constantFrom('said', 'told reporters')).map(
        ([first, last, s, cue]) => `“We will not go,” ${cue} ${first} ${last}. ${last}${s} aides agreed.`,
      ),
      fc.tuple(possessive, fc.constantFrom('aides agreed.', 'office said it would wait.', 'deputy, Ana Lima, said: “No.”')).map((parts) => parts.join(' ')),
      fc.array(fc.oneof(possessive, mark, fc.string({ maxLength: 6 })), { maxLength: 8 }).map((parts) => parts.join(' ')),
    );
    const article = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((sentences) => sentences.join(' '));
    await fc.assert(
      fc.asyncProperty(fc.array(article, { maxLength: 5 }), article, mark, async (others, probe, glue) => {
        const fresh = await freshExtractClaims();
        const expected = JSON.stringify(fresh(probe));
        // the probe's own words glued to a mark: what wink would learn whole and keep
        const history = [probe.split(' ').map((word) => word + glue).join(' '), ...others];
        for (const before of history) fresh(before);
        expect(JSON.stringify(fresh(probe))).toBe(expected);
        // and in the long-lived copy, which has read every earlier run's articles
        expect(JSON.stringify(extractClaims(probe))).toBe(expected);
      }),
      { numRuns: 12 },
    );
  });
});
