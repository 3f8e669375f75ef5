// Generated inputs and the properties every result must hold, shared by `npm run fuzz` (scripts/fuzz.mjs, over
// dist/) and the whole-pipeline property test (test/reliability/fuzz.test.ts, through fast-check seeds).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded generator (mulberry32): the same seed gives the same input on every machine. */
export function randomSource(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max) => Math.floor(next() * max);
  const pick = (list) => list[int(list.length)];
  return { next, int, pick, chance: (p) => next() < p };
}

const QUOTE_MARKS = ['"', '“', '”', '„', '«', '»', '‹', '›', '‘', '’', "'", '‚', "''"];
const NAMES = ['Ana Lima', 'Ines Okafor', 'Tomas Berg', 'Marek Novak', 'Leila Haddad', 'Kenji Mori', 'Jean-Luc Ardent', "Seán O'Neill"];
const TITLES = ['Prime Minister', 'President', 'the foreign minister', 'Mayor', 'Dr.', 'Mr.', 'Ms.', 'a spokesperson for', 'Chief Executive'];
const INSTITUTIONS = ['the Ministry of Trade', 'the Kremlin', 'the European Commission', 'Harbour Council', 'the White House', 'NATO'];
const CUES = ['said', 'says', 'told reporters', 'according to', 'warned', 'added', 'did not rule out', 'stressed that', 'insisted', 'wrote', 'claimed', ':', ','];
const PRONOUNS = ['he', 'she', 'they', 'it', 'He', 'She', 'They', 'We', 'I'];
const DATES = ['on Tuesday', 'March 3, 2024', '3 March 2024', '2024-03-03', '03/03/2024', 'yesterday', 'last week', 'Sept. 31', '2024-13-45'];
const URLS = ['https://example.com/news/1', 'www.example.org', 'mail@example.com', 'example.com/a?b=c#d', 'http://'];
const CHROME = ['© 2024 Harbour Post. All rights reserved.', 'Copyright 2020-2024 Example Media', 'Home', 'News', 'Sport', 'Share', 'Follow us on',
  'Subscribe to our newsletter', 'Read more', 'Related stories', 'Photo: Getty Images', 'Advertisement', '© A 1', 'Menu'];
const WORDS = ['the', 'plan', 'would', 'fail', 'bridge', 'reopen', 'in', 'May', 'talks', 'ended', 'and', 'that', 'not', 'if', 'only', 'we', 'will', 'go'];
const PUNCTUATION = ['.', ',', ';', ':', '!', '?', '…', '—', '–', '-', '(', ')', '[', ']', '•', '*', '|', '/'];
const SPACES = [' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r\n\r\n', '\u00a0', '\u2009', '\u3000'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202e', '\u2066', '\u2069'];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029'];
const SURROGATES = ['\ud800', '\udfff', '\udc00x', 'a\ud83d', '\ud83d\ude00', '\ud83c\udff3\ufe0f\u200d\ud83c\udf08'];
const SCRIPTS = ['Привет мир', 'مرحبا بالعالم', 'שלום עולם', '你好，世界', 'こんにちは', 'नमस्ते', 'Ελληνικά', 'e\u0301', 'ﬁ', 'ǅ'];

const seedsDir = join(new URL('..', import.meta.url).pathname, 'seeds');
let seedArticles = null;
const seeds = () => (seedArticles ??= readdirSync(seedsDir).map((name) => readFileSync(join(seedsDir, name), 'utf8')));

/** Any code unit, a random code point, or a piece from the lists: full Unicode, lone surrogates included. */
function anyChar(r) {
  switch (r.int(4)) {
    case 0:
      return String.fromCharCode(r.int(0x10000));
    case 1:
      return String.fromCodePoint(r.int(0x110000));
    case 2:
      return String.fromCharCode(32 + r.int(95));
    default:
      return r.pick([...CONTROL, ...INVISIBLE, ...SURROGATES, ...QUOTE_MARKS]);
  }
}

const speaker = (r) =>
  r.pick([() => r.pick(NAMES), () => `${r.pick(TITLES)} ${r.pick(NAMES)}`, () => r.pick(INSTITUTIONS), () => r.pick(PRONOUNS)])();
const words = (r, count) => Array.from({ length: count }, () => r.pick(WORDS)).join(' ');
const quoted = (r) => {
  const open = r.pick(QUOTE_MARKS);
  const close = r.chance(0.8) ? r.pick(QUOTE_MARKS) : '';
  return `${open}${words(r, 1 + r.int(12))}${r.pick([',', '.', '', '?'])}${close}`;
};

/** A sentence in one of the shapes articles use, with the pieces drawn at random. */
function sentence(r) {
  const who = speaker(r);
  return r.pick([
    () => `${quoted(r)} ${who} ${r.pick(CUES)}.`,
    () => `${who} ${r.pick(CUES)} ${quoted(r)}`,
    () => `${who} ${r.pick(CUES)} ${r.pick(DATES)} that ${words(r, 3 + r.int(10))}.`,
    () => `${r.pick(CUES)} ${who}, ${words(r, 2 + r.int(8))}.`,
    () => `${quoted(r)} ${r.pick(PRONOUNS)} ${r.pick(CUES)}, ${quoted(r)}`,
    () => `${words(r, 4 + r.int(14))}${r.pick(PUNCTUATION)}`,
    () => `${who}, ${r.pick(TITLES)} of ${r.pick(INSTITUTIONS)}, ${r.pick(CUES)} ${r.pick(DATES)}: ${quoted(r)}`,
    () => `${r.pick(URLS)} ${r.pick(CHROME)}`,
  ])();
}

/** A page: chrome lines around a headline, a dateline and paragraphs of sentences. */
function article(r) {
  const lines = [];
  for (let i = r.int(4); i > 0; i--) lines.push(r.pick(CHROME));
  lines.push(`${words(r, 3 + r.int(6))} ${r.pick(NAMES)}`.replace(/^./, (c) => c.toUpperCase()));
  if (r.chance(0.5)) lines.push(r.pick(DATES));
  for (let p = 1 + r.int(6); p > 0; p--) lines.push(Array.from({ length: 1 + r.int(4) }, () => sentence(r)).join(' '));
  for (let i = r.int(4); i > 0; i--) lines.push(r.pick(CHROME));
  return lines.join(r.pick(['\n', '\n\n', '\r\n', '\n \n']));
}

/** Random edits of a text: insertions of any piece, deletions, duplications and swaps of short stretches. */
function edit(r, text, count) {
  let out = text;
  for (let i = 0; i < count; i++) {
    const at = r.int(out.length + 1);
    const length = 1 + r.int(20);
    switch (r.int(5)) {
      case 0:
        out = out.slice(0, at) + anyChar(r) + out.slice(at);
        break;
      case 1:
        out = out.slice(0, at) + out.slice(at + length);
        break;
      case 2:
        out = out.slice(0, at) + out.slice(at, at + length).repeat(2) + out.slice(at + length);
        break;
      case 3:
        out = out.slice(0, at) + r.pick([...QUOTE_MARKS, ...SPACES, ...PUNCTUATION, ...INVISIBLE]) + out.slice(at);
        break;
      default:
        out = out.slice(0, at) + speaker(r) + ' ' + r.pick(CUES) + ' ' + out.slice(at);
    }
  }
  return out;
}

/** The kinds of input, each a function of a random source; `maxChars` bounds the size. */
const KINDS = {
  'any characters': (r, max) => Array.from({ length: r.int(Math.min(max, 400)) }, () => anyChar(r)).join(''),
  'pieces': (r, max) => {
    const pool = [...QUOTE_MARKS, ...NAMES, ...TITLES, ...CUES, ...PRONOUNS, ...DATES, ...URLS, ...CHROME, ...WORDS, ...PUNCTUATION, ...SPACES,
      ...INVISIBLE, ...CONTROL, ...SURROGATES, ...SCRIPTS];
    const parts = [];
    for (let size = 0, n = r.int(120); n > 0 && size < max; n--) {
      const part = r.pick(pool);
      parts.push(part);
      size += part.length + 1;
    }
    return parts.join(r.chance(0.5) ? ' ' : '');
  },
  'article': (r) => article(r),
  'edited article': (r) => edit(r, article(r), 1 + r.int(12)),
  'edited seed article': (r, max) => {
    const seed = r.pick(seeds());
    const start = r.int(Math.max(1, seed.length - max));
    return edit(r, seed.slice(start, start + max), r.int(20));
  },
  'long line': (r, max) => {
    const unit = r.pick(['x', 'ab ', 'said ', '“', '(', 'A', '1', '© ', '2024-2024 ', 'Ana Lima ', '\u200b']);
    return unit.repeat(Math.floor((max / unit.length) * (0.2 + r.next() * 0.8)));
  },
  'long word': (r, max) => `${sentence(r)} ${'w'.repeat(r.int(max))} ${sentence(r)}`,
  'menu and copyright lines': (r) => Array.from({ length: 3 + r.int(30) }, () => r.pick(CHROME)).join('\n') + '\n' + sentence(r),
  'many quotes': (r, max) => {
    const parts = [];
    for (let size = 0, n = 5 + r.int(60); n > 0 && size < max; n--) {
      const part = r.chance(0.5) ? quoted(r) : `${quoted(r)} ${r.pick(PRONOUNS)} said.`;
      parts.push(part);
      size += part.length + 1;
    }
    return parts.join(r.pick([' ', '\n', '']));
  },
};

export const INPUT_KINDS = Object.keys(KINDS);

/** The input number `index` of a run with seed `seed`: its kind cycles, its content comes from both numbers. */
export function generateInput(seed, index, maxChars = 4000) {
  const r = randomSource(Math.imul(seed ^ 0x9e3779b9, 31) + index * 2654435761);
  const kind = INPUT_KINDS[index % INPUT_KINDS.length];
  return { kind, raw: KINDS[kind](r, maxChars).slice(0, maxChars) };
}

/**
 * The properties of one result, as a list of failures (empty when all hold): the schema, every span of every field
 * inside the input and equal to its slice, and quotes verbatim.
 */
export function resultFailures(raw, result, schema) {
  const failures = [];
  const parsed = schema.safeParse(result);
  if (!parsed.success) failures.push(`schema: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  const visit = (value, path) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${path}[${index}]`));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (typeof value.start === 'number' || typeof value.end === 'number') {
      const { start, end } = value;
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= raw.length)) {
        failures.push(`span outside the input at ${path}: ${start}..${end} of ${raw.length}`);
      } else if (typeof value.text === 'string' && raw.slice(start, end) !== value.text) {
        failures.push(`span text differs from its slice at ${path}`);
      }
    }
    for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
  };
  visit(result, 'result');
  for (const [index, claim] of (result.claims ?? []).entries()) {
    const verbatim = claim.quoteSpans.map((span) => raw.slice(span.start, span.end)).join(' ');
    if (claim.quote !== verbatim) failures.push(`claims[${index}].quote is not the verbatim text of its spans`);
  }
  return failures;
}
