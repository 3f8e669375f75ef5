import { corporateWords, legalEntitySuffixes } from '../lang/en/companies.js';
import type { LineInfo, LineTable } from './classify.js';
import { outletNameWords } from '../lang/en/outlets.js';
import { hostOf, type NameSpan } from './publisher.js';
import { GENERIC_LABELS } from '../lang/en/grammar.js';

const MIN_LABEL = 3;
/** A short label ("err", "tasr") names the site only where the page writes it in capitals, as an acronym. */
const ACRONYM_MAX = 4;
const MAX_OCCURRENCES = 50;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /^\p{Lu}/u;
const NAME_WORDS: ReadonlySet<string> = new Set(outletNameWords);

/** The label that names the site in its host: "detroit-news" of "www.detroit-news.com", "kest" of "en.kest.com.ua". */
export function siteLabel(url: string | null): string | null {
  const host = hostOf(url);
  if (!host) return null;
  const labels = host.toLowerCase().split('.');
  if (labels.length < 2) return null;
  let index = labels.length - 2;
  if (index > 0 && GENERIC_LABELS.has(labels[index]!)) index--;
  const label = labels[index]!.replace(/[^\p{L}\p{N}]/gu, '');
  return label.length >= MIN_LABEL ? label : null;
}

/**
 * The outlet as the page writes its own name: the words whose letters spell the site's label ("The Harbour
 * Ledger" on harbourledger.com, "KEST News" on news.kest.ee), with a hyphenated part ("Kest-Nord") or an outlet
 * word after it ("News"). The first that starts a line wins, as a masthead does; else the form the page writes most
 * often, the longer of two written as often. A menu further down adds words to the name ("Ledger Radio",
 * "Ledger Daily"), and a company's legal name ("Ledger Media Group Ltd") is not the outlet's. Null when the page
 * never writes it.
 */
export function mastheadName(raw: string, url: string | null): NameSpan | null {
  const label = siteLabel(url);
  if (!label) return null;
  const { letters, offsets } = lettersOf(raw);
  const written = new Map<string, { first: NameSpan; count: number }>();
  let firstLineInitial: NameSpan | null = null;
  let seen = 0;
  for (let at = letters.indexOf(label); at >= 0 && seen < MAX_OCCURRENCES; at = letters.indexOf(label, at + 1)) {
    seen++;
    const name = nameAt(raw, offsets[at]!, offsets[at + label.length - 1]! + 1, label.length);
    if (name === null || opensCompanyName(raw, name.end)) continue;
    if (firstLineInitial === null && startsLine(raw, name.start)) firstLineInitial = name;
    const form = written.get(name.text);
    if (form === undefined) written.set(name.text, { first: name, count: 1 });
    else form.count++;
  }
  let best: { first: NameSpan; count: number } | null = null;
  for (const form of written.values()) {
    if (best === null || form.count > best.count || (form.count === best.count && form.first.text.length > best.first.text.length)) best = form;
  }
  return firstLineInitial ?? best?.first ?? null;
}

/** A name that starts its line: a masthead, a sign-off or a menu's first item, not a word in running text. */
function startsLine(raw: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && (raw[at] === ' ' || raw[at] === '\t')) at--;
  return at < 0 || raw[at] === '\n' || raw[at] === '\r';
}

/** The text's letters and digits in lower case, with the raw offset of each: one pass over the text. */
function lettersOf(raw: string): { letters: string; offsets: number[] } {
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i]!;
    if (!LETTER_OR_DIGIT.test(char)) continue;
    const lower = char.toLowerCase();
    chars.push(lower.length === 1 ? lower : char);
    offsets.push(i);
  }
  return { letters: chars.join(''), offsets };
}

function nameAt(raw: string, start: number, end: number, labelLength: number): NameSpan | null {
  const isWordChar = (index: number): boolean => index >= 0 && index < raw.length && LETTER_OR_DIGIT.test(raw[index]!);
  if (isWordChar(start - 1) || !UPPER.test(raw[start]!)) return null;
  const spelled = raw.slice(start, end);
  if (spelled.includes('\n')) return null;
  if (labelLength <= ACRONYM_MAX && spelled !== spelled.toUpperCase()) return null;
  // "Kest-Nord": a hyphen joins one name.
  while (raw[end] === '-' && UPPER.test(raw[end + 1] ?? '')) {
    end++;
    while (isWordChar(end)) end++;
  }
  if (isWordChar(end)) return null;
  const next = /^ (\p{Lu}[\p{L}]*)/u.exec(raw.slice(end, end + 24));
  if (next && NAME_WORDS.has(next[1]!)) end += next[0].length;
  if (raw.slice(Math.max(0, start - 4), start) === 'The ') start -= 4;
  return { start, end, text: raw.slice(start, end) };
}

const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(legalEntitySuffixes);
const NEXT_WORD = /^[ ,]+([\p{L}&.]+)/u;

/** "Ledger Media Group Limited": a name that a corporate word or a legal form goes on from is a company's, not the outlet's. */
function opensCompanyName(raw: string, end: number): boolean {
  const next = NEXT_WORD.exec(raw.slice(end, end + 24));
  return next !== null && CORPORATE_WORDS.has(next[1]!.toLowerCase());
}

/** A company's legal name: its last word is a legal form ("Harbour Media Group, LLC", "Kest Printers Pvt Ltd"). */
export function isCompanyName(name: string): boolean {
  const words = name.trim().split(/[\s,]+/u);
  return LEGAL_SUFFIXES.has(words[words.length - 1]!);
}

const CORPORATE_WORDS: ReadonlySet<string> = new Set([...corporateWords, ...legalEntitySuffixes].map((word) => word.toLowerCase()));
const OUTLET_WORDS: ReadonlySet<string> = new Set(outletNameWords.map((word) => word.toLowerCase()));
/** A masthead is a name, a few words long. */
const MASTHEAD_MAX_WORDS = 6;
/** Without a headline, the masthead is looked for this far down the page. */
const HEAD_LINES = 12;
const NAME_WORD = /^[\p{L}][\p{L}'’&.-]*$/u;

/**
 * A company's name without its legal form and corporate words, lower-cased ("Harbour Media Group, LLC" →
 * ["harbour"]), and whether any were dropped.
 */
function companyStem(company: string): { stem: string[]; trimmed: boolean } {
  const words = company.toLowerCase().split(/[\s,]+/u).filter((word) => word !== '');
  if (words[0] === 'the') words.shift();
  const length = words.length;
  while (words.length > 0 && CORPORATE_WORDS.has(words[words.length - 1]!)) words.pop();
  return { stem: words, trimmed: words.length < length };
}

/**
 * The outlet a company's rights notice stands for, where the page prints it as its masthead above the headline
 * ("THE HARBOUR LEDGER" over "© 2024 Harbour Media Group, LLC"): a short line that spells the company's name without
 * its corporate words, then outlet words or nothing. A name with no corporate words is the outlet's own, and a stem
made only of outlet words ("News Corp") names no outlet.
 */
export function companyMasthead(infos: LineTable, headline: number | null, company: string): NameSpan | null {
  const { stem, trimmed } = companyStem(company);
  if (!trimmed || stem.length === 0 || stem.every((word) => OUTLET_WORDS.has(word))) return null;
  const end = Math.min(infos.length, headline ?? HEAD_LINES);
  for (let i = 0; i < end; i++) {
    const line = infos.line(i)!;
    const words = line.text.split(/\s+/u);
    if (words.length > MASTHEAD_MAX_WORDS || !words.every((word) => NAME_WORD.test(word))) continue;
    const lower = words.map((word) => word.toLowerCase());
    const from = lower[0] === 'the' ? 1 : 0;
    if (!stem.every((word, k) => lower[from + k] === word)) continue;
    if (lower.slice(from + stem.length).every((word) => OUTLET_WORDS.has(word))) return { start: line.start, end: line.end, text: line.text };
  }
  return null;
}
