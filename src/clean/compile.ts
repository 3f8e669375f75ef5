import type { CueTable } from './cues.js';
import { buildStopWordTrie, type StopWordTrie } from './features.js';
import { chromeCues, phraseEndGate, phraseLeadGate, type EdgeGate, type LeadGate } from './gates.js';
import type { ChromeLexicon } from '../lang/en/chrome.js';
import { isWhiteSpace } from '../core/white-space.js';

/** A lexicon turned into sets and anchored regexes once per call. */
export interface CompiledLexicon {
  stopWords: StopWordTrie;
  social: ReadonlySet<string>;
  /** First words of the two-word social entries ("google" of "google play"). */
  socialPairLeads: ReadonlySet<string>;
  /**
   * Each entry of the whole-line lexicons with its check, from the first lexicon that holds it in the order they are
   * asked (share, related headers, summary headers, navigation, pagination, other): one lookup a line, not six.
   */
  wholeLine: ReadonlyMap<string, WholeLineCheck>;
  relatedWhole: ReadonlySet<string>;
  /** `wireAgencies` in the form of `normaliseChromeLine`. */
  agencies: ReadonlySet<string>;
  /** Multi-word related headers followed by a site or section name ("More from WIRED"). */
  relatedLead: RegExp;
  navigationPrefix: RegExp;
  socialPrefix: RegExp;
  newsletter: RegExp;
  promoPrefix: RegExp;
  widgetPrefix: RegExp;
  photoCreditTail: RegExp;
  bio: RegExp;
  /** Cue words and characters of the chrome regexes, with the newsletter words. */
  cues: CueTable;
  /** The words the prefix regexes can match first. */
  relatedLeadGate: LeadGate;
  navigationPrefixGate: LeadGate;
  socialPrefixGate: LeadGate;
  promoPrefixGate: LeadGate;
  widgetPrefixGate: LeadGate;
  /** The characters `photoCreditTail` can match last. */
  photoCreditEndGate: EdgeGate;
}

/** The checks of the whole-line lexicons. */
export type WholeLineCheck = 'share-word' | 'related-header' | 'summary-header' | 'navigation-word' | 'pagination-word' | 'other-word';

/** The verbs `bio` expects after one to four capitalised words. */
const BIO_VERBS = ['is', 'was', 'writes', 'covers', 'reports'];
const BIO_VERB_LEADS: ReadonlySet<number> = new Set(BIO_VERBS.map((verb) => verb.charCodeAt(0)));

/**
 * A cheap necessary condition for the `bio` pattern: the line starts with an upper-case letter (checked exactly for
 * ASCII) and one of its verbs follows the first, second, third or fourth white-space character, with only
 * capitalised words before it.
 */
export function opensLikeBio(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 128 && !(first >= 65 && first <= 90)) return false;
  let spaces = 0;
  for (let i = 1; i < text.length && spaces < 4; i++) {
    if (!isWhiteSpace(text.charCodeAt(i))) continue;
    spaces++;
    const next = text.charCodeAt(i + 1);
    if (BIO_VERB_LEADS.has(next)) for (const verb of BIO_VERBS) if (text.startsWith(verb, i + 1)) return true;
    // The next word is neither a verb nor capitalised, so no verb can follow a run of capitalised words.
    if (next < 128 && !(next >= 65 && next <= 90)) return false;
  }
  return false;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
/**
 * A phrase as a pattern: each run of white space (a user may type two spaces or a tab) becomes one `\\s+`, so no two
 * quantifiers can share the same spaces and backtrack over them.
 */
const escape = (phrase: string): string =>
  phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(REGEX_SPECIAL, '\\$&'))
    .join('\\s+');
const alternation = (phrases: readonly string[]): string =>
  [...phrases].sort((a, b) => b.length - a.length).map(escape).join('|');

export function compileLexicon(lexicon: ChromeLexicon): CompiledLexicon {
  const lower = (list: readonly string[]): Set<string> => new Set(list.map((entry) => entry.toLowerCase()));
  const multiWordRelated = lexicon.relatedHeaders.filter((header) => header.includes(' '));
  return {
    stopWords: buildStopWordTrie(lexicon.stopWords),
    social: lower(lexicon.social),
    socialPairLeads: new Set([...lower(lexicon.social)].filter((entry) => entry.includes(' ')).map((entry) => entry.slice(0, entry.indexOf(' ')))),
    wholeLine: wholeLineChecks([
      [lexicon.share, 'share-word'],
      [lexicon.relatedHeaders, 'related-header'],
      [lexicon.summaryHeaders, 'summary-header'],
      [lexicon.navigation, 'navigation-word'],
      [lexicon.pagination, 'pagination-word'],
      [lexicon.other, 'other-word'],
    ]),
    agencies: new Set(lexicon.wireAgencies.map(normaliseChromeLine)),
    relatedWhole: lower(lexicon.relatedHeaders),
    relatedLead: new RegExp(`^(?:${alternation(multiWordRelated)})\\s`, 'i'),
    socialPrefix: new RegExp(`^(?:${alternation(lexicon.socialPrefixes)})(?:\\s|$)`, 'i'),
    navigationPrefix: new RegExp(`^(?:${alternation(lexicon.navigationPrefixes)})(?:\\s|$)`, 'i'),
    newsletter: new RegExp(`\\b(?:${alternation(lexicon.newsletter)})\\b`, 'i'),
    promoPrefix: new RegExp(`^(?:${alternation(lexicon.promoPrefixes)})`, 'i'),
    widgetPrefix: new RegExp(`^(?:${alternation(lexicon.widgetPrefixes)})`, 'i'),
    photoCreditTail: new RegExp(`\\b(?:${alternation(lexicon.photoCredits)})\\)?\\s*$`, 'i'),
    bio: new RegExp(
      `^(?:\\p{Lu}[\\p{L}.'’-]*\\s){1,4}(?:(?:is|was)\\s(?:a|an|the)\\s(?:[\\p{L}-]+\\s){0,5}(?:${alternation(
        lexicon.journalistNouns,
      )})(?![\\p{L}])|(?:writes|covers|reports)\\s(?:about|on)\\s)`,
      'u',
    ),
    cues: chromeCues(lexicon.newsletter),
    relatedLeadGate: phraseLeadGate(multiWordRelated),
    navigationPrefixGate: phraseLeadGate(lexicon.navigationPrefixes),
    socialPrefixGate: phraseLeadGate(lexicon.socialPrefixes),
    promoPrefixGate: phraseLeadGate(lexicon.promoPrefixes),
    widgetPrefixGate: phraseLeadGate(lexicon.widgetPrefixes),
    // A credit may close a bracket: `\)?` before the end.
    photoCreditEndGate: phraseEndGate(lexicon.photoCredits, ')'),
  };
}

/** The entries of the lexicons, lower-cased, each with the check of the first lexicon listed that holds it. */
function wholeLineChecks(lexicons: ReadonlyArray<readonly [readonly string[], WholeLineCheck]>): Map<string, WholeLineCheck> {
  const checks = new Map<string, WholeLineCheck>();
  for (const [entries, check] of lexicons) {
    for (const entry of entries) {
      const key = entry.toLowerCase();
      if (!checks.has(key)) checks.set(key, check);
    }
  }
  return checks;
}

/** A membership test over char codes (the characters listed are all in the Basic Multilingual Plane). */
const codeTable = (chars: string): ((code: number) => boolean) => {
  const listed = [...chars].map((char) => char.charCodeAt(0));
  const table = new Uint8Array(Math.max(...listed) + 1);
  for (const code of listed) table[code] = 1;
  return (code) => code < table.length && table[code] === 1;
};
const LEADING_NOISE = codeTable(' \t-–—•*·▪►»›|>#:');
const TRAILING_NOISE = codeTable(' \t-–—•*·▪►»›|>:.!…');
/** Characters rewritten before lookups: apostrophe look-alikes, tabs and no-break spaces. */
const REWRITTEN = codeTable('’‘`\t\u00a0');
const APOSTROPHE = /[’‘`]/g;
const SPACES = /\s{2,}|[\t\u00a0]/g;

/** Lower-cases a short line and strips bullets, separators and final punctuation, for whole-line lookups. */
export function normaliseChromeLine(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && LEADING_NOISE(text.charCodeAt(start))) start++;
  while (end > start && TRAILING_NOISE(text.charCodeAt(end - 1))) end--;
  const core = start === 0 && end === text.length ? text : text.slice(start, end);
  const clean = needsRewrite(text, start, end) ? core.replace(APOSTROPHE, "'").replace(SPACES, ' ') : core;
  return clean.toLowerCase();
}

/** Whether `APOSTROPHE` or `SPACES` would change `text.slice(start, end)`; one pass over codes instead of a regex. */
function needsRewrite(text: string, start: number, end: number): boolean {
  let previousSpace = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (REWRITTEN(code)) return true;
    const space = isWhiteSpace(code);
    if (space && previousSpace) return true;
    previousSpace = space;
  }
  return false;
}
