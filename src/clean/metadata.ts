import type { Article, TextSpan } from '../core/schema.js';
import type { LineInfo, LineTable } from './classify.js';
import { findDate, type DateMatch } from '../gazetteer/date/full-date.js';
import { datelineDate, splitTitleTimestamp } from './dateline.js';
import { leadingDate } from './leading-date.js';
import type { Decisions } from './decide.js';
import { headlineLength, isTitleLike } from './headline.js';
import { companyMasthead, isCompanyName, mastheadName, siteLabel } from './masthead.js';
import { newsroomName, titleSuffixName } from './self-name.js';
import { choosePublisher, copyrightName, hostOf, nameKey, selfCredit, signatureLine, type NameSpan } from './publisher.js';

export interface MetadataOptions {
  url: string | null;
  publisher: string | null;
  published: string | null;
}

/** Title, publisher and date as the page states them, the options filling what the page does not say. */
export function readArticle(raw: string, infos: LineTable, decisions: Decisions, options: MetadataOptions, agencies: ReadonlySet<string>): Article {
  const published = readPublished(infos, decisions);
  const read = readPublisher(raw, infos, decisions);
  const masthead = read && companyMasthead(infos, decisions.headline, read.text);
  const named = read && !isCompanyName(read.text) ? (masthead ?? read) : (fullerForm(selfNamed(infos, decisions, agencies), masthead) ?? read);
  const publisher = preferMasthead(named, mastheadName(raw, options.url), options.url);
  const title = withoutOutletSuffix(readTitle(infos, decisions), publisher, options.url);
  return {
    title: title?.text ?? null,
    publisher: publisher?.text ?? options.publisher ?? hostOf(options.url),
    published: published?.iso ?? options.published,
    provenance: {
      title,
      publisher,
      published: published ? { start: published.start, end: published.end, text: published.text } : null,
    },
  };
}

/**
 * The newsroom's name of itself, or the masthead where that spells the same name in full ("Special to the Tribune"
 * under "The Harbor Tribune"): a credit in the body often shortens the paper's name.
 */
function fullerForm(self: NameSpan | null, masthead: NameSpan | null): NameSpan | null {
  if (self === null || masthead === null) return self ?? masthead;
  const key = nameKey(self.text);
  return key !== '' && nameKey(masthead.text).endsWith(key) ? masthead : self;
}

/** "Headline - The Harbour Ledger": a dash before a name at the end of the title line. */
const DASH_SUFFIX = /\s[-–—]\s([^-–—]{2,60})$/u;

/**
 * The headline without the outlet's name after a dash, when that name is the page's own (its publisher or the
 * label of its address): a dash before anything else ("… not peacekeepers – Zhovkva") belongs to the headline.
 */
function withoutOutletSuffix(title: TextSpan | null, publisher: NameSpan | null, url: string | null): TextSpan | null {
  if (title === null) return null;
  const match = DASH_SUFFIX.exec(title.text);
  if (!match) return title;
  const key = nameKey(match[1]!);
  if (key === '' || (key !== nameKey(publisher?.text ?? '') && key !== siteLabel(url))) return title;
  return { start: title.start, end: title.start + match.index, text: title.text.slice(0, match.index) };
}

function readTitle(infos: LineTable, decisions: Decisions): TextSpan | null {
  let index = decisions.headline;
  if (index === null) {
    const firstKept = decisions.reasons.indexOf(null);
    if (firstKept < 0) return null;
    const info = infos.line(firstKept)!;
    const joined = headlineLength(info.text) !== info.text.length;
    if (!joined && !isTitleLike(info)) return null;
    index = firstKept;
  }
  const line = infos.line(index)!;
  const length = headlineLength(line.text);
  return { start: line.start, end: line.start + length, text: line.text.slice(0, length) };
}

function readPublished(infos: LineTable, decisions: Decisions): (TextSpan & { iso: string }) | null {
  if (decisions.headline !== null) {
    const line = infos.line(decisions.headline)!;
    const stamped = splitTitleTimestamp(line.text);
    if (stamped) return dateSpan(line.start, line.text, stamped.date);
  }
  const last = decisions.body ? decisions.body.last : infos.length - 1;
  for (let i = 0; i <= last; i++) {
    const date = infos.date[i];
    if (date === null || date === undefined) continue;
    const reason = decisions.reasons[i];
    if (reason === null || reason === 'byline') return dateSpan(infos.start[i]!, infos.text[i]!, date);
  }
  const stamped = leadingDate(infos) ?? fullDateCopyright(infos, last);
  if (stamped) return dateSpan(stamped.info.start, stamped.info.text, stamped.date);
  return dateBesideHeadline(infos, decisions.headline);
}

/**
 * A copyright line names a year; one that states a full date is the article's dateline with the rights notice
 * beside it ("First published in X, 4 May 2024. © Jane Roe").
 */
function fullDateCopyright(infos: LineTable, last: number): { info: LineInfo; date: DateMatch } | null {
  for (let i = 0; i <= last; i++) {
    if (infos.reason[i] !== 'copyright') continue;
    const info = infos.line(i)!;
    const date = findDate(info.text);
    if (date) return { info, date };
  }
  return null;
}

/** How many lines from the headline a dated line removed as chrome may stand and still date the article. */
const META_LINE_REACH = 2;

/**
 * With no dated line kept, a dated line next to the headline dates the article, though the cleaner removed it as
 * a bar of links ("WORLD NEWS | 12.05.2025 | 14:22"): a date bar for today stands further up, with the menus.
 */
function dateBesideHeadline(infos: LineTable, headline: number | null): (TextSpan & { iso: string }) | null {
  if (headline === null) return null;
  for (let distance = 1; distance <= META_LINE_REACH; distance++) {
    for (const i of [headline - distance, headline + distance]) {
      const info = infos.line(i);
      // The classifier reads dates on kept lines only; these few are read here.
      const date = info === undefined ? null : (info.date ?? datelineDate(info.text, info));
      if (date) return dateSpan(info!.start, info!.text, date);
    }
  }
  return null;
}

function dateSpan(lineStart: number, text: string, date: { iso: string; start: number; end: number }): TextSpan & { iso: string } {
  return { iso: date.iso, start: lineStart + date.start, end: lineStart + date.end, text: text.slice(date.start, date.end) };
}

/**
 * The page's own name for itself, spelt like its address, over a name read from its lines that spells it
 * otherwise: a copyright holder is often the company behind the outlet ("Harbour Media Group, LLC"). Where the
 * page never writes its name, a company's legal name gives way to the address.
 */
function preferMasthead(read: NameSpan | null, masthead: NameSpan | null, url: string | null): NameSpan | null {
  if (!masthead) return read && url !== null && isCompanyName(read.text) ? null : read;
  if (read && nameKey(read.text) === nameKey(masthead.text)) return read;
  return masthead;
}

/** The newsroom's credit of itself above or just below the body, else the name after the bar of the title line. */
function selfNamed(infos: LineTable, decisions: Decisions, agencies: ReadonlySet<string>): NameSpan | null {
  return newsroomName(infos, decisions.body, agencies) ?? titleSuffixName(decisions.headline === null ? undefined : infos.line(decisions.headline));
}

function readPublisher(raw: string, infos: LineTable, decisions: Decisions): NameSpan | null {
  // The last copyright line that names an owner, read from the end: a page of them is not parsed line by line.
  let copyright: NameSpan | null = null;
  for (let i = infos.length - 1; i >= 0 && copyright === null; i--) if (infos.reason[i] === 'copyright') copyright = copyrightName(infos.line(i)!);
  const kept: LineInfo[] = [];
  for (let i = 0; i < infos.length; i++) if (decisions.reasons[i] === null) kept.push(infos.line(i)!);
  const credit = selfCredit(raw, kept);
  const signature = decisions.body ? signatureLine(infos, decisions.body.last, [copyright, credit]) : null;
  return choosePublisher(copyright, credit, signature);
}
