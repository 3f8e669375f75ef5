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
  /**
   * The value `compute` returns, computed on the first ask for `key` in this call and shared with every later
   * asker (rules that read the article the same way share one reading). It lives as long as the call: a
   * module-level WeakMap keyed by the context kept each article's reading until a full garbage collection.
   */
  memo<T>(key: object, compute: () => T): T;
}

export function createContext(raw: string, options: ResolvedOptions, article: Article): Context {
  const sink = options.debug;
  const memos = new Map<object, unknown>();
  return {
    raw,
    options,
    article,
    referenceDate: article.published,
    debug: sink ? (message) => sink(message()) : () => undefined,
    memo<T>(key: object, compute: () => T): T {
      if (memos.has(key)) return memos.get(key) as T;
      const value = compute();
      memos.set(key, value);
      return value;
    },
  };
}
