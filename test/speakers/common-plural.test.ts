import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { resolve, summary } from './helpers.js';

describe('a capitalised plural at a sentence start that the article also writes in lower case', () => {
  it.each<[string, string]>([
    ['Many delegates stayed home.\nDelegates said the vote was rigged.', 'Delegates'],
    ['Forecasters said the storm would weaken.\nThe forecaster on duty was calm.', 'Forecasters'],
    ['Demonstrators said the police had charged.\nDozens of demonstrators were hurt.', 'Demonstrators'],
    ['Crowds said the square was full.\nThe crowd sang.', 'Crowds'],
    ['Churches said the doors would stay open.\nEvery church rang its bell.', 'Churches'],
    ['Charities said the cuts were cruel.\nOne charity closed.', 'Charities'],
  ])('reads it as unnamed people: %s', (text, word) => {
    const { speakers } = resolve(text, [word]);
    expect([speakers[0]?.name, speakers[0]?.type]).toEqual([word, 'anonymous']);
  });

  it.each<[string, string]>([
    // Surnames of a plural shape are never written in lower case; nor is a name that only looks like a plural of a word used.
    ['Sanders said the vote was rigged.\nThe crowd cheered.', 'Sanders'],
    ['Reynolds said the deal was off.\nThe deal had been close.', 'Reynolds'],
    ['Wines said the deal was off.\nThe team would win.', 'Wines'],
    // Away from the sentence start the capital is the word's own.
    ['The vote was rigged, Delegates said.\nMany delegates stayed home.', 'Delegates'],
  ])('keeps a name: %s', (text, word) => {
    const { speakers } = resolve(text, [word]);
    expect(speakers[0]?.type).toBe('person');
  });

  it.each<[string, string]>([
    ['Meteorologists said the storm would weaken.', 'Meteorologists'],
    ['Physicians warned that the clinics were full.', 'Physicians'],
    ['Virologists said the strain was mild.', 'Virologists'],
    ['Statisticians said the count was sound.', 'Statisticians'],
  ])('reads an agent noun\'s plural as unnamed people though the article writes it nowhere else: %s', (text, word) => {
    const { speakers } = resolve(text, [word]);
    expect([speakers[0]?.name, speakers[0]?.type]).toEqual([word, 'anonymous']);
  });

  it('names the rule on the claim', async () => {
    const { claims } = await extractClaims('Many delegates stayed home.\n\nDelegates said the vote was rigged.');
    expect(claims[0]?.rules).toContain('speakers/common-plural');
  });
});

describe('a people named by its plural after lower-case words', () => {
  it.each<[string, string, [string, string, string | null, string | null]]>([
    ['Some Norwegians said the plan was unfair.', 'Some Norwegians', ['Norwegians', 'anonymous', null, 'Norway']],
    ['Three Peruvians told reporters the border was shut.', 'Three Peruvians', ['Peruvians', 'anonymous', null, 'Peru']],
    ['About 40 percent of Canadians said the tax was too high.', 'About 40 percent of Canadians', ['About 40 percent of Canadians', 'anonymous', null, 'Canada']],
    ['Many Kenyans said prices were rising.', 'Many Kenyans', ['Kenyans', 'anonymous', null, 'Kenya']],
  ])('%s', (text, phrase, expected) => {
    const { speakers } = resolve(text, [phrase]);
    expect(summary(speakers[0]!)).toEqual(expected);
  });
});
