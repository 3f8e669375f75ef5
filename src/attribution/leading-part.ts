import type { Token } from '../text/analyse.js';
import type { TokenRange } from '../text/noun-phrase.js';
import { holdsVerb } from './complement.js';
import { CLAUSE_SUBORDINATORS, SUBORDINATORS } from '../lang/en/grammar.js';
import { isComma } from '../lang/en/words.js';

/**
 * What stands before an attribution set off by commas (`…, she said, …`, `…, according to X, …`): a `clause` with its
 * own finite verb, a `fragment` with no verb (a subject or a prepositional phrase), an `adjunct` whose only verbs are
 * -ing forms or infinitives ("By cutting the line, she said, the office …"), or a `subordinate clause` that opens the
 * unit ("When they were announced, he said, Mr. Lind …"). The three but `clause` need the clause that resumes after
 * the attribution.
 */
export type LeadingPart = 'clause' | 'fragment' | 'adjunct' | 'subordinate clause';

export function leadingPart(tokens: readonly Token[], range: TokenRange): LeadingPart {
  if (!holdsVerb(tokens, range)) return 'fragment';
  if (opensWithSubordinator(tokens, range.first)) return mainClauseAfterComma(tokens, range) ? 'clause' : 'subordinate clause';
  for (let k = range.first; k <= range.last; k++) {
    const token = tokens[k]!;
    if (token.pos === 'AUX' || (token.pos === 'VERB' && !token.normal.endsWith('ing') && tokens[k - 1]?.normal !== 'to')) return 'clause';
  }
  return tokens[range.first]!.pos === 'ADP' ? 'adjunct' : 'clause';
}

/** "Unless …", "But when …": a subordinator, after a coordinator or not, opens the words at `first`. */
function opensWithSubordinator(tokens: readonly Token[], first: number): boolean {
  const word = tokens[first]?.pos === 'CCONJ' ? first + 1 : first;
  const normal = tokens[word]?.normal ?? '';
  return SUBORDINATORS.has(normal) || CLAUSE_SUBORDINATORS.has(normal);
}

/** `Though he trails, Lind leads the polls`: a verb after a comma is the main clause that the subordinate one opens. */
function mainClauseAfterComma(tokens: readonly Token[], range: TokenRange): boolean {
  let comma = false;
  for (let k = range.first; k <= range.last; k++) {
    const token = tokens[k]!;
    if (isComma(token)) comma = true;
    else if (comma && (token.pos === 'AUX' || (token.pos === 'VERB' && !token.normal.endsWith('ing')))) return true;
  }
  return false;
}
