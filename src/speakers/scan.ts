import { isCapitalised } from '../core/capitalised.js';
import type { Span } from '../core/schema.js';
import type { Sentence, Token } from '../text/analyse.js';
import { nameParticles, type CompiledSpeakerLexicon } from '../lang/en/speakers.js';
import type { Mention } from './mention.js';
import { addBracketedLabelCountry, isGlue, readPart } from './phrase.js';
import { addTrailingApposition } from './trailing-apposition.js';
import { addLeadingApposition } from './leading-apposition.js';

/** Lower-case title words before a name are few ("deputy foreign policy chief"); the bound keeps the scan linear. */
const MAX_LOWER_TITLE = 4;
const POSSESSIVE_S = /^['’]s?$/;
/** Capitalised words of these classes open sentences and clauses, never names. */
const MISTAGGED_NAME_POS: ReadonlySet<string> = new Set(['VERB', 'ADV', 'INTJ']);
const NOT_NAME_POS: ReadonlySet<string> = new Set(['DET', 'ADP', 'SCONJ', 'CCONJ', 'PRON', 'AUX', 'VERB', 'ADV', 'PART', 'INTJ', 'PUNCT', 'SYM']);

/**
 * Every name-bearing phrase of a sentence, with the titles before it and "of X" after it: runs of capitalised
 * words, possessives between them ("Ukraine’s Foreign Ministry"), glued hyphens ("Secretary-General"),
 * lower-case office words before a name ("spokesperson Jane Roe") and "of" inside ("Ministry of Foreign
 * Affairs"). One pass over the tokens. A run that overlaps a `covered` span (a speaker phrase read already) is
 * not read again.
 */
export function mentionsInSentence(sentence: Sentence, lexicon: CompiledSpeakerLexicon, covered: readonly Span[] = []): Mention[] {
  const tokens = sentence.tokens;
  const mentions: Mention[] = [];
  const context = { lexicon, sentence: sentence.index, speaker: false };
  let i = 0;
  while (i < tokens.length) {
    if (!startsRun(tokens, i, lexicon)) {
      i++;
      continue;
    }
    let last = i;
    let k = i + 1;
    while (k < tokens.length) {
      if (isRunWord(tokens, k, lexicon)) {
        last = k;
        k++;
        continue;
      }
      const link = tokens[k]!;
      const linked = (POSSESSIVE_S.test(link.value) || link.normal === 'of') && (isRunWord(tokens, k + 1, lexicon) || startsRun(tokens, k + 1, lexicon));
      const afterParticles = particlesEnd(tokens, k);
      if (afterParticles > k && isRunWord(tokens, afterParticles, lexicon)) {
        k = afterParticles;
        continue;
      }
      const glued = isGlue(link.value) && link.start === tokens[k - 1]!.end && tokens[k + 1]?.start === link.end;
      if (linked || (glued && isRunWord(tokens, k + 1, lexicon))) {
        k++;
        continue;
      }
      break;
    }
    if (hasProperNoun(tokens, i, last) && !overlapsAny(covered, tokens[i]!.start, tokens[last]!.end)) {
      const mention = readPart(tokens.slice(i, last + 1), context);
      // "Allies of President Jane Roe": the run describes someone who speaks for the one it names; read on from its
      // next word so that the name is found as well.
      if (mention !== null && mention.kind === 'anonymous' && mention.owner !== null) {
        i++;
        continue;
      }
      if (mention !== null && mention.kind !== 'title' && mention.kind !== 'anonymous' && !isNameModifier(tokens, i, mention)) {
        if (mention.kind === 'person') {
          addBracketedLabelCountry(mention, tokens, last + 1);
          addTrailingApposition(mention, tokens, last + 1, lexicon);
          addLeadingApposition(mention, tokens, i, last, lexicon);
        }
        mentions.push(mention);
      }
    }
    i = Math.max(last + 1, k);
  }
  return mentions;
}

/**
 * "the Lakeview Central schools", "at the Harbour Statehouse": people are not named after "the", so capitalised
 * words there without a title name a building, a body or what the noun after them belongs to, and a later "she"
 * does not stand for them ("the Rev. Anne Lowe" keeps her title and stays a person).
 */
function isNameModifier(tokens: readonly Token[], first: number, mention: Mention): boolean {
  return (mention.kind === 'person' || mention.kind === 'name') && mention.role === null && tokens[first - 1]?.normal === 'the';
}

/** Words this long carry the case of a title ("Calls", "Over"); shorter ones ("a", "of", "to") often stay lower. */
const TITLE_CASE_WORD = /^\p{L}{4,}$/u;
const MIN_TITLE_CASE_WORDS = 3;
const TITLE_CASE_SHARE = 0.75;

/** True when nearly every longer word of the sentence is capitalised, as in a title-case headline. */
export function isTitleCased(sentence: Sentence): boolean {
  let words = 0;
  let capitalised = 0;
  for (const token of sentence.tokens) {
    if (!TITLE_CASE_WORD.test(token.value)) continue;
    words++;
    if (isCapitalised(token.value)) capitalised++;
  }
  return words >= MIN_TITLE_CASE_WORDS && capitalised >= TITLE_CASE_SHARE * words;
}

function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const span of spans) if (span.start < end && start < span.end) return true;
  return false;
}

function hasProperNoun(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (tokens[k]!.pos === 'PROPN') return true;
  return false;
}

/** A capitalised word of a class names are made of: not "The", "In" or "Said" opening a clause. */
function isCapitalisedNameWord(token: Token | undefined): boolean {
  return token !== undefined && isCapitalised(token.value) && !NOT_NAME_POS.has(token.pos);
}

function isLowerOffice(token: Token | undefined, lexicon: CompiledSpeakerLexicon): boolean {
  return token !== undefined && !isCapitalised(token.value) && lexicon.office.has(token.normal);
}

/** A run opens on a capitalised name word, or on lower-case office words that lead to one ("foreign policy chief Jane"). */
function startsRun(tokens: readonly Token[], i: number, lexicon: CompiledSpeakerLexicon): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  // Asked of nearly every token: one capital test decides between the two ways a run opens.
  if (isCapitalised(token.value)) return !NOT_NAME_POS.has(token.pos);
  if (!lexicon.office.has(token.normal)) return false;
  let k = i + 1;
  while (k - i < MAX_LOWER_TITLE && isLowerOffice(tokens[k], lexicon)) k++;
  return isCapitalisedNameWord(tokens[k]) && tokens[k]!.pos === 'PROPN';
}

function isRunWord(tokens: readonly Token[], k: number, lexicon: CompiledSpeakerLexicon): boolean {
  const token = tokens[k];
  if (token === undefined) return false;
  if (isCapitalisedNameWord(token)) return true;
  if (isMistaggedFirstName(tokens, k, lexicon) || isMistaggedSurname(tokens, k)) return true;
  return isLowerOffice(token, lexicon) && startsRun(tokens, k, lexicon);
}

/**
 * The tagger reads some first names as verbs or adverbs ("Sen. Ted Cruz"): inside a run, before a proper noun, they
 * are names, unless a name stands before them too, as in a title-case headline ("Jane Roe Calls Ann Lee …").
 */
function isMistaggedFirstName(tokens: readonly Token[], k: number, lexicon: CompiledSpeakerLexicon): boolean {
  const token = tokens[k]!;
  const next = tokens[k + 1];
  const previous = tokens[k - 1];
  if (previous !== undefined && previous.pos === 'PROPN' && isCapitalised(previous.value) && !lexicon.title.has(previous.normal)) return false;
  return MISTAGGED_NAME_POS.has(token.pos) && isCapitalised(token.value) && next !== undefined && next.pos === 'PROPN' && isCapitalised(next.value);
}

/** Endings of the verb forms a title-case headline capitalises ("Calls", "Backed", "Rising"). */
const VERB_FORM_ENDING = /(?:s|ed|ing)$/;
/** A name is written with a capital and lower-case letters: a word in capitals opens a section ("SAVE A QUARTER Let's …"). */
const NAME_CASE = /^\p{Lu}\p{Ll}/u;

/**
 * The tagger reads some surnames as verbs ("Angela Cooper said", "Tom Hunter told"): a capitalised "verb" right
 * after a capitalised first name and before a lower-case word is a surname, unless it has the shape of a verb form
 * that a title-case headline capitalises ("Roe Calls for …").
 */
function isMistaggedSurname(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const previous = tokens[k - 1];
  const next = tokens[k + 1];
  if (token.pos !== 'VERB' || !isCapitalised(token.value) || VERB_FORM_ENDING.test(token.value)) return false;
  if (previous === undefined || previous.pos !== 'PROPN' || !NAME_CASE.test(previous.value) || !NAME_CASE.test(token.value)) return false;
  return next === undefined || !isCapitalised(next.value);
}

/** The first token after a run of lower-case name particles starting at `k` ("van", "von der"); `k` if none. */
function particlesEnd(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < tokens.length && j - k < 3 && nameParticles.has(tokens[j]!.value)) j++;
  return j;
}
