import type { Claim, RemovedLine, Stance } from '../core/schema.js';
import type { BoilerplatePage, GoldArticle, GoldClaim } from './gold.js';
import { prf, tokenF1, type PRF } from './metrics.js';

/** The minimum quote token F1 for a predicted claim to match a gold claim. */
export const QUOTE_MATCH_THRESHOLD = 0.5;

export const CLAIM_FIELDS = ['speaker', 'speakerType', 'role', 'country', 'stance', 'quoteType', 'date', 'source'] as const;
export type ClaimField = (typeof CLAIM_FIELDS)[number];

export interface FieldScore {
  correct: number;
  total: number;
  accuracy: number;
}

export type StanceConfusion = Record<Stance, Record<Stance, number>>;

export interface ClaimMatch {
  gold: GoldClaim;
  predicted: Pick<Claim, 'quote' | ClaimField>;
  quoteF1: number;
}

export interface ClaimScore {
  claims: PRF;
  fields: Record<ClaimField, FieldScore>;
  /** Rows are gold stances, columns predicted stances, over matched claims. */
  stanceConfusion: StanceConfusion;
  matches: ClaimMatch[];
  missed: GoldClaim[];
  spurious: Array<Pick<Claim, 'quote' | ClaimField>>;
  /** Predicted quotes that are not verbatim in the raw text (only counted when `raw` is given). */
  nonVerbatim: number;
}

/** Noise-line P/R/F1: the removed raw line numbers against the gold's `noiseLines`. */
export function scoreNoise(gold: Pick<GoldArticle, 'noiseLines'>, result: { removed: readonly RemovedLine[] }): PRF {
  const expected = new Set(gold.noiseLines);
  const predicted = new Set(result.removed.map((line) => line.line));
  let tp = 0;
  for (const line of predicted) if (expected.has(line)) tp++;
  return prf(tp, predicted.size - tp, expected.size - tp);
}

/**
 * Claim P/R/F1 and per-field accuracy on matched pairs. A prediction matches a gold claim when their quotes'
 * token F1 is at least 0.5; pairs are taken one-to-one, best first. Field values compare after normalising
 * case, diacritics, apostrophes, white space and a leading "the".
 */
export function scoreClaims(
  gold: Pick<GoldArticle, 'claims'>,
  result: { claims: ReadonlyArray<Pick<Claim, 'quote' | ClaimField> & { quoteSpans?: Claim['quoteSpans'] }> },
  options: { raw?: string } = {},
): ClaimScore {
  const candidates: Array<{ g: number; p: number; f1: number }> = [];
  gold.claims.forEach((goldClaim, g) => {
    result.claims.forEach((predicted, p) => {
      const f1 = tokenF1(goldClaim.quote, predicted.quote);
      if (f1 >= QUOTE_MATCH_THRESHOLD) candidates.push({ g, p, f1 });
    });
  });
  candidates.sort((a, b) => b.f1 - a.f1 || a.g - b.g || a.p - b.p);
  const goldTaken = new Set<number>();
  const predictedTaken = new Set<number>();
  const matches: ClaimMatch[] = [];
  for (const { g, p, f1 } of candidates) {
    if (goldTaken.has(g) || predictedTaken.has(p)) continue;
    goldTaken.add(g);
    predictedTaken.add(p);
    matches.push({ gold: gold.claims[g]!, predicted: result.claims[p]!, quoteF1: f1 });
  }

  const fields = Object.fromEntries(
    CLAIM_FIELDS.map((field) => {
      const correct = matches.filter((match) => fieldMatches(match.gold[field], match.predicted[field])).length;
      return [field, { correct, total: matches.length, accuracy: matches.length === 0 ? 1 : correct / matches.length }];
    }),
  ) as Record<ClaimField, FieldScore>;

  const stanceConfusion = emptyConfusion();
  for (const match of matches) stanceConfusion[match.gold.stance][match.predicted.stance]++;

  const raw = options.raw;
  const nonVerbatim =
    raw === undefined
      ? 0
      : result.claims.filter((claim) =>
          claim.quoteSpans
            ? claim.quoteSpans.map((span) => raw.slice(span.start, span.end)).join(' ') !== claim.quote
            : !raw.includes(claim.quote),
        ).length;

  return {
    claims: prf(matches.length, result.claims.length - matches.length, gold.claims.length - matches.length),
    fields,
    stanceConfusion,
    matches,
    missed: gold.claims.filter((_, index) => !goldTaken.has(index)),
    spurious: result.claims.filter((_, index) => !predictedTaken.has(index)),
    nonVerbatim,
  };
}

/**
 * Boilerplate P/R/F1 as trafilatura evaluates: in the cleaned text with white space collapsed, a `with` string
 * kept is a true positive and dropped a false negative; a `without` string kept is a false positive.
 */
export function scoreBoilerplate(page: Pick<BoilerplatePage, 'with' | 'without'>, cleanedText: string): PRF {
  const text = collapseSpace(cleanedText);
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const wanted of page.with) {
    if (text.includes(collapseSpace(wanted))) tp++;
    else fn++;
  }
  for (const unwanted of page.without) {
    if (text.includes(collapseSpace(unwanted))) fp++;
  }
  return prf(tp, fp, fn);
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function normaliseFieldValue(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /i, '')
    .replace(/(?<![.,;:])[.,;:]+$/, '')
    .toLowerCase();
}

/** Whether a predicted field value equals the gold value after `normaliseFieldValue`. */
export function fieldMatches(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  return normaliseFieldValue(gold) === normaliseFieldValue(predicted);
}

function emptyConfusion(): StanceConfusion {
  const row = (): Record<Stance, number> => ({ support: 0, oppose: 0, conditional: 0, neutral: 0 });
  return { support: row(), oppose: row(), conditional: row(), neutral: row() };
}
