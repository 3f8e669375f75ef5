import type { Span } from '../core/schema.js';
import type { Sentence, Token, WordToken } from '../core/tokens.js';
import { afterDateline } from '../attribution/dateline.js';
import { labelCountry, lookupPlace, placeAfter, placeReferences, type PlaceReference } from '../gazetteer/country.js';
import { PUBLIC_BODY_WORDS } from '../lang/en/institutions.js';
import { TARGET_PREPOSITIONS } from '../lang/en/words.js';
import { privateRoleWords } from '../lang/en/national-labels.js';
import { bestRole, type EntityDraft } from './entity-draft.js';
import { COMPANY } from './phrase.js';

/** The country (or supranational body) an article is about, and where it is first named. */
export interface ArticleCountry {
  country: string;
  span: Span;
  /** A supranational body ("European Union"): its officers and institutions belong to it, unnamed groups do not. */
  body: boolean;
}

/** An article is about one country when it names it this often … */
const MIN_VOTES = 2;
/** … and this share of all its national references is that country's: else it is about several. */
const MIN_SHARE = 0.7;

interface Tally {
  count: number;
  /** The first reference. */
  span: Span;
  body: boolean;
}

const PRIVATE_ROLE_WORDS: ReadonlySet<string> = new Set(privateRoleWords);

/**
 * The country of a domestic story: the one its places, demonyms, seats of government, party labels
 * ("Republicans", "Tory") and one-country offices ("congresswoman") name most (a place after "to", "with",
 * "against" is the story's target or partner, not its home: "aid to Ukraine"), when it is named at least
 * MIN_VOTES times and holds MIN_SHARE of all such references. Supranational bodies vote too, so a story about the
 * EU's members is about none of them. A place spelt as the surname of someone named in full ("Lima" after "Joana
 * Lima") does not vote. Linear in the tokens.
 */
export function articleCountry(sentences: readonly Sentence[], surnames: ReadonlySet<string> = new Set()): ArticleCountry | null {
  const votes = new Map<string, Tally>();
  let total = 0;
  const vote = (country: string, span: Span, body = false): void => {
    const entry = votes.get(country);
    if (entry === undefined) votes.set(country, { count: 1, span, body });
    else entry.count += 1;
    total += 1;
  };
  for (const sentence of sentences) {
    for (const place of datelinePlaces(sentence.tokens)) vote(place.country, place.span, place.kind === 'body');
    for (const place of placeReferences(sentence.tokens)) {
      if (place.first === place.last && surnames.has(sentence.tokens[place.first]!.value)) continue;
      if (!placeAfter(sentence.tokens, place, TARGET_PREPOSITIONS)) vote(place.country, place.span, place.kind === 'body');
    }
    for (const token of sentence.tokens) {
      const country = labelCountry(token, sentence.tokens[token.index - 1]);
      if (country !== null) vote(country, { start: token.start, end: token.end });
    }
  }
  let best: (Tally & { country: string }) | null = null;
  for (const [country, entry] of votes) {
    if (best === null || entry.count > best.count || (entry.count === best.count && entry.span.start < best.span.start)) best = { country, ...entry };
  }
  if (best === null || best.count < MIN_VOTES || best.count < total * MIN_SHARE) return null;
  return { country: best.country, span: best.span, body: best.body };
}

const HAS_LETTER = /\p{L}/u;

/**
 * "LISBON —", "KUALA LUMPUR, May 2 (Reuters) —": the place of a wire dateline, which is written in capitals that the
 * place index does not hold, read in title case. Most sentences fail the dateline test on their first word.
 */
function datelinePlaces(tokens: readonly Token[]): PlaceReference[] {
  const end = afterDateline(tokens, 0);
  if (end === 0) return [];
  const words = tokens.slice(0, end).map(({ value, start, end: wordEnd }): WordToken => {
    const capitals = HAS_LETTER.test(value) && value === value.toUpperCase();
    return { value: capitals ? value[0] + value.slice(1).toLowerCase() : value, start, end: wordEnd };
  });
  return placeReferences(words);
}

/**
 * Who speaks for the article's country when their own words name none: its public institutions (not its
 * companies), its office holders (not a company's officers), and its unnamed groups of people or organisations
 * (of a nation, not of a body: "several tech companies" in a story about the EU are no part of it).
 */
export function takesArticleCountry(entity: EntityDraft, article: ArticleCountry): boolean {
  if (entity.type === 'anonymous' || isUnnamedGroup(entity)) return !article.body;
  if (entity.type === 'organization') {
    return entity.mentions.some((mention) => mention.kind === 'institution') && !entity.mentions.some((mention) => mention.descriptor === COMPANY);
  }
  if (entity.type !== 'person') return false;
  const role = bestRole(entity);
  if (role === null || role.roleStrength < 2 || role.role === null) return false;
  return !role.role.toLowerCase().split(ROLE_WORD_BREAK).some((word) => PRIVATE_ROLE_WORDS.has(word)) && !privateEmployer(role.role);
}

const ROLE_WORD_BREAK = /[\s,]+/;
/** The employer a role names after "at": "vice president of sales at Acme Orbital" → "Acme Orbital". */
const EMPLOYER_AFTER_AT = / at (?:the )?(\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*)*)$/u;

/**
 * "vice president of sales at Acme Orbital": an office at an employer named without any word of a public body
 * ("Ministry", "Agency", "Council") or a place is a company's or a private group's, which speaks for no state.
 */
function privateEmployer(role: string): boolean {
  const employer = EMPLOYER_AFTER_AT.exec(role)?.[1];
  if (employer === undefined || lookupPlace(employer) !== null) return false;
  return !employer.split(' ').some((word) => PUBLIC_BODY_WORDS.has(word.toLowerCase()) || lookupPlace(word) !== null);
}
const UPPER = /\p{Lu}/u;

/** "several tech companies", "teachers unions": organisations never named, nor pointed back to with "the". */
function isUnnamedGroup(entity: EntityDraft): boolean {
  return entity.type === 'organization' && entity.mentions.every((mention) => !mention.definite && !UPPER.test(mention.name));
}
