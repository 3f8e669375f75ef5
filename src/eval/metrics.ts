/** Counts of a binary decision and the scores derived from them. */
export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores from counts; an empty side scores 1 (nothing to find, nothing wrongly found). */
export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = 2 * tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Pools counts over many files (micro-average). */
export function poolPRF(scores: readonly PRF[]): PRF {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const score of scores) {
    tp += score.tp;
    fp += score.fp;
    fn += score.fn;
  }
  return prf(tp, fp, fn);
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased word tokens; punctuation and quote marks do not count. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Token F1 of two texts over bags of words (SQuAD-style). */
export function tokenF1(a: string, b: string): number {
  const left = wordTokens(a);
  const right = wordTokens(b);
  if (left.length === 0 || right.length === 0) return left.length === right.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const token of left) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of right) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      common++;
      counts.set(token, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / right.length;
  const recall = common / left.length;
  return (2 * precision * recall) / (precision + recall);
}
