import type { ChromeLexicon } from './lexicon.js';

/** A lexicon turned into sets and anchored regexes once per call. */
export interface CompiledLexicon {
  stopWords: ReadonlySet<string>;
  social: ReadonlySet<string>;
  share: ReadonlySet<string>;
  navigation: ReadonlySet<string>;
  other: ReadonlySet<string>;
  relatedWhole: ReadonlySet<string>;
  /** Multi-word related headers followed by a site or section name ("More from WIRED"). */
  relatedLead: RegExp;
  navigationPrefix: RegExp;
  socialPrefix: RegExp;
  newsletter: RegExp;
  promoPrefix: RegExp;
  photoCreditTail: RegExp;
  bio: RegExp;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const escape = (phrase: string): string => phrase.replace(REGEX_SPECIAL, '\\$&').replace(/ /g, '\\s+');
const alternation = (phrases: readonly string[]): string =>
  [...phrases].sort((a, b) => b.length - a.length).map(escape).join('|');

export function compileLexicon(lexicon: ChromeLexicon): CompiledLexicon {
  const lower = (list: readonly string[]): Set<string> => new Set(list.map((entry) => entry.toLowerCase()));
  const multiWordRelated = lexicon.relatedHeaders.filter((header) => header.includes(' '));
  return {
    stopWords: lower(lexicon.stopWords),
    social: lower(lexicon.social),
    share: lower(lexicon.share),
    navigation: lower(lexicon.navigation),
    other: lower(lexicon.other),
    relatedWhole: lower(lexicon.relatedHeaders),
    relatedLead: new RegExp(`^(?:${alternation(multiWordRelated)})\\s`, 'i'),
    socialPrefix: new RegExp(`^(?:${alternation(lexicon.socialPrefixes)})(?:\\s|$)`, 'i'),
    navigationPrefix: new RegExp(`^(?:${alternation(lexicon.navigationPrefixes)})(?:\\s|$)`, 'i'),
    newsletter: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(lexicon.newsletter)})(?![\\p{L}])`, 'iu'),
    promoPrefix: new RegExp(`^(?:${alternation(lexicon.promoPrefixes)})`, 'i'),
    photoCreditTail: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(lexicon.photoCredits)})\\)?\\s*$`, 'iu'),
    bio: new RegExp(
      `^(?:\\p{Lu}[\\p{L}.'’-]*\\s){1,4}(?:(?:is|was)\\s(?:a|an|the)\\s(?:[\\p{L}-]+\\s){0,5}(?:${alternation(
        lexicon.journalistNouns,
      )})(?![\\p{L}])|(?:writes|covers|reports)\\s(?:about|on)\\s)`,
      'u',
    ),
  };
}

const EDGE_NOISE = /^[\s\-–—•*·▪►»›|>#:]+|[\s\-–—•*·▪►»›|>:.!…]+$/g;
const APOSTROPHE = /[’‘`]/g;
const SPACES = /\s+/g;

/** Lower-cases a short line and strips bullets, separators and final punctuation, for whole-line lexicon lookups. */
export function normaliseChromeLine(text: string): string {
  return text.replace(EDGE_NOISE, '').replace(APOSTROPHE, "'").replace(SPACES, ' ').toLowerCase();
}
