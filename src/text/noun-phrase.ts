import { isCapitalised } from '../core/capitalised.js';
import type { Token } from './analyse.js';
import { institutionWords, nameParticles, servingNouns } from '../lang/en/speakers.js';
import { ARTICLES, MONTHS, NOUN_PHRASE_DETERMINERS, gluedToNext, isNounLike, OBJECT_PRONOUNS, ONE_OF_SEVERAL, POSSESSIVE_MARKS, SUBJECT_PRONOUNS, TIME_WORDS } from '../lang/en/words.js';
import { CLAUSE_OPENING_WORDS, INSTITUTION_NAME_LINKS, NOUN_PHRASE_LINKS, PARTITIVES } from '../lang/en/grammar.js';

/** A token range [first, last], both inclusive, inside one unit. */
export interface TokenRange {
  first: number;
  last: number;
}

/** Longer runs are sentences, not names: a bound that also keeps the walk linear. */
const MAX_PHRASE = 14;
/**
 * A subject may also say where its head works ("analysts at the bank", "officials in Kyiv"); after a verb the same
 * words start an adjunct ("told the BBC in an interview"), so only phrases read backwards from a verb take them.
 */
const SUBJECT_LINKS: ReadonlySet<string> = new Set([...NOUN_PHRASE_LINKS, 'at', 'in']);

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A link inside a subject at token k: one of SUBJECT_LINKS, or "to" after a serving noun ("an aide to the governor"). */
function isSubjectLink(tokens: readonly Token[], k: number): boolean {
  const normal = tokens[k]!.normal;
  return SUBJECT_LINKS.has(normal) || (normal === 'to' && servingNouns.has(tokens[k - 1]?.normal ?? ''));
}

const INSTITUTION_HEADS: ReadonlySet<string> = new Set(institutionWords);

/**
 * "Commission on Presidential Debates", "Committee on Foreign Affairs": a link that belongs to an institution's name
 * at token k, between its capitalised head (an institution word, by `isInstitution`) and a capitalised word that is
 * no day or month ("the Institute on Monday" is a time adjunct).
 */
export function isInstitutionNameLink(
  tokens: readonly Token[],
  k: number,
  isInstitution: (normal: string) => boolean = (normal) => INSTITUTION_HEADS.has(normal),
): boolean {
  const head = tokens[k - 1];
  const next = tokens[k + 1];
  if (!INSTITUTION_NAME_LINKS.has(tokens[k]!.normal) || head === undefined || next === undefined) return false;
  if (TIME_WORDS.has(next.normal) || MONTHS.has(next.normal)) return false;
  return isCapitalised(head.value) && isCapitalised(next.value) && isInstitution(head.normal);
}

function isPhraseWord(token: Token): boolean {
  return token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'NUM';
}

/**
 * A verb form that modifies the noun after it inside a phrase: a participle glued behind a hyphen ("Berlin-based",
 * "conservative-leaning"), an -ing form between a modifier and a noun ("chief operating officer", "the ruling
 * party"), or an -ed form right after an article or a number ("a registered Republican voter", "one unaligned
 * strategist"). The tagger reads all as verbs; a participle opening a clause ("citing documents") has neither
 * neighbour, and after a noun an -ed form is the clause's verb ("the mayor signed documents").
 */
function isModifierVerb(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (token.pos !== 'VERB' || k === 0) return false;
  const previous = tokens[k - 1]!;
  if (previous.value === '-' && gluedToNext(tokens, k - 1) && k > 1 && gluedToNext(tokens, k - 2)) return true;
  const next = tokens[k + 1];
  const modifierBefore = previous.pos === 'ADJ' || previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.pos === 'DET';
  if (next === undefined || !(next.pos === 'NOUN' || next.pos === 'PROPN')) return false;
  if (token.normal.endsWith('ing')) return modifierBefore;
  return token.normal.endsWith('ed') && (ARTICLES.includes(previous.normal) || previous.pos === 'NUM');
}

const NOT_IN_NAMES: ReadonlySet<string> = new Set(['PUNCT', 'ADP', 'DET', 'CCONJ', 'SCONJ', 'PRON', 'PART', 'SYM', 'AUX']);

/**
 * The tagger misreads some words of names ("the Lisbon Herald/VERB", "Die/VERB Welt"): a capitalised word next to a
 * name is part of it, unless it is a word that opens a clause ("When Lopez asked …").
 */
function isNameWord(token: Token, neighbour: Token | undefined): boolean {
  return neighbour !== undefined && neighbour.pos === 'PROPN' && isCapitalised(token.value) && !NOT_IN_NAMES.has(token.pos) && !CLAUSE_OPENING_WORDS.has(token.normal);
}

/**
 * The noun phrase that ends at token `last`, walking back: a subject pronoun alone, or determiners, adjectives,
 * nouns and names, with possessives ("Ukraine’s Foreign Ministry"), glued pieces ("Secretary-General") and
 * "of"/"for"/"from" between nouns ("the chief of France’s Armed Forces", "the senator from Ohio"). A determiner and an adjective count too: the
 * tagger reads some nouns as adjectives ("the general"). Null when `last` cannot end a phrase.
 */
export function phraseEndingAt(tokens: readonly Token[], last: number, floor = 0): TokenRange | null {
  const end = tokens[last];
  if (end === undefined || last < floor) return null;
  if (SUBJECT_PRONOUNS.has(end.normal) && end.pos === 'PRON') return { first: last, last };
  if (end.pos === 'ADJ' && last - 1 >= floor && tokens[last - 1]!.pos === 'DET') return { first: last - 1, last };
  // The tagger reads some head nouns after a noun as adjectives ("the finance chief").
  const compoundHead = end.pos === 'ADJ' && last - 1 >= floor && (tokens[last - 1]!.pos === 'NOUN' || tokens[last - 1]!.pos === 'PROPN');
  if (!isNounLike(end) && !compoundHead && !(end.pos === 'NUM' && isCapitalised(end.value))) return null;
  let first = last;
  for (let k = last - 1; k >= floor && last - k < MAX_PHRASE; k--) {
    const token = tokens[k]!;
    if (gluedToNext(tokens, k) && k > floor && gluedToNext(tokens, k - 1) && /^[.\-&]$/.test(token.value)) {
      first = k;
      // "far-right", "just-released", "46-year-old": the word glued before a hyphen belongs to the compound, whatever its tag.
      if (token.value === '-' && HAS_LETTER_OR_DIGIT.test(tokens[k - 1]!.value)) {
        first = k - 1;
        k--;
      }
      continue;
    }
    if (isPhraseWord(token) || isNameWord(token, tokens[k + 1]) || isModifierVerb(tokens, k)) {
      first = k;
      continue;
    }
    if (POSSESSIVE_MARKS.has(token.normal) && isNounLike(tokens[k - 1])) {
      first = k;
      continue;
    }
    if (nameParticles.has(token.value) && isNameSide(tokens[k + 1]) && isNameSide(tokens[k - 1])) {
      first = k;
      continue;
    }
    if ((isSubjectLink(tokens, k) && (isNounLike(tokens[k - 1]) || tokens[k - 1]?.pos === 'ADJ')) || isInstitutionNameLink(tokens, k)) {
      first = k;
      continue;
    }
    if (NOUN_PHRASE_DETERMINERS.has(token.normal) && (token.pos === 'DET' || token.pos === 'PRON' || token.pos === 'NUM')) {
      first = k;
      const link = tokens[k - 1];
      const head = tokens[k - 2];
      const partitive = head !== undefined && link?.normal === 'of' && isPartitiveHead(head);
      if (k - 2 >= floor && link && isSubjectLink(tokens, k - 1) && (isNounLike(head) || head?.pos === 'ADJ' || partitive)) {
        first = k - 1;
        k--;
        continue;
      }
    }
    break;
  }
  while (first < last && (SUBJECT_LINKS.has(tokens[first]!.normal) || tokens[first]!.normal === 'to')) first++;
  return { first, last };
}

/** Whom a cue addresses, starting at token `first`: an object pronoun ("told me that") or a noun phrase. */
export function addresseeAt(tokens: readonly Token[], first: number, limit = tokens.length): TokenRange | null {
  if (first < limit && OBJECT_PRONOUNS.has(tokens[first]!.normal)) return { first, last: first };
  return phraseStartingAt(tokens, first, limit);
}

/** "one of the advisers", "some of his aides", "two of them": a word of quantity before "of" heads the phrase. */
function isPartitiveHead(token: Token): boolean {
  return PARTITIVES.has(token.normal) || ONE_OF_SEVERAL.has(token.normal) || token.pos === 'NUM';
}

/** The noun phrase that starts at token `first`, walking forward with the same word classes. */
export function phraseStartingAt(tokens: readonly Token[], first: number, limit = tokens.length): TokenRange | null {
  let k = first;
  if (k >= limit) return null;
  const head = tokens[k]!;
  if (SUBJECT_PRONOUNS.has(head.normal) && head.pos === 'PRON') return { first, last: first };
  let last = -1;
  if (NOUN_PHRASE_DETERMINERS.has(head.normal)) {
    if (tokens[k + 1]?.normal === 'of' && isPartitiveHead(head)) last = k;
    k++;
  }
  for (; k < limit && k - first < MAX_PHRASE; k++) {
    const token = tokens[k]!;
    if (isPhraseWord(token) || isNameWord(token, tokens[k - 1])) {
      // The last word of a compound ends a phrase too ("the 46-year-old").
      const compoundEnd = tokens[k - 1]?.value === '-' && gluedToNext(tokens, k - 1);
      if (isNounLike(token) || token.pos === 'NUM' || !isPhraseWord(token) || compoundEnd) last = k;
      continue;
    }
    if (k > first && isModifierVerb(tokens, k)) continue;
    if (/^[.\-&]$/.test(token.value) && gluedToNext(tokens, k) && k > 0 && gluedToNext(tokens, k - 1)) continue;
    // "a just-released poll", "far-right groups": a word glued before a hyphen opens a compound, whatever its tag.
    if (tokens[k + 1]?.value === '-' && gluedToNext(tokens, k) && gluedToNext(tokens, k + 1)) continue;
    if (POSSESSIVE_MARKS.has(token.normal) && last === k - 1) continue;
    if (isInstitutionNameLink(tokens, k) && last === k - 1) continue;
    if (NOUN_PHRASE_LINKS.has(token.normal) && last === k - 1 && isPhraseStart(tokens[k + 1]) && linksFromName(tokens, k)) {
      if (NOUN_PHRASE_DETERMINERS.has(tokens[k + 1]!.normal)) k++;
      continue;
    }
    break;
  }
  return last >= first ? { first, last } : null;
}

/**
 * After a name, a link leads on only to another name ("Jane Roe of the Harbour Party"), not to what is said of her
 * ("said Jane Roe of her role").
 */
function linksFromName(tokens: readonly Token[], link: number): boolean {
  if (tokens[link - 1]!.pos !== 'PROPN') return true;
  const next = NOUN_PHRASE_DETERMINERS.has(tokens[link + 1]?.normal ?? '') ? tokens[link + 2] : tokens[link + 1];
  return next !== undefined && isCapitalised(next.value);
}

function isPhraseStart(token: Token | undefined): boolean {
  return token !== undefined && (NOUN_PHRASE_DETERMINERS.has(token.normal) || isPhraseWord(token));
}

/** True when the range holds a proper name or a personal pronoun: something that can be a speaker on its own. */
export function namesSomeone(tokens: readonly Token[], range: TokenRange): boolean {
  for (let k = range.first; k <= range.last; k++) {
    const token = tokens[k]!;
    if (token.pos === 'PROPN' || (token.pos === 'PRON' && SUBJECT_PRONOUNS.has(token.normal))) return true;
  }
  return false;
}

/** A capitalised word or another particle: what may stand on either side of "van", "von", "der" in a name. */
function isNameSide(token: Token | undefined): boolean {
  return token !== undefined && (isCapitalised(token.value) || nameParticles.has(token.value));
}
