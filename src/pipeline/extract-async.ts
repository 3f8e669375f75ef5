import { classifyClaimsAsync, createClassifierLimit, type AsyncStanceClassifier } from '../enrich/stance/seam.js';
import { ClaimexError } from '../core/errors.js';
import { extractClaims } from './extract.js';
import type { ExtractOptions } from './options.js';
import type { ExtractionResult } from '../core/schema.js';

/** Options of `extractClaimsAsync` and `extractManyAsync`: those of `extractClaims`, with a stance classifier that may answer later. */
export type AsyncExtractOptions = Omit<ExtractOptions, 'stance'> & {
  stance?: AsyncStanceClassifier;
  /** How many claims the classifier is asked about at once (a model server's or an API's limit); default 4. */
  concurrency?: number;
};

const DEFAULT_CONCURRENCY = 4;

/** Splits the async options from the synchronous ones, checking them; throws INVALID_OPTIONS. */
export function readAsyncOptions(options: AsyncExtractOptions): { stance: AsyncStanceClassifier | undefined; concurrency: number; rest: ExtractOptions } {
  const { stance, concurrency = DEFAULT_CONCURRENCY, ...rest } = options;
  if (stance !== undefined && typeof stance !== 'function') {
    throw new ClaimexError('INVALID_OPTIONS', 'stance must be a function (claim, context) => stance or a promise of one');
  }
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new ClaimexError('INVALID_OPTIONS', `concurrency must be a positive integer, got ${String(concurrency)}`);
  }
  return { stance, concurrency, rest };
}

/**
 * `extractClaims`, then an async stance classifier (an NLI model, an LLM) over its claims. The rules run first,
 * so the classifier sees their stance and reason on each claim; without `stance` this is `extractClaims`.
 * A classifier that throws or rejects fails the call with CLASSIFIER_FAILED.
 */
export async function extractClaimsAsync(raw: string, options: AsyncExtractOptions = {}): Promise<ExtractionResult> {
  const { stance, concurrency, rest } = readAsyncOptions(options);
  const result = extractClaims(raw, rest);
  if (!stance) return result;
  const limit = createClassifierLimit(concurrency);
  const claims = await classifyClaimsAsync(result.claims, { raw, topic: rest.topic ?? null, article: result.article }, stance, limit);
  return { ...result, claims };
}
