import type { Article, TextSpan } from '../schema.js';
import type { LineInfo } from './classify.js';
import { splitTitleTimestamp } from './dateline.js';
import type { Decisions } from './decide.js';
import { headlineLength, isTitleLike } from './headline.js';
import { choosePublisher, copyrightName, hostOf, selfCredit, signatureLine, type NameSpan } from './publisher.js';

export interface MetadataOptions {
  url: string | null;
  publisher: string | null;
  published: string | null;
}

/** Title, publisher and date as the page states them, the options filling what the page does not say. */
export function readArticle(raw: string, infos: readonly LineInfo[], decisions: Decisions, options: MetadataOptions): Article {
  const title = readTitle(infos, decisions);
  const published = readPublished(infos, decisions);
  const publisher = readPublisher(raw, infos, decisions);
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

function readTitle(infos: readonly LineInfo[], decisions: Decisions): TextSpan | null {
  let index = decisions.headline;
  if (index === null) {
    const firstKept = decisions.reasons.indexOf(null);
    if (firstKept < 0) return null;
    const info = infos[firstKept]!;
    const joined = headlineLength(info.line.text) !== info.line.text.length;
    if (!joined && !isTitleLike(info)) return null;
    index = firstKept;
  }
  const line = infos[index]!.line;
  const length = headlineLength(line.text);
  return { start: line.start, end: line.start + length, text: line.text.slice(0, length) };
}

function readPublished(infos: readonly LineInfo[], decisions: Decisions): (TextSpan & { iso: string }) | null {
  if (decisions.headline !== null) {
    const line = infos[decisions.headline]!.line;
    const stamped = splitTitleTimestamp(line.text);
    if (stamped) return dateSpan(line.start, line.text, stamped.date);
  }
  const last = decisions.body ? decisions.body.last : infos.length - 1;
  for (let i = 0; i <= last; i++) {
    const info = infos[i]!;
    if (info.date === null) continue;
    const reason = decisions.reasons[i];
    if (reason === null || reason === 'byline') return dateSpan(info.line.start, info.line.text, info.date);
  }
  return null;
}

function dateSpan(lineStart: number, text: string, date: { iso: string; start: number; end: number }): TextSpan & { iso: string } {
  return { iso: date.iso, start: lineStart + date.start, end: lineStart + date.end, text: text.slice(date.start, date.end) };
}

function readPublisher(raw: string, infos: readonly LineInfo[], decisions: Decisions): NameSpan | null {
  let copyright: NameSpan | null = null;
  for (const info of infos) {
    if (info.reason !== 'copyright') continue;
    copyright = copyrightName(info.line) ?? copyright;
  }
  const kept = infos.filter((_, i) => decisions.reasons[i] === null).map((info) => info.line);
  const credit = selfCredit(raw, kept);
  const signature = decisions.body ? signatureLine(infos, decisions.body.last, [copyright, credit]) : null;
  return choosePublisher(copyright, credit, signature);
}
