import { describe, expect, it } from 'vitest';
import { createSourceRefiner, sourceRefiner } from '../../src/enrich/source.js';
import { defaultOutletLexicon } from '../../src/lang/en/outlets.js';
import { expandAcronym, indexFullNames } from '../../src/enrich/source/registry.js';
import { buildDrafts, type ArticleMeta, type ClaimSpec } from './date-source-fixture.js';

const PUBLISHER = { publisher: 'Harbour Ledger' };

/** Runs the source refiner and returns each draft's source and the raw text it was read from. */
function sourcesOf(text: string, specs: ClaimSpec[], meta: ArticleMeta = PUBLISHER): Array<[string | null, string | null]> {
  const { ctx, analysis, drafts } = buildDrafts(text, specs, meta);
  return sourceRefiner.refine(ctx, analysis, drafts).map((draft) => [draft.source, draft.provenance.source?.text ?? null]);
}

describe('source refiner: outlets credited in the claim\'s sentence', () => {
  const cases: Array<[string, ClaimSpec, string]> = [
    ['The port will close in May, the harbour master told the Baltic Courier.', { quote: 'The port will close in May', cue: 'told' }, 'Baltic Courier'],
    ['Prices will rise, the minister told Vesti on Tuesday.', { quote: 'Prices will rise', cue: 'told' }, 'Vesti'],
    ['In an interview with Radio Meridian, the mayor said the bridge was unsafe.', { quote: 'the bridge was unsafe', cue: 'said' }, 'Radio Meridian'],
    ['Speaking to the Valley Herald, the mayor said the bridge was unsafe.', { quote: 'the bridge was unsafe', cue: 'said' }, 'Valley Herald'],
    ['Talking to Radio Meridian on Sunday, the mayor said the bridge was unsafe.', { quote: 'the bridge was unsafe', cue: 'said' }, 'Radio Meridian'],
    ['Speaking on Radio Meridian, the mayor said the bridge was unsafe.', { quote: 'the bridge was unsafe', cue: 'said' }, 'Radio Meridian'],
    ['Appearing on Valley Television, the mayor said the bridge was unsafe.', { quote: 'the bridge was unsafe', cue: 'said' }, 'Valley Television'],
    ['The bridge is unsafe, the mayor said, speaking to the Valley Herald.', { quote: 'The bridge is unsafe', cue: 'said' }, 'Valley Herald'],
    ['The talks had stalled, Kestrel Post reported.', { quote: 'The talks had stalled', cue: 'reported' }, 'Kestrel Post'],
    ['Exports fell by a third, Marlow reports.', { quote: 'Exports fell by a third', cue: 'reports' }, 'Marlow'],
    ['The army will withdraw, the general said, as reported by AFX.', { quote: 'The army will withdraw', cue: 'said' }, 'AFX'],
    ['The drills are routine, the colonel was quoted as saying by the Nordic Wire.', { quote: 'The drills are routine', cue: 'quoted as saying' }, 'Nordic Wire'],
    ['The treaty is dead, according to La Voz del Norte.', { quote: 'The treaty is dead', cue: 'according to' }, 'La Voz del Norte'],
    ['The minister resigned, according to public broadcaster NRT.', { quote: 'The minister resigned', cue: 'according to' }, 'NRT'],
    ['Two ships were seized, according to the Tallinn Evening News.', { quote: 'Two ships were seized', cue: 'according to' }, 'Tallinn Evening News'],
    ['The bank is insolvent, per Brixton.', { quote: 'The bank is insolvent', cue: 'per' }, 'Brixton'],
    [
      'We will not yield, the premier said in answer to Dziennik Polnocny\'s question about the strike.',
      { quote: 'We will not yield', cue: 'said' },
      'Dziennik Polnocny',
    ],
    [
      'The dam was sabotaged, Ledger.Kz reports referring to Der Morgen.',
      { quote: 'The dam was sabotaged', cue: 'reports' },
      'Der Morgen',
    ],
    [
      'The strike will end soon, union leaders said, citing the Lisbon Gazette.',
      { quote: 'The strike will end soon', cue: 'said' },
      'Lisbon Gazette',
    ],
    [
      'Rates will stay high, the governor said in an interview published by the Capital Tribune.',
      { quote: 'Rates will stay high', cue: 'said' },
      'Capital Tribune',
    ],
    ['According to The Northern Star, the mine will reopen.', { quote: 'the mine will reopen', cue: 'According to' }, 'The Northern Star'],
    ['The vote was delayed, the state news agency Balta said.', { quote: 'The vote was delayed', cue: 'said', speaker: 'the state news agency Balta' }, 'Balta'],
    // A clause opener before the outlet's name is not part of it.
    ['Meanwhile Kestrel Post reported that the talks had stalled.', { quote: 'the talks had stalled', cue: 'reported' }, 'Kestrel Post'],
    ['Furthermore Kestrel Post reported that the talks had stalled.', { quote: 'the talks had stalled', cue: 'reported' }, 'Kestrel Post'],
    ['But Kestrel Post reported that the talks had stalled.', { quote: 'the talks had stalled', cue: 'reported' }, 'Kestrel Post'],
  ];
  it.each(cases)('%s', (text, spec, outlet) => {
    const [[source, provenance]] = sourcesOf(text, [spec]) as [[string | null, string | null]];
    expect(source).toBe(outlet);
    expect(provenance).toBe(outlet);
  });
});

describe('source refiner: what is not an outlet falls back to the publisher', () => {
  const cases: Array<[string, ClaimSpec]> = [
    ['The plan is sound, according to Interior Minister Rosa Lind.', { quote: 'The plan is sound', cue: 'according to' }],
    ['The plan is sound, according to Chile.', { quote: 'The plan is sound', cue: 'according to' }],
    ['The plan is sound, according to Ecuador\'s Foreign Ministry.', { quote: 'The plan is sound', cue: 'according to' }],
    ['Taxes will rise, the mayor told a Dutch newspaper.', { quote: 'Taxes will rise', cue: 'told' }],
    ['Taxes will rise, the mayor told reporters.', { quote: 'Taxes will rise', cue: 'told' }],
    ['Taxes will rise, the mayor told Parliament.', { quote: 'Taxes will rise', cue: 'told' }],
    ['Speaking to reporters, the mayor said taxes would rise.', { quote: 'taxes would rise', cue: 'said' }],
    ['Talking to Interior Minister Rosa Lind, the mayor said taxes would rise.', { quote: 'taxes would rise', cue: 'said' }],
    ['Taxes will rise, the mayor said on Monday.', { quote: 'Taxes will rise', cue: 'said' }],
    ['Speaking on Monday, the mayor said taxes would rise.', { quote: 'taxes would rise', cue: 'said' }],
    ['Speaking on condition of anonymity, an official said taxes would rise.', { quote: 'taxes would rise', cue: 'said' }],
    ['Taxes will rise, local media reported.', { quote: 'Taxes will rise', cue: 'reported' }],
    ['Taxes will rise, according to IMFX.', { quote: 'Taxes will rise', cue: 'according to' }],
    ['Asked by reporter Lena Ortiz about the cuts, the mayor said taxes would rise.', { quote: 'taxes would rise', cue: 'said' }],
    ['Press secretary Dana Kim said the budget was final.', { quote: 'the budget was final', cue: 'said' }],
    // An outlet named inside the quote is what was said about.
    ['The mayor said the Evening Courier had lied about the budget.', { quote: 'the Evening Courier had lied about the budget', cue: 'said' }],
  ];
  it.each(cases)('%s', (text, spec) => {
    expect(sourcesOf(text, [spec])).toEqual([['Harbour Ledger', null]]);
    expect(sourcesOf(text, [spec], {})).toEqual([[null, null]]);
  });

  it('tells a person from an outlet by the rest of the article', () => {
    const text = 'Senator Mara Quill spoke in Ghent.\nThe levy is unfair, according to Quill.';
    expect(sourcesOf(text, [{ quote: 'The levy is unfair', cue: 'according to' }])).toEqual([['Harbour Ledger', null]]);
  });
});

describe('source refiner: article context', () => {
  it('expands an abbreviation to a full name given elsewhere', () => {
    const text = [
      'The envoy spoke to the Northern Daily Ledger on Monday.',
      'The border will reopen, officials told the NDL.',
    ].join('\n');
    expect(sourcesOf(text, [{ quote: 'The border will reopen', cue: 'told' }])).toEqual([['Northern Daily Ledger', 'NDL']]);
  });

  it('accepts an abbreviation in a weak slot only when it expands', () => {
    const text = 'Officials spoke to the Coastal Morning Post.\nThe border will reopen, according to the CMP.';
    expect(sourcesOf(text, [{ quote: 'The border will reopen', cue: 'according to' }])).toEqual([['Coastal Morning Post', 'CMP']]);
  });

  it('resolves "the newspaper" to the outlet last credited before it', () => {
    const text = [
      'Talks resumed, according to a report in Il Faro.',
      'The newspaper said the ministers had met twice.',
    ].join('\n');
    const spec: ClaimSpec = { quote: 'the ministers had met twice', cue: 'said', speaker: 'The newspaper' };
    expect(sourcesOf(text, [spec])).toEqual([['Il Faro', 'The newspaper']]);
  });

  it('uses a speaker that is an outlet', () => {
    const text = 'Il Faro reported on the talks.\nIl Faro also wrote that the ministers had met twice.';
    const spec: ClaimSpec = { quote: 'the ministers had met twice', cue: 'wrote', speaker: 'Il Faro', entity: { name: 'Il Faro', type: 'organization' } };
    expect(sourcesOf(text, [spec])[0]![0]).toBe('Il Faro');
  });

  it('scopes a credit to its own sentence', () => {
    const text = 'The minister said the plant was safe. The inspectors disagreed, the Valley Herald reported.';
    const specs: ClaimSpec[] = [
      { quote: 'the plant was safe', cue: 'said' },
      { quote: 'The inspectors disagreed', cue: 'reported' },
    ];
    expect(sourcesOf(text, specs).map(([source]) => source)).toEqual(['Harbour Ledger', 'Valley Herald']);
  });

  it('leaves a source set by an earlier refiner alone and never throws on odd text', () => {
    const { ctx, analysis, drafts } = buildDrafts('Told the . according to , per', [{ quote: 'according to' }], PUBLISHER);
    expect(sourceRefiner.refine(ctx, analysis, drafts)[0]!.source).toBe('Harbour Ledger');
    const preset = drafts.map((draft) => ({ ...draft, source: 'Preset' }));
    expect(sourceRefiner.refine(ctx, analysis, preset)[0]!.source).toBe('Preset');
  });

  it('takes extra outlet words from a user lexicon', () => {
    const refiner = createSourceRefiner({ lexicon: { ...defaultOutletLexicon, nameWords: [...defaultOutletLexicon.nameWords, 'Bugle'] } });
    const { ctx, analysis, drafts } = buildDrafts('Rain is coming, according to Coastal Bugle.', [{ quote: 'Rain is coming', cue: 'according to' }]);
    expect(refiner.refine(ctx, analysis, drafts)[0]!.source).toBe('Coastal Bugle');
    expect(sourceRefiner.refine(ctx, analysis, drafts)[0]!.source).toBeNull();
  });
});

describe('expandAcronym', () => {
  it.each([
    ['NDL', ['Northern Daily Ledger'], 'Northern Daily Ledger'],
    ['VoA', ['Voice of America'], null],
    ['VA', ['Voice of America'], 'Voice of America'],
    ['T.G.', ['The Gazette', 'Tribune Global'], 'Tribune Global'],
    ['XY', ['Zeta Post'], null],
    ['ZP', ['Zeta Post', 'Zone Press', 'Zeta Post'], 'Zeta Post'],
    ['ZP', [' Zeta Post', 'Zone Press'], 'Zone Press'],
  ])('%s in %j → %s', (acronym, names, expected) => {
    expect(expandAcronym(acronym, indexFullNames(names))).toBe(expected);
  });
});

describe('source refiner: speakers that are not outlets', () => {
  it.each([
    ['The Pentagon warned that the drills were provocative.', 'The Pentagon'],
    ['The Danish Prime Minister said that the border would stay open.', 'The Danish Prime Minister'],
    ['The Alliance said that the summit would go ahead.', 'The Alliance'],
  ])('%s', (text, speaker) => {
    const quote = text.slice(text.indexOf('that ') + 5, -1);
    expect(sourcesOf(text, [{ quote, speaker }])).toEqual([['Harbour Ledger', null]]);
  });
});

describe('story credits: the shape of a dateline names the agency, whatever its name', () => {
  const cases: Array<[string, string]> = [
    ['LISBON (Nordwire) - The port will close in May, the harbour master said on Monday.', 'Nordwire'],
    ['KESTREL BAY, Valoria (Baltpress) — The port will close in May, the harbour master said.', 'Baltpress'],
    ['Tarnow, 12 June (TPK) - The port will close in May, the harbour master said.', 'TPK'],
    ['(dpx) — The port will close in May, the harbour master said at a briefing.', 'dpx'],
    ['OSLO, March 3 /Fjordpress/ -- The port will close in May, the harbour master said.', 'Fjordpress'],
    ['VALETTA, 22 Mar – Sud Agencia. The port will close in May, the harbour master said.', 'Sud Agencia'],
    ['2024-05-03 MERIDA (Norte Wire) - The port will close in May, the harbour master said.', 'Norte Wire'],
    ['updated: 2024-05-03 VALETTA, 22 Mar – Sud Agencia. The port will close in May, the harbour master said.', 'Sud Agencia'],
  ];
  it.each(cases)('%s', (text, agency) => {
    expect(sourcesOf(text, [{ quote: 'The port will close in May', cue: 'said' }])).toEqual([[agency, agency]]);
  });

  const notDatelines: Array<[string, string]> = [
    ['The port will close in May (in effect) - the harbour master said.', 'The port will close in May'],
    ['Harbour master Jon Vik (Labour) said the port will close in May.', 'the port will close in May'],
    ['Port Talks – Harbour Master. The port will close in May, the harbour master said.', 'The port will close in May'],
    ['In the north, the port will close in May – Vik. The harbour master said so.', 'the port will close in May'],
  ];
  it.each(notDatelines)('no credit: %s', (text, quote) => {
    expect(sourcesOf(text, [{ quote, cue: 'said' }])[0]![0]).toBe('Harbour Ledger');
  });
});

describe('story credits: bylines, sign-offs and republishing notes', () => {
  const claim = { quote: 'The port will close in May', cue: 'said' };
  const cases: Array<[string, string]> = [
    ['Port to close\nBy Ana Ruiz, Yonhap\nThe port will close in May, the harbour master said on Monday at a long briefing for the press.', 'Yonhap'],
    ['Port to close\nAna Ruiz and Tom Poe Anadolu Agency\nThe port will close in May, the harbour master said on Monday at a briefing for the press.', 'Anadolu Agency'],
    ['Port to close\nKyodo Published 3 May, 2024 06:00pm\nThe port will close in May, the harbour master said on Monday at a briefing for the press.', 'Kyodo'],
    ['Port to close\nXinhua, Tarnow,\nThe port will close in May, the harbour master said on Monday at a briefing for the press.', 'Xinhua'],
    ['The port will close in May, the harbour master said.\nShips are waiting.\n— EFE', 'EFE'],
    ['The port will close in May, the harbour master said.\n— NWA', 'NWA'],
    ['Article published in The Harbour Courier, 4 May 2024.\nThe port will close in May, the harbour master said.', 'The Harbour Courier'],
    ['The port will close in May, the harbour master said.\nThis story was originally published by Valley Voice of the North.', 'Valley Voice of the North'],
    ['The port will close in May, the harbour master said.\nTHIS STORY FIRST APPEARED IN The Harbour Courier.', 'The Harbour Courier'],
    ['The port will close in May, the harbour master said.\nReprinted with permission from The Harbour Courier.', 'The Harbour Courier'],
  ];
  it.each(cases)('%s', (text, agency) => {
    expect(sourcesOf(text, [claim])[0]![0]).toBe(agency);
  });

  const notCredits: string[] = [
    'Port to close\nYonhap poll shows support for the port\nThe port will close in May, the harbour master said on Monday at a briefing for the press.',
    'Port to close\nAna Ruiz | Yonhap | Getty Images\nThe port will close in May, the harbour master said on Monday at a briefing for the press.',
    'Port to close\nPublished on March 3, 2024\nThe port will close in May, the harbour master said.',
    'The port will close in May, the harbour master said.\n— Jon Vikander',
  ];
  it.each(notCredits)('no credit: %s', (text) => {
    expect(sourcesOf(text, [claim])[0]![0]).toBe('Harbour Ledger');
  });

  it('an inline credit of the claim beats the story credit', () => {
    const text = 'OSLO (Nordwire) - The port will close in May, the harbour master told the Valley Herald.';
    expect(sourcesOf(text, [{ quote: 'The port will close in May', cue: 'told' }])[0]![0]).toBe('Valley Herald');
  });

  it('a sign-off covers its own item of a live page, not the next one', () => {
    const text = 'The port will close in May, the harbour master said.\n— EFE\nThe bridge will reopen, the mayor said.';
    const specs = [claim, { quote: 'The bridge will reopen', cue: 'said' }];
    expect(sourcesOf(text, specs).map(([source]) => source)).toEqual(['EFE', 'Harbour Ledger']);
  });

  it('a user lexicon adds an agency to read in bylines', () => {
    const lexicon = { ...defaultOutletLexicon, credits: { ...defaultOutletLexicon.credits, wireAgencies: ['Meridian Wire'] } };
    const text = 'Port to close\nBy Ana Ruiz, Meridian Wire\nThe port will close in May, the harbour master said on Monday at a long briefing for the press.';
    const { ctx, analysis, drafts } = buildDrafts(text, [claim], PUBLISHER);
    const [draft] = createSourceRefiner({ lexicon }).refine(ctx, analysis, drafts);
    expect(draft!.source).toBe('Meridian Wire');
    expect(draft!.rules).toContain('enrich/source:story-byline');
  });
});
