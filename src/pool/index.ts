import { Piscina } from 'piscina';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import * as z from 'zod';
import type { DocumentInput, DocumentResult } from '../pipeline/batch.js';
import { documentId, toDocumentError } from '../pipeline/batch.js';
import { ClaimexError, isClaimexError } from '../core/errors.js';
import { createExtractor } from '../pipeline/extract.js';
import type { ExtractOptions } from '../pipeline/options.js';
import type { ExtractionResult } from '../core/schema.js';
import { orderedMap } from './ordered.js';
import { createSlots } from './slots.js';
import type { WorkerSetup, WorkerTask } from './task.js';

const PoolSettingsSchema = z.object({
  workers: z.number().int().positive().optional().describe('Worker threads; each loads the model once. Default: the cores.'),
  maxQueue: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('Documents waiting for a worker beyond those being read; further calls wait. Default: twice the workers.'),
  optionsModule: z
    .union([z.string(), z.instanceof(URL)])
    .optional()
    .describe('A module whose default export (options, or a function returning them) adds rules and refiners in each worker.'),
});

/** `createPool`'s options: the extraction options every worker uses, plus the pool's own settings. */
export type PoolOptions = ExtractOptions & z.input<typeof PoolSettingsSchema>;

/** A pool of worker threads with the extractor's surface, for all cores. */
export interface Pool extends AsyncDisposable {
  readonly workers: number;
  /** Extracts one document on a free worker; rejects with the document's `ClaimexError`. */
  extract(input: DocumentInput): Promise<ExtractionResult>;
  /** Like `extractMany` from `claimex`, on all workers: results in input order, failures as results. */
  extractMany(docs: Iterable<DocumentInput> | AsyncIterable<DocumentInput>): AsyncGenerator<DocumentResult, void, undefined>;
  /** Finishes the documents already handed in, then stops the workers. */
  close(): Promise<void>;
  /** Stops the workers now; documents in flight fail with `POOL_CLOSED`. */
  destroy(): Promise<void>;
}

/**
 * Settings for threads that do nothing but extract, one document after another (measurements: the README's
 * "Processing many documents").
 * - Two tasks per worker: the second waits in the worker's port, so a worker that finishes a document starts the next
 *   at once instead of idling until the main thread wakes, takes the result and sends another.
 * - A young generation of 96 MB (semi-spaces of 32 MB against the default 16 MB; V8 left a larger limit unused): it
 *   halves the scavenges, which cost about the same however much garbage they find, and whose parallel helper threads
 *   compete with the workers for the cores.
 * - No timing histograms: nothing reads them.
 */
const WORKER_TUNING = {
  concurrentTasksPerWorker: 2,
  resourceLimits: { maxYoungGenerationSizeMb: 96 },
  recordTiming: false,
} as const;

/** The worker is built as its own ES module next to the module running this code (dist/), for both formats. */
function workerFile(): URL {
  return new URL('./worker.js', import.meta.url);
}

function extractionOptions(options: PoolOptions): ExtractOptions {
  const { workers: _workers, maxQueue: _maxQueue, optionsModule: _optionsModule, ...extraction } = options;
  return extraction;
}

function cloneable(options: ExtractOptions): ExtractOptions {
  try {
    return structuredClone(options);
  } catch (cause) {
    throw new ClaimexError(
      'INVALID_OPTIONS',
      'pool options must cross to worker threads: give rules, refiners and debug through `optionsModule`',
      undefined,
      { cause },
    );
  }
}

function moduleSpecifier(module: string | URL | undefined): string | null {
  if (module === undefined) return null;
  if (module instanceof URL) return module.href;
  return module.startsWith('file:') ? module : pathToFileURL(module).href;
}

/**
 * Starts a pool of worker threads that extract claims, each with the model loaded once. At most `workers +
 * maxQueue` documents are in flight; `extract` waits for a slot beyond that, and `extractMany` pulls its source only
 * as slots free, so a large source is never read ahead. Options are validated here, before any worker starts.
 */
export function createPool(options: PoolOptions = {}): Pool {
  const settings = PoolSettingsSchema.safeParse({ workers: options.workers, maxQueue: options.maxQueue, optionsModule: options.optionsModule });
  if (!settings.success) {
    throw new ClaimexError('INVALID_OPTIONS', `invalid pool options: ${z.prettifyError(settings.error)}`, settings.error.issues);
  }
  const extraction = extractionOptions(options);
  createExtractor(extraction);
  const workers = settings.data.workers ?? availableParallelism();
  const window = workers + (settings.data.maxQueue ?? 2 * workers);
  const setup: WorkerSetup = { options: cloneable(extraction), optionsModule: moduleSpecifier(settings.data.optionsModule) };
  const piscina = new Piscina<WorkerTask, DocumentResult>({
    filename: workerFile().href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Infinity,
    ...WORKER_TUNING,
    workerData: setup,
  });
  // A task's failure reaches its caller through run(); a worker that dies between tasks is replaced by piscina, and
  // its 'error' event must not end the caller's process.
  piscina.on('error', () => {});
  const slots = createSlots(window);
  const inFlight = new Set<Promise<DocumentResult>>();
  let closed = false;

  function run(input: unknown, index: number): Promise<DocumentResult> {
    if (closed) return Promise.resolve({ id: documentId(input, index), ok: false, error: { code: 'POOL_CLOSED', message: 'the pool is closed' } });
    const outcome = dispatch(input, index);
    inFlight.add(outcome);
    void outcome.then(() => inFlight.delete(outcome));
    return outcome;
  }

  async function dispatch(input: unknown, index: number): Promise<DocumentResult> {
    await slots.take();
    try {
      return await piscina.run({ input, index });
    } catch (error) {
      const stopped = closed && !isClaimexError(error);
      return { id: documentId(input, index), ok: false, error: stopped ? { code: 'POOL_CLOSED', message: 'the pool was destroyed' } : toDocumentError(error) };
    } finally {
      slots.give();
    }
  }

  const close = async () => {
    closed = true;
    await Promise.all(inFlight);
    await piscina.close();
  };

  return {
    workers,
    async extract(input) {
      const outcome = await run(input, 0);
      if (outcome.ok) return outcome.result;
      throw new ClaimexError(outcome.error.code, outcome.error.message);
    },
    extractMany: (docs) => orderedMap(docs, window, run),
    close,
    async destroy() {
      closed = true;
      await piscina.destroy();
    },
    [Symbol.asyncDispose]: close,
  };
}

export type { Document, DocumentError, DocumentInput, DocumentResult } from '../pipeline/batch.js';
