import type { Article, RemovedLine, Span } from '../core/schema.js';
import type { ChromeLexicon } from '../lang/en/chrome.js';

/** What the cleaner is told: the caller's metadata fallbacks and the chrome vocabulary. */
export interface CleanSettings {
  url: string | null;
  publisher: string | null;
  published: string | null;
  chromeLexicon: ChromeLexicon;
}

export interface CleanResult {
  /** The article: kept lines, verbatim, joined by "\n". */
  text: string;
  /** One entry per removed non-blank raw line, with the reason. */
  removed: RemovedLine[];
  /** Maps an offset in `text` to the raw input. */
  toRaw(offset: number): number;
  /** Raw spans of the kept lines (whitespace trimmed), in order: the paragraphs later stages read. */
  blocks: Span[];
  article: Article;
}

/** What the cleaner decides about the lines, without the joined text. */
export type CleanedLines = Pick<CleanResult, 'removed' | 'blocks' | 'article'>;
