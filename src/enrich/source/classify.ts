import { capitalise } from '../../core/capitalised.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../lang/en/calendar.js';
import type { OutletLexicon } from '../../lang/en/outlets.js';
import type { NameCandidate } from './name.js';

/**
 * How much a slot says by itself: after "told", "in an interview with" or "as reported by" a plain name is an
 * outlet unless it is a person or a place (`strong`); after "according to", "per", "citing" or before "reported"
 * it could as well be a person or an institution, so the name must look like an outlet (`weak`).
 */
export type SlotStrength = 'strong' | 'weak';

/** What the article says about a name, beyond the slot it stands in. */
export interface NameEvidence {
  /** The name is credited in a strong slot elsewhere in the article. */
  creditedElsewhere(name: string): boolean;
  /** The name is a person's: a title or a first name stands before it somewhere, or a speaker bears it. */
  isPerson(word: string): boolean;
  isPlace(name: string): boolean;
}

const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u;
const DOMAIN = /\.(?:\p{L}{2,4})$/u;
/** Weekday and month names as a name's words are written: "Monday", "January", "Sept", "Sept.". */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  [
    ...WEEKDAY_NAMES.map(({ name }) => name),
    ...MONTH_NAMES.flatMap(({ name, abbreviations }) => [name, ...abbreviations, ...abbreviations.map((abbreviation) => `${abbreviation}.`)]),
  ].map(capitalise),
);

export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}

/** Tokens of a name without a leading "The". */
export function coreTokens(candidate: NameCandidate): string[] {
  return candidate.tokens[0] === 'The' ? candidate.tokens.slice(1) : candidate.tokens;
}

/** Signs in the name itself that it is an outlet: a head noun, a title's "The", a newspaper word, a foreign article, a domain. */
export function looksLikeOutlet(candidate: NameCandidate, lexicon: OutletLexicon): boolean {
  const tokens = coreTokens(candidate);
  if (candidate.headNoun || candidate.titled) return true;
  // A newspaper word alone names no paper ("Press secretary Jane Roe said"); "The Times" comes titled.
  if (tokens.length > 1 && tokens.some((token) => lexicon.nameWords.includes(token))) return true;
  if (tokens.length > 1 && lexicon.foreignArticles.includes(tokens[0]!)) return true;
  return tokens.length === 1 && DOMAIN.test(tokens[0]!);
}

/** Whether a named candidate in a slot of the given strength is an outlet. */
export function isOutletName(
  candidate: NameCandidate,
  strength: SlotStrength,
  lexicon: OutletLexicon,
  evidence: NameEvidence,
): boolean {
  const tokens = coreTokens(candidate);
  if (tokens.length === 0 || candidate.indefinite) return false;
  const core = tokens.join(' ');
  if (tokens.some((token) => lexicon.titleWords.includes(token) || lexicon.institutionWords.includes(token))) return false;
  if (tokens.some((token) => CALENDAR_WORDS.has(token))) return false;
  if (evidence.isPlace(core) || (tokens.length > 1 && evidence.isPlace(tokens[0]!) && !looksLikeOutlet(candidate, lexicon))) {
    return false;
  }
  if (tokens.length === 1 && evidence.isPerson(core)) return false;
  if (looksLikeOutlet(candidate, lexicon) || evidence.creditedElsewhere(core)) return true;
  if (strength === 'strong') return tokens.length === 1 || candidate.definite;
  return tokens.length === 1 && !isAcronym(core);
}
