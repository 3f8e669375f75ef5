import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { resolve, summary } from './helpers.js';

describe('speaker phrases with titles, appositions and possessives', () => {
  it.each<[string, string, [string, string, string | null, string | null]]>([
    ['Norwegian Foreign Minister Ingrid Solberg said talks would resume.', 'Norwegian Foreign Minister Ingrid Solberg', ['Ingrid Solberg', 'person', 'Foreign Minister', 'Norway']],
    ['Chile’s President Tomas Rivera warned of delays.', 'Chile’s President Tomas Rivera', ['Tomas Rivera', 'person', 'President', 'Chile']],
    ['Democratic Sen. Lena Marsh of Vermont said the vote would wait.', 'Democratic Sen. Lena Marsh of Vermont', ['Lena Marsh', 'person', 'Senator', 'United States']],
    ['Ohio Gov. Dana Pruitt said the budget would pass.', 'Ohio Gov. Dana Pruitt', ['Dana Pruitt', 'person', 'Governor', 'United States']],
    ['New Mexico Attorney General Ruth Ames said the suit would go ahead.', 'New Mexico Attorney General Ruth Ames', ['Ruth Ames', 'person', 'Attorney General', 'United States']],
    ['The Arizona Ledger reported that the mayor resigned.', 'The Arizona Ledger', ['The Arizona Ledger', 'organization', null, null]],
    ["The company's chief executive said the plant would close.", "The company's chief executive", ["company's chief executive", 'person', 'chief executive', null]],
    ["The state's governor said the budget would pass.", "The state's governor", ["state's governor", 'person', 'governor', null]],
    ["The union's treasurer said the fund was empty.", "The union's treasurer", ["union's treasurer", 'person', 'treasurer', null]],
    ["The company's board said the plant would close.", "The company's board", ["company's board", 'organization', null, null]],
    ['The Centre for Coastal Studies said the quotas were too high.', 'The Centre for Coastal Studies', ['Centre for Coastal Studies', 'organization', null, null]],
    ['The Marlow Center for Public Health warned of delays.', 'The Marlow Center for Public Health', ['Marlow Center for Public Health', 'organization', null, null]],
    ['The Academy of Applied Arts said the grants were cut.', 'The Academy of Applied Arts', ['Academy of Applied Arts', 'organization', null, null]],
    ['Seawatch, a conservation group, said the quotas were too high.', 'Seawatch, a conservation group', ['Seawatch', 'organization', null, null]],
    ['Trade Minister Pieter van den Berg said tariffs would fall.', 'Trade Minister Pieter van den Berg', ['Pieter van den Berg', 'person', 'Trade Minister', null]],
    ['Gov. Paul Ortega of Nevada said the plan would fail.', 'Gov. Paul Ortega of Nevada', ['Paul Ortega', 'person', 'Governor', null]],
    ['EU foreign policy chief Marta Kowal said the bloc was united.', 'EU foreign policy chief Marta Kowal', ['Marta Kowal', 'person', 'EU foreign policy chief', 'European Union']],
    ['NATO Secretary-General Pieter Janssen said allies agreed.', 'NATO Secretary-General Pieter Janssen', ['Pieter Janssen', 'person', 'Secretary-General', 'NATO']],
    [
      'Elena Petrova, a spokeswoman for the Bulgarian Interior Ministry, said the border was open.',
      'Elena Petrova, a spokeswoman for the Bulgarian Interior Ministry',
      ['Elena Petrova', 'person', 'Interior Ministry spokeswoman', 'Bulgaria'],
    ],
    [
      'The head of Brazil’s Navy, Admiral Lucas Ferreira, said ships were ready.',
      'The head of Brazil’s Navy, Admiral Lucas Ferreira',
      ['Lucas Ferreira', 'person', 'head of the Navy', 'Brazil'],
    ],
    ['Amina Diallo of Senegal said the vote was fair.', 'Amina Diallo of Senegal', ['Amina Diallo', 'person', null, 'Senegal']],
    ['Kenji Sato said nothing had changed.', 'Kenji Sato', ['Kenji Sato', 'person', null, null]],
    ['The Ghanaian government said it would comply.', 'The Ghanaian government', ['Ghanaian government', 'organization', null, 'Ghana']],
    ['Canada’s Foreign Ministry said the talks failed.', 'Canada’s Foreign Ministry', ['Canada’s Foreign Ministry', 'organization', null, 'Canada']],
    ['The Kremlin said the offer was void.', 'The Kremlin', ['Kremlin', 'organization', null, 'Russia']],
    ['The White House said the plan stood.', 'The White House', ['White House', 'organization', null, 'United States']],
    ['Brazil on Monday rejected the proposal.', 'Brazil', ['Brazil', 'country', null, 'Brazil']],
    ['Tokyo rejected the claim.', 'Tokyo', ['Tokyo', 'country', null, 'Japan']],
    ['Unnamed officials said the deal was close.', 'Unnamed officials', ['Unnamed officials', 'anonymous', null, null]],
    ['A senior official said the talks stalled.', 'A senior official', ['senior official', 'anonymous', null, null]],
    ['Indian officials said the talks stalled.', 'Indian officials', ['Indian officials', 'anonymous', null, 'India']],
    ['The Daily Courier reported that the mayor resigned.', 'The Daily Courier', ['The Daily Courier', 'organization', null, null]],
    ['The Harbour Sentinel reported that the mayor resigned.', 'The Harbour Sentinel', ['The Harbour Sentinel', 'organization', null, null]],
    ['Voters, the Valley Ledger wrote, had tired of the plan.', 'the Valley Ledger', ['Valley Ledger', 'organization', null, null]],
    ['The 45-year-old Mara Quint said she would run.', 'The 45-year-old Mara Quint', ['Mara Quint', 'person', null, null]],
    ['The mayor resigned, according to La Nacion.', 'La Nacion', ['La Nacion', 'organization', null, null]],
    ['Democrats said the bill was flawed.', 'Democrats', ['Democrats', 'organization', null, null]],
    ['Hungarians said prices were too high.', 'Hungarians', ['Hungarians', 'anonymous', null, 'Hungary']],
    ['Polish FM doesn’t rule out new talks', 'Polish FM', ['Polish FM', 'person', 'Foreign Minister', 'Poland']],
    // A long title before the name: the place after "of" closes the title and is the country.
    [
      'Deputy Head of the Presidential Office of Moldova Ana Lungu said the talks went well.',
      'Deputy Head of the Presidential Office of Moldova Ana Lungu',
      ['Ana Lungu', 'person', 'Deputy Head of the Presidential Office', 'Moldova'],
    ],
    ['President of Chile Tomas Rivera said the talks went well.', 'President of Chile Tomas Rivera', ['Tomas Rivera', 'person', 'President', 'Chile']],
    ['Minister of Finance of Peru Rosa Diaz said rates would hold.', 'Minister of Finance of Peru Rosa Diaz', ['Rosa Diaz', 'person', 'Minister of Finance', 'Peru']],
    ['Jordan Lake said the talks went well.', 'Jordan Lake', ['Jordan Lake', 'person', null, null]],
    // Office holders in the plural are unnamed; a heading in capitals and a sentence-opening verb name nobody.
    ['Forty CEOs said the plan would fail.', 'Forty CEOs', ['Forty CEOs', 'anonymous', null, null]],
    ['Senior Ministers said the plan would fail.', 'Senior Ministers', ['Senior Ministers', 'anonymous', null, null]],
    ['Coastal states said the quotas were unfair.', 'Coastal states', ['Coastal states', 'anonymous', null, null]],
    ['The United States said the plan would fail.', 'The United States', ['United States', 'country', null, 'United States']],
    ['Baker said the plan would fail.', 'Baker', ['Baker', 'person', null, null]],
    // a national agency is its state's institution
    ['NASA said the launch would slip.', 'NASA', ['NASA', 'organization', null, 'United States']],
    ['Lt Col Ann Lee said the plan would pass.', 'Lt Col Ann Lee', ['Ann Lee', 'person', 'Lieutenant Colonel', null]],
    ['Maj Gen Ann Lee said the plan would pass.', 'Maj Gen Ann Lee', ['Ann Lee', 'person', 'Major General', null]],
    // A party label or a one-country office places its holder.
    ['A congresswoman said the plan would pass.', 'A congresswoman', ['congresswoman', 'person', 'congresswoman', 'United States']],
    ['Republican lawmaker Ann Lee said the plan would pass.', 'Republican lawmaker Ann Lee', ['Ann Lee', 'person', 'lawmaker', 'United States']],
    ['Ann Lee, a Republican, said the plan would pass.', 'Ann Lee, a Republican', ['Ann Lee', 'person', null, 'United States']],
    ['Tory MP Ann Lee said the plan would pass.', 'Tory MP Ann Lee', ['Ann Lee', 'person', 'MP', 'United Kingdom']],
  ])('%s', (text, phrase, expected) => {
    const { speakers } = resolve(text, [phrase]);
    expect(summary(speakers[0]!)).toEqual(expected);
  });
});

describe('coreference', () => {
  it('ties a surname, a pronoun and the full name to one person, carrying role and country', () => {
    const text = [
      'Mexican Economy Minister Rosa Delgado said exports grew.',
      'Delgado added that tariffs would fall.',
      'She said the deal was fair.',
    ].join('\n');
    const { speakers, entities } = resolve(text, ['Mexican Economy Minister Rosa Delgado', ['Delgado', 1], 'She']);
    expect(speakers.map(summary)).toEqual(Array(3).fill(['Rosa Delgado', 'person', 'Economy Minister', 'Mexico']));
    const entity = entities.find((candidate) => candidate.name === 'Rosa Delgado')!;
    expect(entity.aliases).toContain('Delgado');
    expect(entity.mentions.map((mention) => mention.text)).toEqual(['Mexican Economy Minister Rosa Delgado', 'Delgado', 'She']);
  });

  it('finds the full name written after the surname', () => {
    const text = 'Leaders including Okafor met in Lagos.\nPresident Chinedu Okafor of Nigeria said the summit was useful.';
    const { speakers } = resolve(text, ['Okafor', 'President Chinedu Okafor of Nigeria']);
    expect(speakers.map(summary)).toEqual(Array(2).fill(['Chinedu Okafor', 'person', 'President', 'Nigeria']));
  });

  it('joins spelling variants of one name and names the entity by its fullest form', () => {
    const text = [
      'Georgian President Mikheil Tsereteliy said the vote was valid.',
      'Mikhail Tsereteli later said observers were welcome.',
      'Tsereteli also said the count was over.',
    ].join('\n');
    const { speakers } = resolve(text, ['Georgian President Mikheil Tsereteliy', 'Mikhail Tsereteli', ['Tsereteli', 2]]);
    expect(new Set(speakers.map((speaker) => speaker?.id)).size).toBe(1);
    expect(speakers[0]!.country).toBe('Georgia');
  });

  it('keeps two people who share a surname apart by first name', () => {
    const text = 'Anna Berg said yes.\nTomas Berg said no.';
    const { speakers } = resolve(text, ['Anna Berg', 'Tomas Berg']);
    expect(speakers[0]!.id).not.toBe(speakers[1]!.id);
  });

  it('reads a first name the tagger takes for a verb as part of the name', () => {
    const text = 'Sen. Ted Ruiz (R-Tex.) backed the bill.\nHis father, Bart Ruiz, opposed it.\nRuiz said the vote was close.';
    const { speakers } = resolve(text, [['Ruiz', 2]]);
    expect(speakers[0]!.name).toBe('Ted Ruiz');
  });

  it.each([
    ['in brackets after the name', 'Sen. Rosa Vidal (D-N.M.) said so.', 'Sen. Rosa Vidal'],
    ['between commas', 'Rep. Omar Hale, R-Ohio, said so.', 'Rep. Omar Hale, R-Ohio,'],
  ])('places a member of Congress with a party-and-state label %s in the United States', (_name, text, phrase) => {
    const { speakers } = resolve(text, [phrase.replace(/,$/, '')]);
    expect(speakers[0]!.country).toBe('United States');
  });

  it('reads no country from a bracket that is no party label', () => {
    const { speakers } = resolve('Rosa Vidal (pictured) said so.', ['Rosa Vidal']);
    expect(speakers[0]!.country).toBeNull();
  });

  it.each([
    ['Two people familiar with the negotiations said so.', 'Two people familiar with the negotiations', 'people familiar with the negotiations'],
    ['Officials close to the governor said so.', 'Officials close to the governor', 'Officials close to the governor'],
  ])('reads a source described by what it knows as anonymous: %s', (text, phrase, name) => {
    const { speakers } = resolve(text, [phrase]);
    expect([speakers[0]!.name, speakers[0]!.type]).toEqual([name, 'anonymous']);
  });

  it.each([
    ['Analysts at Northgate Capital said so.', 'Analysts at Northgate Capital'],
    ['Officials in the finance ministry said so.', 'Officials in the finance ministry'],
  ])('reads a source placed at an institution as anonymous, not as the institution: %s', (text, phrase) => {
    const { speakers } = resolve(text, [phrase]);
    expect([speakers[0]!.name, speakers[0]!.type]).toEqual([phrase, 'anonymous']);
  });

  it('reads a company named with a corporate suffix as an organization', () => {
    const { speakers } = resolve('Keller Motors said so.', ['Keller Motors']);
    expect([speakers[0]!.name, speakers[0]!.type]).toEqual(['Keller Motors', 'organization']);
  });

  it('reads a federation or association named after its field as one organization', () => {
    const { speakers } = resolve('The Harbour Pilots Association said so.', ['The Harbour Pilots Association']);
    expect([speakers[0]!.name, speakers[0]!.type]).toEqual(['Harbour Pilots Association', 'organization']);
  });

  it.each([['Investigators'], ['Witnesses'], ['Critics']])('reads "%s" alone as anonymous', (word) => {
    const { speakers } = resolve(`${word} said so.`, [word]);
    expect(speakers[0]!.type).toBe('anonymous');
  });

  it.each([
    ['Prosecutors', 'Prosecutors said the developers diverted money.'],
    ['Regulators', 'Regulators said the bank had hidden its losses.'],
  ])('reads a title word the tagger calls a proper noun at a sentence start as a group ("%s said")', (word, text) => {
    const { speakers } = resolve(text, [word]);
    expect([speakers[0]?.name, speakers[0]?.type]).toEqual([word, 'anonymous']);
  });

  it.each([
    ['executives', 'The merger is off, executives said.'],
    ['Nordic ministers', 'Nordic ministers said the fund would grow.'],
  ])('reads unnamed office holders in the plural ("%s") as an anonymous source', (phrase, text) => {
    const { speakers } = resolve(text, [phrase]);
    expect([speakers[0]?.name, speakers[0]?.type]).toEqual([phrase, 'anonymous']);
  });

  it.each([
    ['Lia Moreno, a retired teacher, said the school was cold.\nThe teacher added that the roof leaked.', 'Lia Moreno, a retired teacher', 'The teacher'],
    ['Ken Oduya, a nurse at the county hospital, said beds were short.\nThe nurse added that staff were tired.', 'Ken Oduya, a nurse at the county hospital', 'The nurse'],
  ])('resolves a definite description to the person an apposition described so: %s', (text, first, second) => {
    const { speakers } = resolve(text, [first, second]);
    expect(speakers[1]).not.toBeNull();
    expect(speakers[1]).toBe(speakers[0]);
  });

  it('gives a definite description nobody was described as an anonymous source', () => {
    const { speakers } = resolve('Lia Moreno, a retired teacher, spoke first.\nThe plumber said the pipes were old.', ['The plumber']);
    expect(summary(speakers[0]!)).toEqual(['plumber', 'anonymous', null, null]);
  });

  it('reads a function written before a name as the role ("Sheriff Dana Holt")', () => {
    const { speakers } = resolve('Sheriff Dana Holt said the road was closed.', ['Sheriff Dana Holt']);
    expect(summary(speakers[0]!)).toEqual(['Dana Holt', 'person', 'Sheriff', null]);
  });

  it('reads the place after an office and "of" as where the office is held, not as the holder ("Dahl, the mayor of Tromsø")', () => {
    const { speakers } = resolve('Dahl, the mayor of Tromsø, said the port would grow.', ['Dahl, the mayor of Tromsø']);
    expect(summary(speakers[0]!)).toEqual(['Dahl', 'person', 'mayor of Tromsø', null]);
  });

  it.each([
    ['The Department of Fisheries said quotas would fall.', 'The Department of Fisheries', 'Department of Fisheries'],
    ['The Association of Harbour Pilots said quotas would fall.', 'The Association of Harbour Pilots', 'Association of Harbour Pilots'],
  ])('reads an institution named "X of Y" whole: %s', (text, phrase, name) => {
    const { speakers } = resolve(text, [phrase]);
    expect([speakers[0]?.name, speakers[0]?.type]).toEqual([name, 'organization']);
  });

  it('does not read a capitalised verb between two names as a first name (a title-case headline)', () => {
    const text = 'Ada Brun Calls Tom Vik A Liar Over Harbour Deal\nVik said the claim was false.';
    const { speakers } = resolve(text, [['Vik', 1]]);
    expect(speakers[0]!.name).toBe('Tom Vik');
  });

  it.each([['The state said the rolls were clean.', 'The state'], ['The press said the rolls were clean.', 'The press']])(
    'reads a word that only qualifies an office as no speaker: %s',
    (text, phrase) => {
      const { speakers } = resolve(`Secretary of State Ann Cole spoke first.\n${text}`, [phrase]);
      expect(speakers[0]).toBeNull();
    },
  );

  it.each([['Police'], ['Parliament']])('reads an institution word alone as the speaking institution ("%s said")', (word) => {
    const { speakers } = resolve(`${word} said the harbour was closed.`, [word]);
    expect([speakers[0]?.name, speakers[0]?.type]).toEqual([word, 'organization']);
  });

  it('gives "he" no place name for an antecedent ("Gaza Strip", "Orange County")', () => {
    const text = 'Aid reached the Gaza Strip on Monday, Omar Haddad said.\nTrucks crossed into Orange County.\nHe said more would follow.';
    const { speakers } = resolve(text, [['Omar Haddad', 0], ['He', 0]]);
    expect(speakers[1]!.name).toBe('Omar Haddad');
  });

  it('keeps a hyphenated surname ending in a place word a name ("Waller-Bridge")', () => {
    const { speakers } = resolve('Waller-Bridge said the show was over.', ['Waller-Bridge']);
    expect(speakers[0]?.name).toBe('Waller-Bridge');
  });

  it.each([
    ['Northgate Hospital said the ward was full.', 'Northgate Hospital', 'Northgate Hospital'],
    ['The club said the coach would stay.', 'The club', 'club'],
  ])('reads a hospital, a school or a club as an organization: %s', (text, phrase, name) => {
    const { speakers } = resolve(text, [phrase]);
    expect([speakers[0]?.name, speakers[0]?.type]).toEqual([name, 'organization']);
  });

  it.each([
    ['The carmaker, Nordvik Motors, said sales fell.', 'The carmaker, Nordvik Motors'],
    ['Nordvik Motors, a Swedish carmaker, said sales fell.', 'Nordvik Motors, a Swedish carmaker'],
  ])('names a company described by its trade by its name: %s', (text, phrase) => {
    const { speakers } = resolve(text, [phrase]);
    expect([speakers[0]?.name, speakers[0]?.type]).toEqual(['Nordvik Motors', 'organization']);
  });

  it.each([
    ['Mayor Ellen Park said the barriers held.', 'Mayor Ellen Park', ['Ellen Park', 'person', 'Mayor', null]],
    ['Councillor Raj Mehta said the barriers held.', 'Councillor Raj Mehta', ['Raj Mehta', 'person', 'Councillor', null]],
  ])('reads a titled name ending in a word that may name a place as a person: %s', (text, phrase, expected) => {
    const { speakers } = resolve(text, [phrase]);
    expect(summary(speakers[0]!)).toEqual(expected);
  });

  it.each([
    ['A nurse said the ward was full.', 'A nurse'],
    ['Striking nurse says the ward is full.', 'Striking nurse'],
  ])('reads someone named by what they do as an anonymous source: %s', (text, phrase) => {
    const { speakers } = resolve(text, [phrase]);
    expect(speakers[0]?.type).toBe('anonymous');
  });

  it('names an outlet known only by what it is by that word, never by an empty name', () => {
    const { speakers } = resolve('The newspaper said the port would close.', ['The newspaper']);
    expect([speakers[0]?.name, speakers[0]?.type]).toEqual(['newspaper', 'organization']);
  });

  it.each([
    ['Shares in Nordvik Motors fell.\nThe carmaker said demand was weak.', 'The carmaker'],
    ['Harbour Bank reported a loss.\nThe company said costs had risen.', 'The company'],
    ['Ada Ferries, a Danish firm, said it bought two ships.\nThe company said both would sail in May.', 'The company'],
  ])('resolves "the company" to the company named before: %s', (text, phrase) => {
    const named = text.startsWith('Ada') ? ['Ada Ferries, a Danish firm'] : [];
    const { speakers: all, entities } = resolve(text, [...named, phrase]);
    const speakers = all.slice(named.length);
    expect(speakers[0]?.type).toBe('organization');
    expect(speakers[0]?.name).not.toBe(phrase.replace(/^The /, '').toLowerCase());
    expect(entities.filter((entity) => entity.type === 'organization')).toHaveLength(1);
  });

  it('does not resolve "the company" to a union or a ministry named before', () => {
    const { speakers } = resolve('The Dockers Union criticised the plan.\nThe company said the plan was final.', ['The company']);
    expect(speakers[0]?.name).toBe('company');
  });

  it('reads a capitalised anonymous head alone as anonymous ("Sources said")', () => {
    const { speakers } = resolve('Sources said so.', ['Sources']);
    expect([speakers[0]!.name, speakers[0]!.type]).toEqual(['Sources', 'anonymous']);
  });

  it.each([
    ['Now Castillo says the deal is off.', 'Now Castillo'],
    ['Furthermore Castillo argued that the deal was off.', 'Furthermore Castillo'],
    ['Nevertheless Castillo insisted the deal was off.', 'Nevertheless Castillo'],
    ['Similarly Castillo said the deal was off.', 'Similarly Castillo'],
  ])('leaves a sentence adverb out of the name: %s', (text, phrase) => {
    const { speakers } = resolve(text, [phrase]);
    expect(speakers[0]!.name).toBe('Castillo');
  });

  it('resolves "the senator from X" to the senator named before', () => {
    const text = 'Senator Ann Cole of Ohio spoke first.\nThe senator from Ohio said the bill was dead.';
    const { speakers } = resolve(text, ['The senator from Ohio']);
    expect(speakers[0]!.name).toBe('Ann Cole');
  });

  it.each([
    ['an institution named with "and"', 'United States Citizenship and Immigration Services said so.', 'United States Citizenship and Immigration Services'],
    ['a plural institution head', 'The Senate Appropriations Committees said so.', 'Senate Appropriations Committees'],
    ['a party group in a chamber', 'Senate Democrats said so.', 'Senate Democrats'],
  ])('reads %s as one organization', (_name, text, name) => {
    const phrase = text.slice(0, text.indexOf(' said'));
    const { speakers } = resolve(text, [phrase]);
    expect([speakers[0]!.name, speakers[0]!.type]).toEqual([name, 'organization']);
  });

  it('resolves a bare title to the person named with it, matching the country', () => {
    const text = [
      'Irish Prime Minister Sean Byrne and Maltese Prime Minister Clara Vella met on Friday.',
      'The Irish Prime Minister said the talks went well.',
    ].join('\n');
    const { speakers } = resolve(text, ['The Irish Prime Minister']);
    expect(summary(speakers[0]!)).toEqual(['Sean Byrne', 'person', 'Prime Minister', 'Ireland']);
  });

  it.each([
    ['Prime Minister Ana Lind of Norway opened the summit on Monday.', 'The premier said the talks went well.', 'The premier', 'Ana Lind'],
    ['Prime Minister Ana Lind arrived in Oslo on Monday.', 'The PM said the talks went well.', 'The PM', 'Ana Lind'],
    ['Chief Executive Tom Reed of Acme opened the plant on Monday.', 'The CEO said output would double.', 'The CEO', 'Tom Reed'],
    ['Board chairman Ivo Marsh opened the meeting on Monday.', 'The chair said the vote was fair.', 'The chair', 'Ivo Marsh'],
    ['Spokeswoman Lea Berg spoke to reporters on Monday.', 'The spokesperson said the talks went well.', 'The spokesperson', 'Lea Berg'],
  ])('resolves a bare title to the holder of the same office under another title: %s', (first, second, phrase, name) => {
    const { speakers } = resolve([first, second].join('\n'), [phrase]);
    expect(speakers[0]!.name).toBe(name);
  });

  it('keeps a bare title apart from the holder of another office', () => {
    const text = ['President Ana Lind opened the summit on Monday.', 'The premier said the talks went well.'].join('\n');
    const { speakers } = resolve(text, ['The premier']);
    expect(speakers[0]!.name).not.toBe('Ana Lind');
  });

  it('keeps a bare title of its own when nobody in the article holds it', () => {
    const { speakers } = resolve('The Finnish Defence Minister said drills would go on.', ['The Finnish Defence Minister']);
    expect(summary(speakers[0]!)).toEqual(['Finnish Defence Minister', 'person', 'Defence Minister', 'Finland']);
  });

  it('joins institution variants under their fullest name', () => {
    const text = [
      'Officials at the Peruvian Ministry of Foreign Affairs met on Monday.',
      'Peru’s Foreign Ministry said the border would reopen.',
    ].join('\n');
    const { speakers } = resolve(text, ['Peru’s Foreign Ministry']);
    expect(summary(speakers[0]!)).toEqual(['Peruvian Ministry of Foreign Affairs', 'organization', null, 'Peru']);
  });

  it('resolves an outlet descriptor to the outlet named before it and gives it the country', () => {
    const text = 'Talks resumed, according to a report in El Diario.\nCiting sources, the Spanish newspaper said a deal was near.';
    const { speakers } = resolve(text, ['El Diario', 'the Spanish newspaper']);
    expect(speakers.map(summary)).toEqual(Array(2).fill(['El Diario', 'organization', null, 'Spain']));
  });

  it('gives "he" the previous speaker, not a person named later in the sentence', () => {
    const text = [
      'Trade spokesperson Omar Haddad said exports rose.',
      'Later he said the figures were final, after meeting Lena Fischer.',
    ].join('\n');
    const { speakers } = resolve(text, ['Trade spokesperson Omar Haddad', 'he']);
    expect(speakers[1]!.name).toBe('Omar Haddad');
  });

  it('never gives "she" to an institution, and "it" never to a person', () => {
    const text = [
      'Dana Ruiz, an aide, met officials.',
      'The Chilean Finance Ministry said rates would hold.',
      'She said the meeting was useful.',
      'It said inflation was easing.',
    ].join('\n');
    const { speakers } = resolve(text, ['Dana Ruiz, an aide', 'The Chilean Finance Ministry', 'She', 'It']);
    expect(speakers[2]!.name).toBe('Dana Ruiz');
    expect(speakers[3]!.name).toBe('Chilean Finance Ministry');
  });

  it('inherits the country of the person whose office it is', () => {
    const text = 'Peruvian President Rosa Quispe opened the session.\nLuis Soto, deputy head of Quispe’s office, said the plan was ready.';
    const { speakers } = resolve(text, ['Luis Soto, deputy head of Quispe’s office']);
    expect(summary(speakers[0]!)).toEqual(['Luis Soto', 'person', 'deputy head of Quispe’s office', 'Peru']);
  });

  it('gives an office holder with no stated country the country of their sentence', () => {
    const text = '"Finland is ready to help," Foreign Minister Aino Virtanen said.';
    const { speakers } = resolve(text, ['Foreign Minister Aino Virtanen']);
    expect(speakers[0]!.country).toBe('Finland');
  });
});

describe('what stays unresolved', () => {
  it.each([
    ['A pronoun with nobody before it', 'He said the rules changed.', 'He'],
    ['"she" with only an institution before it', 'The Chilean Finance Ministry met.\nShe said rates would hold.', 'She'],
  ])('%s', (_, text, phrase) => {
    expect(resolve(text, [phrase]).speakers[0]).toBeNull();
  });

  it('keeps a person after "the" when a title abbreviation stands between', () => {
    const text = 'The Rev. Tobias Wren said the vigil would go on.';
    expect(resolve(text, ['The Rev. Tobias Wren']).speakers[0]!.type).toBe('person');
  });

  it('gives a bare name no country and no role', () => {
    const text = '"We should wait," Kowalczyk said about Ukrainian soldiers.';
    const { speakers } = resolve(text, ['Kowalczyk']);
    expect(summary(speakers[0]!)).toEqual(['Kowalczyk', 'person', null, null]);
  });

  it('reads a lone name credited with reporting as an outlet, with saying as a person', () => {
    const text = 'Prices rose, Tidewire reported.\nMarkovic said prices rose.';
    const { speakers: reported } = resolve(text, ['Tidewire'], 'report');
    const { speakers: said } = resolve(text, ['Markovic'], 'say');
    expect(reported[0]!.type).toBe('organization');
    expect(said[0]!.type).toBe('person');
  });

  it('gives a title holder no country from a destination', () => {
    const text = 'Defence Minister Karel Novak said troops would go to Ukraine.';
    expect(resolve(text, ['Defence Minister Karel Novak']).speakers[0]!.country).toBeNull();
  });

  it('does not turn a country adjective into a person', () => {
    const { entities } = resolve('Swedish troops arrived.\nThe Swedish Army said so.', ['The Swedish Army']);
    expect(entities.filter((entity) => entity.type === 'person')).toEqual([]);
  });
});

describe('mentions and offsets', () => {
  it('records every mention as raw text at its offsets', () => {
    const text = 'Portuguese Prime Minister Ana Costa spoke.\nCosta said the budget passed.\nShe said more was needed.';
    const { entities } = resolve(text, [['Costa', 1], 'She']);
    const costa = entities.find((entity) => entity.name === 'Ana Costa')!;
    for (const mention of costa.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(costa.mentions.length).toBe(3);
    expect(costa.roleSpan?.text).toBe('Prime Minister');
    expect(costa.countrySpan?.text).toBe('Portuguese');
  });

  it.each([[''], ['"""'], ['‘'.repeat(500)], ['A '.repeat(3000)], ['Mr. . , ’s of of the The']])('never throws on %j', (text) => {
    expect(() => resolve(text, [])).not.toThrow();
  });
});

describe('phrases that name no speaker', () => {
  it.each([
    ['LATEST DEVELOPMENTS said the vote was close.', 'LATEST DEVELOPMENTS'],
    ['WATCH LIVE said the vote was close.', 'WATCH LIVE'],
    ['Watch said the vote was close.', 'Watch'],
    ['Listen said the vote was close.', 'Listen'],
  ])('%s', (text, phrase) => {
    expect(resolve(text, [phrase]).speakers[0]).toBeNull();
  });
});

describe('acronyms', () => {
  const speakersOf = (text: string) => extractClaims(text).speakers.map((speaker) => [speaker.name, [...speaker.aliases].sort()]);

  it.each<[string, Array<[string, string[]]>]>([
    [
      'The International Dockworkers Federation (IDF) rejected the offer. "We will strike," the IDF said.',
      [['International Dockworkers Federation', ['IDF']]],
    ],
    ['The World Weather Organization warned of storms. "Stay home," the WWO said.', [['World Weather Organization', ['WWO']]]],
    ['"We will not accept it," the NFU said. The National Farmers Union has 50,000 members.', [['National Farmers Union', ['NFU']]]],
    ['The Union of Baltic Ports said fees would rise. The UBP added that ships were waiting.', [['Union of Baltic Ports', ['UBP']]]],
    // A possessive inside a name of capitalised words is one of its words.
    ["The Ministry of Women's Affairs (MWA) opened an inquiry. The MWA said the law was too weak.", [["Ministry of Women's Affairs", ['MWA']]]],
    ['The International Dockers’ Association (IDA) suspended its strike. "Work will resume," said the IDA.', [['International Dockers’ Association', ['IDA']]]],
    ["The Fishermen's Protection League said quotas were unfair. The FPL added that boats stayed in port.", [["Fishermen's Protection League", ['FPL']]]],
  ])('names an institution written as an acronym by the name it was spelt out with: %s', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  it.each([
    // initials that another institution's name does not make
    ['The National Farmers Union said farm prices had fallen sharply this year. "It is unfair," the NFA said.', ['National Farmers Union', 'NFA']],
    // a lower-case word after a possessive ends the name: the court is not the union
    ["The European Trade Union's top court said on Monday that fees had been set too high. The ETU said the ruling was unfair to its members.", ["European Trade Union's top court", 'ETU']],
    // a person's initials are no institution's acronym
    ['Nora Finch Upton said farm prices had fallen sharply this year. "It is unfair," the NFU said.', ['Nora Finch Upton', 'NFU']],
  ])('keeps apart what the acronym does not spell: %s', (text, names) => {
    expect(extractClaims(text).speakers.map((speaker) => speaker.name)).toEqual(names);
  });

  it.each<[string, string, string | null]>([
    ['The WHO said the outbreak was under control in most regions.', 'WHO', 'World Health Organization'],
    ['The IMF said growth would slow to two percent next year.', 'IMF', 'International Monetary Fund'],
    ['Officials who spoke on condition of anonymity said the talks had stalled again.', 'Officials', null],
    ['Lena Ortiz, who chairs the panel, said the vote would go ahead next week.', 'Lena Ortiz', null],
  ])('reads an acronym that spells "who" as a name, and a relative "who" as before: %s', (text, speaker, country) => {
    const [claim] = extractClaims(text).claims;
    expect([claim?.speaker, claim?.country]).toEqual([speaker, country]);
  });

  it('says in the trace that the acronym sieve placed the speaker', () => {
    const { claims } = extractClaims('The World Weather Organization warned of storms. "Stay home," the WWO said.');
    expect(claims.at(-1)!.rules).toContain('speakers/acronym');
  });
});

describe('a name and where its holder works', () => {
  it.each<[string, string, string | null]>([
    ['Lena Ortiz of the Harbour Institute said the tariffs would hurt growth next year.', 'Lena Ortiz', null],
    ['Tom Lee from Capital Economics said rates would rise again next year.', 'Tom Lee', null],
    ['"Rates will rise," said Tom Lee at Capital Economics.', 'Tom Lee', null],
    ['Anna Berg from Sweden said rates would rise again next year.', 'Anna Berg', 'Sweden'],
    ['Mark Dunne of the Bank of Ruritania said rates would rise again next year.', 'Mark Dunne', null],
    // institution and title words before the link belong to the name
    ['The Bank of England said rates would rise again next year.', 'Bank of England', 'United Kingdom'],
    ['Secretary of State Ann Cole said the talks would resume in May.', 'Ann Cole', null],
  ])('%s', (text, speaker, country) => {
    const [claim] = extractClaims(text).claims;
    expect([claim?.speaker, claim?.country]).toEqual([speaker, country]);
  });
});

describe('pronouns and headings in the body', () => {
  it.each([
    [
      'Prime Minister Ana Lopes said on Monday that Portugal would not send troops.\n\nMarta Silva, Lopes to meet in Lisbon on Friday\n\n“We can and must play a positive role,” she said.',
      'Ana Lopes',
    ],
    [
      'Finance Minister Tom Reed said the budget would pass.\n\nREAD MORE: Oscar Hale quits the board\n\n“The numbers add up,” he said.',
      'Tom Reed',
    ],
  ])('takes no antecedent from a heading between paragraphs', (text, speaker) => {
    expect(extractClaims(text).claims.at(-1)!.speaker).toBe(speaker);
  });

  it('still takes one from a sentence that ends with a full stop', () => {
    const text = 'Prime Minister Ana Lopes spoke first.\n\nMarta Silva met her in Lisbon on Friday.\n\n“We can and must play a positive role,” she said.';
    expect(extractClaims(text).claims.at(-1)!.speaker).toBe('Marta Silva');
  });
});

describe('"the official" pointing back', () => {
  it.each([
    ['Portuguese Trade Minister Ana Lopes met farmers on Monday. "Nothing has changed," the official said.', 'Ana Lopes'],
    ['Ana Lopes, a spokeswoman for the Chilean Interior Ministry, spoke first. "Nothing has changed," the spokeswoman said.', 'Ana Lopes'],
    // nobody named before holds a state's office: the phrase stays an anonymous source
    ['Ana Lopes, a teacher, met farmers on Monday. "Nothing has changed," the official said.', 'official'],
    ['Three officials met farmers on Monday. "Nothing has changed," the official said.', 'official'],
    ['"Nothing has changed," the official said. Portuguese Trade Minister Ana Lopes met farmers later.', 'official'],
  ])('%s', (text, speaker) => {
    expect(extractClaims(text).claims.find((claim) => claim.quote === 'Nothing has changed')?.speaker).toBe(speaker);
  });
});

describe('staff functions in an apposition', () => {
  it.each([
    ['Tom Reed, an aide to the governor, said the call was unusual.', 'aide to the governor'],
    ['Ana Ruiz, a trade specialist at the Harbour Institute, said tariffs would rise.', 'Harbour Institute trade specialist'],
    ['Lena Park, a Senate staffer, said the vote would slip.', 'Senate staffer'],
  ])('%s', (text, role) => {
    expect(extractClaims(text).claims[0]?.role).toBe(role);
  });
});

describe('a person named inside another speaker’s description', () => {
  it.each<[string, [string, string | null, string | null]]>([
    ['A senior member of Finnish Prime Minister Anna Berg’s cabinet criticised the plan, saying it was too costly. Berg said the plan would go ahead.', ['Anna Berg', 'Prime Minister', 'Finland']],
    ['An aide to Governor Tom Reyes said the bill was dead. Reyes said talks would go on.', ['Tom Reyes', 'Governor', null]],
    ['Allies of Chilean President Rosa Vidal said the vote was fair. Vidal said she would not step down.', ['Rosa Vidal', 'President', 'Chile']],
  ])('%s', (text, expected) => {
    const claim = extractClaims(text).claims.at(-1)!;
    expect([claim.speaker, claim.role, claim.country]).toEqual(expected);
  });

  it('keeps the describing phrase the first claim’s speaker', () => {
    const [first] = extractClaims('A senior member of Finnish Prime Minister Anna Berg’s cabinet said the plan was too costly.').claims;
    expect(first?.speaker).not.toBe('Anna Berg');
  });
});

describe('a function noun before a name is the role', () => {
  it.each<[string, string, string | null]>([
    ['High school math teacher Rosa Vidal said the pay was too low.', 'Rosa Vidal', 'High school math teacher'],
    ['Veteran goalkeeper Paul Ek said the team was ready.', 'Paul Ek', 'Veteran goalkeeper'],
    ['Local farmer Ann Lee said the rain came late.', 'Ann Lee', 'Local farmer'],
    ['On Monday, economist Tom Vik said rates would rise.', 'Tom Vik', 'economist'],
    // a noun that is no function names nobody's role
    ['Lakeside resident Tom Vik said the road was closed.', 'Tom Vik', null],
  ])('%s', (text, speaker, role) => {
    const [claim] = extractClaims(text).claims;
    expect([claim?.speaker, claim?.role]).toEqual([speaker, role]);
  });
});

describe('a pronoun does not stand for capitalised words that name no person', () => {
  it.each<[string, string]>([
    ['Science teacher Rosa Vidal said she and 30 colleagues from the Lakeview Central schools left early. She said pay was the worry.', 'Rosa Vidal'],
    ['Rosa Vidal spoke outside the Harbour Statehouse on Monday. She said pay was the worry.', 'Rosa Vidal'],
    // the tagger reads some surnames as verbs
    ['Teachers marched on Monday. Union organiser Angela Cooper said the strike would go on. She said pay was the worry.', 'Angela Cooper'],
    ['Tom Hunter told reporters the talks failed. He said the strike would go on.', 'Tom Hunter'],
  ])('%s', (text, speaker) => {
    expect(extractClaims(text).claims.at(-1)?.speaker).toBe(speaker);
  });
});

describe('someone who speaks for a titled person is not that person', () => {
  it.each<[string, string, string | null]>([
    ['A spokesman for Mayor Ann Cole said the road would reopen.', 'spokesman for Mayor Ann Cole', null],
    ['A representative of British Prime Minister Tom Vik said 30 countries would join.', 'representative of British Prime Minister Tom Vik', 'United Kingdom'],
    ['A spokeswoman for Senator Paul Ek said the bill was dead.', 'spokeswoman for Senator Paul Ek', null],
    // a capitalised office with "of" is one title, and a body after the link is where the office is held
    ['Secretary of State Ann Cole said the talks would resume.', 'Ann Cole', null],
    ['Minister of Finance Ann Cole said taxes would rise.', 'Ann Cole', null],
  ])('%s', (text, speaker, country) => {
    const [claim] = extractClaims(text).claims;
    expect([claim?.speaker, claim?.country]).toEqual([speaker, country]);
  });

  it('leaves the person spoken for to a later mention', () => {
    const claims = extractClaims('A spokesman for Mayor Ann Cole said the road would reopen. Cole said the repairs were done.').claims;
    expect(claims.map((claim) => [claim.speaker, claim.role])).toEqual([
      ['spokesman for Mayor Ann Cole', null],
      ['Ann Cole', 'Mayor'],
    ]);
  });
});

describe('someone described by whom they serve, stand with or oppose is an anonymous source', () => {
  it.each<[string, string]>([
    ['An aide to Governor Lena Holt said the bill would pass.', 'aide to Governor Lena Holt'],
    ['Two advisers to President Omar Sallis said the talks had stalled.', 'advisers to President Omar Sallis'],
    ['Critics of Senator Tom Brack say the plan is flawed.', 'Critics of Senator Tom Brack'],
    ['Supporters of Ida Marsh argued that the count was fair.', 'Supporters of Ida Marsh'],
    ['A spokesman for Ida Marsh said she would not run.', 'spokesman for Ida Marsh'],
    ['A lawyer for Tom Brack said his client was innocent.', 'lawyer for Tom Brack'],
    ['An adviser to the mayor said the budget was tight.', 'adviser to the mayor'],
    ['A spokeswoman for Nordvik Motors said the plant would close.', 'spokeswoman for Nordvik Motors'],
    ['Attorneys for the family said the footage was clear.', 'Attorneys for the family'],
    ['Allies of the governor warned that the vote would fail.', 'Allies of the governor'],
  ])('%s', (text, speaker) => {
    const [claim] = extractClaims(text).claims;
    expect([claim?.speaker, claim?.speakerType]).toEqual([speaker, 'anonymous']);
  });

  it.each<[string, string]>([
    ['Secretary of State Ann Cole said the talks would resume.', 'Ann Cole'],
    ['The secretary of state Ann Cole said the talks would resume.', 'Ann Cole'],
    ['Ann Cole, a lawyer for the family, said the footage was clear.', 'Ann Cole'],
    ['The head of the agency, Ann Cole, said the talks would resume.', 'Ann Cole'],
  ])('a named person keeps the claim: %s', (text, speaker) => {
    expect(extractClaims(text).claims[0]?.speaker).toBe(speaker);
  });

  it('still finds the person named inside the description', () => {
    const claims = extractClaims('Critics of Senator Tom Brack say the plan is flawed. Brack said the plan would pass.').claims;
    expect(claims.map((claim) => [claim.speaker, claim.role])).toEqual([
      ['Critics of Senator Tom Brack', null],
      ['Tom Brack', 'Senator'],
    ]);
  });
});

describe('a party member described so names the person introduced with that party', () => {
  it.each<[string, string]>([
    ['Senator Tom Brack, an Ohio Republican, spoke on Monday. The Ohio Republican said the bill was bad.', 'Tom Brack'],
    ['Rep. Ida Marsh, a Texas Democrat, spoke first. The Texas Democrat told reporters the bill was bad.', 'Ida Marsh'],
    ['Ohio Republican Tom Brack spoke on Monday. The Republican said the bill was bad.', 'Tom Brack'],
    ['Democratic Sen. Ida Marsh spoke on Monday. Omar Sallis also spoke. The veteran Democrat said the bill was bad.', 'Ida Marsh'],
    ['Tom Brack, a Wyoming Republican, and Ida Marsh, a Maine Democrat, met. The Maine Democrat said talks went well.', 'Ida Marsh'],
  ])('%s', (text, speaker) => {
    expect(extractClaims(text).claims.at(-1)?.speaker).toBe(speaker);
  });

  it('keeps a party label out of the name', () => {
    expect(extractClaims('Ohio Republican Tom Brack said the bill was bad.').claims[0]?.speaker).toBe('Tom Brack');
  });
});

describe('an unnamed speaker the lexicons do not know is the phrase, anonymous', () => {
  it.each<[string, string]>([
    ['Tom Brack spoke on Monday. The Ohio Republican said the bill was bad.', 'Ohio Republican'],
    ['The actress said the film was finished.', 'actress'],
    ['Later, environmentalists said the dam would flood the valley.', 'environmentalists'],
    ['On the street, fans of the team said the coach should go.', 'fans of the team'],
    ['A man said the fire started early.', 'man'],
    ['Forty-seven percent said the economy was weak.', 'Forty-seven percent'],
    ['His lawyer said the case was weak.', 'His lawyer'],
    ['Fact-checkers said the claim was false.', 'Fact-checkers'],
    ['Brack’s lawyer said his client would not testify.', 'Brack’s lawyer'],
    ['Another 19 percent said they were undecided.', 'Another 19 percent'],
    ['Both nurses said the ward was short of staff.', 'Both nurses'],
    ['Those growers say the rule hurts them.', 'Those growers'],
    ['My staff told me not to give the speech.', 'My staff'],
    ['After the vote, opponents of the levy said it would hurt farms.', 'opponents of the levy'],
    ['Backers of the plan said it would pass. Backers are confident.', 'Backers of the plan'],
    ['These tenants of the tower said the lifts had failed.', 'These tenants of the tower'],
  ])('%s', (text, speaker) => {
    const claim = extractClaims(text).claims.at(-1);
    expect([claim?.speaker, claim?.speakerType]).toEqual([speaker, 'anonymous']);
  });

  it('still ties a description to the person described so', () => {
    const claim = extractClaims('Tom Brack, a farmer, spoke on Monday. The farmer said the rain was late.').claims.at(-1);
    expect([claim?.speaker, claim?.speakerType]).toEqual(['Tom Brack', 'person']);
  });
});

describe('what stands between a name and its cue', () => {
  it.each<[string, string]>([
    ['Ana Ruiz, 59, of Ashton, Md., who watched the parade, said the day brought back memories.', 'Ana Ruiz'],
    ['Tom Brack, of Springfield, Va., said he had fought in the war.', 'Tom Brack'],
    ['Tom Brack, 44, of Leeds, said the ferry was late.', 'Tom Brack'],
    ['Jean Morel, the foreign minister of Ruritania, a member of the council, said the test was a provocation.', 'Jean Morel'],
    ['“The impact is small,” wrote Ida Marsh for the Harbour Post.', 'Ida Marsh'],
    ['“The impact is small,” said Ida Marsh for Morning Ledger.', 'Ida Marsh'],
  ])('%s', (text, speaker) => {
    expect(extractClaims(text).claims[0]?.speaker).toBe(speaker);
  });

  it.each<[string, string]>([
    ['Some far-right commentators have suggested that the senator is flexible.', 'far-right commentators'],
    ['Anti-war activists said the strikes must stop.', 'Anti-war activists'],
    ['“It is over,” said the 46-year-old.', '46-year-old'],
    ['The race is close, according to a far-right blog.', 'far-right blog'],
  ])('a compound joined by a hyphen stays whole: %s', (text, speaker) => {
    expect(extractClaims(text).claims[0]?.speaker).toBe(speaker);
  });

  it.each<[string, string]>([
    ['“It is over,” said Ida Marsh, the 46-year-old mayor.', 'mayor'],
    ['Ida Marsh, a 46-year-old nurse, said the ward was full.', 'nurse'],
  ])('an age is no part of the role: %s', (text, role) => {
    expect(extractClaims(text).claims[0]?.role).toBe(role);
  });
});

describe('a party member from one place is not one from another', () => {
  it.each<[string, string]>([
    ['Tom Brack, an Ohio Republican, spoke first. Republican Sen. Ida Marsh spoke next. The Ohio Republican said the bill was bad.', 'Tom Brack'],
    ['Republican candidate Ida Marsh spoke on Monday. The Wisconsin Republican said the bill was bad.', 'Wisconsin Republican'],
    ['Tom Brack, an Ohio Republican, spoke first. The Texas Republican said the bill was bad.', 'Texas Republican'],
  ])('%s', (text, speaker) => {
    expect(extractClaims(text).claims.at(-1)?.speaker).toBe(speaker);
  });
});

describe('subjects the tagger misreads still speak', () => {
  it.each<[string, string]>([
    ['Rep. Ann Lynch (D-Mass.) said the law does not require it.', 'Ann Lynch'],
    ['Tom Marsh, senior associate for school organizing at the Harbour Institute, said parents want local schools.', 'Tom Marsh'],
    ['But Tom Marsh, senior associate at the Harbour Institute, said parents want local schools.', 'Tom Marsh'],
    ['Tom Marsh, having run the shop for years, said prices were up.', 'Tom Marsh'],
    ['Mr. King said the board had never edited him.', 'King'],
    ['Attorney General Ida Marsh (D), the governor’s rival in the election, called for releasing the video.', 'Ida Marsh'],
    ['Ms. Bishop said the hall was full.', 'Bishop'],
  ])('%s', (text, speaker) => {
    expect(extractClaims(`Headline\n${text}`).claims[0]?.speaker).toBe(speaker);
  });

  it.each(['Tom Marsh, who runs the shop, said prices were up.', 'Tom Marsh, meanwhile, said prices were up.'])('a clause or an adjunct is passed over: %s', (text) => {
    expect(extractClaims(`Headline\n${text}`).claims[0]?.speaker).toBe('Tom Marsh');
  });

  it('a title after an article stays a title', () => {
    expect(extractClaims('Headline\nThe King said the nation would mourn.').claims[0]?.role).toBe('King');
  });
});

describe('the office of a body is a title that finds its holder', () => {
  it.each<[string, string]>([
    ['Troops are needed, said Deputy Head of the President’s Office of Norway Ivo Marek. “They should be serious,” said the Deputy Head of the President\'s Office.', 'Ivo Marek'],
    ['Chief of Staff Ana Ruiz spoke first. Then the Chief of Staff said the port would reopen.', 'Ana Ruiz'],
  ])('%s', (text, speaker) => {
    expect(extractClaims(`Headline\n${text}`).claims.at(-1)?.speaker).toBe(speaker);
  });

  it.each<[string, string]>([
    ['The Ministry of Defence said the drill was over.', 'organization'],
    ['The Head of the Office said the drill was over.', 'person'],
  ])('%s', (text, type) => {
    expect(extractClaims(`Headline\n${text}`).claims[0]?.speakerType).toBe(type);
  });
});

describe('a body’s own name', () => {
  it.each<[string, string, string]>([
    // "on" inside a body's name, between its head and its field
    ['The Council on Public Health said the report was late.', 'The Council on Public Health', 'Council on Public Health'],
    ['The Commission on Electoral Reform says the count was fair.', 'The Commission on Electoral Reform', 'Commission on Electoral Reform'],
    ['The Senate Committee on Foreign Affairs said it would hold hearings.', 'The Senate Committee on Foreign Affairs', 'Senate Committee on Foreign Affairs'],
    ['The Board on Legal Ethics says the lawyer broke the rules.', 'The Board on Legal Ethics', 'Board on Legal Ethics'],
    // lower-case words before the name describe the body
    ['The nonpartisan Parliamentary Budget Office said the bill would cost more.', 'The nonpartisan Parliamentary Budget Office', 'Parliamentary Budget Office'],
    ['The powerful Senate Finance Committee said it would vote.', 'The powerful Senate Finance Committee', 'Senate Finance Committee'],
    ['The conservative Harbour Foundation said the plan was flawed.', 'The conservative Harbour Foundation', 'Harbour Foundation'],
    ['The independent Office for Fiscal Studies said growth would slow.', 'The independent Office for Fiscal Studies', 'Office for Fiscal Studies'],
    // a body named in lower case keeps its words
    ['The state election commission said turnout was high.', 'The state election commission', 'state election commission'],
  ])('%s', (text, phrase, name) => {
    const { speakers } = resolve(text, [phrase]);
    expect(summary(speakers[0]!)?.slice(0, 2)).toEqual([name, 'organization']);
  });

  it.each([
    'Lima on Monday said the talks were over.',
    'The ministry on Friday said the talks were over.',
  ])('"on" after a speaker still starts a time adjunct: %s', (text) => {
    const claims = extractClaims(text).claims;
    expect(claims.map((claim) => claim.quote)).toEqual(['the talks were over']);
    expect(claims[0]!.speaker ?? "").not.toMatch(/\bon\b/);
  });

  it.each<[string, string, string]>([
    ['a part of the day after the day', 'Party spokesman Tom Hale on Thursday evening said the talks were over.', 'Tom Hale'],
    ['"yesterday" and a part of the day', 'Tom Hale yesterday afternoon said the talks were over.', 'Tom Hale'],
    ['"early" before the day', 'The ministry early Thursday said the talks were over.', 'ministry'],
    ['"late on" before the day', 'Tom Hale late on Friday said the talks were over.', 'Tom Hale'],
    ['a span closed by "ago"', 'The ministry two weeks ago said the talks were over.', 'ministry'],
    ['a hedged span closed by "ago"', 'The ministry less than a month ago said the talks were over.', 'ministry'],
    ['"since" after an auxiliary', 'Tom Hale has since said the talks were over.', 'Tom Hale'],
    ['"long" after an auxiliary', 'The ministry had long said the talks were over.', 'ministry'],
  ])('a time adjunct between the subject and the cue is stepped over: %s', (_name, text, speaker) => {
    const claims = extractClaims(text).claims;
    expect(claims.map((claim) => [claim.speaker, claim.quote])).toEqual([[speaker, 'the talks were over']]);
  });
});

describe('a word for unnamed people opening its sentence is no name', () => {
  it.each<[string, string]>([
    ['Analysts said prices would rise.', 'Analysts'],
    ['Doctors warned that the wards were full.', 'Doctors'],
    ['Nurses said the shifts were too long.', 'Nurses'],
    ['Farmers said the drought was the worst in years.', 'Farmers'],
    ['Officials said the road would reopen.', 'Officials'],
  ])('%s', (text, phrase) => {
    const { speakers } = resolve(text, [phrase]);
    expect(summary(speakers[0]!)?.slice(0, 2)).toEqual([phrase, 'anonymous']);
  });

  it.each<[string, string]>([
    ['Sanders said prices would rise.', 'Sanders'],
    ['Peters warned that the wards were full.', 'Peters'],
  ])('a surname in the plural shape still names a person: %s', (text, phrase) => {
    const { speakers } = resolve(text, [phrase]);
    expect(summary(speakers[0]!)?.slice(0, 2)).toEqual([phrase, 'person']);
  });
});

describe('a title that names a place', () => {
  const text = [
    'Senators debate the farm bill',
    '',
    'Sen. Ann Lee of Iowa spoke first. Sen. Tom Brack of Ohio spoke next.',
    '',
    'The Iowa senator said the bill would pass.',
    '',
    'The Ohio senator said it would fail.',
    '',
  ].join('\n');

  it('points to the holder stated with that place, not the latest holder of the office', () => {
    const claims = extractClaims(text).claims;
    expect(claims.map((claim) => [claim.speaker, claim.quote])).toEqual([
      ['Ann Lee', 'the bill would pass'],
      ['Tom Brack', 'it would fail'],
    ]);
    expect(claims[0]!.rules).toContain('speakers/title-holder');
  });

  it('still points to the latest holder when no holder is stated with the place', () => {
    const claims = extractClaims('Sen. Ann Lee spoke first. Sen. Tom Brack spoke next.\n\nThe Iowa senator said the bill would pass.\n\nOthers left.').claims;
    expect(claims.map((claim) => claim.speaker)).toEqual(['Tom Brack']);
  });

  it.each([
    ['a place before the name', 'Ohio Gov. Tom Brack'],
    ['a place after the name', 'Gov. Tom Brack of Ohio'],
  ])('never points to a holder stated only with another place: %s', (_name, brack) => {
    const article = [
      'Governors debate the farm bill',
      '',
      `Gov. Ann Lee spoke first at the summit on Monday. ${brack} spoke next.`,
      '',
      'The Texas governor said the bill would pass.',
      '',
      'The talks go on.',
    ].join('\n');
    expect(extractClaims(article).claims.map((claim) => claim.speaker)).toEqual(['Ann Lee']);
  });
});
