import type { Attribution } from '../../src/attribution/types.js';
import { createContext, withSettings } from '../../src/core/context.js';
import type { ClaimDraft, EnrichContext } from '../../src/enrich/types.js';
import { resolveOptions } from '../../src/pipeline/options.js';
import { draftClaim } from '../../src/enrich/draft.js';
import type { QuoteType, Span } from '../../src/core/schema.js';
import type { SpeakerEntity } from '../../src/speakers/types.js';
import { analyse, type Analysis } from '../../src/text/analyse.js';

/** One claim to build by hand: strings are located in the text (the first occurrence outside the quote). */
export interface ClaimSpec {
  /** The quote, or the parts of a split quotation. */
  quote: string | string[];
  cue?: string;
  speaker?: string;
  addressee?: string;
  quoteType?: QuoteType;
  /** The resolved speaker entity's name and type, when the test needs one. */
  entity?: { name: string; type: SpeakerEntity['type'] };
}

export interface Built {
  raw: string;
  ctx: EnrichContext;
  analysis: Analysis;
  drafts: ClaimDraft[];
}

export interface ArticleMeta {
  published?: string | null;
  publisher?: string | null;
}

/** Analyses `raw` (one paragraph per line) and builds one draft per spec, the way the pipeline would. */
export function buildDrafts(raw: string, specs: readonly ClaimSpec[], meta: ArticleMeta = {}): Built {
  const lines: Span[] = [];
  for (const match of raw.matchAll(/[^\n]+/g)) lines.push({ start: match.index, end: match.index + match[0].length });
  const analysis = analyse(raw, lines);
  const ctx = withSettings(createContext(raw, {
    title: null,
    publisher: meta.publisher ?? null,
    published: meta.published ?? null,
    provenance: { title: null, publisher: null, published: null },
  }), resolveOptions({}).enrich);
  const drafts = specs.map((spec) => draftClaim(attributionFor(raw, analysis, spec), entityFor(spec)));
  return { raw, ctx, analysis, drafts };
}

function attributionFor(raw: string, analysis: Analysis, spec: ClaimSpec): Attribution {
  const quoteSpans = (Array.isArray(spec.quote) ? spec.quote : [spec.quote]).map((part) => locate(raw, part, []));
  const first = quoteSpans[0]!;
  const last = quoteSpans[quoteSpans.length - 1]!;
  const sentence = analysis.sentences.find((s) => s.start <= first.start && first.start < s.end);
  if (!sentence) throw new Error(`no sentence holds the quote ${JSON.stringify(spec.quote)}`);
  const lastSentence = analysis.sentences.find((s) => s.start <= last.start && last.start < s.end) ?? sentence;
  const locateOptional = (value: string | undefined): Span | null =>
    value === undefined ? null : locate(raw, value, quoteSpans);
  return {
    rule: 'test/hand-built',
    sentence,
    evidence: { start: sentence.start, end: Math.max(sentence.end, lastSentence.end) },
    quoteType: spec.quoteType ?? 'indirect',
    quoteSpans,
    cue: locateOptional(spec.cue),
    cueLemma: null,
    speaker: locateOptional(spec.speaker),
    addressee: locateOptional(spec.addressee),
  };
}

function entityFor(spec: ClaimSpec): SpeakerEntity | null {
  if (!spec.entity) return null;
  return {
    id: 's1',
    name: spec.entity.name,
    type: spec.entity.type,
    role: null,
    roleSpan: null,
    country: null,
    countrySpan: null,
    aliases: [],
    mentions: [],
  };
}

function locate(raw: string, value: string, avoid: readonly Span[]): Span {
  for (let at = raw.indexOf(value); at !== -1; at = raw.indexOf(value, at + 1)) {
    const span = { start: at, end: at + value.length };
    if (!avoid.some((other) => other.start < span.end && span.start < other.end)) return span;
  }
  throw new Error(`${JSON.stringify(value)} is not in the text`);
}
