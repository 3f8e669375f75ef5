import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/gazetteer/date/full-date.js';
import { body, page, run } from './helpers.js';

describe('findDate: datelines in common formats', () => {
  const table: Array<[string, string | null]> = [
    ['17 June 2023 08:40', '2023-06-17'],
    ['06/17/2023 at 8:40 a.m.', '2023-06-17'],
    ['2023-06-17', '2023-06-17'],
    ['June 17, 2023', '2023-06-17'],
    ['17.06.2023', '2023-06-17'],
    ['13/02/2022', '2022-02-13'],
    ['Updated: Sat 17 Jun 2023 08.40 BST', '2023-06-17'],
    ['Posted: Jun 17, 2023 / 08:40 AM EDT', '2023-06-17'],
    ['Sep 3rd 2021', '2021-09-03'],
    ['2023-06-17T08:40:00Z', '2023-06-17'],
    ['Date: 2023/06/17', '2023-06-17'],
    ['ref 2023-06-17x', null],
    ['2023/06-17', null],
    ['In June', null],
    ['June 17', null],
    ['31.02.2023', null],
    ['Room 12.06 is on the left', null],
  ];
  it.each(table)('%s → %s', (text, iso) => {
    expect(findDate(text)?.iso ?? null).toBe(iso);
  });

  it('gives the offsets of the date inside the line', () => {
    const text = 'Harbour Post June 17, 2023, 8:40 AM';
    const match = findDate(text)!;
    expect(text.slice(match.start, match.end)).toContain('June 17, 2023');
  });
});

const headline = 'Port strike ends after three weeks of talks';

describe('article metadata', () => {
  it('reads the headline, strips a site timestamp and takes the date from it', () => {
    const raw = page('Menu', `${headline} – 06/17/2023 at 8:40 a.m.`, ...body);
    const { article } = run(raw);
    expect(article.title).toBe(headline);
    expect(article.published).toBe('2023-06-17');
    expect(raw.slice(article.provenance.title!.start, article.provenance.title!.end)).toBe(headline);
    expect(article.provenance.published!.text).toBe('06/17/2023');
  });

  it('splits "Headline. - Standfirst" joined on one line', () => {
    const line = `Dock workers return after deal on pay. - The union and the port authority agreed on a three-year contract after weeks of talks, ending the longest strike in decades.`;
    expect(run(page(line, ...body)).article.title).toBe('Dock workers return after deal on pay.');
  });

  it('picks the headline next to its byline and date over a section label or a promo above it', () => {
    const raw = page('Local News', 'Ten recipes for a rainy weekend at home', 'Business', headline, 'By Mirela Kovac', '17 June 2023', ...body);
    const { article } = run(raw);
    expect(article.title).toBe(headline);
    expect(article.published).toBe('2023-06-17');
  });

  it('dates the article from a bar of links next to the headline when no kept line has a date', () => {
    const raw = page('Home', 'World', 'Business', 'WORLD NEWS | 17.06.2023 | 08:40', headline, ...body);
    const { article } = run(raw);
    expect(article.published).toBe('2023-06-17');
    expect(article.provenance.published!.text).toBe('17.06.2023');
  });

  it('takes no date from a bar of links far above the headline', () => {
    const raw = page('Today: 17.06.2023 | Weather | Markets', 'Home', 'World', 'Business', 'Sport', headline, ...body);
    expect(run(raw).article.published).toBeNull();
  });

  it('reads no date from a sentence in the body', () => {
    expect(run(page(headline, ...body, 'The union said on June 17, 2023 that it would vote again.')).article.published).toBeNull();
  });

  it('takes the publisher from a copyright line', () => {
    expect(run(page(headline, ...body, 'Share', '© 2023 Harbour Post Media. All rights reserved.')).article.publisher).toBe('Harbour Post Media');
    expect(run(page(headline, ...body, 'Northgate Herald © 2022. .')).article.publisher).toBe('Northgate Herald');
    expect(run(page(headline, ...body, 'Copyright © 2021, Valley Ledger | Terms of Service | Privacy')).article.publisher).toBe('Valley Ledger');
  });

  it('prefers the page\'s own spelling from a self-credit naming the same site', () => {
    const credited = `${body[0]!.slice(0, -1)}, Portnews.Info reports referring to local radio.`;
    const raw = page(headline, credited, ...body.slice(1), 'Portnews.info © 2024');
    const { article } = run(raw);
    expect(article.publisher).toBe('Portnews.Info');
    expect(raw.slice(article.provenance.publisher!.start, article.provenance.publisher!.end)).toBe('Portnews.Info');
  });

  it('reads a self-credit alone, a signature line, but never a source credited in the headline', () => {
    const perMedia = `${body[0]!.slice(0, -1)}, Baltic Wire reports per foreign media.`;
    expect(run(page(headline, perMedia, ...body.slice(1))).article.publisher).toBe('Baltic Wire');
    expect(run(page(headline, ...body, 'By Ana Ruiz', 'Harbourpost.com', 'Share')).article.publisher).toBe('Harbourpost.com');
    expect(run(page('Port strike may end this week, Reuters reports', ...body)).article.publisher).toBeNull();
  });

  it('falls back to the options, the text winning where it names them', () => {
    const plain = page(headline, ...body);
    expect(run(plain, { publisher: 'Given Name', published: '2020-01-02' }).article).toMatchObject({
      publisher: 'Given Name',
      published: '2020-01-02',
      provenance: { publisher: null, published: null },
    });
    expect(run(plain, { url: 'https://www.harbour-post.example/news/strike' }).article.publisher).toBe('harbour-post.example');
    const dated = page(headline, '17 June 2023', ...body, '© 2023 Harbour Post');
    expect(run(dated, { publisher: 'Given Name', published: '2020-01-02' }).article).toMatchObject({
      publisher: 'Harbour Post',
      published: '2023-06-17',
    });
  });
});

describe('article date: common published lines, a leading stamp, a dated rights notice', () => {
  const story = 'The harbour master said on Monday that the quay walls were failing and that repairs would take most of the year to finish.';
  const table: Array<[string, string, string]> = [
    ['a US timestamp', `Port to close in May\nNov. 3, 2021 6:10 AM EST\n${story}`, '2021-11-03'],
    ['a published/updated pair', `Port to close in May\nPUBLISHED: March 2, 2022 at 7:15 am | UPDATED: March 3, 2022 at 9:00 am\n${story}`, '2022-03-02'],
    ['an AP-style label', `Port to close in May\nPublished: Jan. 5, 2020, 4:02 p.m.\n${story}`, '2020-01-05'],
    ['a time with a dotted a.m. and a zone before the date', `Port to close in May\nPublished 6:00 a.m. ET March 20, 2026\n${story}`, '2026-03-20'],
    ['a dotted p.m. time under a byline and a kicker', `Port to close in May\nGuest column\nBy Jon Vik\nUpdated 4:15 p.m. CT Jan. 9, 2025\n${story}`, '2025-01-09'],
    ['an ISO stamp opening the first line', `2021-06-04 ${story}`, '2021-06-04'],
    ['a labelled stamp opening the first line', ` date 2021-06-04 ${story}`, '2021-06-04'],
    ['a stamp alone above the headline', `2021-06-04\nPort to close in May\n${story}`, '2021-06-04'],
    ['a date, "at" and a dotted a.m.', `Port to close in May\nJan. 12, 2026, at 10:00 a.m.\n${story}`, '2026-01-12'],
    ['a label, a date and a dotted p.m.', `Port to close in May\nUpdated 3 March 2025 at 4:15 p.m.\n${story}`, '2025-03-03'],
    ['a republishing note with a rights notice', `First published in the Harbour Courier, 4 May 2024. © Jon Vik\n${story}`, '2024-05-04'],
  ];
  it.each(table)('%s', (_, raw, iso) => {
    const { article } = run(raw);
    expect(article.published).toBe(iso);
    expect(raw.slice(article.provenance.published!.start, article.provenance.published!.end)).toBe(article.provenance.published!.text);
  });

  const undated: string[] = [
    `Port to close in May\n${story} The stamp 2021-06-04 is on the quay.`,
    `Port to close in May\n© 2024 Harbour Courier\n${story}`,
    `Ref 12-2021-06 says the port closes\n${story}`,
    `Port to close in May\nThe board met on June 17, 2023 at 9 a.m.\n${story}`,
    `Port to close in May\nIt is due on 3 March 2025 by 5 p.m.\n${story}`,
  ];
  it.each(undated)('no date: %s', (raw) => {
    expect(run(raw).article.published).toBeNull();
  });
});

describe('publisher: the name the page writes for itself, spelt like its address', () => {
  const table: Array<[string, string, string, string]> = [
    ['a masthead line', page('Harbour Ledger', headline, ...body), 'https://www.harbourledger.com/news/1', 'Harbour Ledger'],
    ['a leading "The"', page(`Welcome to The Marlow Courier’s new site`, headline, ...body), 'https://marlowcourier.co.uk/a', 'The Marlow Courier'],
    ['an acronym with an outlet word', page('KEST News, KEST', headline, ...body), 'https://news.kest.ee/a', 'KEST News'],
    ['a hyphenated name', page('Nordfax-Baltic', headline, ...body), 'https://en.nordfax.com.ua/a', 'Nordfax-Baltic'],
    ['over the company in the rights notice', page(headline, ...body, '© 2021 Tidewater Media Group, LLC'), 'https://www.marlowcourier.com/a', 'marlowcourier.com'],
    ['the company gives way to the address', page(headline, ...body, '© 2021 Tidewater Printers Private Ltd'), 'https://www.tidegazette.com/a', 'tidegazette.com'],
    ['a rights notice naming the outlet stays', page(headline, ...body, '© 2021 Marlow Courier'), 'https://www.marlowcourier.com/a', 'Marlow Courier'],
    ['the masthead over a menu that adds a word', page('Marlow Courier', headline, ...body, 'Marlow Courier Radio', 'More'), 'https://www.marlowcourier.com/a', 'Marlow Courier'],
    ['a masthead down the page over the name inside a cookie notice', page('Meie lehed: KEST kasutab küpsiseid', 'Menu', 'KEST News, KEST', headline, ...body), 'https://news.kest.ee/a', 'KEST News'],
    ['with no name starting a line, the form written most often', page(headline, ...body, 'Photo: Ana Ruiz/KEST', 'Follow KEST on the radio', 'More from KEST News'), 'https://news.kest.ee/a', 'KEST'],
    ['a company named after the outlet is not its masthead', page('Marlow Courier Media Group Limited', headline, ...body, 'More from The Marlow Courier'), 'https://www.marlowcourier.com/a', 'The Marlow Courier'],
  ];
  it.each(table)('%s', (_, raw, url, publisher) => {
    expect(run(raw, { url }).article.publisher).toBe(publisher);
  });

  const notNames: Array<[string, string]> = [
    ['the label inside a longer word', page('Kestrel bridge works', headline, ...body)],
    ['a short label written in lower case', page('the kest of it', headline, ...body)],
  ];
  it.each(notNames)('no masthead: %s', (_, raw) => {
    expect(run(raw, { url: 'https://news.kest.ee/a' }).article.publisher).toBe('news.kest.ee');
  });
});

describe('title: a comment counter glued to the headline is not part of it', () => {
  const table: Array<[string, string]> = [
    [`${headline} (12)`, headline],
    [`${headline} ({{commentsTotal}})`, headline],
    [`${headline} ({{ count }})`, `${headline} ({{ count }})`],
    [`${headline} (in pictures)`, `${headline} (in pictures)`],
  ];
  it.each(table)('%s', (line, title) => {
    expect(run(page(line, ...body)).article.title).toBe(title);
  });
});

describe('whole pages: a photo credit is no title; the newsroom names itself', () => {
  const url = 'https://www.mc-news.com/x';
  it.each([
    ['Jane Roe, NORDIC PRESS'],
    ['Jane Roe / TIDEWATER PHOTO AGENCY'],
    ['Tom Poe | HARBOUR WIRE'],
  ])('a credit above the headline is not the title: %s', (credit) => {
    const raw = page('Menu', credit, headline, 'By Ana Ruiz', '17 June 2023', ...body);
    expect(run(raw, { url }).article.title).toBe(headline);
  });

  const publishers: Array<[string, string, string]> = [
    ['a title suffix', page(`${headline} | Marlow Courier`, ...body), 'Marlow Courier'],
    ['a title suffix with a connector', page(`${headline} | Voice of the Valley`, ...body), 'Voice of the Valley'],
    ['"Special to the X"', page('Special to the Marlow Courier', headline, ...body), 'Marlow Courier'],
    ['"X staff"', page(headline, 'Marlow Courier staff', ...body), 'Marlow Courier'],
    ['"By X Staff Writer"', page(headline, 'By Valley Times Staff Writer', ...body), 'Valley Times'],
    ['over a company in the rights notice', page(headline, 'Marlow Courier staff', ...body, '© 2021 Tidewater Media Group, LLC'), 'Marlow Courier'],
    ['"X staff" signing off below the body', page(headline, 'By Ana Ruiz', ...body, 'Marlow Courier staff', 'Share'), 'Marlow Courier'],
    ['a sign-off past a share bar, over a company', page(headline, ...body, 'Share', 'Valley Times Staff', '© 2021 Tidewater Media Group, LLC'), 'Valley Times'],
  ];
  const mastheads: Array<[string, string, string | null]> = [
    ['a masthead in capitals over the company', page('Menu', 'THE MARLOW COURIER', headline, ...body, '© 2021 Marlow Media Group, LLC'), 'THE MARLOW COURIER'],
    ['a masthead with the company stem alone', page('VALLEY STAR', 'World', headline, ...body, '© 2024 Valley Star Media Group. All rights reserved.'), 'VALLEY STAR'],
    ['a masthead in title case', page('Harbour Ledger', 'Sign in', headline, ...body, 'Copyright 2022 Harbour Publishing Company Inc.'), 'Harbour Ledger'],
    ['no masthead line: the company', page('Menu', headline, ...body, '© 2021 Marlow Media Group, LLC'), 'Marlow Media Group, LLC'],
    ['a line of other words is no masthead', page('MARLOW WEATHER WARNING', headline, ...body, '© 2021 Marlow Media Group, LLC'), 'Marlow Media Group, LLC'],
    ['an outlet word alone is no stem', page('NEWS', headline, ...body, '© 2021 News Corp'), 'News Corp'],
    ['a name with no corporate words is the outlet', page('THE VALLEY TIMES', headline, ...body, '© 2024 Valley Times'), 'Valley Times'],
    ['"Special to the X" shortening the masthead', page('Menu', 'The Harbor Tribune', headline, 'Special to the Tribune', ...body, '© 2020 Harbor Media Holdings, LLC'), 'The Harbor Tribune'],
    ['a byline writing for X, over a company', page('Menu', headline, 'By Ana Ruiz for the Marlow Courier', ...body, '© 2021 Tidewater Media Group, LLC'), 'Marlow Courier'],
    ['a byline in capitals writing FOR X', page('Menu', headline, 'By ANA RUIZ, HEALTH EDITOR FOR VALLEYONLINE', ...body, '© 2021 Tidewater Newspapers Ltd'), 'VALLEYONLINE'],
    ['a byline writing for a wire agency is no name of the page', page('Menu', headline, 'By Ana Ruiz for Reuters', ...body, '© 2021 Marlow Media Group, LLC'), 'Marlow Media Group, LLC'],
    ['"Special to the X" naming another paper than the masthead', page('Menu', 'The Harbor Tribune', headline, 'Special to the Marlow Courier', ...body, '© 2020 Harbor Media Holdings, LLC'), 'Marlow Courier'],
  ];
  it.each(mastheads)('without an address, %s', (_, raw, publisher) => {
    expect(run(raw).article.publisher).toBe(publisher);
  });

  it.each(publishers)('%s', (_, raw, publisher) => {
    expect(run(raw, { url }).article.publisher).toBe(publisher);
  });

  it('the title keeps its words before the outlet after the bar', () => {
    expect(run(page(`${headline} | Marlow Courier`, ...body), { url }).article.title).toBe(headline);
  });

  it.each([
    [page(`${headline} | a look at the week ahead in local politics`, ...body)],
    [page(headline, 'Our staff', ...body)],
    [page(headline, 'Meet the staff', ...body)],
    [page(headline, ...body, 'Share', 'Contact', 'Help', 'Privacy', 'About', 'Marlow Courier staff')],
  ])('no newsroom name: %s', (raw) => {
    expect(run(raw, { url }).article.publisher).toBe('mc-news.com');
  });
});

describe('title: an outlet after a dash and a widget readout are no part of it', () => {
  const courier = 'https://www.marlowcourier.com/news/1';
  const table: Array<[string, string, string | null, string]> = [
    ['the outlet the address spells', page(`${headline} - The Marlow Courier`, ...body), courier, headline],
    ['with an en dash', page(`${headline} – Marlow Courier`, ...body), courier, headline],
    ['the outlet the page names in its staff credit', page(`${headline} — Valley Times`, 'By Ana Ruiz, Valley Times staff', ...body), null, headline],
    ['a speaker after the dash stays', page(`Port needs more cranes, not fewer – Ruiz`, ...body), courier, 'Port needs more cranes, not fewer – Ruiz'],
    ['another outlet after the dash stays', page(`${headline} - Valley Times`, ...body), courier, `${headline} - Valley Times`],
    ['a weather readout above the headline', page('London, UK', 'Humidity: 79%', 'Wind Speed: 14.8 km/h', '', headline, '', ...body), null, headline],
    ['a temperature readout', page('Air Temperature: -3.5 °C', headline, ...body), null, headline],
  ];
  it.each(table)('%s', (_, raw, url, title) => {
    expect(run(raw, { url }).article.title).toBe(title);
  });
});

describe('title: a reader widget between the headline and its standfirst does not make the standfirst the headline', () => {
  const standfirst = 'Engineers say a fifth of the water is lost through leaks';
  const table: Array<[string, string[]]> = [
    ['an archive notice', ['This article is more than 2 years old']],
    ['a share button', ['Share']],
    ['a share button and a counter', ['Share', '1,204 views']],
  ];
  it.each(table)('%s', (_, widgets) => {
    const raw = page('Home', 'News', headline, ...widgets, standfirst, 'By Ana Ruiz', '4 May 2024', ...body);
    const result = run(raw);
    expect(result.article.title).toBe(headline);
    expect(result.text.split('\n').slice(0, 2)).toEqual([headline, standfirst]);
  });

  it('past a whole share bar the next line is no standfirst', () => {
    const video = 'Watch: voters in the valley on the candidates';
    const raw = page(headline, 'Share', 'Tweet', 'Reddit', 'Email', video, ...body);
    expect(run(raw).text.split('\n')).toEqual([headline, ...body]);
  });
});
