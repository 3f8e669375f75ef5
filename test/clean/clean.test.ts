import { describe, expect, it } from 'vitest';
import { chromeLexicon, cleanText } from '../../src/clean/index.js';
import { body, keptLines, noOptions, page, reasons, run } from './helpers.js';

const headline = 'Marlow doubles budget for repairing old water pipes';
const standfirst = 'The council says the leaks cost more than the repairs, but opponents warn of higher local taxes.';

describe('cleanText: the article survives, the page around it goes', () => {
  it('removes a menu and keeps headline, dateline, standfirst and body', () => {
    const raw = page('Home', 'News', 'Local', 'Sport', 'Opinion', 'Weather', 'Search', '', headline, '14 March 2024 09:12', standfirst, '', ...body);
    expect(keptLines(raw)).toEqual([headline, '14 March 2024 09:12', standfirst, ...body]);
    const why = reasons(raw);
    expect(why.get('Home')).toBe('navigation');
    expect(why.get('Search')).toBe('navigation');
  });

  it('removes a footer of links, social buttons, counters and copyright', () => {
    const raw = page(headline, ...body, 'Views: 912', 'Share', 'Facebook', 'Follow us on Telegram', 'About us', 'Privacy policy', 'Marlow Gazette © 2024');
    expect(keptLines(raw)).toEqual([headline, ...body]);
    const why = reasons(raw);
    expect(why.get('Views: 912')).toBe('counter');
    expect(why.get('Share')).toBe('share');
    expect(why.get('Follow us on Telegram')).toBe('social');
    expect(why.get('Marlow Gazette © 2024')).toBe('copyright');
  });

  it.each([
    ['precomposed', 'The mayor\u00c3\u00a9 has an impressive r\u00c3\u00a9sum\u00c3\u00a9: she ran the port for a decade.'],
    ['decomposed', 'The cliche\u0301 is old: the council called it a clichA\u0303\u00a9 in the debate last week.'],
  ])('keeps a body line whose "Ã©" is a mis-decoded "é", not a copyright sign (%s)', (_form, line) => {
    const raw = page(headline, body[0]!, line, body[1]!, body[2]!, body[3]!, 'Marlow Gazette © 2024');
    expect(keptLines(raw)).toEqual([headline, body[0], line, body[1], body[2], body[3]]);
  });

  it('removes a related list under its header until prose resumes, bulleted or not', () => {
    const related = ['Read also:', '- Harbour fees to rise for cruise ships next year', '- Why the old tram depot is still empty. Residents ask for answers.'];
    const raw = page(headline, body[0]!, body[1]!, ...related, body[2]!, body[3]!);
    expect(keptLines(raw)).toEqual([headline, body[0], body[1], body[2], body[3]]);
    expect(reasons(raw).get(related[1]!)).toBe('related-links');

    const plain = ['Related Stories', 'Harbour fees to rise for cruise ships', 'Is the old tram depot haunted?'];
    const raw2 = page(headline, body[0]!, body[1]!, ...plain, body[2]!, body[3]!);
    expect(keptLines(raw2)).toEqual([headline, body[0], body[1], body[2], body[3]]);
  });

  it('treats PREV/NEXT links, a lone byline and a parenthesised reporting credit as chrome', () => {
    const raw = page(headline, ...body, '(Reporting by Kofi Mensah; editing by Lena Voss)', 'By Kofi Mensah', 'PREV Museum reopens after two-year renovation', 'NEXT Local bakery wins national prize');
    expect(keptLines(raw)).toEqual([headline, ...body]);
    const why = reasons(raw);
    expect(why.get('By Kofi Mensah')).toBe('byline');
    expect(why.get('(Reporting by Kofi Mensah; editing by Lena Voss)')).toBe('byline');
    expect(why.get('NEXT Local bakery wins national prize')).toBe('related-links');
  });

  describe('a short closing sentence that reports someone ends the article, not the page', () => {
    it.each(['Bosses said they would keep talking.', 'The ministry said it would appeal.', '"We will see," she said.', 'He told reporters nothing would change.'])(
      '%s',
      (closing) => {
        expect(keptLines(page(headline, ...body, closing, 'Share', 'Most read'))).toEqual([headline, ...body, closing]);
      },
    );

    it('a short line that reports no one, or one past the page chrome, is not the article', () => {
      expect(keptLines(page(headline, ...body, 'Thanks for reading.', 'Share'))).toEqual([headline, ...body]);
      expect(keptLines(page(headline, ...body, 'Share', 'Bosses said they would keep talking.'))).toEqual([headline, ...body]);
    });
  });

  describe('a short closing sentence of prose ends the article', () => {
    it.each(['The pipes will be replaced by next spring.', 'Work on the second phase starts in May.', "It's not clear who will pay for it.", 'Until then, drivers face long detours.'])(
      '%s',
      (closing) => {
        expect(keptLines(page(headline, ...body, closing, 'Comments', 'Most read'))).toEqual([headline, ...body, closing]);
      },
    );

    it.each([
      'Read the rest of the story here.',
      'Watch the full interview above.',
      'Read the full report at the council website.',
      'Our Standards: The Gazette Trust Principles.',
      'Do you have a story? Tell us about it.',
    ])('a pointer to a link, a line of capitalised words or two sentences is not: %s', (line) => {
      expect(keptLines(page(headline, ...body, line, 'Comments', 'Most read'))).toEqual([headline, ...body]);
    });
  });

  it('keeps a bare wire credit right after the last paragraph', () => {
    const credit = 'Additional reporting by Kofi Mensah; Editing by Lena Voss';
    expect(keptLines(page(headline, ...body, credit, 'Share'))).toEqual([headline, ...body, credit]);
  });

  it('removes a newsletter pitch in the body but keeps an editor\'s note that mentions signing up', () => {
    const pitch = 'Sign up to get our weekly local briefing delivered to your inbox.';
    const note = 'Editor\'s note: This report is part of our weekly city digest. Sign up here to receive it every Monday, along with the week\'s council agenda.';
    const raw = page(headline, note, body[0]!, body[1]!, pitch, body[2]!, body[3]!);
    expect(keptLines(raw)).toEqual([headline, note, body[0], body[1], body[2], body[3]]);
    expect(reasons(raw).get(pitch)).toBe('newsletter');
  });

  it('removes a photo caption with its credit, and a caption line above a lone credit', () => {
    const caption = 'Workers replace a burst main on Castle Street in July. Photo: Ada Byrne/Marlow Gazette';
    const above = 'Residents queue for bottled water during the outage in August.';
    const credit = '(Tom Reyes / Associated Images)';
    const raw = page(headline, caption, ...body.slice(0, 2), above, credit, ...body.slice(2));
    expect(keptLines(raw)).toEqual([headline, ...body]);
    const why = reasons(raw);
    expect(why.get(caption)).toBe('caption');
    expect(why.get(above)).toBe('caption');
    expect(why.get(credit)).toBe('caption');
  });

  it.each([
    'The water minister, Ada Byrne, said the region would send tankers if the outage lasted another week.',
    'Engineers told the council that two more mains were at risk.',
    'Residents says the outage lasted a week, the council said on Friday.',
  ])('keeps a sentence reporting someone above a lone credit: %s', (sentence) => {
    const credit = '(Tom Reyes / Associated Images)';
    const raw = page(headline, ...body.slice(0, 2), sentence, credit, ...body.slice(2));
    expect(keptLines(raw)).toEqual([headline, ...body.slice(0, 2), sentence, ...body.slice(2)]);
    expect(reasons(raw).get(credit)).toBe('caption');
  });

  it('keeps the story line above a caption that describes the picture in words of its own', () => {
    const lead = 'Crews worked through the night to replace the burst main, the council said on Friday.';
    const caption = 'Photo: Crews fix the burst main. (Ada Byrne/Gazette)';
    const raw = page(headline, lead, caption, ...body);
    expect(keptLines(raw)).toEqual([headline, lead, ...body]);
    expect(reasons(raw).get(caption)).toBe('caption');
  });

  it('removes chrome in other scripts by its shape and place', () => {
    const raw = page(headline, ...body, 'Copy link', 'Σύνδεσμος αντιγράφηκε', 'Ссылка скопирована', 'Share');
    expect(keptLines(raw)).toEqual([headline, ...body]);
  });

  it('drops later verbatim copies of a kept line', () => {
    const raw = page(headline, headline, headline, standfirst, standfirst, ...body);
    const result = run(raw);
    expect(result.text.split('\n')).toEqual([headline, standfirst, ...body]);
    expect(result.removed.map((line) => [line.line, line.reason])).toEqual([
      [2, 'duplicate'],
      [3, 'duplicate'],
      [5, 'duplicate'],
    ]);
  });

  it('keeps fragments-free digest lines cut off mid-sentence and a timestamped headline', () => {
    const digest = [
      'Key developments on May 3: * Port workers vote to end strike, union says * Coastal rail line to reopen after storm repairs, operator says * Mayor Ruth Adeyemi said the city would not raise bus fares this year, citing lower fuel costs and a grant from the',
      'Regional lawmakers approved a plan to build 4,000 homes on former industrial land, a spokesperson for the planning office told local radio, adding that the first',
    ];
    const stamped = 'Port strike ends after three weeks – 05/03/2024 at 4:10 p.m.';
    const raw = page(stamped, '', ...digest, '-', '--', ...body);
    expect(keptLines(raw)).toEqual([stamped, ...digest, ...body]);
    expect(reasons(raw).get('--')).toBe('fragment');
  });

  it('never drops body lines that carry a quotation', () => {
    const quotes = ['"We will not give up," she said.', '"That is not good enough."', '“Nobody asked us,” said one resident, Paulo Mendes.'];
    const raw = page(headline, body[0]!, ...quotes, body[1]!, body[2]!);
    expect(keptLines(raw)).toEqual([headline, body[0], ...quotes, body[1], body[2]]);
  });

  it('keeps a quoted statement that follows the body across an ad', () => {
    const last = '"We will fight on," he said.';
    expect(keptLines(page(headline, ...body, 'Advertisement', last, 'Share', 'Facebook'))).toEqual([headline, ...body, last]);
  });

  it('keeps every non-chrome line of a text with no long paragraph', () => {
    expect(keptLines(page('Short note', 'The meeting is at noon.', 'Share'))).toEqual(['Short note', 'The meeting is at noon.']);
    expect(run('').text).toBe('');
    expect(run('\n\n  \n').blocks).toEqual([]);
  });

  it('blocks are the raw spans of the kept lines, whitespace trimmed', () => {
    const raw = `Menu\r\n  ${headline}  \r\n\r\n${body[0]}\r\n${body[1]}\r\nShare`;
    const result = run(raw);
    for (const block of result.blocks) expect(raw.slice(block.start, block.end)).toBe(raw.slice(block.start, block.end).trim());
    expect(result.blocks.map((block) => raw.slice(block.start, block.end))).toEqual([headline, body[0], body[1]]);
    expect(result.removed.map((line) => line.line)).toEqual([1, 6]);
  });

  it('takes an extended lexicon', () => {
    const raw = page(headline, body[0]!, 'Marketplace', 'Obituaries', body[1]!, body[2]!);
    expect(keptLines(raw)).toContain('Obituaries');
    const lexicon = { ...chromeLexicon, navigation: [...chromeLexicon.navigation, 'obituaries', 'marketplace'] };
    const result = cleanText(raw, { ...noOptions, chromeLexicon: lexicon });
    expect(result.removed.map((line) => [line.text, line.reason])).toEqual([
      ['Marketplace', 'navigation'],
      ['Obituaries', 'navigation'],
    ]);
  });

  it('keeps a list announced by a sentence ending in a colon, and the paragraph after it', () => {
    const list = ['The auditor listed three conditions for the loan to go ahead:', 'Publish the full contract', 'Cap the interest rate', 'Hire an independent engineer.'];
    const closing = '"We will meet every one of them before the summer," the council leader said after the meeting on Thursday.';
    const raw = page(headline, ...body, ...list, closing);
    expect(keptLines(raw)).toEqual([headline, ...body, ...list, closing]);
  });

  it('still drops a short link list after the body when no sentence announces it', () => {
    const raw = page(headline, ...body, 'Weather warnings', 'Road closures', 'School holidays', 'Contact the newsroom');
    expect(keptLines(raw)).toEqual([headline, ...body]);
  });

  describe('a short standfirst without a full stop under the headline is kept, and the headline stays the headline', () => {
    const shortStandfirsts = [
      'Councillors back repair plan after two weeks of debate',
      'Opposition warns the cost will land on local taxpayers',
      'Engineers say a fifth of treated water leaks away',
      'Work on the first pipes starts next spring, officials say',
    ];
    it.each(shortStandfirsts)('directly above the body: %s', (line) => {
      const raw = page(headline, line, ...body);
      expect(keptLines(raw)).toEqual([headline, line, ...body]);
      expect(run(raw).article.title).toBe(headline);
    });
    it.each(shortStandfirsts)('under a menu and above a byline: %s', (line) => {
      const raw = page('Menu', 'Search', headline, line, 'By Ola Berg', ...body);
      expect(keptLines(raw)).toEqual([headline, line, ...body]);
      expect(run(raw).article.title).toBe(headline);
    });
    it('still drops a short line under the headline that is no summary', () => {
      const raw = page(headline, 'Local water news', ...body);
      expect(keptLines(raw)).toEqual([headline, ...body]);
    });
    it.each(['What we know so far', 'Five things to know', 'Live: talks resume today'])(
      'keeps the headline above a shorter headline-shaped line over the body: %s',
      (line) => {
        expect(run(page(headline, line, ...body)).article.title).toBe(headline);
      },
    );
    it('still takes the lower line as the headline when the upper one is a short section label', () => {
      const raw = page('Water and energy news', headline, ...body);
      expect(run(raw).article.title).toBe(headline);
    });
  });

  describe('a live blog: entries under time stamps and headings are one article', () => {
    const entries = (stamp: (time: string) => string) =>
      page(
        headline,
        stamp('18.40'),
        'Councillors welcome vote',
        body[0]!,
        body[1]!,
        'Share',
        stamp('16.05'),
        'Opposition asks for audit',
        body[2]!,
        body[3]!,
        'Share',
      );
    it.each([
      ['a 24-hour time and a zone', (time: string) => `${time} CET`],
      ['a colon and am/pm', (time: string) => `${time.replace('.', ':')}am`],
      ['an "Updated at" label', (time: string) => `Updated at ${time} BST`],
      ['a relative time', (time: string) => `${time.slice(0, 1)}h ago`],
    ])('keeps the prose of every entry, stamped with %s', (_name, stamp) => {
      const kept = keptLines(entries(stamp));
      for (const paragraph of body) expect(kept).toContain(paragraph);
    });
    it('still drops the link list after the last entry', () => {
      const raw = page(entries((time) => `${time} CET`), 'Updated at 16.20 CET', 'Most viewed', 'Man arrested after crash on coast road', 'Storm warning for western isles');
      expect(keptLines(raw)).not.toContain('Man arrested after crash on coast road');
    });
    it('does not bridge prose across a stamp and a block of chrome', () => {
      const raw = page(...body.slice(0, 3), 'Share', '18.40 CET', 'Most viewed', 'Man arrested after crash on coast road', 'Storm warning for western isles', 'Ferry fares rise again this winter', 'Long read: the last lighthouse keepers', body[3]!);
      expect(keptLines(raw)).not.toContain('Storm warning for western isles');
    });
  });

  it('takes a first line written as a short sentence as the headline when nothing else looks like one', () => {
    const sentenceHeadline = 'Marlow council doubles pipe budget.';
    const raw = page(sentenceHeadline, '', ...body);
    expect(keptLines(raw)).toEqual([sentenceHeadline, ...body]);
    expect(run(raw).article.title).toBe(sentenceHeadline);
  });

  it('keeps a reporting sentence dense with names after the body', () => {
    const last = 'Sen. Rosa Vidal, D-N.M., told Radio North the Marlow plan was a model.';
    expect(keptLines(page(headline, ...body, last))).toEqual([headline, ...body, last]);
  });
});

describe('the check that removed each line', () => {
  it('names a check of the line’s own text, and one of where it stands when its text said nothing', () => {
    const raw = page('Harbour council doubles pipe budget', 'Share on Facebook', body[0]!, body[1]!, body[2]!, body[3]!, 'Some unlabelled trailing words here', '© 2024 Marlow Gazette. All rights reserved.');
    const checks = Object.fromEntries(run(raw).removed.map((line) => [line.text, [line.reason, line.check]]));
    expect(checks['Share on Facebook']?.[1]).toMatch(/^clean\/share-/);
    expect(checks['© 2024 Marlow Gazette. All rights reserved.']).toEqual(['copyright', 'clean/copyright-mark']);
    expect(checks['Some unlabelled trailing words here']?.[1]).toBe('clean/after-body');
  });

  it('names every removal with a check the cleaner defines', () => {
    const raw = page('Related stories', 'Pipes burst again in the old town', 'Home', 'News', 'Sport', body[0]!, body[1]!, body[2]!, body[3]!);
    for (const line of run(raw).removed) expect(line.check).toMatch(/^clean\/[a-z-]+$/);
  });

  describe('the body\'s last paragraph cut off where an excerpt stops', () => {
    const cutOffs = [
      'The ministry said it would review the',
      '“We will not accept a deal that leaves our members wi',
      'Harbour Commissioner leave',
      'Unions had warned that the talks, which began in March,',
    ];
    it.each(cutOffs)('is kept when the input stops inside it: %s', (line) => {
      expect(keptLines(page(headline, ...body, '', line))).toEqual([headline, ...body, line]);
    });

    it.each(cutOffs)('goes like any line after the body when the page ends its line: %s', (line) => {
      expect(keptLines(page(headline, ...body, '', line, ''))).toEqual([headline, ...body]);
    });

    it.each([
      ['chrome that names itself', 'Share this article'],
      ['two words', 'Council news'],
      ['a lower-case start', 'and more from the'],
    ])('is not kept when it is %s', (_what, line) => {
      expect(keptLines(page(headline, ...body, '', line))).toEqual([headline, ...body]);
    });

    it('is not kept when chrome stands between it and the body', () => {
      const raw = page(headline, ...body, 'Share', 'Facebook', 'More news from the harbour and the');
      expect(keptLines(raw)).toEqual([headline, ...body]);
    });
  });

  it.each([
    ['a reading-time line', ['2 min read']],
    ['a share bar', ['Share', 'Facebook']],
    ['nothing', []],
  ])('keeps the first copy of a headline printed twice above the body, with %s between', (_what, between) => {
    const raw = page('News', headline, ...between, headline, ...body);
    const result = run(raw);
    expect(result.text.split('\n')).toEqual([headline, ...body]);
    const duplicate = result.removed.find((line) => line.text === headline);
    expect(duplicate?.line).toBe(3 + between.length);
    expect(duplicate?.reason).toBe('duplicate');
  });

  describe('a carousel\'s Previous/Next inside a link list pages through it; the body resumes after the list', () => {
    const items = ['Harbour fees to rise for cruise ships', 'Old tram depot still empty'];
    const boxes: Array<[string, string[]]> = [
      ['arrows between header and items', ['RELATED ARTICLES', 'Previous', 'Next', ...items]],
      ['a combined arrow line', ['More on this story', 'Previous Next', ...items]],
      ['arrows after the items', ['Related', ...items, 'Prev', 'Next']],
      ['story arrows under a second header', ['Read more:', 'Bakery wins national prize', 'Related stories', 'Next story', ...items]],
    ];
    it.each(boxes)('%s', (_, box) => {
      const raw = page(headline, body[0]!, body[1]!, ...box, body[2]!);
      expect(keptLines(raw)).toEqual([headline, body[0], body[1], body[2]]);
      const why = reasons(raw);
      for (const line of box) expect(why.get(line)).toBe('related-links');
    });

    it('Previous/Next outside a link list is navigation, and a menu word still ends the list', () => {
      expect(reasons(page(headline, ...body, 'Previous', 'Next')).get('Next')).toBe('navigation');
      const why = reasons(page('Related', ...items, 'Home', 'Next', headline, ...body));
      expect(why.get('Home')).toBe('navigation');
      expect(why.get('Next')).toBe('navigation');
    });
  });

  describe('a summary box ("Key points", "Highlights") restates the story: chrome, header and items', () => {
    const items = ['Repairs to start in spring', 'Leaks cost more than the repairs', 'Opponents fear higher taxes'];
    it.each([
      ['under the headline, above a byline', ['Key points', ...items, 'By Kofi Mensah'], ['By Kofi Mensah']],
      ['under the headline, straight above the body', ['Story highlights', ...items], []],
      ['bulleted, with a colon', ['At a glance:', ...items.map((item) => `• ${item}`)], []],
    ])('%s', (_, box, also) => {
      const raw = page(headline, ...box, ...body);
      expect(keptLines(raw)).toEqual([headline, ...body]);
      const result = run(raw);
      expect(result.article.title).toBe(headline);
      for (const line of box.filter((line) => !also.includes(line))) expect(result.removed.find((r) => r.text === line)?.check).toMatch(/^clean\/summary-/);
    });

    it.each([
      ['a byline', 'By Kofi Mensah'],
      ['a date line', '14 March 2024 09:12'],
    ])('a box above the headline ends before the line on %s: that line is the headline', (_, below) => {
      // Items as long as the headline, so no length test can tell them apart.
      const points = ['The council will spend twice as much on the old pipes', 'Three districts lost running water for days', 'Work starts in spring'];
      const raw = page('Menu', 'Key points', ...points, headline, below, ...body);
      const result = run(raw);
      expect(result.article.title).toBe(headline);
      expect(keptLines(raw)).toContain(headline);
      for (const item of points) expect(result.removed.find((r) => r.text === item)?.check).toBe('clean/summary-item');
    });

    it('a live blog\'s key events go, and end at its first entry\'s time stamp', () => {
      const title = 'Marlow floods live: pumps fail in the old town';
      const raw = page(title, 'Key events', '2h ago Army called in', '4h ago Schools closed', '14:05', ...body);
      const result = run(raw);
      expect(result.article.title).toBe(title);
      const checks = new Map(result.removed.map((line) => [line.text, line.check]));
      expect(checks.get('4h ago Schools closed')).toBe('clean/summary-item');
      expect(checks.get('14:05')).not.toBe('clean/summary-item');
      expect(keptLines(raw).slice(-body.length)).toEqual(body);
    });

    it('takes at most six items: a seventh short line is the article again', () => {
      const seven = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven'].map((n) => `${n} short point about the pipes`);
      const raw = page(headline, 'Key points', ...seven, ...body);
      const checks = new Map(run(raw).removed.map((line) => [line.text, line.check]));
      expect(checks.get(seven[5]!)).toBe('clean/summary-item');
      expect(checks.get(seven[6]!)).not.toBe('clean/summary-item');
    });

    it('a pull quote in a box inside the body goes, and the paragraph it copies stays', () => {
      const pull = 'Engineers estimate that a fifth of the water is lost.';
      const raw = page(headline, body[0]!, 'Highlights', pull, body[1]!, body[2]!, pull, body[3]!);
      expect(keptLines(raw)).toEqual([headline, body[0], body[1], body[2], pull, body[3]]);
    });

    it('stops at a line much longer than the items: a one-sentence lede is the article', () => {
      const lede = 'Marlow will double its budget for old water pipes after three neighbourhoods lost running water for days.';
      const raw = page(headline, 'Key points', ...items, lede, ...body);
      expect(keptLines(raw)).toEqual([headline, lede, ...body]);
    });

    it('takes no line of more than twenty words, and a summary word inside a sentence is no header', () => {
      const raw = page(headline, 'Summary', ...body);
      expect(keptLines(raw)).toEqual([headline, ...body]);
      const prose = 'Highlights of the plan include new pipes under the old town and a meter in every home.';
      expect(keptLines(page(headline, prose, ...body))).toEqual([headline, prose, ...body]);
    });
  });

  it('ends a related list at a menu line, so the article header after it is read as a header', () => {
    const raw = page('Related', 'Harbour fees to rise for cruise ships', 'Old tram depot still empty', 'Home', headline, '14 March 2024 09:12', ...body);
    expect(keptLines(raw)).toEqual([headline, '14 March 2024 09:12', ...body]);
    expect(reasons(raw).get('Old tram depot still empty')).toBe('related-links');
  });

  it("a live blog's first entry keeps its stamp and heading, and its heading is no title", () => {
    const title = 'Marlow floods live: pumps fail in the old town';
    const entry = 'Army called in to the old town';
    const raw = page('Menu', title, '14:32', entry, body[0]!, '13:58', 'Schools closed for the week', body[1]!);
    const result = run(raw);
    expect(result.article.title).toBe(title);
    expect(keptLines(raw)).toEqual([title, '14:32', entry, body[0], '13:58', 'Schools closed for the week', body[1]]);
  });

  it('an agency credit under the headline is a byline, and the headline stays the title', () => {
    const raw = page('Menu', headline, 'Press Trust of India | New Delhi', '14 March 2024 09:12', ...body);
    const result = run(raw);
    expect(result.article.title).toBe(headline);
    expect(result.removed.find((line) => line.text === 'Press Trust of India | New Delhi')?.check).toBe('clean/agency-credit');
  });

  it.each(['By Jane Roe | March 4, 2025, 6:10 AM EST', 'by Tom Lee — November 18, 2019', 'By Ana Ruiz, 12 May 2024'])(
    'keeps a byline that carries the date as the dateline: %s',
    (byline) => {
      expect(keptLines(page(headline, byline, ...body))).toEqual([headline, byline, ...body]);
    },
  );

  it('removes a byline standing alone', () => {
    expect(reasons(page(headline, 'By Jane Roe', ...body)).get('By Jane Roe')).toBe('byline');
  });

  describe('a long wire caption above a lone credit', () => {
    const caption =
      'Dock workers carry placards past the ferry terminal in Marlow, Tuesday, May 2, 2024, calling for a pay rise that keeps up with prices, in the largest such march the harbour has seen since the strike of 1998 ended in a pay freeze for a decade.';
    it.each(['Ada Byrne, AP', 'Ada Byrne | AP', 'Ada Byrne / ANP'])('goes with its credit: %s', (credit) => {
      const raw = page(headline, ...body.slice(0, 2), caption, credit, ...body.slice(2));
      expect(keptLines(raw)).toEqual([headline, ...body]);
      expect(reasons(raw).get(caption)).toBe('caption');
    });

    it('stays when it reports someone, whatever its length', () => {
      const paragraph = `${caption.slice(0, -1)}, the union said.`;
      const raw = page(headline, ...body.slice(0, 2), paragraph, 'Ada Byrne, AP', ...body.slice(2));
      expect(keptLines(raw)).toEqual([headline, ...body.slice(0, 2), paragraph, ...body.slice(2)]);
    });

    it('does not hide a paragraph cut off below it', () => {
      const cut = 'The union said the march would be the first of';
      expect(keptLines(page(headline, ...body, caption, 'Ada Byrne, AP', cut))).toEqual([headline, ...body, cut]);
    });
  });
});

