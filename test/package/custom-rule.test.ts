// A user's custom attribution rule, tested the way the README shows: only the published package is imported
// (claimex and claimex/testing, resolved through package.json `exports` to the built dist/), never src/.
import { describe, expect, it } from 'vitest';
import { extractClaims, type AttributionRule } from 'claimex';
import { analyseText, buildAttribution, runRule, runRules } from 'claimex/testing';

/**
 * "Q, X wrote on social media." is said by many officials today; the rule reads a sentence that ends in
 * "<Name> posted" or "<Name> wrote on social media" after a comma, and gives the clause before it to the name.
 */
const POSTED = /,\s+((?:\p{Lu}[\p{L}'’-]+\s){1,4})(posted|wrote on social media)\.$/u;

const postedRule: AttributionRule = {
  id: 'user/posted',
  find(_ctx, analysis) {
    return analysis.sentences.flatMap((sentence) => {
      const match = POSTED.exec(sentence.text);
      if (match === null) return [];
      const quoteEnd = sentence.start + match.index;
      const speakerStart = sentence.start + match.index + match[0].indexOf(match[1]!);
      const speakerEnd = speakerStart + match[1]!.trimEnd().length;
      const cueStart = sentence.start + match.index + match[0].lastIndexOf(match[2]!);
      return [
        {
          rule: 'user/posted',
          sentence,
          evidence: { start: sentence.start, end: sentence.end },
          quoteType: 'indirect' as const,
          quoteSpans: [{ start: sentence.start, end: quoteEnd }],
          cue: { start: cueStart, end: cueStart + match[2]!.length },
          cueLemma: 'post',
          speaker: { start: speakerStart, end: speakerEnd },
          addressee: null,
        },
      ];
    });
  },
};

describe('a custom attribution rule, tested with claimex/testing', () => {
  it.each([
    ['The bridge will reopen next week, Mayor Ana Duarte posted.', 'The bridge will reopen next week', 'Mayor Ana Duarte'],
    ['Talks broke down over pay, Union Leader Tom Reyes wrote on social media.', 'Talks broke down over pay', 'Union Leader Tom Reyes'],
  ])('%s', (text, quote, speaker) => {
    const [found, ...rest] = runRule(postedRule, text);
    expect(rest).toEqual([]);
    expect(text.slice(found!.quoteSpans[0]!.start, found!.quoteSpans[0]!.end)).toBe(quote);
    expect(text.slice(found!.speaker!.start, found!.speaker!.end)).toBe(speaker);
  });

  it('finds nothing in a sentence of another shape', () => {
    expect(runRule(postedRule, 'Mayor Ana Duarte posted a photo of the bridge.')).toEqual([]);
  });

  it('matches an attribution built by hand from the same pieces', () => {
    const text = 'The bridge will reopen next week, Mayor Ana Duarte posted.';
    const built = buildAttribution(text, {
      quote: 'The bridge will reopen next week',
      speaker: 'Mayor Ana Duarte',
      cue: 'posted',
      cueLemma: 'post',
      rule: 'user/posted',
    });
    expect(runRule(postedRule, text)).toEqual([built]);
  });

  it('loses an overlapping quote to a rule that runs before it, and the debug sink says so', () => {
    const text = 'The bridge will reopen next week, Mayor Ana Duarte posted.';
    const wholeSentence: AttributionRule = {
      id: 'user/whole-sentence',
      find: (_ctx, analysis) => analysis.sentences.map((sentence) => buildAttribution(text, { quote: sentence.text, rule: 'user/whole-sentence' }, analysis)),
    };
    const messages: string[] = [];
    const kept = runRules([wholeSentence, postedRule], text, { debug: (message) => messages.push(message) });
    expect(kept.map((attribution) => attribution.rule)).toEqual(['user/whole-sentence']);
    expect(messages.filter((message) => message.startsWith('[user/posted]') && message.includes('dropped'))).toHaveLength(1);
    expect(runRules([postedRule, wholeSentence], text).map((attribution) => attribution.rule)).toEqual(['user/posted']);
  });

  it('runs in the pipeline through the attributionRules option, and its id leads the claim’s rules', () => {
    const result = extractClaims('The bridge will reopen next week, Mayor Ana Duarte posted.', {
      attributionRules: (defaults) => [...defaults, postedRule],
    });
    expect(result.claims).toHaveLength(1);
    expect(result.claims[0]).toMatchObject({ speaker: 'Ana Duarte', role: 'Mayor', quote: 'The bridge will reopen next week' });
    expect(result.claims[0]!.rules[0]).toBe('user/posted');
    expect(analyseText('One. Two.').sentences).toHaveLength(2);
  });
});
