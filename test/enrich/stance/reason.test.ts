import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANCE_REFINER_ID } from '../../../src/enrich/stance/index.js';
import { StanceReasonSchema } from '../../../src/core/schema.js';
import { refineStance, stanceOf } from './helpers.js';
import { aid, sanctions } from './topics.js';

describe('stanceReason', () => {
  it('gives the deciding cue as a raw span, with negation', () => {
    const text = 'Hungary is not ready to back new sanctions, the minister said.';
    const draft = stanceOf(text, 'Hungary is not ready to back new sanctions', 'said', sanctions);
    expect(draft.stanceReason.cues).toEqual([{ start: 11, end: 20, text: 'not ready', polarity: 'oppose', negated: true }]);
    expect(draft.stanceReason.topicTerms).toEqual(['sanctions']);
    expect(draft.stanceReason.summary).toMatch(/^oppose: "not ready"/);
  });

  it('gives the condition that made a stance conditional', () => {
    const text = 'Japan would back the sanctions in principle, the minister said.';
    const draft = stanceOf(text, 'Japan would back the sanctions in principle', 'said', sanctions);
    expect(draft.stance).toBe('conditional');
    expect(draft.stanceReason.condition).toEqual({ start: 31, end: 43, text: 'in principle' });
  });

  it('records the refiner in the rules and validates against the schema', () => {
    const draft = stanceOf('Oslo will send weapons, the minister said.', 'Oslo will send weapons', 'said', aid);
    expect(draft.rules).toEqual(['test/hand', STANCE_REFINER_ID]);
    expect(StanceReasonSchema.parse(draft.stanceReason)).toEqual(draft.stanceReason);
  });

  it('every span in a reason is verbatim raw text', () => {
    const text = 'Rome, while it rejected fears that arms deliveries were dangerous as unfounded, did not rule out weapons if Congress agreed.';
    const [draft] = refineStance(text, [{ quote: text.slice(0, -1) }], aid);
    for (const span of [...draft!.stanceReason.cues, ...(draft!.stanceReason.condition ? [draft!.stanceReason.condition] : [])]) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });
});

describe('weird input', () => {
  it.each([
    ['"', '"'],
    ['“not not not no never', 'not not not no never'],
    ['if if if once unless', 'if if if once unless'],
    ['??? !!! ...', '???'],
    ['rejected rejected welcomed, fears unfounded unfounded', 'rejected rejected welcomed'],
  ])('classifies %j without throwing', (text, quote) => {
    expect(() => refineStance(text, [{ quote }], sanctions)).not.toThrow();
    expect(() => refineStance(text, [{ quote }])).not.toThrow();
  });

  it('never throws on arbitrary text and keeps spans verbatim', () => {
    const word = fc.constantFrom('not', 'no', 'if', 'once', 'sanctions', 'rejected', 'ready', 'to', 'back', 'fears', 'unfounded', ',', 'in', 'principle', 'should', 'a', 'ceasefire', 'lift', 'this', 'plan', '"', '?', 'x');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (words) => {
        const text = `${words.join(' ')} .`;
        const [draft] = refineStance(text, [{ quote: text }], sanctions);
        for (const cue of draft!.stanceReason.cues) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
        expect(['support', 'oppose', 'conditional', 'neutral']).toContain(draft!.stance);
      }),
      { numRuns: 200 },
    );
  });
});

describe('rules beyond the cue lexicon show in the claim\'s rules', () => {
  it.each([
    ['The envoy said 12 countries did not support the sanctions.', '12 countries did not support the sanctions', 'enrich/stance:group-act'],
    ['"We support not only the sanctions but a full embargo," the envoy said.', 'We support not only the sanctions but a full embargo', 'enrich/stance:focused-negation'],
  ] as const)('%s', (text, quote, rule) => {
    expect(stanceOf(text, quote, 'said', sanctions).rules).toContain(rule);
  });

  it('names neither where neither applied', () => {
    const rules = stanceOf('The envoy said Norway did not support the sanctions.', 'Norway did not support the sanctions', 'said', sanctions).rules;
    expect(rules).not.toContain('enrich/stance:group-act');
    expect(rules).not.toContain('enrich/stance:focused-negation');
  });
});
