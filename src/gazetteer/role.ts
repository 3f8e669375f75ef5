import type { Span } from '../core/schema.js';
import { isCapitalised } from '../core/capitalised.js';
import { ARTICLES, POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS } from '../lang/en/words.js';
import { joinTokens, type WordToken } from '../core/tokens.js';
import { matchPlaceAt } from './country.js';
import type { RoleWords } from '../lang/en/speakers.js';
import { EMPLOYER_LINKS, ROLE_LINKS, TIME_OPENERS } from '../lang/en/grammar.js';
import { membershipNouns, PUBLIC_BODY_WORDS } from '../lang/en/institutions.js';

/** A headline or press abbreviation of an office ("FM" → "Foreign Minister"). */
export interface RoleAbbreviation {
  abbreviation: string;
  role: string;
}

export const roleAbbreviations: readonly RoleAbbreviation[] = [
  { abbreviation: 'FM', role: 'Foreign Minister' },
  { abbreviation: 'PM', role: 'Prime Minister' },
  { abbreviation: 'DM', role: 'Defense Minister' },
  { abbreviation: 'VP', role: 'Vice President' },
  { abbreviation: 'Pres.', role: 'President' },
  { abbreviation: 'Sec.', role: 'Secretary' },
  { abbreviation: 'Sen.', role: 'Senator' },
  { abbreviation: 'Rep.', role: 'Representative' },
  { abbreviation: 'Gov.', role: 'Governor' },
  { abbreviation: 'Gen.', role: 'General' },
  { abbreviation: 'Adm.', role: 'Admiral' },
  { abbreviation: 'Col.', role: 'Colonel' },
  { abbreviation: 'Lt.', role: 'Lieutenant' },
  { abbreviation: 'Amb.', role: 'Ambassador' },
  { abbreviation: 'Atty. Gen.', role: 'Attorney General' },
  // Ranks as British style writes them, without a full stop ("Lt Col").
  { abbreviation: 'Gen', role: 'General' },
  { abbreviation: 'Adm', role: 'Admiral' },
  { abbreviation: 'Col', role: 'Colonel' },
  { abbreviation: 'Lt', role: 'Lieutenant' },
  { abbreviation: 'Maj', role: 'Major' },
  { abbreviation: 'Capt', role: 'Captain' },
  { abbreviation: 'Sgt', role: 'Sergeant' },
];

export type { RoleWords } from '../lang/en/speakers.js';

export interface RoleReading {
  role: string;
  span: Span;
}

/** Determiners a role phrase drops before its office ("his deputy", "the minister"). */
const ROLE_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS]);
const POSSESSIVE_S = /^['’]s?$/;

/**
 * Party labels before a title say who the officer sides with, not the office ("Republican Senator" → "Senator"),
 * the way a country adjective says whose office it is. Users extend the list through their own role words.
 */
export const partyLabels: readonly string[] = [
  'republican', 'democratic', 'democrat', 'conservative', 'labour', 'liberal', 'socialist', 'green', 'independent',
  'gop', 'tory', 'centrist', 'far-right', 'far-left', 'populist', 'nationalist', 'communist',
];
const PARTY_LABELS: ReadonlySet<string> = new Set(partyLabels);

/** A party label, or its plural ("Republicans' negotiator"). */
function isPartyLabel(word: string): boolean {
  return PARTY_LABELS.has(word) || (word.endsWith('s') && PARTY_LABELS.has(word.slice(0, -1)));
}

/**
 * Drops party labels with what makes them a name or an owner: "Labour's shadow transport secretary" and "Green Party
 * spokesman" → "shadow transport secretary", "spokesman".
 */
function withoutPartyLabels(tokens: readonly WordToken[]): WordToken[] {
  const kept: WordToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isPartyLabel(tokens[i]!.value.toLowerCase())) {
      kept.push(tokens[i]!);
      continue;
    }
    if (tokens[i + 1]?.value.toLowerCase() === 'party') i++;
    if (POSSESSIVE_S.test(tokens[i + 1]?.value ?? '')) i++;
  }
  return kept;
}

let abbreviations: ReadonlyMap<string, string> | undefined;

/** The office an abbreviation stands for, or null ("FM" → "Foreign Minister"). */
export function expandRoleAbbreviation(word: string, lexicon: readonly RoleAbbreviation[] = roleAbbreviations): string | null {
  if (lexicon === roleAbbreviations) {
    abbreviations ??= new Map(roleAbbreviations.map((entry) => [entry.abbreviation, entry.role]));
    return abbreviations.get(word) ?? null;
  }
  return lexicon.find((entry) => entry.abbreviation === word)?.role ?? null;
}

/** Drops a leading determiner and any country named at the start, with its possessive ("Ukraine’s", "German", "U.K."). */
function withoutCountryPrefix(tokens: readonly WordToken[], keepBodies: boolean): WordToken[] {
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (ROLE_DETERMINERS.has(token.value.toLowerCase())) {
      i++;
      continue;
    }
    const place = matchPlaceAt(tokens, i);
    if (place === null || place.kind === 'seat') break;
    const after = place.possessive ? place.last + 2 : place.last + 1;
    // A body before a lower-case descriptor is part of the office ("EU foreign policy chief"); before a formal
    // title it only says whose office it is ("NATO Secretary-General").
    if (place.kind === 'body' && keepBodies && !isCapitalised(tokens[after]?.value ?? '')) break;
    // One of a body's institutions is part of the office ("European Parliament President"); the body's own name is not.
    if (place.kind === 'body' && keepBodies && isBodyInstitution(tokens.slice(place.first, place.last + 1), place.country)) break;
    i = after;
  }
  return tokens.slice(i);
}

/** "European Parliament", "Security Council": a form of several words that is not the body's own name. */
function isBodyInstitution(tokens: readonly WordToken[], body: string): boolean {
  return tokens.length > 1 && joinTokens(tokens) !== body;
}

/** Drops country adjectives inside a title too ("former German Chancellor" → "former Chancellor"). */
function withoutDemonyms(tokens: readonly WordToken[]): WordToken[] {
  const kept: WordToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const place = matchPlaceAt(tokens, i);
    if (place !== null && place.kind === 'demonym') {
      i = place.last;
      continue;
    }
    kept.push(tokens[i]!);
  }
  return kept;
}

/** "of Ukraine", "of the United States": a country named whole after "of", which says whose the office is. */
function isOfCountry(tokens: readonly WordToken[]): boolean {
  let first = 0;
  while (first < tokens.length && tokens[first]!.value.toLowerCase() === 'the') first++;
  const place = matchPlaceAt(tokens, first);
  return place !== null && place.kind === 'name' && place.last === tokens.length - 1;
}

/** Drops a closing "of <country>" ("Deputy Head of the Office of Ukraine" → "Deputy Head of the Office"). */
function withoutCountrySuffix(tokens: readonly WordToken[]): readonly WordToken[] {
  for (let i = tokens.length - 2; i > 0; i--) {
    if (tokens[i]!.value.toLowerCase() !== 'of') continue;
    return isOfCountry(tokens.slice(i + 1)) ? tokens.slice(0, i) : tokens;
  }
  return tokens;
}

/**
 * The role a title before a name states, without the country and the name: "German Foreign Minister" →
 * "Foreign Minister", "Ukraine’s President" → "President", "EU foreign policy chief" stays, "NATO
 * Secretary-General" → "Secretary-General", "German FM" → "Foreign Minister", "High school math teacher" stays.
 * Honorifics alone give null.
 */
export function roleFromTitle(tokens: readonly WordToken[], words: RoleWords): RoleReading | null {
  const kept = withoutCommonOwner(withoutOwnerNoun(
    withoutPartyLabels(withoutDemonyms(withoutCountryPrefix(withoutCountrySuffix(withoutAge(tokens)), true))).filter(
      (token, i) => !words.isHonorific(token.value.toLowerCase()) && !(i === 0 && ROLE_DETERMINERS.has(token.value.toLowerCase())),
    ),
    words,
  ));
  if (kept.length === 0) return null;
  const office = kept.some((token) => words.isOffice(token.value.toLowerCase()) || expandRoleAbbreviation(token.value) !== null);
  if (!office && !endsInFunction(kept, words) && !endsInFalseTitle(kept, words) && !endsInBodySeat(kept)) return null;
  const span = { start: kept[0]!.start, end: kept[kept.length - 1]!.end };
  const role = joinTokens(kept.map((token) => ({ value: expandRoleAbbreviation(token.value) ?? token.value, start: token.start, end: token.end })));
  return { role, span };
}

/** "46-year-old" as the tokenizer splits it: a number, then glued "-", "year", "-", "old". */
const AGE_COMPOUND_TOKENS = 5;

/**
 * "the 46-year-old mayor" → "mayor": an age before an office says how old its holder is, not what the office is.
 * Returns the index after an age compound starting at `first`, else `first`.
 */
function afterAge(tokens: readonly WordToken[], first: number): number {
  const age = tokens.slice(first, first + AGE_COMPOUND_TOKENS);
  if (age.length < AGE_COMPOUND_TOKENS || !/^\d{1,3}$/.test(age[0]!.value) || age[AGE_COMPOUND_TOKENS - 1]!.value.toLowerCase() !== 'old') return first;
  for (let k = 1; k < AGE_COMPOUND_TOKENS; k++) if (age[k]!.start !== age[k - 1]!.end) return first;
  return first + AGE_COMPOUND_TOKENS;
}

function withoutAge(tokens: readonly WordToken[]): readonly WordToken[] {
  const first = tokens.length > 0 && ROLE_DETERMINERS.has(tokens[0]!.value.toLowerCase()) ? 1 : 0;
  const after = afterAge(tokens, first);
  return after === first ? tokens : [...tokens.slice(0, first), ...tokens.slice(after)];
}

/** "math teacher", "veteran goalkeeper": a lower-case function noun written before a name, as offices are. */
export function endsInFunction(tokens: readonly WordToken[], words: RoleWords): boolean {
  const head = tokens[tokens.length - 1];
  return head !== undefined && !isCapitalised(head.value) && (words.isFunction?.(head.value) ?? false);
}

const MEMBERSHIP_NOUNS: ReadonlySet<string> = new Set(membershipNouns);

/** "Council member", "city council member": a membership noun right after a public body's word is a seat in it. */
function endsInBodySeat(tokens: readonly WordToken[]): boolean {
  const head = tokens[tokens.length - 1];
  const body = tokens[tokens.length - 2];
  return head !== undefined && body !== undefined && MEMBERSHIP_NOUNS.has(head.value.toLowerCase()) && PUBLIC_BODY_WORDS.has(body.value.toLowerCase());
}

/** "a member of the city council": a membership noun whose complement ends in a public body's word. */
function isSeatOf(head: string, complement: readonly WordToken[]): boolean {
  const last = complement[complement.length - 1];
  return MEMBERSHIP_NOUNS.has(head) && last !== undefined && PUBLIC_BODY_WORDS.has(last.value.toLowerCase());
}

/** "Actor", "former Billionaire": a title that ends in a false title, capitalised as the title before a name is. */
function endsInFalseTitle(tokens: readonly WordToken[], words: RoleWords): boolean {
  const head = tokens[tokens.length - 1];
  return head !== undefined && (words.isFalseTitle?.(head.value.toLowerCase()) ?? false);
}

/**
 * The role an apposition states, in title form: "a spokeswoman for the Ruritanian Interior Ministry" →
 * "Interior Ministry spokeswoman"; "the chief of France’s Armed Forces" → "chief of the Armed Forces"; "deputy
 * head of the president’s office" stays as written. Null when the phrase is no office ("a key player").
 */
export function roleFromApposition(input: readonly WordToken[], words: RoleWords): RoleReading | null {
  const tokens = firstOffice(beforeRelativeClause(input), words);
  let first = 0;
  while (first < tokens.length && ROLE_DETERMINERS.has(tokens[first]!.value.toLowerCase())) first++;
  first = afterAge(tokens, first);
  const link = tokens.findIndex((token, i) => i > first && ROLE_LINKS.has(token.value.toLowerCase()));
  const headTokens = withoutCommonOwner(withoutDemonyms(withoutCountryPrefix(tokens.slice(first, link === -1 ? tokens.length : link), false)));
  const head = headTokens[headTokens.length - 1];
  if (head === undefined) return null;
  const headWord = head.value.toLowerCase();
  const linkWord = link === -1 ? null : tokens[link]!.value.toLowerCase();
  const complement = link === -1 ? [] : untilTimePhrase(tokens.slice(link + 1));
  const seat = endsInBodySeat(headTokens) || (linkWord === 'of' && isSeatOf(headWord, complement));
  if (!words.isOffice(headWord) && !(words.isFunction?.(headWord) ?? false) && !seat) return null;
  if (linkWord === null) return { role: joinTokens(headTokens), span: { start: headTokens[0]!.start, end: head.end } };
  if (linkWord === 'of' && isOfCountry(complement)) return { role: joinTokens(headTokens), span: { start: headTokens[0]!.start, end: head.end } };
  const span = { start: headTokens[0]!.start, end: (complement[complement.length - 1] ?? tokens[link]!).end };
  const employer = withoutCountryPrefix(complement, false);
  if (EMPLOYER_LINKS.has(linkWord) && employer.length > 0 && employer.every((token) => isCapitalised(token.value))) {
    return { role: `${joinTokens(employer)} ${joinTokens(headTokens)}`, span };
  }
  return { role: `${joinTokens(headTokens)} ${linkWord} ${ownerPhrase(complement)}`, span };
}

/**
 * "the company’s chief operating officer" → "chief operating officer": a possessive common noun before the office
 * says whose staff, which the article named before; a capitalised owner stays ("Merkel’s spokesman").
 */
function withoutCommonOwner(tokens: readonly WordToken[]): readonly WordToken[] {
  const owner = tokens[0];
  if (owner === undefined || isCapitalised(owner.value) || tokens.length < 3 || !POSSESSIVE_S.test(tokens[1]!.value)) return tokens;
  return tokens.slice(2);
}

/** "a former adviser to the campaign who said she would march": the clause tells what the holder did, not the office. */
function beforeRelativeClause(tokens: readonly WordToken[]): readonly WordToken[] {
  const end = tokens.findIndex((token, i) => i > 0 && RELATIVE_PRONOUNS.has(token.value.toLowerCase()));
  return end === -1 ? tokens : tokens.slice(0, end);
}

const YEAR = /^\d{4}$/;

/** An office ends before a time phrase or a bracket ("on the Security Council (SC)"): the acronym is no part of it. */
function untilTimePhrase(tokens: readonly WordToken[]): readonly WordToken[] {
  const end = tokens.findIndex((token, i) => i > 0 && (TIME_OPENERS.has(token.value.toLowerCase()) || YEAR.test(token.value) || token.value === '('));
  return end === -1 ? tokens : tokens.slice(0, end);
}

/** "the argument of Rep.": words before an "of" that are no office say whose, not what office ("Secretary of State" stays). */
function withoutOwnerNoun(tokens: readonly WordToken[], words: RoleWords): readonly WordToken[] {
  for (let i = tokens.length - 2; i > 0; i--) {
    if (tokens[i]!.value.toLowerCase() !== 'of') continue;
    return tokens.slice(0, i).some((token) => words.isOffice(token.value.toLowerCase())) ? tokens : tokens.slice(i + 1);
  }
  return tokens;
}

/**
 * "the MP for Leeds North and chair of the committee": of two offices joined by "and", the first is the role; two
 * titles that share one complement are one role ("president and chief operating officer of X").
 */
function firstOffice(tokens: readonly WordToken[], words: RoleWords): readonly WordToken[] {
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i]!.value.toLowerCase() !== 'and') continue;
    if (!tokens.slice(0, i).some((token) => ROLE_LINKS.has(token.value.toLowerCase()))) return tokens;
    const next = tokens.slice(i + 1, i + 3).map((token) => token.value.toLowerCase());
    if (next.some((word) => words.isOffice(word))) return tokens.slice(0, i);
  }
  return tokens;
}

/** "France’s Armed Forces" → "the Armed Forces", "the Russian Foreign Ministry" → "the Foreign Ministry": the country goes, the office stays. */
function ownerPhrase(tokens: readonly WordToken[]): string {
  const definite = tokens[0] !== undefined && tokens[0].value.toLowerCase() === 'the';
  const rest = withoutCountryPrefix(tokens, false);
  if (rest.length === tokens.length) return joinTokens(tokens);
  if (rest.length === 0) return joinTokens(tokens);
  const droppedPossessive = tokens.some((token, i) => POSSESSIVE_S.test(token.value) && i < tokens.length - rest.length);
  return `${definite || droppedPossessive ? 'the ' : ''}${joinTokens(rest)}`;
}
