import * as z from 'zod';
import { isClaimexError, type ClaimexErrorCode } from '../core/errors.js';
import { createExtractor, type Extractor } from './extract.js';
import type { ExtractOptions } from './options.js';
import { readAsyncOptions, type AsyncExtractOptions } from './extract-async.js';
import { classifyClaimsAsync, createClassifierLimit, type AsyncStanceClassifier, type ClassifierLimit } from '../enrich/stance/seam.js';
import { IsoDateSchema, TopicSchema, type ExtractionResult } from '../core/schema.js';

/** One document of a batch: its text plus what the caller knows about it, which overrides the batch's options. */
export const DocumentSchema = z
  .object({
    id: z.string().describe('The caller\'s key for the document, returned with its result.'),
    text: z.string().describe('The raw article text as the scraper saved it.'),
    url: z.string().url().optional().describe('The page\'s address; its host is the publisher of last resort.'),
    published: z
      .union([IsoDateSchema, z.date()])
      .optional()
      .describe('The publication date as the caller knows it; a dateline in the page wins.'),
    topic: TopicSchema.optional().describe('The topic stance is measured against, for this document only.'),
  })
  .describe('A document of a batch: its id, its text, and per-document options.');
export type Document = z.input<typeof DocumentSchema>;

/** What `extractMany` takes: article texts (their ids are their positions, from "0") or documents. */
export type DocumentInput = string | Document;

/** A failed document's error, as plain data so it crosses threads and serialises to JSON. */
export interface DocumentError {
  code: ClaimexErrorCode;
  message: string;
}

/** The outcome of one document: its result, or the error that stopped it; a failure never ends the batch. */
export type DocumentResult =
  | { id: string; ok: true; result: ExtractionResult }
  | { id: string; ok: false; error: DocumentError };

/** Turns the n-th input into a document, or says why it is none. */
export function toDocument(input: unknown, index: number): Document | DocumentError {
  if (typeof input === 'string') return { id: String(index), text: input };
  const parsed = DocumentSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  return { code: 'INVALID_INPUT', message: `document #${index}: ${z.prettifyError(parsed.error)}` };
}

/** The id a result reports for the n-th input, even when the input is not a valid document. */
export function documentId(input: unknown, index: number): string {
  const id = (input as { id?: unknown } | null)?.id;
  return typeof input === 'object' && typeof id === 'string' ? id : String(index);
}

export function toDocumentError(error: unknown): DocumentError {
  if (isClaimexError(error)) return { code: error.code, message: error.message };
  return { code: 'EXTRACTION_FAILED', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Extracts one document with a prepared extractor; a document that brings its own url, date or topic is read with
 * the batch's options plus those, resolved for it alone.
 */
export function extractDocument(extractor: Extractor, options: ExtractOptions, input: unknown, index: number): DocumentResult {
  return readAndExtract(extractor, options, input, index).outcome;
}

/** The document's outcome, with the document itself (null when the input is none) for what runs after the rules. */
function readAndExtract(extractor: Extractor, options: ExtractOptions, input: unknown, index: number): { outcome: DocumentResult; doc: Document | null } {
  const id = documentId(input, index);
  const doc = toDocument(input, index);
  if (!('text' in doc)) return { outcome: { id, ok: false, error: doc }, doc: null };
  try {
    const { url, published, topic } = doc;
    const own = url !== undefined || published !== undefined || topic !== undefined;
    const result = own
      ? createExtractor({ ...options, ...(url && { url }), ...(published && { published }), ...(topic && { topic }) }).extract(doc.text)
      : extractor.extract(doc.text);
    return { outcome: { id, ok: true, result }, doc };
  } catch (error) {
    return { outcome: { id, ok: false, error: toDocumentError(error) }, doc };
  }
}

/**
 * Extracts claims from many documents on this thread, yielding one result per input in input order. A document
 * that fails (not a string, invalid options of its own, an error inside the pipeline) yields a result with a typed
 * error; the batch goes on. Invalid batch options throw before the first document, as `createExtractor` does.
 * For all cores, `createPool` from `claimex/pool` has the same method.
 */
export async function* extractMany(
  docs: Iterable<DocumentInput> | AsyncIterable<DocumentInput>,
  options: ExtractOptions = {},
): AsyncGenerator<DocumentResult, void, undefined> {
  const extractor = createExtractor(options);
  let index = 0;
  for await (const input of docs) {
    yield extractDocument(extractor, options, input, index);
    index += 1;
  }
}

/**
 * `extractMany` with a stance classifier that may answer later (an NLI model, an LLM): the rules read each document
 * as it arrives, then the classifier is asked about its claims while the next documents are read. At most
 * `concurrency` classifier calls run at once across the whole batch, and at most `concurrency` documents wait for
 * theirs, so the source is never read far ahead. Results come in input order; a document whose classifier call
 * throws or rejects yields a CLASSIFIER_FAILED result (a wrong answer, INVALID_OPTIONS) and the batch goes on.
 */
export async function* extractManyAsync(
  docs: Iterable<DocumentInput> | AsyncIterable<DocumentInput>,
  options: AsyncExtractOptions = {},
): AsyncGenerator<DocumentResult, void, undefined> {
  const { stance, concurrency, rest } = readAsyncOptions(options);
  const extractor = createExtractor(rest);
  const limit = createClassifierLimit(concurrency);
  const waiting: Array<Promise<DocumentResult>> = [];
  let index = 0;
  for await (const input of docs) {
    const { outcome, doc } = readAndExtract(extractor, rest, input, index);
    waiting.push(stance && outcome.ok && doc ? classifyDocument(outcome, doc, rest, stance, limit) : Promise.resolve(outcome));
    index += 1;
    if (waiting.length > concurrency) yield await waiting.shift()!;
  }
  for (const outcome of waiting) yield await outcome;
}

/** Asks the classifier about one document's claims; never rejects, a failure is the document's result. */
async function classifyDocument(
  outcome: DocumentResult & { ok: true },
  doc: Document,
  options: ExtractOptions,
  stance: AsyncStanceClassifier,
  limit: ClassifierLimit,
): Promise<DocumentResult> {
  const { result } = outcome;
  const context = { raw: doc.text, topic: doc.topic ?? options.topic ?? null, article: result.article };
  try {
    return { ...outcome, result: { ...result, claims: await classifyClaimsAsync(result.claims, context, stance, limit) } };
  } catch (error) {
    return { id: outcome.id, ok: false, error: toDocumentError(error) };
  }
}
