import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { resolve, summary } from './helpers.js';

describe('false titles: a capitalised noun for what someone is, written before the name', () => {
  it.each<[string, string, [string, string, string | null, string | null]]>([
    ['Actor Tom Bellamy said the tax plan would hurt small theatres.', 'Actor Tom Bellamy', ['Tom Bellamy', 'person', 'Actor', null]],
    ['Comedian Ada Price said the debate was a farce.', 'Comedian Ada Price', ['Ada Price', 'person', 'Comedian', null]],
    ['Billionaire Marcus Feld said he would fund the drive.', 'Billionaire Marcus Feld', ['Marcus Feld', 'person', 'Billionaire', null]],
    ['Filmmaker Rosa Lindqvist told the audience the cuts were cruel.', 'Filmmaker Rosa Lindqvist', ['Rosa Lindqvist', 'person', 'Filmmaker', null]],
    ['Journalist Omar Haddad wrote that the count was flawed.', 'Journalist Omar Haddad', ['Omar Haddad', 'person', 'Journalist', null]],
    ['Economist Greta Lund warned of a slowdown.', 'Economist Greta Lund', ['Greta Lund', 'person', 'Economist', null]],
    ['Talk show host Dale Brennan said the race was over.', 'Talk show host Dale Brennan', ['Dale Brennan', 'person', 'Talk show host', null]],
    // A side in a contest is split off the name too, but it is no office or function.
    ['Rival Jane Doe said the senator had misled voters.', 'Rival Jane Doe', ['Jane Doe', 'person', null, null]],
    ['Challenger Ann Lee said the count must go on.', 'Challenger Ann Lee', ['Ann Lee', 'person', null, null]],
  ])('%s', (text, phrase, expected) => {
    const { speakers } = resolve(text, [phrase]);
    expect(summary(speakers[0]!)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    // First names that are also nouns, and a noun after the name, stay in the name.
    ['Hunter Briggs said the plan was flawed.', 'Hunter Briggs', 'Hunter Briggs'],
    ['Carter Mills told reporters the vote was rigged.', 'Carter Mills', 'Carter Mills'],
    ['Mason Drew said the port would reopen.', 'Mason Drew', 'Mason Drew'],
    ['Jane Actor said the play would close.', 'Jane Actor', 'Jane Actor'],
    // A false title alone before a surname still leaves the surname as the name.
    ['Rival Okafor said the count was wrong.', 'Rival Okafor', 'Okafor'],
  ])('keeps the name whole where no false title opens it: %s', (text, phrase, name) => {
    const { speakers } = resolve(text, [phrase]);
    expect(speakers[0]?.name).toBe(name);
  });

  it('ties a later "the actress" to the person the false title described, and names the rule', async () => {
    const text = '"We will win," said Actress Mia Lund.\n\nLater the actress added that she was confident.';
    const { claims } = await extractClaims(text);
    expect(claims.map((claim) => [claim.speaker, claim.role])).toEqual([
      ['Mia Lund', 'Actress'],
      ['Mia Lund', 'Actress'],
    ]);
    expect(claims[0]!.rules).toContain('speakers/false-title');
    expect(claims[1]!.rules).toContain('speakers/description');
  });
});

describe('a clause opener capitalised by the sentence start before a name', () => {
  it.each<[string, string, string]>([
    ['When Jane Roe spoke, the hall was silent.\nRoe said the plan was dead.', 'When Jane Roe', 'Jane Roe'],
    ['Even Tom Lee said the vote was lost.', 'Even Tom Lee', 'Tom Lee'],
    ['Only Ann Berg said the count was fair.', 'Only Ann Berg', 'Ann Berg'],
    ['Although Mira Holt said the count was fair, few agreed.', 'Although Mira Holt', 'Mira Holt'],
    // Names that merely start with such letters stay whole.
    ['Evenson Hale said the count was fair.', 'Evenson Hale', 'Evenson Hale'],
  ])('%s', (text, phrase, name) => {
    const { speakers } = resolve(text, [phrase]);
    expect(speakers[0]?.name).toBe(name);
  });

  it('names the rule on the claim', async () => {
    const { claims } = await extractClaims('Even Tom Lee said the vote was lost.');
    expect(claims[0]?.rules).toContain('speakers/clause-opener');
  });
});
