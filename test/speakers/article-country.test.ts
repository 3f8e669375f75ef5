import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/analyse.js';
import { articleCountry } from '../../src/speakers/article-country.js';
import { resolve, summary } from './helpers.js';

function countryOf(text: string): string | null {
  return articleCountry(analyse(text, [{ start: 0, end: text.length }]).sentences)?.country ?? null;
}

describe('the country an article is about', () => {
  it.each<[string, string | null]>([
    ['Lawmakers in Lisbon met on Monday. Portugal’s budget was late. Portuguese unions marched.', 'Portugal'],
    ['Republicans in the Senate blocked the bill. The vote split Congress. Democrats vowed to try again.', 'United States'],
    ['The GOP-led House passed it. The Republican plan now goes to the Senate.', 'United States'],
    ['Tory backbenchers rebelled. The Tories lost the vote.', 'United Kingdom'],
    ['A congresswoman from Ohio said the plan failed. Ohio schools closed.', 'United States'],
    ['Chile and Peru signed the deal. Chilean and Peruvian envoys met in Lima.', null],
    ['The EU ministers met. Germany, France and Italy backed the plan, while the EU Commission and the EU Parliament objected.', null],
    ['Christian Democrats in parliament objected. Sweden Democrats agreed.', null],
    ['The storm hit the coast on Monday.', null],
    ['Kenya said the talks went well.', null],
    ['Senate Republicans blocked the bill. House Democrats objected.', 'United States'],
    ['Liberal Democrats and Social Democrats objected.', null],
    // a place after "to", "with", "against" is the story's target or partner, not its home
    ['The White House said aid to Ukraine would resume. Democrats pressed for aid to Ukraine. Republicans objected to aid to Ukraine.', 'United States'],
    ['Envoys flew to Chile and to Peru. Talks with Chile and with Peru went on.', null],
    // after "in" it is where the story happens, which is often whose it is
    ['Researchers in the Netherlands said the dikes held. Dutch engineers agreed.', 'Netherlands'],
    // a country's name before a noun of expertise casts no vote
    ['Peru experts met in Lima. A Peru specialist spoke. Peru policy was the topic. Peruvian farmers listened.', 'Peru'],
    ['Bolivia experts met. A Bolivia specialist spoke. Bolivia policy was the topic. Chilean farmers listened.', null],
    // a national agency votes for its state
    ['NASA said the launch slipped. NASA engineers checked the rocket.', 'United States'],
    // the AP stylebook's state abbreviations in a US dateline
    ['ALBANY, N.Y. (AP) — The governor signed the bill. Republicans objected.', 'United States'],
    ['HARRISBURG, Pa. — The budget passed late. Democrats cheered.', 'United States'],
    ['TAMPA, Fla. — Schools reopened on Monday. Calif. lawmakers took note.', 'United States'],
    ['Miss. Ind. Del. The storm hit the coast on Monday.', null],
    // a wire dateline's city in capitals votes like the city written any other way
    ['LISBON — Dock workers walked out on Monday. Portuguese unions backed them.', 'Portugal'],
    ['KUALA LUMPUR, May 2 (Reuters) — The central bank held rates. Malaysian exporters cheered.', 'Malaysia'],
    ['LISBON is the capital. The storm hit the coast on Monday.', null],
  ])('%s → %s', (text, expected) => {
    expect(countryOf(text)).toBe(expected);
  });
});

describe('who takes the article’s country', () => {
  const domestic = 'Teachers marched through Lisbon on Tuesday. Portugal’s schools closed and Portuguese parents joined them. ';
  it.each<[string, string, string | null]>([
    [`${domestic}The education minister said pay would rise.`, 'The education minister', 'Portugal'],
    [`${domestic}Mayor Rita Gomes said the city was proud.`, 'Mayor Rita Gomes', 'Portugal'],
    [`${domestic}The teachers’ union said the strike would go on.`, 'The teachers’ union', 'Portugal'],
    [`${domestic}Several thousand protesters said they wanted respect.`, 'Several thousand protesters', 'Portugal'],
    [`${domestic}Nova Motors, a carmaker, said output fell.`, 'Nova Motors, a carmaker', null],
    [`${domestic}Ana Reis, the chief executive of Nova Motors, said output fell.`, 'Ana Reis, the chief executive of Nova Motors', null],
    [`${domestic}Rui Costa said he would join them.`, 'Rui Costa', null],
    [`${domestic}Spanish Foreign Minister Elena Ruiz said Madrid was watching.`, 'Spanish Foreign Minister Elena Ruiz', 'Spain'],
    ['Chile and Peru signed the deal in Lima. Chilean envoys met Peruvian envoys. The trade minister said it was a good day.', 'The trade minister', null],
    // an office at an employer with no public body's word is a company's
    [`${domestic}Rita Lobo, vice president of sales at Nova Orbital, said output fell.`, 'Rita Lobo, vice president of sales at Nova Orbital', null],
    [`${domestic}Rita Lobo, head of research at Acme Labs, said output fell.`, 'Rita Lobo, head of research at Acme Labs', null],
    [`${domestic}Rita Lobo, a spokeswoman at the Health Ministry, said pay would rise.`, 'Rita Lobo, a spokeswoman at the Health Ministry', 'Portugal'],
    [`${domestic}Rita Lobo, head of planning at the Lisbon City Council, said pay would rise.`, 'Rita Lobo, head of planning at the Lisbon City Council', 'Portugal'],
  ])('%s', (text, phrase, country) => {
    const { speakers } = resolve(text, [phrase]);
    expect(summary(speakers[0]!)?.[3]).toBe(country);
  });

  it('gives the officers of a body the body, and its unnamed groups nothing', () => {
    const text = 'The EU AI rules start in August. The European Commission defended them. EU ministers backed the EU rules. A spokesperson said the date stood. Several companies said the rules were vague.';
    const { speakers } = resolve(text, ['A spokesperson', 'Several companies']);
    expect(summary(speakers[0]!)?.[3]).toBe('European Union');
    expect(summary(speakers[1]!)?.[3]).toBe(null);
  });
});
