import { addresseeIn } from './addressee.js';
import { complementAttributions } from './build.js';
import { complementAfter } from './complement.js';
import { complementEnd, scanText } from './scan-text.js';
import { opensReportedClause, RELATIVE_OBJECT_RULE, RELATIVE_PREDICATE_RULE, type CueMatch } from './cue-forms.js';
import type { CueHit } from './cue-scan.js';
import type { Attribution, AttributionRule } from './types.js';
import type { Token } from '../text/analyse.js';
import type { UnitQuotes } from './units.js';
import { isComma, isFiniteVerb } from '../lang/en/words.js';

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
        const clauseEnd = matrixResumesAt(unit.tokens, hit.cue, hit.boundary, hit.cue.last + 1, complementEnd(hits, n, unit.tokens.length), judgement);
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

/** Rule id of a complement read around a relative report set inside it ("said the plan, which critics called costly, …"). */
export const AROUND_RELATIVE_REPORT_RULE = 'attribution/frame:around-relative-report';

/** A relative report set off by commas inside a complement, and where the complement resumed after it ends. */
export interface RelativeReportGap {
  /** The comma before the relative pronoun. */
  first: number;
  /** The comma after which the complement's predicate resumes. */
  last: number;
  /** Where the resumed complement ends (exclusive). */
  end: number;
}

/**
 * `said the plan, which critics said was costly, would pass`: the relative report holds another speaker's claim, and
 * the complement of hit `n` goes on past it to its own predicate. Returns the aside and the resumed end, else null.
 */
export function relativeReportInside(tokens: readonly Token[], hits: readonly CueHit[], n: number): RelativeReportGap | null {
  const cueEnd = hits[n]!.cue.last;
  const m = hits.findIndex((other, k) => k > n && other.boundary > cueEnd);
  const relative = hits[m];
  if (relative === undefined || relative.kind !== 'relative' || relative.cue.frames?.includes(RELATIVE_PREDICATE_RULE) !== true) return null;
  if (!isComma(tokens[relative.boundary])) return null;
  const end = complementEnd(hits, m, tokens.length);
  const resumed = matrixResumesAt(tokens, relative.cue, relative.boundary, relative.cue.last + 1, end, false);
  return resumed < end ? { first: relative.boundary, last: resumed, end } : null;
}

/**
 * `Critics, who argue that the tax is unfair, want it scrapped`: a relative clause set off by a comma ends at the
 * comma after which the main clause's verb resumes. Returns that comma, else `end`.
 */
function matrixResumesAt(tokens: readonly Token[], cue: CueMatch, boundary: number, from: number, end: number, judgement: boolean): number {
  if (!isComma(tokens[boundary])) return end;
  // The reported clause must hold its own verb first: "said the bridge, built in 1920, was unsafe, resigned" runs on
  // past the participle set off inside it. A judgement on the pronoun ("which critics called a giveaway, passed")
  // and an object with no clause of its own ("who opposes abortion, vetoed …") have their verb in the cue.
  let clauseVerb = judgement || (cue.kind === 'position' && !opensReportedClause(tokens, from));
  for (let k = from; k < end - 1; k++) {
    const token = tokens[k]!;
    if (!isComma(token)) {
      if ((token.pos === 'VERB' || token.pos === 'AUX') && !isComma(tokens[k - 1])) clauseVerb = true;
      continue;
    }
    const next = tokens[k + 1]!;
    if (clauseVerb && isFiniteVerb(next)) return k;
  }
  return end;
}
