import { findAttributions } from '../../src/attribution/index.js';
import type { AttributionRule } from '../../src/attribution/types.js';
import { createContext, withSettings } from '../../src/core/context.js';
import { resolveOptions, type ExtractOptions } from '../../src/pipeline/options.js';
import type { Article, Span } from '../../src/core/schema.js';
import { analyse } from '../../src/text/analyse.js';

export interface Found {
  rule: string;
  quote: string;
  type: string;
  speaker: string | null;
  cue: string | null;
  lemma: string | null;
  addressee: string | null;
}

const LINE = /[^\r\n]+/g;

/** Paragraphs as the cleaner hands them over: every non-blank line, trimmed. */
export function lineBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  for (let match = LINE.exec(text); match; match = LINE.exec(text)) {
    const leading = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (trimmed) blocks.push({ start: match.index + leading, end: match.index + leading + trimmed.length });
  }
  LINE.lastIndex = 0;
  return blocks;
}

export interface AttributeOptions extends ExtractOptions {
  /** A headline: the first line of the text, read as a unit of its own. */
  titled?: boolean;
  rules?: readonly AttributionRule[];
}

/** Runs the attribution rules (all by default) over hand-written text and reads every span back as text. */
export function attribute(text: string, options: AttributeOptions = {}): Found[] {
  const { titled, rules, ...rest } = options;
  const resolved = resolveOptions(rules ? { ...rest, attributionRules: rules } : rest);
  const blocks = lineBlocks(text);
  const first = blocks[0];
  const article: Article = {
    title: titled && first ? text.slice(first.start, first.end) : null,
    publisher: rest.publisher ?? null,
    published: null,
    provenance: {
      title: titled && first ? { ...first, text: text.slice(first.start, first.end) } : null,
      publisher: null,
      published: null,
    },
  };
  const ctx = withSettings(createContext(text, article), resolved.attribution);
  const read = (span: Span | null) => (span ? text.slice(span.start, span.end) : null);
  return findAttributions(ctx, analyse(text, blocks)).map((attribution) => {
    for (const span of attribution.quoteSpans) {
      if (span.start < 0 || span.end > text.length || span.start >= span.end) throw new Error(`bad span ${JSON.stringify(span)}`);
    }
    return {
      rule: attribution.rule,
      quote: attribution.quoteSpans.map((span) => text.slice(span.start, span.end)).join(' | '),
      type: attribution.quoteType,
      speaker: read(attribution.speaker),
      cue: read(attribution.cue),
      lemma: attribution.cueLemma,
      addressee: read(attribution.addressee),
    };
  });
}

/** The (speaker, quote) pairs found, for compact table assertions. */
export function pairs(text: string, options: AttributeOptions = {}): Array<[string | null, string]> {
  return attribute(text, options).map((found) => [found.speaker, found.quote]);
}
