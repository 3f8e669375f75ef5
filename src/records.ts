import type { Attribution } from './attribution/types.js';
import type { Context } from './context.js';
import type { ClaimDraft } from './enrich/types.js';
import type { Claim, Span, TextSpan } from './schema.js';
import type { SpeakerEntity } from './speakers/types.js';

/** The starting draft for an attribution: role and country come from its speaker entity, the rest from refiners. */
export function draftClaim(attribution: Attribution, speaker: SpeakerEntity | null): ClaimDraft {
  return {
    attribution,
    speaker,
    role: speaker?.role ?? null,
    country: speaker?.country ?? null,
    date: null,
    source: null,
    stance: 'neutral',
    stanceReason: { cues: [], condition: null, topicTerms: [], summary: 'no stance refiner ran' },
    provenance: { role: speaker?.roleSpan ?? null, country: speaker?.countrySpan ?? null, date: null, source: null },
    rules: [attribution.rule],
  };
}

export function textSpan(raw: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: raw.slice(span.start, span.end) };
}

/** A quote is the raw text of its spans joined by single spaces: never edited, never invented. */
export function quoteText(raw: string, spans: readonly Span[]): string {
  return spans.map((span) => raw.slice(span.start, span.end)).join(' ');
}

export function toClaim(ctx: Context, draft: ClaimDraft): Claim {
  const { attribution, speaker } = draft;
  const quote = quoteText(ctx.raw, attribution.quoteSpans);
  return {
    id: claimId(attribution.quoteSpans, speaker?.name ?? null),
    speaker: speaker?.name ?? null,
    speakerId: speaker?.id ?? null,
    speakerType: speaker?.type ?? 'anonymous',
    role: draft.role,
    country: draft.country,
    stance: draft.stance,
    stanceReason: draft.stanceReason,
    quote,
    quoteSpans: attribution.quoteSpans.map(({ start, end }) => ({ start, end })),
    quoteType: attribution.quoteType,
    date: draft.date,
    source: draft.source,
    cue: attribution.cue ? textSpan(ctx.raw, attribution.cue) : null,
    speakerMention: attribution.speaker ? textSpan(ctx.raw, attribution.speaker) : null,
    evidence: textSpan(ctx.raw, attribution.evidence),
    provenance: draft.provenance,
    rules: draft.rules,
  };
}

/** FNV-1a (64-bit) over the quote spans and the speaker: stable across runs and platforms, no crypto module needed. */
export function claimId(spans: readonly Span[], speaker: string | null): string {
  const key = `${spans.map((span) => `${span.start}-${span.end}`).join(',')}|${speaker ?? ''}`;
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < key.length; i++) {
    hash ^= BigInt(key.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `c_${hash.toString(16).padStart(16, '0')}`;
}
