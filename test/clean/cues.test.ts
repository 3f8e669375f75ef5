import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chromeCheck, isCaption, isRelatedHeader } from '../../src/clean/chrome.js';
import { compileLexicon, type CompiledLexicon } from '../../src/clean/compile.js';
import { lineFeatures } from '../../src/clean/features.js';
import { ALL_CUES, CUE, edgeGate, mayMatchAt, mayOpenWith, phraseEndGate, phraseLeadGate } from '../../src/clean/gates.js';
import { chromeLexicon, type ChromeLexicon } from '../../src/lang/en/chrome.js';

const cuesOf = (text: string, lexicon: CompiledLexicon = compileLexicon(chromeLexicon)): number =>
  lineFeatures(text, 0, text.length, lexicon).cues;
const withNewsletter = (newsletter: string[]): CompiledLexicon => compileLexicon({ ...chromeLexicon, newsletter });

describe('line cues: cue words at the start of ASCII words, cue characters, digit runs', () => {
  it.each([
    ['Officials SAID on Monday', CUE.reporting],
    ['the minister, according to aides', CUE.reporting],
    ["you're welcome", CUE.you],
    ['Thank-you notes', CUE.you],
    ['éyou at a letter boundary', CUE.you],
    ['l’Image: a harbour at dawn', CUE.photoLabel],
    ['Photographs by a stringer', CUE.photoLabel],
    ['Please keep comments civil', CUE.please | CUE.comment],
    ['Community rules apply', CUE.comment],
    ['Sign-up for alerts', CUE.imperative | CUE.newsletter],
    ['© Harbour Press', CUE.copyrightSign],
    ['(c) Harbour Press', CUE.openParen],
    ['Home » World', CUE.breadcrumbMark],
    ['FTSE 100 ▲ 0.4%', CUE.ticker],
    ['Updated 17.06.2031', CUE.digitRun],
  ])('%s has the cue', (text, bits) => {
    expect(cuesOf(text) & bits).toBe(bits);
  });

  it.each([
    ['3said and _you: a word that starts with a digit or underscore is not the cue', CUE.reporting | CUE.you],
    ['unsaid things, mayors, yesterday', CUE.reporting | CUE.you],
    ['Written in 203 or 12 345', CUE.digitRun],
    ['A quiet harbour at dawn', CUE.copyrightSign | CUE.openParen | CUE.breadcrumbMark | CUE.ticker],
  ])('%s lacks the cue', (text, bits) => {
    expect(cuesOf(text) & bits).toBe(0);
  });

  it('reads a digit run that follows letters in the same word', () => {
    expect(cuesOf('x2024') & CUE.digitRun).toBe(CUE.digitRun);
  });

  it('keeps the newsletter gate open for phrases that do not start with ASCII letters, or none at all', () => {
    expect(cuesOf('nothing here', withNewsletter([])) & CUE.newsletter).toBe(CUE.newsletter);
    expect(cuesOf('nothing here', withNewsletter(['«alerts»'])) & CUE.newsletter).toBe(CUE.newsletter);
    expect(cuesOf('nothing here', withNewsletter(['alerts'])) & CUE.newsletter).toBe(0);
    expect(cuesOf('Daily Alerts', withNewsletter(['alerts'])) & CUE.newsletter).toBe(CUE.newsletter);
  });

  it('opens every gate on a line longer than the sample it reads', () => {
    expect(cuesOf('quiet harbour walks '.repeat(300))).toBe(ALL_CUES);
  });
});

describe('edge gates: the characters an anchored regex can start or end with', () => {
  const code = (char: string): number => char.charCodeAt(0);

  it('accepts both cases of a letter and nothing else', () => {
    const gate = edgeGate('rs');
    expect(['r', 'R', 's', 'S'].map((char) => mayMatchAt(gate, code(char)))).toEqual([true, true, true, true]);
    expect(['t', '(', 'ř', ''].map((char) => mayMatchAt(gate, code(char)))).toEqual([false, false, false, false]);
  });

  it.each([
    [[] as string[], 'an empty list'],
    [['tags', 'spaced '], 'a phrase compiled to \\s+'],
    [['tags', 'Agência Lusé'], 'a non-ASCII last character'],
    [['tags', ''], 'an empty phrase'],
  ])('stays open for %j (%s)', (phrases) => {
    expect(phraseEndGate(phrases).open).toBe(true);
  });

  it('reads last characters for an end-anchored lexicon', () => {
    const gate = phraseEndGate(['press photo', 'agency.'], ')');
    expect([')', 'o', 'O', '.'].every((char) => mayMatchAt(gate, code(char)))).toBe(true);
    expect(mayMatchAt(gate, code('s'))).toBe(false);
  });
});

describe('lead gates: the words an anchored lexicon regex can open with', () => {
  const gate = phraseLeadGate(['Read more', 'listen:', 'e-mail us', 'what’s on']);

  it.each([
    ['read more: the harbour', true],
    ['READ ALSO', true],
    ['Listen: the podcast', true],
    ['listened to the talk', true],
    ['E-mail the desk', true],
    ['What? No.', true],
    ['Ready to go', true],
    ['Reap what you sow', false],
    ['The harbour at dawn', false],
    ['lis', false],
    ['', false],
    ['Ŕead more', false],
    ['\u212Aeep reading', false],
  ])('%j may open a match: %s', (text, opens) => {
    expect(mayOpenWith(gate, text)).toBe(opens);
  });

  it.each([
    [[] as string[], 'an empty list'],
    [['tags', ' spaced'], 'a phrase compiled to \\s+'],
    [['tags', 'Ölen'], 'a non-ASCII first character'],
    [['tags', '»more'], 'a phrase opening with a symbol'],
    [['tags', ''], 'an empty phrase'],
  ])('stays open for %j (%s)', (phrases) => {
    expect(phraseLeadGate(phrases).open).toBe(true);
    expect(mayOpenWith(phraseLeadGate(phrases), 'anything')).toBe(true);
  });
});

/** The same lexicon with every lexicon gate open, so only the regexes decide. */
function ungated(lexicon: CompiledLexicon): CompiledLexicon {
  const openLead = { ...lexicon.relatedLeadGate, open: true };
  return {
    ...lexicon,
    relatedLeadGate: openLead,
    navigationPrefixGate: openLead,
    socialPrefixGate: openLead,
    promoPrefixGate: openLead,
    widgetPrefixGate: openLead,
    photoCreditEndGate: { ascii: new Uint8Array(128), open: true },
  };
}

describe('the gates never change a line class', () => {
  const words = [
    'said', 'Says', 'told', 'according to', 'you', "You're", 'your', 'please', 'Sign up', 'subscribe', 'join', 'Get',
    'click here', 'do it', 'don’t miss', 'start', 'newsletter', 'inbox', 'cookies', 'we use', 'JavaScript', 'comments',
    'community guidelines', 'Photo:', 'Image by', 'Credit:', 'xPhoto:', 'l’Image:', '©', '(c) 2031', 'All Rights Reserved',
    'Copyright', 'subject to copyright', 'hyperlink', 'may not be reproduced', 'without prior written permission',
    'this site', 'materials', 'strictly prohibited', 'Shared 1,204 times', 'share this', 'on social media', '»', '›',
    ' | ', ' / ', '>', 'Views: 88', 'Slideshow (9 images)', 'See all 4', 'Read more:', 'Listen »', 'More from',
    'Related stories', 'Tags:', 'filed under', 'The latest on', 'Listen to this article', 'listen ·', 'Was this helpful?', 'article is more than', '5 years old', 'our archive', 'Follow us on', 'A post shared by', 'Harbour Press',
    'Getty Images', '(Agency Photo)', 'Mira Lund/Agency', 'Hollis', 'marina', 'walk', 'a', 'the', 'of', '2031-04-05',
    'ſaid', 'İmage', '\u212Aeep', 'ǈ', 'é', '3said', '.', '!', ':', '-', '—', '“', '”', '’',
    '▲', '▼ -2.55 (-1.35%)', '186.81', 'Download the app', 'Voiced by', 'Recommended for you', 'you might also like',
    'Home', 'Most', 'read', 'x', '»', '|', '5', '1.',
  ];
  const lineArb = fc
    .tuple(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }), fc.constantFrom(' ', '', ' - ', ', '))
    .map(([parts, separator]) => parts.join(separator).trim())
    .filter((text) => text.length > 0);
  const check = (lexicon: ChromeLexicon): void => {
    const gated = compileLexicon(lexicon);
    const open = ungated(gated);
    fc.assert(
      fc.property(lineArb, (text) => {
        const features = lineFeatures(text, 0, text.length, gated);
        expect(chromeCheck(text, features, gated)).toBe(chromeCheck(text, features, open, undefined, undefined, ALL_CUES));
        expect(isCaption(text, features, gated)).toBe(isCaption(text, features, open, ALL_CUES));
        expect(isRelatedHeader(text, features, gated)).toBe(isRelatedHeader(text, features, open));
      }),
      { numRuns: 3000 },
    );
  };

  it('with the default lexicon', () => check(chromeLexicon));

  it('with a lexicon of odd phrases', () =>
    check({
      ...chromeLexicon,
      newsletter: ['alerts', '«digest»'],
      promoPrefixes: [],
      widgetPrefixes: ['·listen', 'Ünd'],
      socialPrefixes: [' follow', 'éx'],
      photoCredits: ['pool ', 'Agência', 'x.'],
      relatedHeaders: ['related', '» more stories'],
    }));
});
