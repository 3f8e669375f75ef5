import { addresseeIn } from './addressee.js';
import { closingSpeechTail } from './according-to.js';
import { complementAttributions } from './build.js';
import { complementAfter, rangeSpan, trimRange } from './complement.js';
import { subordinateComplementEnd, type CueHit, type HitKind } from './cue-scan.js';
import { complementEnd, scanText } from './scan-text.js';
import type { Token } from '../text/analyse.js';
import type { TokenRange } from '../text/noun-phrase.js';
import type { Attribution, AttributionRule } from './types.js';
import { AROUND_RELATIVE_REPORT_RULE, relativeReportInside, type RelativeReportGap } from './relative-clause.js';
import type { Unit } from './units.js';

const RULE_ID = 'attribution/reported-speech';

/** A sentence that opens with a quotation mark. */
const OPENING_MARK = /^["“„«'‘]/;

const SUBJECT_FIRST: ReadonlySet<HitKind> = new Set(['main', 'coordinate', 'resumed']);

/**
 * `X said (that) …`, `X told the paper …`, `Russia on Thursday rejected …`, `X did not rule out …`, and a second
 * subject after a coordinator (`…, and Y stated that …`). The quote is the complement up to the next clause that
 * starts a claim of its own; `X said that A and that B` gives two.
 */
export const reportedSpeechRule: AttributionRule = {
  id: RULE_ID,
  find(ctx, analysis) {
    const found: Attribution[] = [];
    for (const { unit, hits } of scanText(ctx, analysis)) {
      const next = analysis.sentences[unit.sentence.index + 1];
      const beforeQuotation = next !== undefined && OPENING_MARK.test(next.text);
      const owner = closingSpeechTail(hits, unit.tokens);
      hits.forEach((hit, n) => {
        if (!SUBJECT_FIRST.has(hit.kind) || n < owner || summedUpByQuotation(unit.tokens, hit, beforeQuotation)) return;
        const gap = relativeReportInside(unit.tokens, hits, n);
        const around = gap === null ? null : aroundRelativeReport(unit, hit, gap, beforeQuotation);
        if (around !== null) {
          found.push(...around);
          return;
        }
        const end = subordinateComplementEnd(unit.tokens, hit, complementEnd(hits, n, unit.tokens.length), unit.quotes);
        const complement = complementAfter(unit.tokens, hit.cue, end, unit.quotes, beforeQuotation);
        if (complement === null || leadsIntoBlock(unit.tokens, complement.ranges)) return;
        const addressee = complement.addressee ?? addresseeIn(unit.tokens);
        found.push(...complementAttributions(RULE_ID, unit, hit, complement.ranges, hit.speakers, addressee, complement.frames));
      });
    }
    return found;
  },
};

/**
 * `X said the plan, which critics called costly, would pass`: the complement is read on past the relative report to
 * its own predicate, and the report's words are left out of the quote, which has two parts. Null when the complement
 * read that far does not run across the report as one that-clause, so that the plain reading applies.
 */
function aroundRelativeReport(unit: Unit, hit: CueHit, gap: RelativeReportGap, beforeQuotation: boolean): Attribution[] | null {
  const { tokens, quotes } = unit;
  const end = subordinateComplementEnd(tokens, hit, gap.end, quotes);
  const complement = complementAfter(tokens, hit.cue, end, quotes, beforeQuotation);
  const range = complement?.ranges.length === 1 ? complement.ranges[0]! : null;
  if (complement === null || range === null || range.first >= gap.first || range.last <= gap.last) return null;
  const before = trimRange(tokens, range.first, gap.first - 1, quotes);
  const after = trimRange(tokens, gap.last + 1, range.last, quotes);
  if (before === null || after === null) return null;
  const addressee = complement.addressee ?? addresseeIn(tokens);
  const found = complementAttributions(RULE_ID, unit, hit, [before], hit.speakers, addressee, [...complement.frames, AROUND_RELATIVE_REPORT_RULE]);
  for (const attribution of found) attribution.quoteSpans.push(rangeSpan(tokens, after));
  return found;
}

/**
 * `…, with X stressing the need for speed. “…,” X added.`: an absolute clause's object, before a quotation, only sums
 * up what the quotation says; the quotation is the claim (one proposition told twice is one claim).
 */
function summedUpByQuotation(tokens: readonly Token[], hit: CueHit, beforeQuotation: boolean): boolean {
  return hit.absolute === true && beforeQuotation && tokens[hit.cue.last + 1]?.normal !== 'that';
}

/**
 * `X said in a statement released on Monday:` — words up to a colon that ends the sentence introduce the quotation
 * that follows (the block-quote rule reads it); they are no claim of their own.
 */
function leadsIntoBlock(tokens: readonly Token[], ranges: readonly TokenRange[]): boolean {
  const last = ranges[ranges.length - 1];
  return last !== undefined && last.last === tokens.length - 2 && tokens[tokens.length - 1]!.value === ':';
}
