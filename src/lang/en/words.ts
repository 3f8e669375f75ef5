import type { Token } from '../../core/tokens.js';
import { DOTTED_MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from './calendar.js';

/** Word classes the phrase finders share. Lower-case normal forms. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
/** Pronouns that stand as whom someone tells ("told me that", "told everyone that"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'me', 'us', 'him', 'her', 'them', 'you', 'everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody',
]);

/**
 * English determiners by class. Each reader composes the set it needs from these, so a word added to a class
 * reaches every reader that takes the class.
 */
export const ARTICLES: readonly string[] = ['the', 'a', 'an'];
export const DEMONSTRATIVES: readonly string[] = ['this', 'these', 'those'];
/** "his", "its": they point at someone already named, as a speaker's own organisation does ("its spokesman"). */
export const THIRD_PERSON_POSSESSIVES: readonly string[] = ['his', 'her', 'their', 'its'];
export const FIRST_PERSON_POSSESSIVES: readonly string[] = ['our', 'my'];
export const POSSESSIVE_DETERMINERS: readonly string[] = [...THIRD_PERSON_POSSESSIVES, ...FIRST_PERSON_POSSESSIVES, 'your'];
export const QUANTIFIERS: readonly string[] = ['some', 'several', 'many'];
/** "a", "an": one of a kind, not yet named ("a nurse", "an Ohio Republican"). */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** "one resident", "another Democrat": one person picked out of several, unnamed. */
export const ONE_OF_SEVERAL: ReadonlySet<string> = new Set(['one', 'another']);
/** Counts written as words before a group ("two officials"). */
export const PLURAL_NUMERALS: readonly string[] = ['two', 'three'];

/**
 * Words that open a noun phrase, for the phrase finders. Not "your": a phrase addressed to the reader ("your
 * doctor") is not read as naming someone.
 */
export const NOUN_PHRASE_DETERMINERS: ReadonlySet<string> = new Set([
  ...ARTICLES, ...DEMONSTRATIVES, ...THIRD_PERSON_POSSESSIVES, ...FIRST_PERSON_POSSESSIVES, ...QUANTIFIERS,
  ...PLURAL_NUMERALS, ...ONE_OF_SEVERAL, 'both',
]);
export const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES.map(({ name }) => name));
/** Month tokens as the tokenizer gives them: full names and dotted abbreviations. */
export const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES.map(({ name }) => name), ...DOTTED_MONTH_ABBREVIATIONS]);
/** Time words that may sit between a speaker and the cue, or right after the cue ("said Tuesday"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS, 'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'previously', 'again', 'also',
]);
/** Words that open an adjunct after a cue rather than its complement ("said on May 14", "reports referring to"). */
export const ADJUNCT_OPENERS: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'as', 'per', 'referring', 'citing', 'according', 'late', 'later',
  'earlier', 'last', 'this', 'yesterday', 'today', 'tonight', 'through', 'via', 'by', 'from', 'while', 'when', 'with',
  'to', 'of', 'for', 'ahead', 'following', 'speaking', 'adding', 'saying', 'noting', 'early', 'recently', 'over',
  ...WEEKDAYS,
]);
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'did', 'does', 'do', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall',
  "'s", '’s', "'ve", "'d", "'ll",
]);
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'re", "'m"]);
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never']);
export const QUOTE_TOKENS: ReadonlySet<string> = new Set(['"', '“', '”', '„', '«', '»', '‹', '›', "'", '‘', '’', '‚', "''"]);
export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '…']);

const ADJUNCT_POS: ReadonlySet<string> = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'ADV']);

/** A word of an adjunct after a cue: "on Monday", "with a telling side-by-side" (a hyphen inside a compound too). */
export function isAdjunctWord(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (token.value === '-') return k > 0 && gluedToNext(tokens, k - 1) && gluedToNext(tokens, k);
  return ADJUNCT_POS.has(token.pos) && !isComma(token);
}

/** True when no space separates the token from the next one ("Nordpost" "." "Ee"). */
export function gluedToNext(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.start === tokens[i]!.end;
}

export function isNounLike(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'PROPN' || token.pos === 'NOUN');
}

export function isComma(token: Token | undefined): boolean {
  return token !== undefined && (token.value === ',' || token.value === ';');
}

/**
 * A dash standing alone between words, as a comma does ("the mayor – speaking at noon – said"), or a hyphen typed
 * for one, with spaces on both sides ("the agency - which runs the port - said").
 */
export function isDashAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (token === undefined) return false;
  if (DASH_TOKENS.has(token.value)) return true;
  return token.value === '-' && k > 0 && !gluedToNext(tokens, k - 1) && !gluedToNext(tokens, k);
}

const DASH_TOKENS: ReadonlySet<string> = new Set(['—', '–', '―', '--']);

export function isQuoteToken(token: Token | undefined): boolean {
  return token !== undefined && QUOTE_TOKENS.has(token.value);
}

/** An auxiliary, or a verb in no "-ing" form: a finite predicate can open here ("…, vetoed", "…, will"). */
export function isFiniteVerb(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'AUX' || (token.pos === 'VERB' && !token.normal.endsWith('ing')));
}
/** Lower-case words inside an institution's name, which its acronym skips ("Union of Baltic Ports" → "UBP"). */
export const INSTITUTION_NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'the', 'on', 'in']);
/** Pronouns that open a relative clause ("officials, who spoke …, said"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which']);
/** Prepositions before a place that make it a target or partner ("aid to Ukraine", "talks with Russia"), not a home. */
export const TARGET_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'into', 'with', 'against', 'on', 'over']);
/** A possessive ending written as its own token ("Smith" + "'s"). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
/** A place after these words is where or to whom, not whose ("ambassador to Ukraine", "troops in Kyiv"). */
export const NOT_OWNER_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'in', 'into', 'at', 'from', 'with', 'against', 'on', 'over']);
/** Words that join coordinated subjects ("A and B", "A or B"). */
export const SUBJECT_COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);
/** The noun for any holder of a state's office ("the official said"). */
export const GENERIC_OFFICIAL = 'official';
/**
 * Function words that stand capitalised before a name without belonging to it ("In Paris …", "But Roe said",
 * "According to Reuters", "Told of the plan, Roe …"): articles, demonstratives, prepositions, conjunctions and the
 * attribution openers. With `SENTENCE_ADVERBS`, what `opensBeforeName` recognises.
 */
export const NAME_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'in', 'on', 'at', 'by', 'from', 'with', 'for', 'to', 'of', 'and', 'but', 'as',
  'per', 'via', 'when', 'while', 'after', 'before', 'according', 'citing', 'told', 'said',
]);
/**
 * Capitalised at the start of a sentence, these open clauses, never names ("Now Ryan says …", "Furthermore Roe
 * argued …"): time and sequence adverbs and the conjunctive adverbs of English grammar.
 */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'now', 'then', 'still', 'yet', 'also', 'so', 'meanwhile', 'however', 'instead', 'later', 'earlier', 'today',
  'yesterday', 'separately', 'moreover', 'indeed', 'again', 'finally', 'first', 'next', 'last', 'here', 'there',
  'furthermore', 'additionally', 'besides', 'likewise', 'similarly', 'nevertheless', 'nonetheless', 'thus', 'hence',
  'therefore', 'consequently', 'accordingly', 'otherwise', 'further', 'subsequently', 'previously', 'recently',
]);

/** Adverbs that stand before the word they single out ("Even Jane Roe said", "Only Tom Lee voted"). */
export const FOCUS_ADVERBS: ReadonlySet<string> = new Set(['even', 'only', 'just', 'especially', 'particularly']);

/**
 * Whether a capitalised word opens a clause or phrase before a name rather than starting the name: "However" or
 * "According" does, "Ross" does not. Only the sentence-case form counts, so an acronym ("IN", "AT") stays a name.
 */
export function opensBeforeName(word: string): boolean {
  const lower = word.toLowerCase();
  if (word !== lower.charAt(0).toUpperCase() + lower.slice(1)) return false;
  return SENTENCE_ADVERBS.has(lower) || NAME_OPENERS.has(lower);
}

/**
 * Plural endings of agent nouns that no surname has ("Meteorologists", "Physicians"): a capitalised word ending so
 * at the head of a sentence names a group of people by their field.
 */
export const AGENT_PLURAL = /(?:ists|icians)$/;

/** A regular "-s" plural, not an "-ss" noun ("delegates", not "congress"). */
export const PLURAL_ENDING = /[^s]s$/;
