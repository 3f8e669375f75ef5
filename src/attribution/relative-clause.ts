import { addresseeIn } from './addressee.js';
import { complementAttributions } from './build.js';
import { complementAfter } from './complement.js';
import { complementEnd, scanText } from './scan-text.js';
import { RELATIVE_OBJECT_RULE } from './cue-forms.js';
import type { Attribution, AttributionRule } from './types.js';
import type { Token } from '../text/analyse.js';
import type { UnitQuotes } from './units.js';
import { isComma } from '../lang/en/words.js';

const RULE_ID = 'attribution/relative-clause';

/**
 * `X, who said Tuesday he …, estimated …` and `A and B, who raised the possibility of …`: the relative clause is a
 * claim of the phrase it hangs on, one attribution per coordinated speaker with the same quote.
 */
export const relativeClauseRule: AttributionRule = {
  id: RULE_ID,
  find(ctx, analysis) {
    const found: Attribution[] = [];
    for (const { unit, hits } of scanText(ctx, analysis)) {
      hits.forEach((hit, n) => {
        if (hit.kind !== 'relative') return;
        const judgement = hit.cue.frames?.includes(RELATIVE_OBJECT_RULE) === true;
        const clauseEnd = matrixResumesAt(unit.tokens, hit.boundary, hit.cue.last + 1, complementEnd(hits, n, unit.tokens.length), judgement);
        const end = judgement ? quotedJudgementEnd(unit.tokens, hit.cue.last + 1, clauseEnd, unit.quotes) : clauseEnd;
        const complement = complementAfter(unit.tokens, hit.cue, end, unit.quotes);
        if (complement === null) return;
        const addressee = complement.addressee ?? addresseeIn(unit.tokens, hit.cue.last + 1, end);
        found.push(...complementAttributions(RULE_ID, unit, hit, complement.ranges, hit.speakers, addressee, complement.frames));
      });
    }
    return found;
  },
};

/**
 * `a fee, which the mayor called “a disgrace,” was cut`, `what one critic dubbed “the yuca primary,” a contest of …`:
 * a judgement on the pronoun that is a quotation is the quotation; the words after its closing mark are the main
 * clause's or another apposition's. Returns the index after the closing mark, else `end`.
 */
function quotedJudgementEnd(tokens: readonly Token[], first: number, end: number, quotes: UnitQuotes): number {
  const opening = tokens[first];
  const quotation = opening === undefined ? undefined : quotes.openAt.get(opening.start);
  if (quotation === undefined) return end;
  for (let k = first + 1; k < end; k++) if (tokens[k]!.start === quotation.close) return k + 1;
  return end;
}

/**
 * `Critics, who argue that the tax is unfair, want it scrapped`: a relative clause set off by a comma ends at the
 * comma after which the main clause's verb resumes. Returns that comma, else `end`.
 */
function matrixResumesAt(tokens: readonly Token[], boundary: number, from: number, end: number, judgement: boolean): number {
  if (!isComma(tokens[boundary])) return end;
  // The reported clause must hold its own verb first: "said the bridge, built in 1920, was unsafe, resigned" runs on
  // past the participle set off inside it. A judgement on the pronoun ("which critics called a giveaway, passed")
  // has its verb in the cue.
  let clauseVerb = judgement;
  for (let k = from; k < end - 1; k++) {
    const token = tokens[k]!;
    if (!isComma(token)) {
      if ((token.pos === 'VERB' || token.pos === 'AUX') && !isComma(tokens[k - 1])) clauseVerb = true;
      continue;
    }
    const next = tokens[k + 1]!;
    if (clauseVerb && (next.pos === 'AUX' || (next.pos === 'VERB' && !next.normal.endsWith('ing')))) return k;
  }
  return end;
}
