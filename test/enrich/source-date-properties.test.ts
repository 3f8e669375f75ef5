import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateRefiner } from '../../src/enrich/date.js';
import { sourceRefiner } from '../../src/enrich/source.js';
import { buildDrafts } from './date-source-fixture.js';

const WORDS = [
  'said', 'told', 'the', 'The', 'Times', 'according to', 'per', 'on', 'May', 'Dec. 4', 'Tuesday', 'yesterday',
  'reported', 'citing', 'newspaper', 'Le', 'Monde', 'FT', 'U.S.', '"', '“', ',', '.', ':', "'s", 'question',
  'in an interview with', 'last week', '2024', 'Minister', 'Rosa', 'Lind', 'Radio', 'who', 'which',
];

describe('date and source refiners on arbitrary text', () => {
  it('never throw, and every provenance is the raw text at its offsets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 40 }),
        fc.nat(),
        fc.option(fc.constantFrom('2024-02-29', '2023-01-01'), { nil: null }),
        (words, pick, published) => {
          const text = `${words.join(' ')} end`;
          const quote = words[pick % words.length]!;
          const { ctx, analysis, drafts } = buildDrafts(text, [{ quote, cue: 'end' }], { published, publisher: 'Pub' });
          const refined = sourceRefiner.refine(ctx, analysis, dateRefiner.refine(ctx, analysis, drafts));
          for (const draft of refined) {
            for (const span of [draft.provenance.date, draft.provenance.source]) {
              if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
            }
            if (draft.date !== null) expect(draft.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            // A refiner names itself only where it decided the value.
            expect(draft.rules[0]).toBe('test/hand-built');
            expect(draft.rules.some((rule) => rule.startsWith('enrich/date:'))).toBe(draft.date !== null);
            expect(draft.rules.some((rule) => rule.startsWith('enrich/source:'))).toBe(draft.source !== null);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
