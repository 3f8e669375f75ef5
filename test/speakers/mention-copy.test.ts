import { describe, expect, it } from 'vitest';
import { compileSpeakerLexicon, defaultSpeakerLexicon } from '../../src/lang/en/speakers.js';
import { mentionWith, type Mention } from '../../src/speakers/mention.js';
import { mentionsInSentence } from '../../src/speakers/scan.js';
import { analyse } from '../../src/text/analyse.js';

const lexicon = compileSpeakerLexicon(defaultSpeakerLexicon);
const FIELDS: ReadonlyArray<keyof Mention> = [
  'kind', 'span', 'sentence', 'name', 'nameWords', 'role', 'roleSpan', 'roleStrength', 'country', 'countrySpan', 'owner',
  'definite', 'gender', 'plural', 'key', 'speaker', 'pronoun', 'descriptor', 'reading',
];

function loneMention(text: string, word: string): Mention {
  const sentence = analyse(text, [{ start: 0, end: text.length }]).sentences[0]!;
  return mentionsInSentence(sentence, lexicon).find((mention) => mention.name === word)!;
}

describe('a lone proper noun’s mention', () => {
  // Such a mention reads its unset fields from its prototype: a copy must hold every field as its own.
  it.each([
    ['The talks went on, and Ukraine stayed away.', 'Ukraine', 'country'],
    ['The talks went on, and Varga stayed away.', 'Varga', 'name'],
    ['The talks went on, and NATO stayed away.', 'NATO', 'institution'],
  ])('%s → %s', (text, word, kind) => {
    const mention = loneMention(text, word);
    expect(mention.kind).toBe(kind);
    expect(mention.role).toBeNull();
    expect(mention.roleStrength).toBe(0);
    const copy = mentionWith(mention, { speaker: true });
    expect(Object.keys(copy).sort()).toEqual([...FIELDS].sort());
    expect(FIELDS.filter((field) => field !== 'speaker' && copy[field] !== mention[field])).toEqual([]);
    expect([copy.speaker, mention.speaker]).toEqual([true, false]);
  });
});
