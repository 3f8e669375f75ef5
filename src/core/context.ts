import type { Article, Span } from './schema.js';

/**
 * One per call and stage, handed to every rule of that stage: the raw text, the article's metadata, the stage's own
 * settings (and no other stage's), a lazy debug channel and a memo shared by the call's rules.
 */
export interface Context<Settings = unknown> {
  readonly raw: string;
  readonly article: Article;
  /** The article's date (YYYY-MM-DD), the reference for weekdays and relative days; null when unknown. */
  readonly referenceDate: string | null;
  /** The settings of the stage this context was made for. */
  readonly settings: Settings;
  /** Messages are built only when a debug sink was given. */
  debug(message: () => string): void;
  /**
   * Says on the debug channel that a rule decided something, and where: `rule` is the rule's namespaced id
   * ("attribution/direct-quote"). Like `debug`, it costs nothing without a sink.
   */
  report(rule: string, span: Span | null, message: () => string): void;
  /**
   * The value `compute` returns, computed on the first ask for `key` in this call and shared with every later
   * asker (rules that read the article the same way share one reading). It lives as long as the call: a
   * module-level WeakMap keyed by the context kept each article's reading until a full garbage collection.
   */
  memo<T>(key: object, compute: () => T): T;
}

export type DebugSink = (message: string) => void;

/** The context of one call, before any stage's settings are attached. */
export function createContext(raw: string, article: Article, sink: DebugSink | null = null): Context<undefined> {
  const memos = new Map<object, unknown>();
  const debug = sink ? (message: () => string) => sink(message()) : () => undefined;
  return {
    raw,
    article,
    referenceDate: article.published,
    settings: undefined,
    debug,
    report: sink
      ? (rule, span, message) => sink(`[${rule}]${span ? ` ${span.start}-${span.end}` : ''} ${message()}`)
      : () => undefined,
    memo<T>(key: object, compute: () => T): T {
      if (memos.has(key)) return memos.get(key) as T;
      const value = compute();
      memos.set(key, value);
      return value;
    },
  };
}

/** The same call's context for a stage: the memo and debug channel are shared, the settings are the stage's. */
export function withSettings<Settings>(ctx: Context<unknown>, settings: Settings): Context<Settings> {
  return { ...ctx, settings };
}
