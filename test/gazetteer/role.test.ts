import { describe, expect, it } from 'vitest';
import { expandRoleAbbreviation, roleFromApposition, roleFromTitle } from '../../src/gazetteer/role.js';
import { compileSpeakerLexicon, defaultSpeakerLexicon } from '../../src/lang/en/speakers.js';
import { tokensOf } from '../speakers/helpers.js';

const words = compileSpeakerLexicon(defaultSpeakerLexicon).roleWords;

describe('roleFromTitle', () => {
  it.each([
    ['Norwegian Foreign Minister', 'Foreign Minister'],
    ['Democratic presidential candidate', 'presidential candidate'],
    ['the argument of Rep.', 'Representative'],
    ['campaign manager', 'campaign manager'],
    ['Coach', 'Coach'],
    ['county Sheriff', 'county Sheriff'],
    ['Detective', 'Detective'],
    ['Chile’s President', 'President'],
    ["the Kenyan Interior Minister", 'Interior Minister'],
    ['U.S. Secretary of State', 'Secretary of State'],
    ['EU foreign policy chief', 'EU foreign policy chief'],
    ['NATO Secretary-General', 'Secretary-General'],
    ['UN Secretary-General', 'Secretary-General'],
    ['Foreign Ministry spokesperson', 'Foreign Ministry spokesperson'],
    ['Kremlin spokesman', 'Kremlin spokesman'],
    ['Polish FM', 'Foreign Minister'],
    ['Dutch PM', 'Prime Minister'],
    ['Sen.', 'Senator'],
    ['former Prime Minister', 'former Prime Minister'],
    ['former Austrian Chancellor', 'former Chancellor'],
    ['General', 'General'],
    ['Republican Senator', 'Senator'],
    ['Labour MP', 'MP'],
    ["Labour's shadow transport secretary", 'shadow transport secretary'],
    ["the Conservatives' home affairs spokesman", 'home affairs spokesman'],
    ['Green Party spokesman', 'spokesman'],
    ['top Republican Party donor', 'top donor'],
    ["the Labour Party's deputy leader", 'deputy leader'],
    ['Deputy Head of the Presidential Office of Moldova', 'Deputy Head of the Presidential Office'],
    ['President of Chile', 'President'],
    ['Minister of Finance of Peru', 'Minister of Finance'],
    ['Secretary of State of the United States', 'Secretary of State'],
    ['Speaker of the House', 'Speaker of the House'],
    ['Head of the National Bank of Poland', 'Head of the National Bank'],
    ['European Parliament President', 'European Parliament President'],
    ['European Commission tech chief', 'European Commission tech chief'],
    ['European Union President', 'President'],
  ])('%s → %s', (title, role) => {
    expect(roleFromTitle(tokensOf(title), words)?.role).toBe(role);
  });

  it.each([['Mr.'], ['Dr.'], ['Brazilian'], ['the'], ['']])('%j states no role', (title) => {
    expect(roleFromTitle(tokensOf(title), words)).toBeNull();
  });

  it('points at the words it read, country excluded', () => {
    const text = 'Italian Defence Minister';
    const reading = roleFromTitle(tokensOf(text), words)!;
    expect(text.slice(reading.span.start, reading.span.end)).toBe('Defence Minister');
  });
});

describe('roleFromApposition', () => {
  it.each([
    ['a spokeswoman for the Peruvian Foreign Ministry', 'Foreign Ministry spokeswoman'],
    ['its director', 'director'],
    ['their chief negotiator', 'chief negotiator'],
    ['the MP for Eastfield and chair of the health committee', 'Eastfield MP'],
    ['a spokesman for the Kremlin', 'Kremlin spokesman'],
    ['an adviser at the Japanese Finance Ministry', 'Finance Ministry adviser'],
    ['the chief of Brazil’s Armed Forces', 'chief of the Armed Forces'],
    ['head of the Canadian Space Agency', 'head of the Space Agency'],
    ['deputy head of the president’s office', 'deputy head of the president’s office'],
    ['the commander of the navy', 'commander of the navy'],
    ['the mayor of Eastfield since 2019', 'mayor of Eastfield'],
    ['the president of Mexico', 'president'],
    ['the club’s goalkeeper', 'goalkeeper'],
    ['a midfielder', 'midfielder'],
    ['the agency’s press officer', 'press officer'],
    ['the company’s chief operating officer', 'chief operating officer'],
    ['the fund’s chief strategist', 'chief strategist'],
    ['the union’s treasurer', 'treasurer'],
    ['chair of the Acme Trust', 'chair of the Acme Trust'],
    ['a historian at Keele University', 'Keele University historian'],
    ['former ambassador to Peru', 'former ambassador to Peru'],
    ['president and chief operating officer of Orbitex', 'president and chief operating officer of Orbitex'],
    ['Merkel’s spokesman', 'Merkel’s spokesman'],
    ['prime minister of the Netherlands', 'prime minister'],
    ['the mayor of Lima', 'mayor of Lima'],
    ['the head of the agency from 2010 to 2014', 'head of the agency'],
    ['a senior Greek diplomat', 'senior diplomat'],
    // a country's name before a noun of expertise is the field and stays in the role
    ['a Peru specialist on the security council', 'Peru specialist on the security council'],
    ['an Iran expert at the Westfield Institute', 'Westfield Institute Iran expert'],
    ['the paper’s Kenya correspondent', 'Kenya correspondent'],
    ['an expert on Chile', 'expert on Chile'],
    ['a specialist on the Joint Planning Board (JPB)', 'specialist on the Joint Planning Board'],
    ['a director on the board of Acme', 'director on the board of Acme'],
    // a relative clause tells what the holder did, not the office
    ['a former adviser to the mayor who said she would march', 'former adviser to the mayor'],
    ['a lawyer who works for the union', 'lawyer'],
    ['a retired judge who sat on the panel in 2019', 'retired judge'],
    ['a spokeswoman for the ministry who declined to be named', 'spokeswoman for the ministry'],
    ['an analyst at Harbour Capital which advises the fund', 'Harbour Capital analyst'],
  ])('%s → %s', (apposition, role) => {
    expect(roleFromApposition(tokensOf(apposition), words)?.role).toBe(role);
  });

  it.each([
    ['a key player in the talks'],
    ['the capital of Peru'],
    ['who spoke on Monday'],
    ['a veteran of three campaigns'],
    ['a member of the public'],
    ['a member of the family'],
    ['a resident who said he had lived there for years'],
    ['the city’s oldest resident'],
  ])('%s is no office', (apposition) => {
    expect(roleFromApposition(tokensOf(apposition), words)).toBeNull();
  });
});

describe('expandRoleAbbreviation', () => {
  it.each([
    ['FM', 'Foreign Minister'],
    ['PM', 'Prime Minister'],
    ['Gov.', 'Governor'],
    ['Minister', null],
    ['fm', null],
  ])('%s → %s', (abbreviation, role) => {
    expect(expandRoleAbbreviation(abbreviation)).toBe(role);
  });

  it('reads a user lexicon', () => {
    expect(expandRoleAbbreviation('CoS', [{ abbreviation: 'CoS', role: 'Chief of Staff' }])).toBe('Chief of Staff');
  });
});
