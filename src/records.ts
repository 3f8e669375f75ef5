import type { Context } from './core/context.js';
import { claimReason } from './enrich/draft.js';
import type { ClaimDraft } from './enrich/types.js';
import type { Claim, Span } from './core/schema.js';
import { quoteText, textSpan } from './core/span.js';

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
    stanceReason: claimReason(draft),
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

/** The FNV 64-bit prime is 2^40 + 0x1b3: a multiply is a shift by 40 plus a small product. */
const FNV_PRIME_LOW = 0x1b3;
const LIMB = 0xffff;

/**
 * FNV-1a (64-bit) over the quote spans and the speaker: stable across runs and platforms, no crypto module needed.
 * The 64-bit state is kept in four 16-bit limbs so every product fits a double exactly, which spares a BigInt per
 * character.
 */
export function claimId(spans: readonly Span[], speaker: string | null): string {
  const key = `${spans.map((span) => `${span.start}-${span.end}`).join(',')}|${speaker ?? ''}`;
  // The offset basis 0xcbf29ce484222325, lowest limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < key.length; i++) {
    h0 ^= key.charCodeAt(i);
    const t0 = h0 * FNV_PRIME_LOW;
    let t1 = h1 * FNV_PRIME_LOW;
    let t2 = h2 * FNV_PRIME_LOW + (h0 << 8);
    const t3 = h3 * FNV_PRIME_LOW + (h1 << 8);
    t1 += t0 >>> 16;
    h0 = t0 & LIMB;
    t2 += t1 >>> 16;
    h1 = t1 & LIMB;
    h3 = (t3 + (t2 >>> 16)) & LIMB;
    h2 = t2 & LIMB;
  }
  return String.fromCharCode(
    ID_PREFIX[0]!,
    ID_PREFIX[1]!,
    hexDigit(h3, 12),
    hexDigit(h3, 8),
    hexDigit(h3, 4),
    hexDigit(h3, 0),
    hexDigit(h2, 12),
    hexDigit(h2, 8),
    hexDigit(h2, 4),
    hexDigit(h2, 0),
    hexDigit(h1, 12),
    hexDigit(h1, 8),
    hexDigit(h1, 4),
    hexDigit(h1, 0),
    hexDigit(h0, 12),
    hexDigit(h0, 8),
    hexDigit(h0, 4),
    hexDigit(h0, 0),
  );
}

/**
 * The id is made as one flat string of its 18 characters: joined from the prefix and four padded limbs it was a tree
 * of joined strings, ~150 bytes in every claim against ~40.
 */
const ID_PREFIX = [...'c_'].map((char) => char.charCodeAt(0));
const HEX_DIGITS = [...'0123456789abcdef'].map((char) => char.charCodeAt(0));

function hexDigit(limb: number, shift: number): number {
  return HEX_DIGITS[(limb >>> shift) & 0xf]!;
}
