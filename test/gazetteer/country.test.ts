import { describe, expect, it } from 'vitest';
import { countryOfLabel, countryOfTitle, isCountrySpeaker, lookupPlace, placeIndex, placeReferences } from '../../src/gazetteer/country.js';
import { tokensOf } from '../speakers/helpers.js';

describe('lookupPlace', () => {
  it.each([
    ['Germany', 'Germany', 'name'],
    ['German', 'Germany', 'demonym'],
    ['IMF', 'International Monetary Fund', 'body'],
    ['World Bank', 'World Bank', 'body'],
    ['WTO', 'World Trade Organization', 'body'],
    ['British', 'United Kingdom', 'demonym'],
    ['U.K.', 'United Kingdom', 'name'],
    ['United States', 'United States', 'name'],
    ['American', 'United States', 'demonym'],
    ['Washington', 'United States', 'capital'],
    ['Seoul', 'South Korea', 'capital'],
    ['South Korean', 'South Korea', 'demonym'],
    ['Tehran', 'Iran', 'capital'],
    ['Turkey', 'Turkey', 'name'],
    ['Türkiye', 'Turkey', 'name'],
    ['Dutch', 'Netherlands', 'demonym'],
    ['French', 'France', 'demonym'],
    ['EU', 'European Union', 'body'],
    ['European Commission', 'European Union', 'body'],
    ['NATO', 'NATO', 'body'],
    ['United Nations', 'United Nations', 'body'],
    ['Kremlin', 'Russia', 'seat'],
    ['White House', 'United States', 'seat'],
    ['Downing Street', 'United Kingdom', 'seat'],
    ['Élysée', 'France', 'seat'],
  ])('%s → %s (%s)', (form, country, kind) => {
    expect(lookupPlace(form)).toEqual({ country, kind });
  });

  it.each([['DE'], ['IT'], ['germany'], ['Minister'], ['Smith'], ['']])('%j names no country', (form) => {
    expect(lookupPlace(form)).toBeNull();
  });
});

describe('countryOfTitle', () => {
  it.each([
    ['Norwegian Foreign Minister', 'Norway'],
    ['Chile’s President', 'Chile'],
    ['U.S. Ambassador to Ukraine', 'United States'],
    ['the EU envoy to Serbia', 'European Union'],
    ['EU foreign policy chief', 'European Union'],
    ['Canada’s ambassador to the UN', 'Canada'],
    ['a spokeswoman for the Kenyan Health Ministry', 'Kenya'],
    ['Kremlin spokesman', 'Russia'],
    ['the chief of Spain’s Navy', 'Spain'],
    // national agencies and central banks name their state as a seat of government does
    ['NASA administrator', 'United States'],
    ['an Ofcom official', 'United Kingdom'],
    ['the Bundesbank’s president', 'Germany'],
    ['a spokesman for the FBI', 'United States'],
    // an abbreviation, a demonym or a possessive before a noun of expertise still says whose
    ['a US expert on trade', 'United States'],
    ['a Peruvian specialist', 'Peru'],
    ['Chile’s Bolivia envoy', 'Chile'],
  ])('%s → %s', (title, country) => {
    expect(countryOfTitle(tokensOf(title))?.country).toBe(country);
  });

  it.each([
    ['Foreign Minister'],
    ['envoy to Ukraine'],
    ['deputy head of the president’s office'],
    // a country's name before a noun of expertise is the field, not the holder's country
    ['a Peru specialist on the security council'],
    ['a leading Iran expert'],
    ['the Kenya correspondent'],
    ['a veteran China hand'],
    ['the Chile desk'],
  ])('%s gives no country', (title) => {
    expect(countryOfTitle(tokensOf(title))).toBeNull();
  });

  it('returns the raw span of the country word', () => {
    const text = 'the Ghanaian Trade Minister';
    const found = countryOfTitle(tokensOf(text))!;
    expect(text.slice(found.span.start, found.span.end)).toBe('Ghanaian');
  });
});

describe('placeReferences', () => {
  it('reads multi-word names and possessives without overlaps', () => {
    const places = placeReferences(tokensOf('New Zealand’s envoy met South Korean and Saudi Arabian officials in Abu Dhabi'));
    expect(places.map((place) => [place.country, place.possessive])).toEqual([
      ['New Zealand', true],
      ['South Korea', false],
      ['Saudi Arabia', false],
      ['United Arab Emirates', false],
    ]);
  });

  it.each<[string, string[]]>([
    ['Mark Cuban said it', []],
    ['critic Tom French said it', []],
    ['The Cuban government said it', ['Cuba']],
    ['Former Cuban officials said it', ['Cuba']],
    ['Several Cuban exiles said it', ['Cuba']],
    ['the Spanish Cuban envoy', ['Spain', 'Cuba']],
  ])('a demonym after a capitalised word that is no determiner, office or place is a surname: %s', (text, countries) => {
    expect(placeReferences(tokensOf(text)).map((place) => place.country)).toEqual(countries);
  });

  it.each<[string, string[]]>([
    ['Joana Lima said it', []],
    ['Transport Minister Joana Lima said it', []],
    ['striker Ana Jordan said it', []],
    ['In Lima officials said it', ['Peru']],
    ['Northern Jordan was quiet', ['Jordan']],
    ['Greater Paris voted', ['France']],
    ['Minister Lima said it', ['Peru']],
    ['the US envoy said it', ['United States']],
  ])('a one-word country or capital after a capitalised word that is no function word, modifier, office or place is a surname: %s', (text, countries) => {
    expect(placeReferences(tokensOf(text)).map((place) => place.country)).toEqual(countries);
  });

  it.each<[string, string[]]>([
    ['a member of the National Security Council said', []],
    ['an aide on the Presidential Security Council', []],
    ["Portugal's Security Council met", ['Portugal']],
    ['the Portuguese Security Council met', ['Portugal']],
    ['the Security Council met', ['United Nations']],
    ['The Security Council met', ['United Nations']],
    ['the UN Security Council met', ['United Nations']],
    ['the United Nations Security Council met', ['United Nations', 'United Nations']],
    ['Security Council members met', ['United Nations']],
    ['the Arab League and the European Commission', ['Arab League', 'European Union']],
    ['a Chinese United Nations envoy', ['China', 'United Nations']],
  ])('a body’s institution is another’s after a name or possessive: %s', (text, countries) => {
    expect(placeReferences(tokensOf(text)).map((place) => place.country)).toEqual(countries);
  });
});

describe('isCountrySpeaker', () => {
  it.each([['Russia', true], ['Moscow', true], ['Kyiv', true], ['Brazil', true], ['Kremlin', false], ['Russian', false], ['NATO', false]])(
    '%s → %s',
    (name, expected) => {
      expect(isCountrySpeaker(name)).toBe(expected);
    },
  );
});

describe('subnational regions', () => {
  it.each([
    ['Ohio', 'United States'],
    ['New Hampshire', 'United States'],
    ['District of Columbia', 'United States'],
  ])('%s is a region of %s', (form, country) => {
    expect(placeIndex().get(form)).toEqual({ country, kind: 'region' });
  });

  it('keeps a country spelled like a state a country, and leaves out states that are common personal names', () => {
    expect(placeIndex().get('Georgia')).toEqual({ country: 'Georgia', kind: 'name' });
    expect(placeIndex().get('Washington')?.kind).toBe('capital');
    expect(placeIndex().get('Virginia')).toBeUndefined();
    expect(placeIndex().get('Montana')).toBeUndefined();
  });
});

describe('countryOfLabel', () => {
  it.each<[string, string | null]>([
    ['Republican lawmaker', 'United States'],
    ['a Republican', 'United States'],
    ['GOP-led', 'United States'],
    ['House Democrats', 'United States'],
    ['Tory MP', 'United Kingdom'],
    ['the Tories', 'United Kingdom'],
    ['congresswoman', 'United States'],
    ['Christian Democrats', null],
    ['Sweden Democrats', null],
    ['Liberal Democrat leader', null],
    ['democratic reforms', null],
    ['CONGRESSWOMAN', 'United States'],
    // names of Object.prototype's members are no labels
    ['the constructor said', null],
    ['Constructor', null],
    ['hasOwnProperty', null],
    ['Labour MP', null],
  ])('%s → %s', (title, country) => {
    expect(countryOfLabel(tokensOf(title))?.country ?? null).toBe(country);
  });
});
