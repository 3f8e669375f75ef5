import type { ResolvedOptions } from '../options.js';
import type { Span } from '../schema.js';
import { joinSpans } from '../text/offset-map.js';
import type { CleanResult } from './types.js';

/** Placeholder until the line classifier lands: keeps every non-blank line. */
export function cleanText(raw: string, options: Pick<ResolvedOptions, 'url' | 'publisher' | 'published'>): CleanResult {
  const blocks: Span[] = [];
  const pattern = /[^\r\n]+/g;
  for (let match = pattern.exec(raw); match; match = pattern.exec(raw)) {
    const leading = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (trimmed) blocks.push({ start: match.index + leading, end: match.index + leading + trimmed.length });
  }
  const { text, map } = joinSpans(raw, blocks, '\n');
  return {
    text,
    removed: [],
    toRaw: (offset) => map.toRaw(offset),
    blocks,
    article: {
      title: null,
      publisher: options.publisher,
      published: options.published,
      provenance: { title: null, publisher: null, published: null },
    },
  };
}
