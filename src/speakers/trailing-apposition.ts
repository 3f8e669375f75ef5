import { isCapitalised } from '../core/capitalised.js';
import type { Token } from '../core/tokens.js';
import { matchPlaceAt } from '../gazetteer/country.js';
import type { CompiledSpeakerLexicon } from '../lang/en/speakers.js';
import type { Mention } from './mention.js';
import { addApposition, describingHead } from './phrase.js';
import { APPOSITION_ENDS, APPOSITION_OPENERS } from '../lang/en/grammar.js';

/** An apposition is a short phrase: longer runs after a name are clauses. */
const MAX_APPOSITION = 20;

/**
 * "said Jane Roe, vice president of programs at Acme." — the speaker phrase ends at the name and the apposition
 * after the comma describes her: it gives the role and country the name lacked, and what she is to a title-holder. Only a phrase without an auxiliary that opens with a
 * determiner or an office or trade word counts, so a clause ("Jane Roe, adding that …") or a list ("Jane Roe, Ann
 * Lee and …") gives nothing.
 */
export function addTrailingApposition(mention: Mention, tokens: readonly Token[], at: number, lexicon: CompiledSpeakerLexicon): void {
  if (mention.kind !== 'person' || tokens[at]?.value !== ',') return;
  const first = tokens[at + 1];
  // The lower-cased value, not `normal`: the tagger respells some words ("vice" → "vise").
  const word = first?.value.toLowerCase();
  if (first === undefined) return;
  const ownedByCountry = matchPlaceAt(tokens, at + 1)?.possessive ?? false;
  const opens =
    ownedByCountry ||
    (word === first.value && (APPOSITION_OPENERS.has(word) || lexicon.office.has(word) || (lexicon.roleWords.isFunction?.(word) ?? false)));
  if (!opens) return;
  let end = at + 1;
  while (end < tokens.length && end - at <= MAX_APPOSITION && !APPOSITION_ENDS.has(tokens[end]!.value) && !closesAfterName(tokens, end)) end++;
  if (end - at > MAX_APPOSITION || tokens.slice(at + 1, end).some((token) => token.pos === 'AUX')) return;
  // A person whose title gave the role keeps it; the apposition may still say what they are ("an Ohio Republican").
  if (mention.roleStrength >= 2) mention.descriptor ??= describingHead(tokens.slice(at + 1, end));
  else addApposition(mention, tokens.slice(at + 1, end), lexicon);
}

/**
 * "a top aide to Vice President Jane Roe on the phone call with …": a preposition right after a name ends the office
 * its complement named; what follows is the occasion, not the role. "of" joins a name to its body and stays.
 */
function closesAfterName(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const before = tokens[k - 1];
  return token.pos === 'ADP' && token.normal !== 'of' && before !== undefined && before.pos === 'PROPN' && isCapitalised(before.value);
}
