import { unitAttribution } from './build.js';
import { trimRange } from './complement.js';
import { opensFiniteClause } from './cue-forms.js';
import { clauseSubject, scanText } from './scan-text.js';
import { enclosingAt, type Unit } from './units.js';
import type { Attribution, AttributionRule } from './types.js';
import type { Token } from '../text/analyse.js';
import { phraseEndingAt, type TokenRange } from '../text/noun-phrase.js';
import { nounCues } from '../lang/en/cue-frames.js';
import { CLAUSE_COORDINATORS, POSSESSIVE_S } from '../lang/en/grammar.js';
import { isComma, isQuoteToken, PLURAL_ENDING, SENTENCE_END } from '../lang/en/words.js';

const RULE_ID = 'attribution/noun-cue';

/** Determiners that make their owner the speaker ("her warning that …"); "my" and "our" are a quotation's, not the text's. */
const THIRD_PERSON_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);
/** Words the owner may put before the noun ("his repeated claim", "the party's long-held view"). */
const MAX_NOUN_MODIFIERS = 2;
const MIN_QUOTE_WORDS = 3;
const WORD = /[\p{L}\p{N}]/u;
const APOSTROPHE = /^['’]$/;

/**
 * `the union's claim that the vote was rigged`, `her warning that the dam could fail`, `his pledge to cut taxes`: a noun
 * of saying or belief with its owner, then a clause (or an infinitive) that is the owner's claim. It runs after the verb
 * rules, so a claim that holds the phrase ("X rejected the union's claim that …") keeps it.
 */
export const nounCueRule: AttributionRule = {
  id: RULE_ID,
  find(ctx, analysis) {
    const found: Attribution[] = [];
    for (const { unit } of scanText(ctx, analysis)) {
      const tokens = unit.tokens;
      for (let i = 1; i + 2 < tokens.length; i++) {
        const start = complementStart(tokens, i);
        if (start < 0 || enclosingAt(unit.quotes, i) !== null) continue;
        const owner = ownerBefore(tokens, i);
        if (owner === null) continue;
        const speaker = THIRD_PERSON_OWNERS.has(tokens[owner.first]!.normal) ? subjectOwning(unit, owner.first) : owner;
        if (speaker === null) continue;
        const quote = trimRange(tokens, start, clauseEnd(unit, start, isSubject(tokens, owner.first)) - 1, unit.quotes);
        if (quote === null || wordCount(tokens, quote) < MIN_QUOTE_WORDS) continue;
        const cue = { first: i, last: i };
        found.push(unitAttribution({ rule: RULE_ID, unit, quote, cue, cueLemma: tokens[i]!.normal, speaker, addressee: null }));
        i = quote.last;
      }
    }
    return found;
  },
};

/** Where the claim after the noun at `i` starts ("claim that [it …]", "pledge [to cut …]"), or -1. */
function complementStart(tokens: readonly Token[], i: number): number {
  const noun = tokens[i]!;
  if (noun.pos !== 'NOUN') return -1;
  const next = tokens[i + 1]!;
  if (next.normal === 'that' && nounCues.that.has(noun.normal) && opensFiniteClause(tokens, i + 2)) return i + 2;
  const verb = tokens[i + 2];
  if (next.normal === 'to' && nounCues.to.has(noun.normal) && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX')) return i + 1;
  return -1;
}

/** The owner before the noun at `i`, past a modifier or two: a possessive determiner or a phrase with "'s". */
function ownerBefore(tokens: readonly Token[], i: number): TokenRange | null {
  let j = i - 1;
  while (j > 0 && i - j <= MAX_NOUN_MODIFIERS && isModifier(tokens[j]!)) j--;
  const owner = tokens[j]!;
  if (THIRD_PERSON_OWNERS.has(owner.normal) && owner.pos !== 'NOUN') return { first: j, last: j };
  if (!POSSESSIVE_S.has(owner.normal) && !(APOSTROPHE.test(owner.value) && owner.start === tokens[j - 1]?.end)) return null;
  const phrase = phraseEndingAt(tokens, j - 1);
  if (phrase === null) return null;
  const head = tokens[phrase.last]!;
  return head.pos === 'NOUN' || head.pos === 'PROPN' ? phrase : null;
}

/** "repeated", "false", "long-held": a word between the owner and the noun. */
function isModifier(token: Token): boolean {
  return token.pos === 'ADJ' || token.pos === 'ADV' || (token.pos === 'VERB' && PAST_PARTICIPLE.test(token.normal));
}

const PAST_PARTICIPLE = /ed$/;

/**
 * `She repeated her warning that …`: a possessive determiner names the subject of its own clause, when the two agree
 * ("her" a person's name or "she", "their" a plural, "its" a thing); "Critics mocked his pledge" names someone else.
 */
function subjectOwning(unit: Unit, owner: number): TokenRange | null {
  const subject = clauseSubject(unit, owner);
  if (subject === null || subject.speakers.length !== 1) return null;
  const speaker = subject.speakers[0]!;
  const head = unit.tokens[speaker.last]!;
  return agrees(unit.tokens[owner]!.normal, head) ? speaker : null;
}

function agrees(determiner: string, head: Token): boolean {
  if (determiner === 'his') return head.normal === 'he' || head.pos === 'PROPN';
  if (determiner === 'her') return head.normal === 'she' || head.pos === 'PROPN';
  if (determiner === 'their') return head.normal === 'they' || (head.pos === 'NOUN' && PLURAL_ENDING.test(head.normal));
  return head.normal === 'it' || ((head.pos === 'NOUN' || head.pos === 'PROPN') && !PLURAL_ENDING.test(head.normal));
}

/** The owner's phrase opens the sentence or a clause: it is the subject, and the main verb follows the claim. */
function isSubject(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return before === undefined || isComma(before) || CLAUSE_COORDINATORS.has(before.normal) || before.pos === 'SCONJ';
}

/**
 * Where the claim ends: at a comma, a dash, a semicolon or the sentence's end outside quotation marks; when the phrase
 * is the sentence's subject, also at the main verb after the clause's own ("the view that taxes are unfair [is] shared").
 */
function clauseEnd(unit: Unit, start: number, subject: boolean): number {
  const tokens = unit.tokens;
  let clauseVerb = false;
  let coordinated = false;
  for (let k = start; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (enclosingAt(unit.quotes, k) !== null || isQuoteToken(token)) continue;
    if (isComma(token) || token.value === ';' || token.value === '—' || token.value === '–' || SENTENCE_END.has(token.value)) return k;
    if (!subject) continue;
    if (CLAUSE_COORDINATORS.has(token.normal)) coordinated = true;
    const verb = token.pos === 'AUX' || (token.pos === 'VERB' && !token.normal.endsWith('ing'));
    const previous = tokens[k - 1]!;
    // A verb group holds auxiliaries before its verb ("would have gone"); an auxiliary after the verb opens the next.
    const inGroup = previous.pos === 'AUX' || previous.pos === 'PART' || previous.pos === 'ADV' || (previous.pos === 'VERB' && token.pos !== 'AUX');
    if (verb && clauseVerb && !inGroup && !coordinated) return k;
    if (verb) clauseVerb = true;
  }
  return tokens.length;
}

function wordCount(tokens: readonly Token[], range: TokenRange): number {
  let count = 0;
  for (let k = range.first; k <= range.last; k++) if (WORD.test(tokens[k]!.value)) count++;
  return count;
}
