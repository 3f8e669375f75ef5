import { workerData } from 'node:worker_threads';
import { extractDocument, documentId, toDocumentError, type DocumentResult } from '../pipeline/batch.js';
import { createExtractor, type Extractor } from '../pipeline/extract.js';
import type { ExtractOptions } from '../pipeline/options.js';
import type { WorkerSetup, WorkerTask } from './task.js';

const setup = workerData as WorkerSetup;

async function prepare(): Promise<{ extractor: Extractor; options: ExtractOptions }> {
  let options = setup.options;
  if (setup.optionsModule !== null) {
    const loaded = (await import(setup.optionsModule)) as { default?: ExtractOptions | (() => ExtractOptions) };
    options = { ...options, ...(typeof loaded.default === 'function' ? loaded.default() : loaded.default) };
  }
  const extractor = createExtractor(options);
  // The model loads here, when the worker starts, not in the first document's time.
  extractor.extract('The model loads here, she said.');
  return { extractor, options };
}

// Once per worker. A failure (a missing options module, an invalid rule in it) becomes every document's typed error
// instead of a worker that dies at start and is started again.
const prepared = prepare().then(
  (ready) => ({ ready }),
  (error: unknown) => ({ error }),
);

export default async function extractTask(task: WorkerTask): Promise<DocumentResult> {
  const state = await prepared;
  if ('error' in state) return { id: documentId(task.input, task.index), ok: false, error: toDocumentError(state.error) };
  return extractDocument(state.ready.extractor, state.ready.options, task.input, task.index);
}
