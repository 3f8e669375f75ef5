import type { Span } from '../../core/schema.js';
import type { OutletLexicon } from '../../lang/en/outlets.js';
import { opensBeforeName } from '../../lang/en/words.js';

/** A phrase read in an outlet slot: a capitalised name, possibly with a head noun ("public broadcaster ERR"). */
export interface NameCandidate {
  /** The name as written, without a lower-case "the" and without the head noun; "" when only a head noun was read. */
  name: string;
  /** Raw span of the name (or of the head-noun phrase when there is no name). */
  span: Span;
  tokens: string[];
  /** "the" (any case) before the phrase. */
  definite: boolean;
  /** "a"/"an" before the phrase: "a German newspaper" names no outlet. */
  indefinite: boolean;
  /** An outlet head noun stands next to the name ("newspaper", "news agency"). */
  headNoun: boolean;
  /** A capital "The" opens the name mid-sentence, as in a title ("according to The Northern Star"). */
  titled: boolean;
}

export interface NameReader {
  /** Reads the phrase that starts at `at` (after "told", "according to" …), up to `limit`. */
  after(raw: string, at: number, limit: number): NameCandidate | null;
  /** Reads the phrase that ends at `at` (before "reported", "writes" …), from no earlier than `floor`. */
  before(raw: string, floor: number, at: number): NameCandidate | null;
}

const TOKEN = String.raw`\p{Lu}[\p{L}\p{M}\p{N}]*(?:[.\-\/&][\p{L}\p{M}\p{N}]+)*\.?`;
const PARTICLE = String.raw`(?:of|de|du|des|la|le|al|el|and|&|for|del|di|da)`;
const NAME = String.raw`${TOKEN}(?:[ \t]+(?:${PARTICLE}[ \t]+)?${TOKEN}){0,5}`;
const WORD = String.raw`[\p{L}\p{M}\-]+`;
const LOOKBACK = 90;
/** A name never ends in the sentence's full stop, unless it is a dotted abbreviation's ("U.S."). */
const DOTTED_ABBREVIATION = /(?:^|\s)(?:\p{Lu}\.){2,}$/u;

/** Sticky: tests the letter at `lastIndex` only. */
const LOWER_CASE_AT = /\p{Ll}/uy;

/** The separators of the words a modifier run holds ([ \t]+ in the regexes below). */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+');
}

/** Compiles the readers once for a lexicon: no regex is built per token or per claim. */
export function compileNameReader(lexicon: OutletLexicon, isPlace: (word: string) => boolean): NameReader {
  const heads = [...lexicon.headNouns].sort((a, b) => b.length - a.length).map(escape).join('|');
  const HEAD = `(?:${heads})`;
  // The `v` flag matches as `u` does here (only "/" needs its escape in a class) and compiles its Unicode classes
  // faster, which the first article of a process pays for.
  // [the|a] [up to three modifiers] HEAD [Name]   ("the German newspaper Bild", "public broadcaster ERR")
  const headFirst = new RegExp(
    String.raw`^(?:(the|The|a|an|A|An)[ \t]+)?((?:${WORD}[ \t]+){0,3}?)${HEAD}\b(?:[ \t]+(${NAME}))?`,
    'v',
  );
  // [the|The] Name [HEAD]   ("the Irish Times", "Nordland news agency")
  const nameFirst = new RegExp(String.raw`^(?:(the|The)[ \t]+)?(${NAME})(?:[ \t]+(${HEAD})\b)?`, 'v');
  const nameAtEnd = new RegExp(String.raw`(?:(the|The)[ \t]+)?(${NAME})(?:[ \t]+(${HEAD}))?[ \t]*$`, 'v');
  const headAtEnd = new RegExp(String.raw`(?:^|[ \t])(the|The|a|an|A|An)[ \t]+((?:${WORD}[ \t]+){0,3}?)${HEAD}[ \t]*$`, 'v');

  /**
   * Modifiers of a head noun are lower-case words or demonyms ("state", "French"); anything else is a name. Read in
   * place, as every claim's speaker phrase is: only a capitalised word is cut out, to be asked whether it is a place.
   */
  const plausibleModifiers = (modifiers: string): boolean => {
    for (let start = 0; start < modifiers.length; ) {
      let end = start;
      while (end < modifiers.length && !isBlank(modifiers.charCodeAt(end))) end++;
      LOWER_CASE_AT.lastIndex = start;
      if (end > start && !LOWER_CASE_AT.test(modifiers) && !isPlace(modifiers.slice(start, end))) return false;
      start = end + 1;
    }
    return true;
  };

  const after = (raw: string, at: number, limit: number): NameCandidate | null => {
    const text = raw.slice(at, Math.min(limit, at + LOOKBACK));
    const byHead = headFirst.exec(text);
    if (byHead && plausibleModifiers(byHead[2] ?? '')) {
      const [whole, article, , name] = byHead;
      const definite = article?.toLowerCase() === 'the';
      const indefinite = article !== undefined && !definite;
      const end = at + whole.length;
      if (name) return candidate(raw, end - name.length, end, { definite, indefinite, headNoun: true, titled: false });
      return { name: '', span: { start: at, end }, tokens: [], definite, indefinite, headNoun: true, titled: false };
    }
    const byName = nameFirst.exec(text);
    if (!byName) return null;
    const [whole, article, name = '', head] = byName;
    const nameStart = at + whole.indexOf(name, article ? article.length : 0);
    const start = article === 'The' ? at : nameStart;
    const flags = { definite: article !== undefined, indefinite: false, headNoun: head !== undefined, titled: article === 'The' };
    return candidate(raw, start, nameStart + name.length, flags);
  };

  const before = (raw: string, floor: number, at: number): NameCandidate | null => {
    const from = Math.max(floor, at - LOOKBACK);
    const text = raw.slice(from, at);
    const byHead = headAtEnd.exec(text);
    if (byHead && plausibleModifiers(byHead[2] ?? '')) {
      const [whole, article = ''] = byHead;
      const start = from + byHead.index + whole.indexOf(article);
      const definite = article.toLowerCase() === 'the';
      const span = { start, end: from + text.trimEnd().length };
      return { name: '', span, tokens: [], definite, indefinite: !definite, headNoun: true, titled: false };
    }
    const byName = nameAtEnd.exec(text);
    if (!byName) return null;
    const [whole, article, name = '', head] = byName;
    const nameStart = from + byName.index + whole.indexOf(name, article ? article.length : 0);
    let start = nameStart;
    for (const match of name.matchAll(/\S+/g)) {
      if (!opensBeforeName(match[0])) break;
      start = nameStart + match.index + match[0].length + 1;
    }
    const end = nameStart + name.length;
    if (start >= end) return null;
    if (start === nameStart && article === 'The') start = from + byName.index;
    return candidate(raw, start, end, { definite: article !== undefined, indefinite: false, headNoun: head !== undefined, titled: false });
  };

  return { after, before };
}

function candidate(
  raw: string,
  start: number,
  end: number,
  flags: Pick<NameCandidate, 'definite' | 'indefinite' | 'headNoun' | 'titled'>,
): NameCandidate {
  const trimmed = DOTTED_ABBREVIATION.test(raw.slice(start, end)) || !raw.slice(start, end).endsWith('.') ? end : end - 1;
  const name = raw.slice(start, trimmed);
  return { name, span: { start, end: trimmed }, tokens: name.split(/[ \t]+/), ...flags };
}
