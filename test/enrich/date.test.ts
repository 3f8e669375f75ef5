import { describe, expect, it } from 'vitest';
import { dateRefiner } from '../../src/enrich/date.js';
import { findYearMarks, yearBefore } from '../../src/enrich/date/document-years.js';
import { mayHoldDatePhrase, readDatePhrases } from '../../src/gazetteer/date/phrases.js';
import { resolveDatePhrase } from '../../src/gazetteer/date/resolve.js';
import { buildDrafts, type ArticleMeta, type ClaimSpec } from './date-source-fixture.js';

/** Runs the date refiner over hand-built drafts and returns each draft's date and the phrase it was read from. */
function datesOf(text: string, specs: ClaimSpec[], meta: ArticleMeta = {}): Array<[string | null, string | null]> {
  const { ctx, analysis, drafts } = buildDrafts(text, specs, meta);
  return dateRefiner.refine(ctx, analysis, drafts).map((draft) => [draft.date, draft.provenance.date?.text ?? null]);
}

// 2024-06-13 is a Thursday.
const THURSDAY = { published: '2024-06-13' };

describe('date refiner: explicit dates attached to the statement', () => {
  const cases: Array<[string, ClaimSpec, ArticleMeta, string | null, string | null]> = [
    [
      'The mayor of Lyon said on May 20 that the bridge would reopen in autumn.',
      { quote: 'the bridge would reopen in autumn', cue: 'said', speaker: 'The mayor of Lyon' },
      THURSDAY, '2024-05-20', 'May 20',
    ],
    [
      'Tariffs on steel will rise next year, the Daily Courier reported on Feb. 3.',
      { quote: 'Tariffs on steel will rise next year', speaker: 'the Daily Courier' },
      THURSDAY, '2024-02-03', 'Feb. 3',
    ],
    [
      // A yearless date later in the year than the article belongs to the year before.
      'Speaking at a farmers\' congress in Porto on November 28, Agriculture Minister Rui Matos said subsidies would stay.',
      { quote: 'subsidies would stay', cue: 'said', speaker: 'Agriculture Minister Rui Matos' },
      THURSDAY, '2023-11-28', 'November 28',
    ],
    [
      'Chile will not sign the accord, Senator Ana Ruiz told a radio station in an interview published on 9 March.',
      { quote: 'Chile will not sign the accord', cue: 'told', speaker: 'Senator Ana Ruiz' },
      THURSDAY, '2024-03-09', 'on 9 March',
    ],
    [
      'The ceasefire must hold, the envoy said on March 3, 2022.',
      { quote: 'The ceasefire must hold', cue: 'said', speaker: 'the envoy' },
      THURSDAY, '2022-03-03', 'March 3, 2022',
    ],
    [
      // Leap day: the latest February 29 not after the article.
      'Rates will fall, the central bank governor said on Feb. 29.',
      { quote: 'Rates will fall', cue: 'said', speaker: 'the central bank governor' },
      { published: '2025-01-10' }, '2024-02-29', 'Feb. 29',
    ],
  ];
  it.each(cases)('%s', (text, spec, meta, date, phrase) => {
    expect(datesOf(text, [spec], meta)).toEqual([[date, phrase]]);
  });
});

describe('date refiner: weekdays and relative days against the article date', () => {
  const cases: Array<[string, ClaimSpec, string | null]> = [
    ['Norway on Tuesday rejected the proposal, saying it was premature.', { quote: 'the proposal', cue: 'rejected', speaker: 'Norway' }, '2024-06-11'],
    ['The union said Monday evening that the strike would continue.', { quote: 'the strike would continue', cue: 'said', speaker: 'The union' }, '2024-06-10'],
    ['"We are not leaving," the coach said Thursday.', { quote: 'We are not leaving,', cue: 'said', speaker: 'the coach', quoteType: 'direct' }, '2024-06-13'],
    ['The governor said yesterday that schools would close.', { quote: 'schools would close', cue: 'said', speaker: 'The governor' }, '2024-06-12'],
    ['Two days ago the minister said the budget was balanced.', { quote: 'the budget was balanced', cue: 'said', speaker: 'the minister' }, '2024-06-11'],
    ['The committee chair said today that hearings would resume.', { quote: 'hearings would resume', cue: 'said', speaker: 'The committee chair' }, '2024-06-13'],
    ['The senator said last Thursday that the vote was rigged.', { quote: 'the vote was rigged', cue: 'said', speaker: 'The senator' }, '2024-06-06'],
  ];
  it.each(cases)('%s', (text, spec, date) => {
    expect(datesOf(text, [spec], THURSDAY)[0]![0]).toBe(date);
  });

  it('gives null for a weekday in an undated article', () => {
    const spec = { quote: 'the proposal', cue: 'rejected', speaker: 'Norway' };
    expect(datesOf('Norway on Tuesday rejected the proposal.', [spec])).toEqual([[null, null]]);
  });
});

describe('date refiner: vague times and dates that are not the statement\'s', () => {
  const cases: Array<[string, ClaimSpec]> = [
    ['In February, the prime minister said elections would be held early.', { quote: 'elections would be held early', cue: 'said', speaker: 'the prime minister' }],
    ['Last week the ministry said the plant was safe.', { quote: 'the plant was safe', cue: 'said', speaker: 'the ministry' }],
    ['The minister recently said the deal was dead.', { quote: 'the deal was dead', cue: 'said', speaker: 'The minister' }],
    ['Earlier this month, the regulator warned that prices could spike.', { quote: 'prices could spike', cue: 'warned', speaker: 'the regulator' }],
    ['According to an October report in a trade journal, exports fell.', { quote: 'exports fell', cue: 'According to' }],
    // Dates inside the quote are what was spoken about.
    ['The chancellor said the tax would apply from April 6.', { quote: 'the tax would apply from April 6', cue: 'said', speaker: 'The chancellor' }],
    ['"The talks on Monday failed," the envoy said.', { quote: 'The talks on Monday failed,', cue: 'said', speaker: 'the envoy', quoteType: 'direct' }],
    // A date far from the claim belongs to another event of the sentence.
    [
      'The coalition, which was formed after the election held on October 15 across the whole of the country, said it would cut taxes.',
      { quote: 'it would cut taxes', cue: 'said', speaker: 'The coalition' },
    ],
  ];
  it.each(cases)('%s → the article date', (text, spec) => {
    expect(datesOf(text, [spec], THURSDAY)).toEqual([['2024-06-13', null]]);
  });

  it('is null when nothing dates the statement and the article has no date', () => {
    const spec = { quote: 'the plant was safe', cue: 'said', speaker: 'the ministry' };
    expect(datesOf('Last week the ministry said the plant was safe.', [spec])).toEqual([[null, null]]);
  });
});

describe('date refiner: several claims in one sentence', () => {
  it('keeps a date with the cue it stands next to', () => {
    const text =
      'The premier, who said Tuesday he would visit Oslo, estimated that the cost would reach ten billion crowns.';
    const specs: ClaimSpec[] = [
      { quote: 'he would visit Oslo', cue: 'said', speaker: 'The premier' },
      { quote: 'the cost would reach ten billion crowns', cue: 'estimated', speaker: 'The premier' },
    ];
    expect(datesOf(text, specs, THURSDAY).map(([date]) => date)).toEqual(['2024-06-11', '2024-06-13']);
  });

  it('shares a date on the shared speaker with a participle cue', () => {
    const text = 'Peru on Monday rejected the plan, saying it ignored the farmers.';
    const specs: ClaimSpec[] = [
      { quote: 'the plan', cue: 'rejected', speaker: 'Peru' },
      { quote: 'it ignored the farmers', cue: 'saying', speaker: 'Peru' },
    ];
    expect(datesOf(text, specs, THURSDAY).map(([date]) => date)).toEqual(['2024-06-10', '2024-06-10']);
  });

  it('applies a heading date to the items after it', () => {
    const text = 'Main events on Sept. 8: * Harbour reopens to cargo ships, port authority says * Rail strike ends';
    const spec = { quote: 'Harbour reopens to cargo ships', cue: 'says', speaker: 'port authority' };
    expect(datesOf(text, [spec], THURSDAY)).toEqual([['2023-09-08', 'Sept. 8']]);
  });
});

describe('date refiner: undated articles', () => {
  it('takes the year of the nearest full date written before the phrase', () => {
    const text = [
      'The fair opened on 2 March 2021 in Ghent.',
      'The organiser said on March 5 that attendance had doubled.',
    ].join('\n');
    const spec = { quote: 'attendance had doubled', cue: 'said', speaker: 'The organiser' };
    expect(datesOf(text, [spec])).toEqual([['2021-03-05', 'March 5']]);
  });

  it('gives null for a yearless date with no year before it', () => {
    const text = 'The organiser said on March 5 that attendance had doubled.\nThe next fair opens on 2 March 2030.';
    const spec = { quote: 'attendance had doubled', cue: 'said', speaker: 'The organiser' };
    expect(datesOf(text, [spec])).toEqual([[null, null]]);
  });
});

describe('date phrases and their resolution', () => {
  const read = (text: string) => readDatePhrases(text, { start: 0, end: text.length });

  it('reads nothing without a date word, and never throws on odd input', () => {
    expect(read('The minister may say more later.')).toEqual([]);
    expect(read('')).toEqual([]);
    expect(read('Mon'.repeat(5000))).toBeInstanceOf(Array);
  });

  it.each([
    ['The envoy spoke on Friday in Lisbon.', true],
    ['She said so 3/4/2025 at the summit.', true],
    ['He told reporters yesterday.', true],
    ['The market decided, and the board may act.', false],
    ['Traders said monday-style dips were over.', false],
    ['', false],
  ])('gates %j before chrono: %s', (text, open) => {
    const part = { start: 0, end: text.length };
    expect(mayHoldDatePhrase(text, part)).toBe(open);
    if (!open) expect(readDatePhrases(text, part)).toEqual([]);
  });

  it('reads spans in raw offsets', () => {
    const text = 'Officials said on Dec. 12 and again yesterday.';
    const phrases = read(text);
    expect(phrases.map((phrase) => text.slice(phrase.span.start, phrase.span.end))).toEqual(['Dec. 12', 'yesterday']);
  });

  const reference = { year: 2024, month: 6, day: 13 };
  it.each([
    ['on Sunday', '2024-06-09'],
    ['on Thursday', '2024-06-13'],
    ['last night', '2024-06-12'],
    ['this morning', '2024-06-13'],
    ['August 2', '2023-08-02'],
    ['June 13', '2024-06-13'],
    ['06/12/2024', '2024-06-12'],
  ])('%s → %s', (text, iso) => {
    const [phrase] = read(text);
    const day = resolveDatePhrase(phrase!, { reference, yearBefore: null });
    expect(day && `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`).toBe(iso);
  });

  it.each(['next Friday', 'in March', 'last month', 'this week', 'at 5:30 p.m.'])('%s is not a day', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('finds full dates in several shapes', () => {
    const text = 'On 4 July 2019, then May 1, 2020, then 2021-01-02 and 03/04/2022.';
    const marks = findYearMarks(text);
    expect(marks.map((mark) => mark.year)).toEqual([2019, 2020, 2021, 2022]);
    expect(yearBefore(marks, 0)).toBeNull();
    expect(yearBefore(marks, text.indexOf('2021-01-02') + 1)).toBe(2021);
  });
});

/** Builds the drafts, giving the speaker entity a mention wherever its name stands in the text. */
function occasionDates(text: string, specs: ClaimSpec[]): Array<string | null> {
  const { ctx, analysis, drafts } = buildDrafts(text, specs, THURSDAY);
  const withMentions = drafts.map((draft) => {
    if (!draft.speaker) return draft;
    const name = draft.speaker.name;
    const mentions = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name }));
    return { ...draft, speaker: { ...draft.speaker, mentions } };
  });
  return dateRefiner.refine(ctx, analysis, withMentions).map((draft) => draft.date);
}

describe('date refiner: a pronoun speaks on the occasion the sentence before sets', () => {
  const vik = { name: 'Vik', type: 'person' as const };
  const cases: Array<[string, ClaimSpec, string | null]> = [
    ['Vik toured the docks on Tuesday.\n"We will rebuild," he told workers.', { quote: 'We will rebuild', cue: 'told', speaker: 'he', entity: vik }, '2024-06-11'],
    ['Vik toured the docks on Monday. "We will rebuild," she said.', { quote: 'We will rebuild', cue: 'said', speaker: 'she', entity: vik }, '2024-06-10'],
    ['On Wednesday Vik visited the port. He said the quay would be rebuilt.', { quote: 'the quay would be rebuilt', cue: 'said', speaker: 'He', entity: vik }, '2024-06-12'],
    // The sentence before names no one the pronoun stands for.
    ['Ships left on Tuesday. "We will rebuild," he told workers.', { quote: 'We will rebuild', cue: 'told', speaker: 'he', entity: vik }, '2024-06-13'],
    // A named speaker is not a pronoun: the article's day stands.
    ['Vik toured the docks on Tuesday. "We will rebuild," Vik told workers.', { quote: 'We will rebuild', cue: 'told', speaker: 'Vik told', entity: vik }, '2024-06-13'],
    // Two paragraphs away is another occasion.
    ['Vik toured the docks on Tuesday.\nThe port is old.\n"We will rebuild," he told workers.', { quote: 'We will rebuild', cue: 'told', speaker: 'he', entity: vik }, '2024-06-13'],
    // The statement's own day wins.
    ['Vik toured the docks on Tuesday. "We will rebuild," he told workers on Wednesday.', { quote: 'We will rebuild', cue: 'told', speaker: 'he', entity: vik }, '2024-06-12'],
  ];
  it.each(cases)('%s', (text, spec, iso) => {
    expect(occasionDates(text, [spec])).toEqual([iso]);
  });
});

describe('date refiner: a speaker who goes on speaking stays at the occasion', () => {
  const vik = { name: 'Vik', type: 'person' as const };
  const first = { quote: 'We will rebuild', cue: 'told', speaker: 'he', entity: vik };
  const cases: Array<[string, ClaimSpec[], Array<string | null>]> = [
    ['Vik toured the docks on Tuesday.\n"We will rebuild," he told workers.\n"It will take years," Vik said.', [first, { quote: 'It will take years', cue: 'said', speaker: 'Vik said', entity: vik }], ['2024-06-11', '2024-06-11']],
    ['Vik toured the docks on Tuesday. "We will rebuild," he told workers. Vik added that the cost was high.', [first, { quote: 'the cost was high', cue: 'added', speaker: 'Vik added', entity: vik }], ['2024-06-11', '2024-06-11']],
    // a sentence between is another moment
    ['Vik toured the docks on Tuesday. "We will rebuild," he told workers. The port is old. Vik added that the cost was high.', [first, { quote: 'the cost was high', cue: 'added', speaker: 'Vik added', entity: vik }], ['2024-06-11', '2024-06-13']],
    // the later statement's own day wins
    ['Vik toured the docks on Tuesday. "We will rebuild," he told workers. Vik added on Wednesday that the cost was high.', [first, { quote: 'the cost was high', cue: 'added', speaker: 'Vik added', entity: vik }], ['2024-06-11', '2024-06-12']],
    // only an occasion carries on, not the article's day
    ['Ships left on Tuesday. "We will rebuild," he told workers. Vik added that the cost was high.', [first, { quote: 'the cost was high', cue: 'added', speaker: 'Vik added', entity: vik }], ['2024-06-13', '2024-06-13']],
  ];
  it.each(cases)('%s', (text, specs, expected) => {
    expect(occasionDates(text, specs)).toEqual(expected);
  });
});
