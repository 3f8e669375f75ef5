import { isCapitalised } from '../core/capitalised.js';
import type { Token } from '../core/tokens.js';
import { CLAUSE_OPENING_WORDS, DETERMINED_ADVERBS, FINITE_SAYING_FORMS, GROUP_PRONOUNS, PARTITIVES, POSSESSIVE_S, WIDGET_IMPERATIVES } from '../lang/en/grammar.js';
import { ONE_OF_SEVERAL, POSSESSIVE_DETERMINERS } from '../lang/en/words.js';

/** The verb tags, compared as strings: asked of every token, a set lookup cost more than the two compares. */
function isVerbTag(pos: string): boolean {
  return pos === 'VERB' || pos === 'AUX';
}

/**
 * wink reads "said" as the legal adjective ("the said property") after a name it took for a verb ("Mick Lynch said
 * members …", "Pat Hope said …"), and then neither the cue nor the name is seen. Only a determiner makes the
 * adjective; anywhere else a finite verb of saying is the verb. Runs before `retagNamesReadAsVerbs`, which reads
 * the name from the verb after it.
 */
export function retagSayingReadAsAdjective(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos === 'ADJ' && FINITE_SAYING_FORMS.has(token.value) && tokens[i - 1]!.pos !== 'DET') token.pos = 'VERB';
  }
}

/** How many modifiers may stand between a determiner and a head the tagger read as an adjective. */
const MAX_MODIFIERS = 3;

/**
 * "A young conservative said …", "one Latino liberal says …": wink reads a noun that is also an adjective as one when it
 * heads the subject, and the subject has no head. An adjective right before a finite verb of saying, after a
 * determiner ("one", "another" included) and at most a few modifiers, is the subject's head noun.
 */
export function retagAdjectiveHeads(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'ADJ' || !FINITE_SAYING_FORMS.has(tokens[i + 1]!.value)) continue;
    let k = i - 1;
    while (k >= 0 && i - k <= MAX_MODIFIERS && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'NOUN')) k--;
    if (k >= 0 && k < i && (tokens[k]!.pos === 'DET' || ONE_OF_SEVERAL.has(tokens[k]!.normal))) token.pos = 'NOUN';
  }
}

/**
 * wink tags some names as verbs or modals ("Cooper", "Cook", "Will"). Inside a sentence, a capitalised "verb" right
 * before a lower-case verb ("…,” Cooper said", "Angela Cooper told reporters") is the name of that verb's subject;
 * after a mark glued to it (“Stop talking”) the word opens a quoted sentence and keeps its tag.
 */
export function retagNamesReadAsVerbs(tokens: Token[]): void {
  if (tokens.length > 1 && isNameOpeningReport(tokens)) tokens[0]!.pos = 'PROPN';
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (isVerbTag(token.pos) && isCapitalised(token.value) && (isNameBeforeVerb(tokens, i) || isNameAfterSaying(tokens, i))) token.pos = 'PROPN';
    else if ((token.pos === 'NOUN' || isModifierTag(token.pos) || (token.pos === 'VERB' && !VERB_FORM_ENDING.test(token.value))) && isSurnameReadAsNoun(tokens, i)) token.pos = 'PROPN';
  }
}

/**
 * "Lynch said …", "Drew told reporters …", "Will says …": a sentence may open with an imperative ("Stop talking"), but
 * not with a verb right before a finite verb of saying; a capitalised "verb" there is the name of the one who says,
 * unless it is a widget's label glued to the sentence ("Watch said …").
 */
function isNameOpeningReport(tokens: readonly Token[]): boolean {
  const first = tokens[0]!;
  const next = tokens[1]!;
  if (!isCapitalised(first.value) || first.end === next.start) return false;
  if (isModifierTag(first.pos)) return isModifierNameOpeningReport(tokens);
  return isVerbTag(first.pos) && !WIDGET_IMPERATIVES.has(first.normal) && FINITE_SAYING_FORMS.has(next.value);
}

/** Verbs of saying in the present or past that a subject must precede: "asked" and "told" may open "When asked …". */
const SUBJECT_NEEDING_SAYING_FORMS: ReadonlySet<string> = new Set(['said', 'says']);

/**
 * "Pretty said she …": an adjective or adverb cannot be the subject of "said", so a capitalised one opening the
 * sentence is a surname; but words of quantity head unnamed groups ("Many said"), clause openers introduce what
 * follows ("When asked"), and "So said the senator" puts the subject after the verb.
 */
function isModifierNameOpeningReport(tokens: readonly Token[]): boolean {
  const first = tokens[0]!;
  if (GROUP_PRONOUNS.has(first.normal) || PARTITIVES.has(first.normal) || CLAUSE_OPENING_WORDS.has(first.normal)) return false;
  const after = tokens[2];
  return SUBJECT_NEEDING_SAYING_FORMS.has(tokens[1]!.value) && after !== undefined && after.pos !== 'DET' && after.pos !== 'PROPN';
}

/** Surnames that are also adjectives or adverbs ("Pretty", "Dearly", "Still") get those tags. */
function isModifierTag(pos: string): boolean {
  return pos === 'ADJ' || pos === 'ADV';
}

function isNameBeforeVerb(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]!;
  if (!isVerbTag(next.pos) || isCapitalised(next.value)) return false;
  const previous = tokens[i - 1]!;
  return !(previous.pos === 'PUNCT' && previous.end === tokens[i]!.start);
}

/**
 * `"…," said Concord resident Ana Ruiz`, `said Skip Hale, a farmer`, `told Rolling Stone`: a capitalised "verb" right
 * after a lower-case finite verb of saying, before a noun, a name or a comma, opens the inverted subject or the
 * addressee; a verb cannot follow the cue there.
 */
function isNameAfterSaying(tokens: readonly Token[], i: number): boolean {
  const cue = tokens[i - 1]!;
  const next = tokens[i + 1]!;
  if (!FINITE_SAYING_FORMS.has(cue.value) || cue.end === tokens[i]!.start) return false;
  return next.pos === 'NOUN' || next.pos === 'PROPN' || next.value === ',';
}

/** Endings of the verb forms a title-case headline capitalises ("Jane Roe Calls, …"): such a word keeps its tag. */
const VERB_FORM_ENDING = /(?:s|ed|ing)$/;

/**
 * wink tags surnames that are also months, common nouns, verbs, adjectives or adverbs as such ("Theresa May said",
 * "Tom Field, a farmer,", "Rep. Tom Lynch (D-Mass.) said", "Tom Dearly said"): a capitalised noun or verb right after a capitalised first name, before
 * a lower-case verb, a comma or a bracket, ends that name. A first name after a determiner is a modifier ("the Brexit
 * Party said") and keeps the noun's tag.
 */
function isSurnameReadAsNoun(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const first = tokens[i - 1]!;
  if (!isCapitalised(token.value) || first.pos !== 'PROPN' || !isCapitalised(first.value) || first.end === token.start) return false;
  if (i >= 2 && tokens[i - 2]!.pos === 'DET') return false;
  const next = tokens[i + 1]!;
  return next.value === ',' || next.value === '(' || (isVerbTag(next.pos) && !isCapitalised(next.value));
}

/**
 * wink reads some nouns right after a possessive as verbs ("the bank's conduct", "the city's record"): no finite verb
 * follows a possessive "'s", so a plain verb form there is the owned noun, and so is a gerund with no noun after it
 * ("the mayor's thinking"). A participle ("the firm's failed bid") keeps its tag.
 */
export function retagNounsAfterPossessive(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const mark = tokens[i - 1]!;
    if (token.pos !== 'VERB' || mark.pos !== 'PART' || !POSSESSIVE_S.has(mark.normal)) continue;
    if (!VERB_FORM_ENDING.test(token.normal) || isGerundHead(token, tokens[i + 1])) token.pos = 'NOUN';
  }
}

const OWNER_WORDS: ReadonlySet<string> = new Set(POSSESSIVE_DETERMINERS);

/**
 * "the only doctor in town said …", "China, the north's only ally, said …": wink reads "only" as an adverb and then the
 * noun after it as a verb, and the subject has no head. After a determiner or a possessive "'s", "only" is an
 * adjective, and a plain verb form right after it is the noun it qualifies.
 */
export function retagDeterminedAdverbs(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'ADV' || !DETERMINED_ADVERBS.has(token.normal)) continue;
    const before = tokens[i - 1]!;
    if (before.pos !== 'DET' && !(before.pos === 'PART' && POSSESSIVE_S.has(before.normal)) && !OWNER_WORDS.has(before.normal)) continue;
    token.pos = 'ADJ';
    const head = tokens[i + 1]!;
    if (head.pos === 'VERB' && !VERB_FORM_ENDING.test(head.normal)) head.pos = 'NOUN';
  }
}

const GERUND_ENDING = /ing$/;
const NOMINAL_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * "familiar with the mayor's thinking said …": an -ing form after a possessive heads the phrase unless a noun
 * follows it ("the firm's growing debt").
 */
function isGerundHead(token: Token, next: Token | undefined): boolean {
  return GERUND_ENDING.test(token.normal) && (next === undefined || !NOMINAL_TAGS.has(next.pos));
}
