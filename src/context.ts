import type { Article } from './schema.js';
import type { ResolvedOptions } from './options.js';

/** One per call, handed to every rule: the raw text, the options, the article's metadata and a lazy debug channel. */
export interface Context {
  readonly raw: string;
  readonly options: ResolvedOptions;
  readonly article: Article;
  /** The article's date (YYYY-MM-DD), the reference for weekdays and relative days; null when unknown. */
  readonly referenceDate: string | null;
  /** Messages are built only when a debug sink was given. */
  debug(message: () => string): void;
}

export function createContext(raw: string, options: ResolvedOptions, article: Article): Context {
  const sink = options.debug;
  return {
    raw,
    options,
    article,
    referenceDate: article.published,
    debug: sink ? (message) => sink(message()) : () => undefined,
  };
}
