import type { ExtractOptions } from '../pipeline/options.js';

/** What each worker is started with. */
export interface WorkerSetup {
  /** The pool's extraction options, structured-cloned into the worker. */
  options: ExtractOptions;
  /** A module whose default export is more options (rules, refiners: functions do not cross threads), or null. */
  optionsModule: string | null;
}

/** One document sent to a worker: the input as given and its position in the caller's sequence. */
export interface WorkerTask {
  input: unknown;
  index: number;
}
