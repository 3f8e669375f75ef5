import { workerData } from 'node:worker_threads';
import { extractDocument, type DocumentResult } from '../batch.js';
import { createExtractor } from '../extract.js';
import type { ExtractOptions } from '../options.js';
import type { WorkerSetup, WorkerTask } from './task.js';

const setup = workerData as WorkerSetup;

async function loadOptions(): Promise<ExtractOptions> {
  if (setup.optionsModule === null) return setup.options;
  const loaded = (await import(setup.optionsModule)) as { default?: ExtractOptions | (() => ExtractOptions) };
  const extra = typeof loaded.default === 'function' ? loaded.default() : loaded.default;
  return { ...setup.options, ...extra };
}

// Once per worker: the options are resolved and the model is loaded here, before the first document arrives.
const options = await loadOptions();
const extractor = createExtractor(options);
extractor.extract('The model loads here, she said.');

export default function extractTask(task: WorkerTask): DocumentResult {
  return extractDocument(extractor, options, task.input, task.index);
}
