import { describe, expect, it } from 'vitest';
import { resolve, summary } from './helpers.js';

describe('an apposition after the speaker’s name gives the role and country', () => {
  it.each<[string, string, string | null, string | null]>([
    ['“It has room,” said Tom Baker, vice president of advanced programs at Lunar Works.', 'Tom Baker', 'vice president of advanced programs at Lunar Works', null],
    ['Ana Ruiz, president and chief operating officer of Orbitex, said the lander will carry cargo.', 'Ana Ruiz', 'president and chief operating officer of Orbitex', null],
    ['“We are ready,” said Paul Ek, the club’s goalkeeper.', 'Paul Ek', 'goalkeeper', null],
    ['“We are ready,” said Rita Holm, a spokeswoman for the Polish Foreign Ministry.', 'Rita Holm', 'Foreign Ministry spokeswoman', 'Poland'],
    ['“We are ready,” said Rita Holm, the mayor, on Monday.', 'Rita Holm', 'mayor', null],
    ['Rita Holm, a historian at Keele University, said the files were lost.', 'Rita Holm', 'Keele University historian', null],
    // a preposition right after a name closes the office: what follows is the occasion
    ['Rita Holm, a senior aide to Governor Ann Lee on the budget talks with Chilean envoys, said the deal was close.', 'Rita Holm', 'senior aide to Governor Ann Lee', null],
    ['Rita Holm, an adviser to President Tom Vik during the long campaign last year, said the vote was fair.', 'Rita Holm', 'adviser to President Tom Vik', null],
    ['Rita Holm, a specialist on the Harbour Board, said the quay was safe.', 'Rita Holm', 'specialist on the Harbour Board', null],
    ['Rita Holm, head of research at Acme Labs in the north, said sales fell.', 'Rita Holm', 'head of research at Acme Labs', null],
    ['Rita Holm, deputy head of exploration in the agency’s science office, said the launch slipped.', 'Rita Holm', 'deputy head of exploration in the agency’s science office', null],
    // Clauses and lists after a name describe nobody.
    ['“We are ready,” said Paul Ek, adding that the president of France was wrong.', 'Paul Ek', null, null],
    ['“We are ready,” said Paul Ek, Ann Lee and the coach.', 'Paul Ek', null, null],
    ['“We are ready,” said Paul Ek, who leads the Polish Foreign Ministry.', 'Paul Ek', null, null],
    ['“We are ready,” said Paul Ek, the president is wrong.', 'Paul Ek', null, null],
  ])('%s', (text, phrase, role, country) => {
    const { speakers } = resolve(text, [phrase]);
    expect(summary(speakers[0]!)?.slice(2)).toEqual([role, country]);
  });
});

describe('a title later in the article finds the person an apposition described', () => {
  it.each<[string, string, [string, string | null, string | null]]>([
    ['Rita Holm, a palace spokeswoman, spoke first. The palace spokeswoman said the king was well.', 'The palace spokeswoman', ['Rita Holm', 'palace spokeswoman', null]],
    ['Rita Holm, the city’s mayor, spoke first. The mayor said the bridge was safe.', 'The mayor', ['Rita Holm', 'mayor', null]],
    ['Tom Hale, Britain’s foreign secretary, flew in. The foreign secretary said talks would resume.', 'The foreign secretary', ['Tom Hale', 'foreign secretary', 'United Kingdom']],
    ['Tom Hale, who met the mayor, flew in. The mayor said talks would resume.', 'The mayor', ['mayor', 'mayor', null]],
  ])('%s', (text, phrase, [name, role, country]) => {
    const summarised = summary(resolve(text, [phrase]).speakers[0]!);
    expect([summarised?.[0], summarised?.[2], summarised?.[3]]).toEqual([name, role, country]);
  });
});
