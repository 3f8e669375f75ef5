import { isCapitalised } from '../core/capitalised.js';
import { ARTICLES, FOCUS_ADVERBS, INDEFINITE_ARTICLES, ONE_OF_SEVERAL, THIRD_PERSON_POSSESSIVES, FIRST_PERSON_POSSESSIVES, INSTITUTION_NAME_CONNECTORS, PLURAL_NUMERALS, POSSESSIVE_MARKS, QUANTIFIERS, SENTENCE_ADVERBS } from '../lang/en/words.js';
import { countryOfLabel, countryOfPartyLabel, countryOfTitle, matchPlaceAt } from '../gazetteer/country.js';
import { endsInFunction, roleFromApposition, roleFromTitle } from '../gazetteer/role.js';
import { joinTokens } from '../core/tokens.js';
import type { Span } from '../core/schema.js';
import type { Token } from '../text/analyse.js';
import { institutionKey } from './institution-key.js';
import { nameParticles, partyMemberNouns, servingNouns, sourceFieldLinks, sourcePostmodifiers, type CompiledSpeakerLexicon } from '../lang/en/speakers.js';
import { loneNameMention, mentionWith, type Gender, type Mention, type MentionKind } from './mention.js';
import { FRACTION_WORDS, GROUP_QUANTIFIERS, AFFILIATION_LINKS, DESCRIBER_LINKS, GROUP_PRONOUNS, INSTITUTION_NAME_LINKS, JURISDICTION_LINKS, PLURAL_INSTITUTIONS, PROPORTION_HEDGES, PROPORTION_LINK, SEPARATORS, SOURCE_PLACES, SUBORDINATORS } from '../lang/en/grammar.js';
import { AGENT_PLURAL, PLURAL_ENDING, SUBJECT_PRONOUNS } from '../lang/en/words.js';
import { isInstitutionNameLink } from '../text/noun-phrase.js';

export interface PhraseContext {
  lexicon: CompiledSpeakerLexicon;
  sentence: number;
  speaker: boolean;
  /** Whether the article writes this lower-cased word in lower case somewhere ("polls", "delegates"): a common noun. */
  usedInLowerCase?: (normal: string) => boolean;
}

/** Determiners stripped from the front of a speaker part before its head is read ("several other officials"). */
const LEADING_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...QUANTIFIERS, ...PLURAL_NUMERALS, 'other']);
const POSSESSIVE = /^['’]s?$/;
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u;
/** "Ukrainians", "Europeans": a demonym's plural names its people. */
const PLURAL = /\p{Ll}s$/u;
const HAS_LETTER = /\p{L}/u;
/** The reading that split a false title off a name ("Actor Jane Roe"). */
export const FALSE_TITLE_RULE = 'speakers/false-title';
/** The reading that took a capitalised plural the article also writes in lower case for unnamed people or things. */
export const COMMON_PLURAL_RULE = 'speakers/common-plural';
/** The reading of unnamed people whose field or place is two things joined ("experts on trade and security"). */
export const COORDINATED_OBJECT_RULE = 'speakers/coordinated-object';
/** The reading that cut a capitalised clause opener off a name ("When Jane Roe said"). */
export const CLAUSE_OPENER_RULE = 'speakers/clause-opener';
/** The descriptor every company shares, so "the company" and "the carmaker" find any company named before. */
export const COMPANY = 'company';

/** A hyphen or dot glued between two name words ("Secretary-General"). */
export function isGlue(value: string): boolean {
  return value === '-' || value === '.';
}

function spanOf(tokens: readonly Token[]): Span {
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
}

/**
 * The name words of every mention that has none, shared: a long article reads ~200k mentions, most of them
 * places and institutions, and an empty array each was ~6 MB held through the clustering.
 */
const NO_NAME_WORDS: readonly string[] = Object.freeze([]);

function blank(kind: MentionKind, tokens: readonly Token[], context: PhraseContext): Mention {
  return {
    kind,
    span: spanOf(tokens),
    sentence: context.sentence,
    name: '',
    nameWords: NO_NAME_WORDS,
    role: null,
    roleSpan: null,
    roleStrength: 0,
    country: null,
    countrySpan: null,
    owner: null,
    definite: false,
    gender: null,
    plural: false,
    key: '',
    speaker: context.speaker,
    pronoun: null,
    descriptor: null,
    reading: null,
  };
}

/**
 * Reads a speaker phrase as written ("German Foreign Minister Jane Roe", "Maria Ivanova, a spokeswoman for the
 * Ruritanian Interior Ministry", "the chief of Spain’s Navy, Admiral Ana Ruiz", "She", "unnamed officials")
 * into a mention: what it names, the name, and the role and country it states. Null when it names nothing.
 */
export function readPhrase(tokens: readonly Token[], context: PhraseContext): Mention | null {
  const including = tokens.findIndex((token) => token.normal === 'including');
  if (including !== -1 && including < tokens.length - 1) return readPhrase(tokens.slice(including + 1), context);
  const parts = splitParts(tokens);
  if (parts.length === 0) return null;
  // A person first; else a part that names ("the carmaker, Nordvik Motors" → Nordvik Motors); else any. The parts are
  // read in order up to the first person: the appositions after it ("Jane Roe, a spokeswoman for …") are read for
  // what they add to the person, never as a mention, and reading one as a whole phrase cost most of the phrase's time.
  const read: Array<{ part: Token[]; mention: Mention | null }> = [];
  let person: { part: Token[]; mention: Mention | null } | undefined;
  for (const part of parts) {
    const entry = { part, mention: person === undefined ? readPart(part, context) : null };
    if (person === undefined && entry.mention?.kind === 'person') person = entry;
    read.push(entry);
  }
  const main =
    person ??
    read.find((entry) => entry.mention !== null && /\p{Lu}/u.test(entry.mention.name)) ??
    read.find((entry) => entry.mention !== null);
  if (main === undefined || main.mention === null) return null;
  // readPart made the mention for this phrase alone: it takes the whole phrase's span in place of a copy.
  const mention = main.mention;
  mention.span = spanOf(tokens);
  if (mention.kind === 'person' || mention.kind === 'title' || mention.kind === 'name') {
    for (const { part } of read) if (part !== main.part) addApposition(mention, part, context.lexicon);
  }
  const described = read.some(({ part }) => part !== main.part && describesInstitution(part, context.lexicon));
  if ((mention.kind === 'person' || mention.kind === 'name') && mention.roleStrength === 0 && described) {
    const company = read.some(({ part }) => part !== main.part && describesInstitution(part, context.lexicon) && part.some((token) => context.lexicon.company.has(token.normal)));
    return mentionWith(mention, { kind: 'institution', nameWords: NO_NAME_WORDS, key: institutionKey(main.part, mention.country), descriptor: company ? COMPANY : mention.descriptor });
  }
  return mention;
}

/**
 * "a conservation group", "the country's largest bank": an apposition whose head, the last word before any
 * preposition, is an institution noun ("a nurse at the county hospital" describes a person).
 */
function describesInstitution(part: readonly Token[], lexicon: CompiledSpeakerLexicon): boolean {
  const first = part[0];
  if (first === undefined || !DESCRIPTOR_DETERMINERS.has(first.normal)) return false;
  const preposition = part.findIndex((token, k) => k > 0 && token.pos === 'ADP');
  const head = part[(preposition === -1 ? part.length : preposition) - 1];
  return head !== undefined && lexicon.institution.has(head.normal);
}

const DESCRIPTOR_DETERMINERS: ReadonlySet<string> = new Set(ARTICLES);

function splitParts(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of tokens) {
    if (SEPARATORS.has(token.value)) parts.push([]);
    else parts[parts.length - 1]!.push(token);
  }
  return parts.filter((part) => part.length > 0);
}

/** An apposition gives the role when the name part had none or only a rank, and the country when it had none. */
export function addApposition(mention: Mention, part: readonly Token[], lexicon: CompiledSpeakerLexicon): void {
  const role = roleFromApposition(part, lexicon.roleWords);
  if (role !== null && mention.roleStrength < 2) {
    mention.role = role.role;
    mention.roleSpan = role.span;
    mention.roleStrength = 2;
  }
  if (mention.country === null) {
    const country = countryOfTitle(part) ?? countryOfPartyLabel(part) ?? countryOfLabel(part);
    if (country !== null) {
      mention.country = country.country;
      mention.countrySpan = country.span;
    }
  }
  mention.owner ??= possessiveOwner(part);
  mention.gender ??= genderOf(part, lexicon);
  if (mention.kind === 'person') mention.descriptor ??= describingHead(part);
}

/**
 * The head noun of an indefinite apposition ("a local farmer" → "farmer", "a nurse at the county hospital" →
 * "nurse", "an Ohio Republican" → "republican"): the last lower-case noun or party member before any preposition.
 * Null for anything else.
 */
export function describingHead(part: readonly Token[]): string | null {
  if (part[0]?.normal !== 'a' && part[0]?.normal !== 'an') return null;
  let head: string | null = null;
  for (let k = 1; k < part.length && part[k]!.pos !== 'ADP'; k++) {
    const token = part[k]!;
    if (partyMemberNouns.has(token.normal)) head = partyMemberKey(part, k);
    else if (token.pos === 'NOUN' && !isCapitalised(token.value)) head = token.normal;
  }
  return head;
}

/**
 * The descriptor of the party member at `k` with the places right before it ("an Ohio Republican" → "ohio
 * republican"), so that "the Ohio Republican" finds only the one from Ohio and "the Republican" one so described.
 */
function partyMemberKey(tokens: readonly Token[], k: number): string {
  let first = k;
  while (first > 0 && isCapitalised(tokens[first - 1]!.value) && matchPlaceAt(tokens, first - 1, first) !== null) first--;
  return tokens
    .slice(first, k + 1)
    .map((token) => token.normal)
    .join(' ');
}

/** The party member a title names ("Ohio Republican Jane Roe", "Democratic Sen. Jane Roe"), as a descriptor. */
function partyMemberOf(titleTokens: readonly Token[]): string | null {
  for (let k = 0; k < titleTokens.length; k++) {
    if (partyMemberNouns.has(titleTokens[k]!.normal)) return partyMemberKey(titleTokens, k);
    if (titleTokens[k]!.normal === 'democratic') return 'democrat';
  }
  return null;
}

/** Most words before a party member in a description: "the veteran Ohio Republican". */
const MAX_PARTY_DESCRIPTION = 4;

/**
 * "the Ohio Republican", "the veteran Democrat": a definite phrase ending in a singular party member, before it only
 * places and lower-case modifiers, describes a person named elsewhere. Null for anything else.
 */
function partyDescription(tokens: readonly Token[], definite: boolean, input: readonly Token[], context: PhraseContext): Mention | null {
  const head = tokens[tokens.length - 1]!;
  if (!definite || !partyMemberNouns.has(head.normal) || tokens.length > MAX_PARTY_DESCRIPTION) return null;
  if (!describesPartyMember(tokens, context.lexicon)) return null;
  const mention = blank('description', input, context);
  mention.name = joinTokens(tokens);
  mention.key = partyMemberKey(tokens, tokens.length - 1);
  mention.descriptor = mention.key;
  mention.definite = true;
  setCountry(mention, countryOfTitle(tokens) ?? countryOfLabel(tokens));
  return mention;
}

/**
 * "an Iowa Democrat", "one senior Republican", "another New Hampshire Democrat": one member of a party, not named, as
 * "a nurse" is someone unnamed: an anonymous source. Before the party noun only places and lower-case modifiers.
 */
function unnamedPartyMember(tokens: readonly Token[], determiner: string | null, input: readonly Token[], context: PhraseContext): Mention | null {
  const counted = tokens.length > 1 && ONE_OF_SEVERAL.has(tokens[0]!.normal);
  if (!counted && (determiner === null || !INDEFINITE_ARTICLES.has(determiner.toLowerCase()))) return null;
  const words = counted ? tokens.slice(1) : tokens;
  const head = words[words.length - 1]!;
  if (!partyMemberNouns.has(head.normal) || words.length > MAX_PARTY_DESCRIPTION || !describesPartyMember(words, context.lexicon)) return null;
  return anonymousMention(tokens, head, input, context);
}

/** Only places and lower-case modifiers before the party noun at the end: "the veteran Ohio Republican". */
function describesPartyMember(words: readonly Token[], lexicon: CompiledSpeakerLexicon): boolean {
  const end = words.length - 1;
  for (let k = 0; k < end; k++) {
    const token = words[k]!;
    if (!isCapitalised(token.value) && (token.pos === 'ADJ' || token.pos === 'NOUN') && !lexicon.institution.has(token.normal)) continue;
    // "New Hampshire": a place may run over several words.
    const place = matchPlaceAt(words, k, end);
    if (place === null) return false;
    k = place.last;
  }
  return true;
}

/**
 * "the farmer", "the retired nurse": a definite phrase of lower-case words ending in a singular noun may point back
 * to a person described so before. Null for anything else.
 */
function descriptionMention(tokens: readonly Token[], definite: boolean, input: readonly Token[], context: PhraseContext): Mention | null {
  const head = tokens[tokens.length - 1]!;
  if (!definite || head.pos !== 'NOUN' || PLURAL_ENDING.test(head.normal)) return null;
  if (tokens.some((token) => isCapitalised(token.value) || (token.pos !== 'NOUN' && token.pos !== 'ADJ'))) return null;
  const mention = blank('description', input, context);
  mention.name = joinTokens(tokens);
  mention.key = head.normal;
  mention.descriptor = head.normal;
  mention.definite = true;
  return mention;
}

/** The person a possessive names inside an office ("head of Jane Roe’s office" → "Jane Roe"), not a country. */
function possessiveOwner(tokens: readonly Token[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!POSSESSIVE.test(tokens[i]!.value) || i === 0) continue;
    let first = i - 1;
    while (first > 0 && isCapitalised(tokens[first - 1]!.value)) first--;
    const owner = tokens.slice(first, i);
    if (owner.length > 0 && isCapitalised(owner[0]!.value) && matchPlaceAt(owner, 0) === null) return joinTokens(owner);
  }
  return null;
}

function genderOf(tokens: readonly Token[], lexicon: CompiledSpeakerLexicon): Gender | null {
  for (const token of tokens) {
    if (lexicon.feminine.has(token.normal)) return 'f';
    if (lexicon.masculine.has(token.normal)) return 'm';
  }
  return null;
}

/** A label this long at most fits in the brackets after a name ("(D-N.M.)", "(R-Ky.)"). */
const MAX_BRACKETED_LABEL = 8;

/**
 * The country of a party-and-state label in brackets right after token `at` ("Jane Roe (D-N.M.)"), given to a
 * mention that states none.
 */
export function addBracketedLabelCountry(mention: Mention, tokens: readonly Token[], at: number): void {
  if (mention.country !== null || tokens[at]?.value !== '(') return;
  let close = at + 1;
  while (close < tokens.length && close - at <= MAX_BRACKETED_LABEL && tokens[close]!.value !== ')') close++;
  if (tokens[close]?.value !== ')') return;
  setCountry(mention, countryOfPartyLabel(tokens.slice(at + 1, close)));
}

/** Rule id of a group named by a pronoun or a proportion ("those close to him", "six in 10", "42%"), kept as its phrase. */
export const UNNAMED_GROUP_RULE = 'speakers/unnamed-group';

/**
 * "Those close to him", "many of those familiar with the talks", "Six in 10": a group pronoun that "of", a preposition
 * or an adjective with its preposition follows, or a proportion, speaks for unnamed people; the phrase is the anonymous
 * source. A group pronoun before a noun ("some officials", "some far-right commentators") is read by its noun.
 */
function isUnnamedGroupPhrase(tokens: readonly Token[]): boolean {
  // "Most said", "many say": a quantifier alone counts an unnamed group.
  if (tokens.length === 1) return GROUP_QUANTIFIERS.has(tokens[0]!.normal);
  if (isShare(tokens)) return true;
  const [first, second] = [tokens[0]!, tokens[1]!];
  if (GROUP_PRONOUNS.has(first.normal)) {
    const describedBy = (second.pos === 'ADJ' || second.pos === 'ADV') && tokens[2]?.pos === 'ADP';
    // "Those surveyed", "those affected by the floods": the participle of a reduced relative says who they are.
    const participle = second.pos === 'VERB' && PAST_PARTICIPLE.test(second.normal) && (tokens.length === 2 || tokens[2]!.pos === 'ADP');
    return second.normal === 'of' || second.pos === 'ADP' || describedBy || participle;
  }
  // "two of his aides", "one of the advisers": a count of a group named after "of".
  if ((first.pos === 'NUM' || ONE_OF_SEVERAL.has(first.normal)) && second.normal === 'of' && tokens.length > 2) return true;
  return (tokens.length === 3 && first.pos === 'NUM' && second.normal === PROPORTION_LINK && tokens[2]!.pos === 'NUM') || isPercentage(tokens);
}

const PAST_PARTICIPLE = /(?:ed|en|wn)$/;

/**
 * "nearly nine out of 10", "about three in 10", "about a third", "half", "nearly half of respondents", "two thirds of
 * voters": after hedges and an article, two numbers joined by "in" or "out of", or a word of a share, alone or of a
 * group.
 */
function isShare(tokens: readonly Token[]): boolean {
  let first = 0;
  while (first < tokens.length - 1 && (PROPORTION_HEDGES.has(tokens[first]!.normal) || INDEFINITE_ARTICLES.has(tokens[first]!.normal))) first++;
  if (tokens[first]?.pos === 'NUM' && isFractionWord(tokens[first + 1])) first++;
  const rest = tokens.slice(first);
  if (rest.length > 2 && isFractionWord(rest[0]) && rest[1]!.normal === 'of') return true;
  if (rest.length === 1) return FRACTION_WORDS.has(rest[0]!.normal);
  if (rest.length === 3) return rest[0]!.pos === 'NUM' && rest[1]!.normal === PROPORTION_LINK && rest[2]!.pos === 'NUM';
  return rest.length === 4 && rest[0]!.pos === 'NUM' && rest[1]!.normal === 'out' && rest[2]!.normal === 'of' && rest[3]!.pos === 'NUM';
}

/** "half", "third", "thirds", "quarters": a word that names a share. */
function isFractionWord(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return FRACTION_WORDS.has(token.normal) || (token.normal.endsWith('s') && FRACTION_WORDS.has(token.normal.slice(0, -1)));
}

/** "42%", "nearly 60%": a share of those polled, after hedges only. */
function isPercentage(tokens: readonly Token[]): boolean {
  const last = tokens.length - 1;
  if (tokens[last]!.value !== '%' || tokens[last - 1]!.pos !== 'NUM') return false;
  return tokens.slice(0, last - 1).every((token) => PROPORTION_HEDGES.has(token.normal));
}

/** An unnamed source ("officials", "people familiar with the talks"), plural by its head word. */
function anonymousMention(tokens: readonly Token[], head: Token, input: readonly Token[], context: PhraseContext): Mention {
  const asWritten = joinTokens(tokens);
  const mention = blank('anonymous', input, context);
  mention.name = asWritten;
  mention.key = asWritten.toLowerCase();
  mention.plural = /s$/.test(head.normal) || head.normal === 'people';
  setCountry(mention, countryOfTitle(tokens));
  return mention;
}

/** Reads one comma-free part of a phrase. */
export function readPart(input: readonly Token[], context: PhraseContext): Mention | null {
  const { lexicon } = context;
  if (input.length === 1 && input[0]!.pos === 'PROPN') {
    // A plural title the tagger calls a proper noun at a sentence start ("Prosecutors said") is a group of unnamed
    // office holders; a singular one may be a surname ("King", "Bishop").
    if (isPluralTitle(input[0]!.normal, lexicon)) return anonymousMention(input, input[0]!, input, context);
    return readProperNoun(input, context);
  }
  let tokens: readonly Token[] = input;
  if (tokens.length === 1 && SUBJECT_PRONOUNS.has(tokens[0]!.normal) && tokens[0]!.pos === 'PRON') {
    const mention = blank('pronoun', tokens, context);
    mention.pronoun = tokens[0]!.normal;
    mention.name = tokens[0]!.value;
    return mention;
  }
  if (isUnnamedGroupPhrase(tokens)) return { ...anonymousMention(tokens, tokens[0]!, input, context), reading: UNNAMED_GROUP_RULE };
  // "Watch", "Listen": a verb that opens its sentence is capitalised by its place only and names nobody.
  if (tokens.length === 1 && tokens[0]!.index === 0 && tokens[0]!.pos === 'VERB') return null;
  const postCountry = trailingOfPlace(tokens, lexicon) ?? trailingAffiliation(tokens, lexicon);
  if (postCountry !== null) tokens = tokens.slice(0, postCountry.at);
  let determiner: string | null = null;
  while (tokens.length > 0 && LEADING_DETERMINERS.has(tokens[0]!.normal) && tokens.length > 1) {
    determiner ??= tokens[0]!.value;
    tokens = tokens.slice(1);
  }
  if (tokens.length === 0) return null;
  const definite = determiner?.toLowerCase() === 'the';
  const head = tokens[tokens.length - 1]!;
  const party = partyDescription(tokens, definite, input, context) ?? unnamedPartyMember(tokens, determiner, input, context);
  if (party !== null) return party;

  const whole = matchPlaceAt(tokens, 0);
  // A state alone ("Ohio") is read as a name, as before regions were places: only its country is new.
  if (whole !== null && whole.kind !== 'region' && whole.last === tokens.length - 1 && !whole.possessive) {
    const asWritten = joinTokens(tokens);
    const mention = blank(whole.kind === 'name' || whole.kind === 'capital' ? 'country' : 'institution', input, context);
    mention.name = asWritten;
    mention.country = whole.country;
    mention.countrySpan = whole.span;
    mention.key = mention.kind === 'country' ? asWritten.toLowerCase() : institutionKey(tokens, whole.country);
    return mention;
  }

  // "Forty CEOs", "two senior Ministers": office holders in the plural, unnamed.
  if (tokens.length > 1 && isPluralTitle(head.normal, lexicon)) return anonymousMention(tokens, head, input, context);
  // "LATEST DEVELOPMENTS", "WATCH LIVE": a heading in capitals, which names nobody.
  if (isCapitalsHeading(tokens, lexicon)) return null;

  if (isOutlet(tokens, determiner, lexicon)) {
    const asWritten = joinTokens(tokens);
    const mention = blank('outlet', input, context);
    const descriptor = tokens.every((token) => !isCapitalised(token.value) || matchPlaceAt([token], 0) !== null);
    mention.name = descriptor ? asWritten : determiner === 'The' ? `The ${asWritten}` : asWritten;
    mention.key = descriptor ? '' : asWritten.toLowerCase();
    mention.definite = definite;
    const country = countryOfTitle(tokens);
    if (country !== null && descriptor) {
      mention.country = country.country;
      mention.countrySpan = country.span;
    }
    return mention;
  }

  const described = describedSource(tokens, lexicon);
  if (described !== null) {
    const mention = anonymousMention(tokens, described, input, context);
    // "experts on trade and security": one group, whose field the speaker phrase reader kept whole.
    if (tokens.some((token) => token.pos === 'CCONJ')) mention.reading = COORDINATED_OBJECT_RULE;
    return mention;
  }

  const runStart = nameRunStart(tokens, lexicon);
  const nameTokens = tokens.slice(runStart);
  const titleTokens = tokens.slice(0, runStart);
  // "the mayor of Leeds", "the MP for Bath": capitalised words after an office and "of"/"for" name where the office
  // is held, not its holder; after a body and "on" they name its field ("the Council on Foreign Relations").
  const office = titleTokens[titleTokens.length - 2]?.normal ?? '';
  const jurisdiction =
    JURISDICTION_LINKS.has(titleTokens[titleTokens.length - 1]?.normal ?? '') && (isTitleWord(office, lexicon) || lexicon.institution.has(office));
  const named =
    !jurisdiction && !namesBodyField(tokens, lexicon) && nameTokens.length > 0 && nameTokens.some((token) => token.pos === 'PROPN' || isCapitalised(token.value));

  const describer = describerOf(tokens, named ? runStart : tokens.length, definite, determiner, lexicon);
  if (describer !== null) {
    const mention = anonymousMention(tokens, describer, input, context);
    if (named) mention.owner = joinTokens(nameTokens);
    return mention;
  }

  if (named && nameTokens.length === 1 && lexicon.groups.has(nameTokens[0]!.value)) {
    const mention = blank('institution', input, context);
    mention.name = joinTokens(tokens);
    mention.key = institutionKey(tokens, null);
    mention.plural = true;
    setCountry(mention, countryOfTitle(tokens) ?? postCountry?.place ?? null);
    return mention;
  }

  // "Gaza Strip", "Orange County": a place, which neither speaks nor stands for a later "he" ("Waller-Bridge" is a
  // name: the head must be a word of its own; "Mayor Ellen Street" is a person: a title names one).
  if (named && !titleTokens.some((token) => isTitleWord(token.normal, lexicon)) && isPlaceName(nameTokens, lexicon)) return null;

  // "Some Americans", "56 percent of Americans": a people's plural after lower-case words is a group, unnamed.
  // A capital that only opens the sentence ("About 40 percent of Canadians") is no title's.
  const lowerBefore = titleTokens.every((token) => !isCapitalised(token.value) || (token.index === 0 && !isTitleWord(token.normal, lexicon)));
  const people = named && nameTokens.length === 1 && lowerBefore ? demonymPlural(nameTokens[0]!) : null;
  if (people !== null) {
    const mention = anonymousMention(tokens, nameTokens[0]!, input, context);
    mention.country ??= people.country;
    mention.countrySpan ??= people.span;
    return mention;
  }

  if (named) {
    const titled = titleTokens.some((token) => isTitleWord(token.normal, lexicon));
    // People are not named with an article: a name right after "the" is an outlet's, a body's or a building's
    // ("the Arizona Republic", "the Kremlin"); an abbreviation in it may be a title ("the Rev. Anne Lowe").
    const articleName = definite && titleTokens.length === 0 && !nameTokens.some((token) => token.value.endsWith('.'));
    const kind: MentionKind = articleName
      ? 'institution'
      : titled || nameTokens.length >= 2
        ? 'person'
        : ACRONYM.test(nameTokens[0]!.value)
          ? 'institution'
          : 'name';
    const mention = blank(kind, input, context);
    mention.name = joinTokens(nameTokens);
    mention.nameWords = lettered(nameTokens);
    if (kind === 'institution') {
      mention.key = institutionKey(nameTokens, null);
      mention.definite = definite;
    }
    // Most names stand without a title; the title readers have nothing to find in none.
    if (titleTokens.length > 0) {
      const role = roleFromTitle(titleTokens, lexicon.roleWords);
      const office = titleTokens.some((token) => lexicon.office.has(token.normal) && !lexicon.rank.has(token.normal));
      const functionTitle = endsInFunction(titleTokens, lexicon.roleWords);
      if (role !== null) {
        mention.role = role.role;
        mention.roleSpan = role.span;
        mention.roleStrength = office || functionTitle ? 2 : 1;
      }
      setCountry(mention, countryOfTitle(titleTokens) ?? countryOfLabel(titleTokens));
      mention.gender = genderOf(titleTokens, lexicon);
      if (kind === 'person') mention.descriptor = partyMemberOf(titleTokens);
      const last = titleTokens[titleTokens.length - 1]!;
      if (isClauseOpener(last)) mention.reading = CLAUSE_OPENER_RULE;
      if (isFalseTitle(last, lexicon)) {
        // "Billionaire Tom Lee" is who a later "the billionaire" means.
        if (kind === 'person') mention.descriptor ??= last.normal;
        // The rule decided when it split a capitalised word off the name or gave the only role.
        if (isCapitalised(last.value) || (role !== null && !office && !functionTitle)) mention.reading = FALSE_TITLE_RULE;
      }
    }
    if (mention.country === null) setCountry(mention, postCountry?.place ?? null);
    return mention;
  }

  // "the Deputy Head of the President's Office": an office of a body is a person's title, not the body.
  const ofBody = tokens.findIndex((token) => token.normal === 'of');
  const officeOfBody = ofBody > 0 && tokens.slice(0, ofBody).every((token) => isTitleWord(token.normal, lexicon) && !lexicon.officeModifier.has(token.normal));
  const institutional = !officeOfBody && !heldOffice(tokens, head, lexicon) && tokens.some((token) => lexicon.institution.has(token.normal));
  if (lexicon.anonymous.has(head.normal) && !institutional) return { ...anonymousMention(tokens, head, input, context), definite };

  if (institutional) {
    // "the company", "the carmaker": no name, so the company named before it.
    const companyDescription = definite && lexicon.company.has(head.normal) && !tokens.some((token) => isCapitalised(token.value));
    const mention = blank(companyDescription ? 'description' : 'institution', input, context);
    const nameTokens = withoutDescribingWords(tokens, lexicon);
    mention.name = joinTokens(nameTokens);
    setCountry(mention, countryOfTitle(tokens) ?? postCountry?.place ?? null);
    mention.key = institutionKey(nameTokens, mention.country);
    mention.definite = definite;
    mention.plural = PLURAL_INSTITUTIONS.has(head.normal);
    if (tokens.some((token) => lexicon.company.has(token.normal))) mention.descriptor = COMPANY;
    return mention;
  }

  if (tokens.some((token) => isTitleWord(token.normal, lexicon) && !lexicon.officeModifier.has(token.normal))) {
    return titleMention(tokens, definite, input, context, postCountry?.place ?? null);
  }
  // "a nurse", "one resident", "striking nurse": someone unnamed; "the nurse" may point back to a person described so.
  if (!definite && lexicon.personNoun.has(head.normal)) return anonymousMention(tokens, head, input, context);
  // "the state", "the press": a word that only qualifies an office names nobody alone.
  if (tokens.length === 1 && lexicon.officeModifier.has(head.normal)) return null;
  const description = descriptionMention(tokens, definite, input, context);
  return description !== null || !context.speaker ? description : unnamedSource(tokens, input, context);
}

/**
 * "Council on Foreign Relations", "Commission on Presidential Debates": a capitalised body, a link of its name and
 * capitalised words to the end name the body's field, not a person after a title.
 */
function namesBodyField(tokens: readonly Token[], lexicon: CompiledSpeakerLexicon): boolean {
  for (let k = tokens.length - 2; k >= 1; k--) {
    const token = tokens[k]!;
    if (INSTITUTION_NAME_LINKS.has(token.normal)) return isInstitutionNameLink(tokens, k, (normal) => lexicon.institution.has(normal));
    if (!isCapitalised(token.value)) return false;
  }
  return false;
}

/**
 * "the nonpartisan Congressional Budget Office", "the powerful Senate Finance Committee": lower-case words before a
 * body's capitalised name describe the body and are no part of the name it goes by.
 */
function withoutDescribingWords(tokens: readonly Token[], lexicon: CompiledSpeakerLexicon): readonly Token[] {
  const first = tokens.findIndex((token) => isCapitalised(token.value));
  if (first <= 0) return tokens;
  for (let k = 0; k < first; k++) {
    const token = tokens[k]!;
    if (token.pos === 'PUNCT' || POSSESSIVE.test(token.value) || lexicon.institution.has(token.normal)) return tokens;
  }
  for (let k = first; k < tokens.length; k++) {
    if (!isCapitalised(tokens[k]!.value) && !INSTITUTION_NAME_CONNECTORS.has(tokens[k]!.normal)) return tokens;
  }
  return tokens.slice(first);
}

/** Word classes of an unnamed source's phrase ("three local fishermen", "a new poll", "47 percent", "his lawyer"). */
const UNNAMED_SOURCE_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'NUM', 'PROPN']);
const UNNAMED_SOURCE_OPENERS: ReadonlySet<string> = new Set([...THIRD_PERSON_POSSESSIVES, ...FIRST_PERSON_POSSESSIVES, 'many', 'multiple', 'most', 'few', 'some', 'one', 'another', 'both', 'those', 'these']);

/**
 * "environmentalists said", "a man said", "his lawyer said", "Trump fans said", "said the 46-year-old": a speaker
 * phrase headed by a lower-case noun (or a compound) that no lexicon knows still identifies who speaks, unnamed; the phrase is the source. Only the
 * phrase a cue's subject gives is read so (a scanned phrase speaks for nobody).
 */
function unnamedSource(written: readonly Token[], input: readonly Token[], context: PhraseContext): Mention | null {
  // "proponents of the bill", "members in competitive races": a prepositional phrase after the head says which ones.
  const preposition = written.findIndex((token, k) => k > 0 && token.pos === 'ADP');
  const tokens = preposition > 0 ? written.slice(0, preposition) : written;
  const head = tokens[tokens.length - 1]!;
  const compoundEnd = tokens.length > 2 && tokens[tokens.length - 2]!.value === '-' && tokens[tokens.length - 2]!.end === head.start;
  const commonAtStart = head.pos === 'PROPN' && head.index === 0 && isCommonPlural(head, context);
  if ((head.pos !== 'NOUN' && !compoundEnd && !commonAtStart) || (isCapitalised(head.value) && head.index !== 0)) return null;
  const words = UNNAMED_SOURCE_OPENERS.has(tokens[0]!.normal) && tokens.length > 1 ? tokens.slice(1) : tokens;
  // A word glued before a hyphen is part of a compound ("far-right"), whatever its tag.
  const compound = (k: number): boolean => isGlue(words[k + 1]?.value ?? '') && words[k + 1]!.start === words[k]!.end;
  // "Jane Roe's lawyer": a named owner's possessive mark belongs to the phrase.
  if (!words.every((token, k) => UNNAMED_SOURCE_POS.has(token.pos) || isGlue(token.value) || compound(k) || POSSESSIVE_MARKS.has(token.normal))) return null;
  return anonymousMention(written, head, input, context);
}

const CAPITALS_WORD = /^\p{Lu}{4,}$/u;

/** Two words or more, each all capitals and too long for an acronym, none a title: a heading, not a name. */
function isCapitalsHeading(tokens: readonly Token[], lexicon: CompiledSpeakerLexicon): boolean {
  return tokens.length > 1 && tokens.every((token) => CAPITALS_WORD.test(token.value) && !isTitleWord(token.normal, lexicon));
}

function isPluralTitle(normal: string, lexicon: CompiledSpeakerLexicon): boolean {
  return normal.endsWith('s') && isTitleWord(normal.slice(0, -1), lexicon);
}

/** "analysts", "doctors": a head of anonymous sources, or a person noun in the plural. */
function isUnnamedPeopleWord(normal: string, lexicon: CompiledSpeakerLexicon): boolean {
  return lexicon.anonymous.has(normal) || (PLURAL.test(normal) && lexicon.personNoun.has(normal.slice(0, -1)));
}

/** "Ukrainians" → Ukraine: the place whose people a capitalised plural names, or null. */
function demonymPlural(token: Token): ReturnType<typeof matchPlaceAt> {
  if (!PLURAL.test(token.value)) return null;
  const place = matchPlaceAt([{ value: token.value.slice(0, -1), start: token.start, end: token.end }], 0);
  return place !== null && place.kind === 'demonym' ? place : null;
}

/**
 * "Polls said", "Delegates say": a sentence's first word is capitalised by its place, and a plural the article also
 * writes in lower case, itself or its singular, is a common noun there, and so is an agent noun's plural
 * ("Meteorologists"); a surname of that shape ("Sanders") is never written so.
 */
function isCommonPlural(token: Token, context: PhraseContext): boolean {
  const { normal } = token;
  const used = context.usedInLowerCase;
  if (used === undefined || !PLURAL_ENDING.test(normal) || !isCapitalised(token.value) || ALL_CAPITALS_WORD.test(token.value)) return false;
  return AGENT_PLURAL.test(normal) || used(normal) || singularsOf(normal).some(used);
}

const ALL_CAPITALS_WORD = /^\p{Lu}{2,}$/u;

/** "-es" is a plural ending after a sibilant only ("boxes", "churches"; "wines" is "wine" + "s"). */
const SIBILANT_PLURAL = /(?:[sxz]|[cs]h)es$/;

/** The singulars a regular English plural may have ("polls" → "poll", "bosses" → "boss", "parties" → "party"). */
function singularsOf(plural: string): string[] {
  const singulars = [plural.slice(0, -1)];
  if (SIBILANT_PLURAL.test(plural)) singulars.push(plural.slice(0, -2));
  if (plural.endsWith('ies')) singulars.push(`${plural.slice(0, -3)}y`);
  return singulars;
}

/** Two words or more ending in a place word that stands apart ("Gaza Strip"; not "Waller-Bridge"). */
function isPlaceName(nameTokens: readonly Token[], lexicon: CompiledSpeakerLexicon): boolean {
  const head = nameTokens[nameTokens.length - 1];
  const beforeHead = nameTokens[nameTokens.length - 2];
  return head !== undefined && beforeHead !== undefined && beforeHead.end < head.start && lexicon.placeHead.has(head.normal);
}

/** "the mayor", "Governor": an office named without a name; it may point to the person who holds it. */
function titleMention(tokens: readonly Token[], definite: boolean, input: readonly Token[], context: PhraseContext, place: { country: string; span: Span } | null): Mention {
  const { lexicon } = context;
  const mention = blank('title', input, context);
  mention.name = joinTokens(tokens);
  mention.definite = definite;
  const role = roleFromTitle(tokens, lexicon.roleWords);
  if (role !== null) {
    mention.role = role.role;
    mention.roleSpan = role.span;
    mention.roleStrength = 2;
  }
  setCountry(mention, countryOfTitle(tokens) ?? place ?? countryOfLabel(tokens));
  mention.gender = genderOf(tokens, lexicon);
  return mention;
}

/**
 * One proper noun alone (`tokens` holds just it), the commonest run in an article: a place, an acronym or a lone
 * name. Read directly, since most capitalised words of a page are one of these.
 */
function readProperNoun(tokens: readonly Token[], context: PhraseContext): Mention | null {
  const { lexicon } = context;
  const token = tokens[0]!;
  // "Mayor warns …" over a story that writes "the mayor": an office word opening a headline is the office, not a
  // surname ("King", "Bishop"), when the article also writes it in lower case; a headline drops the article of "the
  // mayor", who may be named in the story.
  if (token.index === 0 && isTitleWord(token.normal, lexicon) && !lexicon.officeModifier.has(token.normal) && context.usedInLowerCase?.(token.normal) === true) {
    return titleMention(tokens, true, tokens, context, null);
  }
  // "Police said": an institution word alone speaks as the institution; elsewhere it is read with the words around it.
  if (lexicon.institution.has(token.normal) && context.speaker && !isTitleWord(token.normal, lexicon)) {
    const mention = blank('institution', tokens, context);
    mention.name = token.value;
    mention.key = institutionKey(tokens, null);
    mention.plural = PLURAL_INSTITUTIONS.has(token.normal);
    return mention;
  }
  if (isTitleWord(token.normal, lexicon) || lexicon.institution.has(token.normal)) return null;
  const place = matchPlaceAt(tokens, 0);
  if (place !== null && place.kind !== 'region' && !place.possessive) {
    const country = place.kind === 'name' || place.kind === 'capital';
    const key = country ? token.value.toLowerCase() : institutionKey(tokens, place.country);
    return properNounMention(country ? 'country' : 'institution', tokens, context, NO_NAME_WORDS, place.country, place.span, key);
  }
  if (lexicon.groups.has(token.value)) {
    const mention = blank('institution', tokens, context);
    mention.name = token.value;
    mention.key = institutionKey(tokens, null);
    mention.plural = true;
    return mention;
  }
  if (lexicon.anonymous.has(token.normal) || (token.index === 0 && isUnnamedPeopleWord(token.normal, lexicon))) {
    const mention = blank('anonymous', tokens, context);
    mention.name = token.value;
    mention.key = token.normal;
    mention.plural = token.normal.endsWith('s') || token.normal === 'people';
    return mention;
  }
  const people = demonymPlural(token);
  if (people !== null) {
    const mention = blank('anonymous', tokens, context);
    mention.name = token.value;
    mention.key = token.normal;
    mention.plural = true;
    mention.country = people.country;
    mention.countrySpan = people.span;
    return mention;
  }
  if (token.index === 0 && isCommonPlural(token, context)) return { ...anonymousMention(tokens, token, tokens, context), reading: COMMON_PLURAL_RULE };
  if (lexicon.outletNames.has(token.value)) {
    const mention = blank('outlet', tokens, context);
    mention.name = token.value;
    mention.key = token.normal;
    return mention;
  }
  const acronym = ACRONYM.test(token.value);
  const key = acronym ? institutionKey(tokens, null) : '';
  return properNounMention(acronym ? 'institution' : 'name', tokens, context, [token.value], null, null, key);
}

/**
 * The mention of a lone proper noun: a lone-name mention where the sentences are scanned, a plain one in a speaker
 * phrase, which `readPhrase` goes on to change in place as it reads the phrase's appositions.
 */
function properNounMention(
  kind: MentionKind,
  tokens: readonly Token[],
  context: PhraseContext,
  nameWords: readonly string[],
  country: string | null,
  countrySpan: Span | null,
  key: string,
): Mention {
  const name = tokens[0]!.value;
  if (!context.speaker) return loneNameMention(kind, spanOf(tokens), context.sentence, name, nameWords, country, countrySpan, key);
  const mention = blank(kind, tokens, context);
  mention.name = name;
  mention.nameWords = nameWords;
  mention.country = country;
  mention.countrySpan = countrySpan;
  mention.key = key;
  return mention;
}

/**
 * The head of an anonymous source described by what it knows or where it works: "people familiar with the
 * talks", "analysts at Brightwater Capital", "another source close to him" → "people", "analysts", "source". The
 * institution named is no speaker itself.
 */
function describedSource(tokens: readonly Token[], lexicon: CompiledSpeakerLexicon): Token | null {
  // "another source familiar with …", "one official close to …": one of several such sources.
  const counted = ONE_OF_SEVERAL.has(tokens[0]?.normal ?? '') ? 1 : 0;
  const head = tokens[counted];
  if (head === undefined || tokens.length - counted < 3) return null;
  const plural = PLURAL_ENDING.test(head.normal);
  // "specialists in tax", "historians at the university": a trade in the plural names unnamed people as well.
  const unnamed = lexicon.anonymous.has(head.normal) || (plural && lexicon.roleWords.isFunction?.(head.normal.slice(0, -1)) === true);
  if (!unnamed) return null;
  const next = tokens[counted + 1]!.normal;
  return sourcePostmodifiers.has(next) || SOURCE_PLACES.has(next) || (plural && sourceFieldLinks.has(next)) ? head : null;
}

/**
 * "a spokesman for Mayor Jane Roe", "an aide to Jane Roe", "critics of Senator Jane Roe", "a spokeswoman for the
 * Harbour Authority", "advisers to the mayor": lower-case words and a link before whom they serve describe someone
 * who speaks for that person or body, not the one named. Returns the lower-case noun before the link (the speaker),
 * else null. With a name after the link (from `nameStart`) only determiners and capitalised words may stand between
 * ("secretary of state Jane Roe" is an office); with none the phrase must be indefinite, or a bare plural, since
 * "the spokesman for the ministry" may be the spokesman named before.
 */
function describerOf(tokens: readonly Token[], nameStart: number, definite: boolean, determiner: string | null, lexicon: CompiledSpeakerLexicon): Token | null {
  const link = tokens.findIndex((token) => DESCRIBER_LINKS.has(token.normal));
  if (link < 1 || link >= Math.min(nameStart, tokens.length - 1)) return null;
  const before = tokens.slice(0, link);
  // A capital that only opens the sentence ("Critics of …") is no name's; an office so capitalised opens a title.
  const positional = (token: Token, i: number): boolean =>
    i === 0 && (token.pos === 'NUM' || token.pos === 'DET' || (token.index === 0 && !isTitleWord(token.normal, lexicon)));
  if (before.some((token, i) => isCapitalised(token.value) && !positional(token, i))) return null;
  const head = before[before.length - 1]!;
  const describes =
    lexicon.personNoun.has(head.normal) ||
    lexicon.anonymous.has(head.normal) ||
    lexicon.office.has(head.normal) ||
    servingNouns.has(head.normal) ||
    lexicon.roleWords.isFunction?.(head.normal) === true ||
    isPluralTitle(head.normal, lexicon);
  if (!describes || lexicon.officeModifier.has(head.normal)) return null;
  if (nameStart < tokens.length) {
    const between = tokens.slice(link + 1, nameStart);
    return between.every((token) => NOUN_PHRASE_DETERMINER_WORDS.has(token.normal) || isCapitalised(token.value)) ? head : null;
  }
  if (definite) return null;
  return determiner !== null || head.normal.endsWith('s') ? head : null;
}

const NOUN_PHRASE_DETERMINER_WORDS: ReadonlySet<string> = new Set(ARTICLES);

/**
 * The words of a name that hold a letter ("Jane", "Roe", not a glued "-"). Sized before it is filled: every person
 * mention keeps it through the clustering, and an array grown by push keeps room for sixteen words.
 */
function lettered(tokens: readonly Token[]): string[] {
  let count = 0;
  for (const token of tokens) if (HAS_LETTER.test(token.value)) count++;
  const words: string[] = new Array(count);
  let at = 0;
  for (const token of tokens) if (HAS_LETTER.test(token.value)) words[at++] = token.value;
  return words;
}

function setCountry(mention: Mention, country: { country: string; span: Span } | null): void {
  if (country === null) return;
  mention.country = country.country;
  mention.countrySpan = country.span;
}

/**
 * "the company's chief executive", "the club's goalkeeper": an office or function held at a body named before a
 * possessive is a person's, not the body.
 */
function heldOffice(tokens: readonly Token[], head: Token, lexicon: CompiledSpeakerLexicon): boolean {
  // An office word that only modifies ("Women's Affairs") heads no office.
  const office = (isTitleWord(head.normal, lexicon) && !lexicon.officeModifier.has(head.normal)) || lexicon.roleWords.isFunction?.(head.normal) === true;
  if (!office) return false;
  const mark = tokens.findIndex((token) => POSSESSIVE_MARKS.has(token.normal));
  return mark > 0 && tokens.slice(mark + 1).every((token) => !lexicon.institution.has(token.normal));
}

function isTitleWord(normal: string, lexicon: CompiledSpeakerLexicon): boolean {
  return lexicon.title.has(normal);
}

/**
 * "Jane Roe of Ruritania", "the senator from Ohio": the place after a final "of" (or "from" after a title), read as
 * whose, and where it starts. A region the country
 * index does not know ("Senator Jane Roe of Vermont") is cut off the name too, with no country; "of" after a title
 * or institution word ("Secretary of State", "Ministry of Defence") belongs to the name.
 */
function trailingOfPlace(
  tokens: readonly Token[],
  lexicon: CompiledSpeakerLexicon,
): { at: number; place: { country: string; span: Span } | null } | null {
  for (let i = tokens.length - 2; i > 0; i--) {
    if (tokens[i]!.normal === 'from' && isTitleWord(tokens[i - 1]!.normal, lexicon)) {
      const place = matchPlaceAt(tokens, i + 1);
      const regionAfter = tokens.slice(i + 1).every((token) => isCapitalised(token.value));
      if (place !== null && place.last === tokens.length - 1) return { at: i, place: { country: place.country, span: place.span } };
      return regionAfter && tokens.length - i <= 4 ? { at: i, place: null } : null;
    }
    if (tokens[i]!.normal !== 'of') continue;
    const place = matchPlaceAt(tokens, i + 1);
    if (place !== null) {
      if (place.last !== tokens.length - 1 || place.kind === 'seat') return null;
      return { at: i, place: { country: place.country, span: place.span } };
    }
    const before = tokens[i - 1]!;
    const personBefore =
      isCapitalised(before.value) && !isTitleWord(before.normal, lexicon) && !lexicon.institution.has(before.normal) && !lexicon.anonymous.has(before.normal);
    const regionAfter = tokens.slice(i + 1).every((token) => isCapitalised(token.value));
    return personBefore && regionAfter && tokens.length - i <= 4 ? { at: i, place: null } : null;
  }
  return null;
}

/**
 * "Jane Roe of the Harbour Institute", "Tom Lee at Capital Economics", "Anna Berg from Sweden": a person's name of
 * two words or more, then an organisation or a country it belongs to. The name is the speaker; the rest is cut off
 * (a country after it is the person's). "Bank of England", "Secretary of State" are no names, being institution or
 * title words before the link.
 */
function trailingAffiliation(
  tokens: readonly Token[],
  lexicon: CompiledSpeakerLexicon,
): { at: number; place: { country: string; span: Span } | null } | null {
  const at = tokens.findIndex((token, k) => k >= 2 && AFFILIATION_LINKS.has(token.normal));
  if (at === -1 || at === tokens.length - 1) return null;
  for (const word of [tokens[at - 1]!, tokens[at - 2]!]) {
    if (!isCapitalised(word.value) || word.pos !== 'PROPN' || isTitleWord(word.normal, lexicon) || lexicon.institution.has(word.normal)) return null;
  }
  const from = tokens[at + 1]!.normal === 'the' ? at + 2 : at + 1;
  if (from >= tokens.length) return null;
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!isCapitalised(token.value) && !INSTITUTION_NAME_CONNECTORS.has(token.normal) && !POSSESSIVE_MARKS.has(token.value)) return null;
  }
  const place = matchPlaceAt(tokens, from);
  return { at, place: place !== null && place.last === tokens.length - 1 && place.kind !== 'body' ? { country: place.country, span: place.span } : null };
}

/**
 * Where the name at the end of the phrase starts: walking back over capitalised words that are no title, no
 * institution word, no possessive and no place; a place name directly before a name word is a first name
 * ("Jordan Smith").
 */
function nameRunStart(tokens: readonly Token[], lexicon: CompiledSpeakerLexicon): number {
  let start = tokens.length;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const token = tokens[k]!;
    const glued = isGlue(token.value) && k > 0 && start === k + 1 && tokens[k - 1]!.end === token.start;
    if (glued) continue;
    const particle =
      nameParticles.has(token.value) && start <= k + 2 && k > 0 && (isCapitalised(tokens[k - 1]!.value) || nameParticles.has(tokens[k - 1]!.value));
    if (particle) continue;
    if (!isCapitalised(token.value) || POSSESSIVE.test(token.value) || SENTENCE_ADVERBS.has(token.normal) || isClauseOpener(token)) break;
    // "Analysts said", "Doctors warned": a sentence's first word is capitalised by its place; a word that names
    // unnamed people is no name there.
    if (token.index === 0 && isUnnamedPeopleWord(token.normal, lexicon)) break;
    // "Actor Jane Roe", "Rival Tom Lee": a noun for what someone is, capitalised before a name as a title would be.
    if (start < tokens.length && isFalseTitle(token, lexicon)) break;
    // "Mr. King", "Ms. Bishop": after a form of address the last word is a surname, whatever else it may be.
    const surname = k === tokens.length - 1 && k > 0 && lexicon.honorific.has(tokens[k - 1]!.normal);
    if (!surname && (isTitleWord(token.normal, lexicon) || lexicon.institution.has(token.normal) || partyMemberNouns.has(token.normal))) break;
    const place = matchPlaceAt(tokens, k, k + 1);
    if (place !== null && !(start < tokens.length && (place.kind === 'name' || place.kind === 'capital' || place.kind === 'region'))) break;
    // "Head of the Office of Ukraine Ihor Zhovkva": a place after "of" closes the title, it opens no name.
    if (place !== null && start < tokens.length && JURISDICTION_LINKS.has(tokens[k - 1]?.normal ?? '')) break;
    start = k;
  }
  while (start < tokens.length && isGlue(tokens[start]!.value)) start++;
  return start;
}

/** "When Jane Roe said", "Even Tom Lee agreed": a subordinator or focusing adverb capitalised by the sentence start. */
function isClauseOpener(token: Token): boolean {
  return (SUBORDINATORS.has(token.normal) || FOCUS_ADVERBS.has(token.normal)) && token.value.slice(1) === token.normal.slice(1);
}

/** A false title as news style writes it, in sentence case before a name ("Actor", not "ACTOR" nor "actor"). */
function isFalseTitle(token: Token, lexicon: CompiledSpeakerLexicon): boolean {
  return lexicon.falseTitle.has(token.normal) && token.value.slice(1) === token.value.slice(1).toLowerCase();
}

/**
 * Outlet signs in the phrase: an outlet head noun at its end ("the French newspaper", "Nordland news agency"), an
 * outlet name word ("Times"), a foreign article ("La Gazette") or a capital "The" before a plain name.
 */
function isOutlet(tokens: readonly Token[], determiner: string | null, lexicon: CompiledSpeakerLexicon): boolean {
  for (let n = Math.min(lexicon.outletHeadMaxWords, tokens.length); n >= 1; n--) {
    const ending = tokens.slice(tokens.length - n);
    // A capitalised head belongs to a name: "Energy Agency" is an institution, "news agency" an outlet.
    const lowerHead = !isCapitalised(ending[ending.length - 1]!.value) || ending[ending.length - 1]!.value === 'TV';
    if (lowerHead && lexicon.outletHeads.has(ending.map((token) => token.normal).join(' '))) return true;
  }
  const capitalised = tokens.every((token) => isCapitalised(token.value));
  if (!capitalised) return false;
  if (tokens.some((token) => lexicon.institution.has(token.normal) || isTitleWord(token.normal, lexicon))) return false;
  if (tokens.some((token) => lexicon.outletNames.has(token.value))) return true;
  if (tokens.length > 1 && lexicon.foreignArticles.has(tokens[0]!.value)) return true;
  return determiner === 'The' && tokens[0]!.index > 1 && matchPlaceAt(tokens, 0) === null;
}
