import type { TextSpan } from '../core/schema.js';
import type { LineInfo, LineTable } from './classify.js';
import type { RawLine } from './lines.js';

/** A publisher name and where it was read. */
export type NameSpan = TextSpan;

const COPYRIGHT_CUT = /\s\|\s|\ball rights reserved\b|\bpowered by\b|\.\s+(?=\p{Lu})|;\s/iu;
const COPYRIGHT_LEAD = /^(?:all content|copyright|\(c\)|©|\d{1,4}(?:\s?[-–]\s?\d{4})?|[\s,.:;–-])+/i;
/** A copyright line names an owner when it has the mark or a year; "Copyright & Permissions" is only a link. */
const NAMES_OWNER = /(?<!Ã|A\u0303)©|\(c\)|\b(?:19|20)\d{2}\b|\ball rights reserved\b/i;
const MAX_NAME_CHARS = 60;
const MAX_NAME_WORDS = 6;
const HAS_LETTER = /\p{L}/u;

/** The site name in a copyright line ("X © 2024", "© 2020 X Inc. All rights reserved", "Copyright © 2020, X | Terms"). */
export function copyrightName(line: RawLine): NameSpan | null {
  const text = line.text;
  if (!NAMES_OWNER.test(text)) return null;
  const cut = COPYRIGHT_CUT.exec(text);
  const head = cut ? text.slice(0, cut.index) : text;
  const lead = COPYRIGHT_LEAD.exec(head)?.[0].length ?? 0;
  const trail = copyrightTrailLength(head.slice(lead));
  const name = head.slice(lead, head.length - trail);
  if (!HAS_LETTER.test(name) || name.length > MAX_NAME_CHARS || name.split(' ').length > MAX_NAME_WORDS) return null;
  const start = line.start + lead;
  return { start, end: start + name.length, text: name };
}

/** The characters of a copyright trail besides the mark and four-digit years. */
const TRAIL_PUNCTUATION = /[\s,.:;|–-]/;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * The length of the longest end of `text` made of "©", four-digit years and separators ("© 2020–2024.", ", 2024"),
 * read backwards in one pass: a run of digits counts in whole years from its end, so "12024" gives "2024".
 */
export function copyrightTrailLength(text: string): number {
  let start = text.length;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if (isDigit(code)) {
      let runStart = start - 1;
      while (runStart > 0 && isDigit(text.charCodeAt(runStart - 1))) runStart--;
      const years = Math.floor((start - runStart) / 4);
      start -= years * 4;
      if (start !== runStart) break;
    } else if (code === 0xa9 || TRAIL_PUNCTUATION.test(text[start - 1]!)) start--;
    else break;
  }
  return text.length - start;
}

const SELF_CREDIT = /\breports?,?\s(?:referring to|per|citing|with reference to|quoting)\b/g;
const NAME_CHAR = /[\p{L}\d.&'’-]/u;
const UPPER = /\p{Lu}/u;
const WHITE_SPACE = /\s/;
const NAME_MAX_WORDS = 4;
const LOOK_BACK = 60;

/**
 * The one to four capitalised words, single-spaced, that end `before` just ahead of its last white space ("Harbour
 * Times " → "Harbour Times"), read backwards word by word.
 */
function nameBefore(before: string): { index: number; text: string } | null {
  const end = before.length - 1;
  if (end < 1 || !WHITE_SPACE.test(before[end]!)) return null;
  let start = -1;
  let wordEnd = end;
  for (let words = 0; words < NAME_MAX_WORDS; words++) {
    let wordStart = wordEnd;
    while (wordStart > 0 && NAME_CHAR.test(before[wordStart - 1]!)) wordStart--;
    if (wordStart === wordEnd || !UPPER.test(before[wordStart]!)) break;
    start = wordStart;
    if (wordStart < 2 || !WHITE_SPACE.test(before[wordStart - 1]!)) break;
    wordEnd = wordStart - 1;
  }
  return start < 0 ? null : { index: start, text: before.slice(start, end) };
}

/**
 * The page crediting itself: "X reports referring to Y", "X reports per foreign media", "X reports, citing Y".
 * A bare "…, FT reports" credits a source, not the page, so the credit must name what it relies on.
 */
export function selfCredit(raw: string, lines: readonly RawLine[]): NameSpan | null {
  for (const line of lines) {
    SELF_CREDIT.lastIndex = 0;
    for (let match = SELF_CREDIT.exec(line.text); match; match = SELF_CREDIT.exec(line.text)) {
      const from = Math.max(0, match.index - LOOK_BACK);
      const before = line.text.slice(from, match.index);
      const name = nameBefore(before);
      if (!name) continue;
      const start = line.start + from + name.index;
      const text = name.text;
      if (raw.slice(start, start + text.length) === text) return { start, end: start + text.length, text };
    }
  }
  return null;
}

const DOMAIN_LIKE = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/u;
const SIGNATURE_REACH = 6;
const SIGNATURE_WORDS = 3;

/** A site name standing alone just after the body, like a signature: a domain-shaped name or one the page uses elsewhere. */
export function signatureLine(infos: LineTable, bodyLast: number, known: readonly (NameSpan | null)[]): NameSpan | null {
  const knownKeys = new Set(known.filter((name): name is NameSpan => name !== null).map((name) => nameKey(name.text)));
  for (let i = bodyLast + 1; i < Math.min(infos.length, bodyLast + 1 + SIGNATURE_REACH); i++) {
    const line = infos.line(i)!;
    if (line.words > SIGNATURE_WORDS) continue;
    if (DOMAIN_LIKE.test(line.text) || knownKeys.has(nameKey(line.text))) return { start: line.start, end: line.end, text: line.text };
  }
  return null;
}

const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;
const LEADING_THE = /^the\s+/i;

/** Compares site names across spellings: "Nordpost.ee" and "Nordpost.Ee" are one site. */
export function nameKey(name: string): string {
  return name.replace(LEADING_THE, '').replace(NOT_ALPHANUMERIC, '').toLowerCase();
}

const HOST = /^[a-z][a-z\d+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i;
const WWW = /^www\d?\./i;

/** The url's host without "www.", the publisher of last resort. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  const host = HOST.exec(url)?.[1];
  return host ? host.replace(WWW, '') : null;
}

/**
 * The publisher as the page names itself. A copyright line names the site; a self-credit or signature that names
 * the same site gives the page's own spelling and wins. Without a copyright line: the signature, then the self-credit.
 */
export function choosePublisher(copyright: NameSpan | null, credit: NameSpan | null, signature: NameSpan | null): NameSpan | null {
  if (copyright) {
    const key = nameKey(copyright.text);
    if (credit && nameKey(credit.text) === key) return credit;
    if (signature && nameKey(signature.text) === key) return signature;
    return copyright;
  }
  return signature ?? credit;
}
