import * as z from 'zod';

/** Half-open `[start, end)` character offsets into the raw input. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

/** A span together with the raw text it covers, so a reader can check `raw.slice(start, end) === text`. */
export const TextSpanSchema = SpanSchema.extend({ text: z.string() });
export type TextSpan = z.infer<typeof TextSpanSchema>;

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const RemovalReasonSchema = z.enum([
  'navigation',
  'social',
  'copyright',
  'counter',
  'share',
  'related-links',
  'newsletter',
  'byline',
  'caption',
  'duplicate',
  'fragment',
  'other',
]);
export type RemovalReason = z.infer<typeof RemovalReasonSchema>;

export const RemovedLineSchema = z.object({
  /** 1-based line number in the raw input. */
  line: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  reason: RemovalReasonSchema,
  /** The check that removed the line: a check of its own text ("clean/share-word") or of where it stands ("clean/after-body"). */
  check: z.string(),
});
export type RemovedLine = z.infer<typeof RemovedLineSchema>;

export const ArticleSchema = z.object({
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  published: IsoDateSchema.nullable(),
  /** Where each value was read in the raw input; null when it came from options or was not found. */
  provenance: z.object({
    title: TextSpanSchema.nullable(),
    publisher: TextSpanSchema.nullable(),
    published: TextSpanSchema.nullable(),
  }),
});
export type Article = z.infer<typeof ArticleSchema>;

export const SpeakerTypeSchema = z.enum(['person', 'organization', 'country', 'anonymous']);
export type SpeakerType = z.infer<typeof SpeakerTypeSchema>;

export const StanceSchema = z.enum(['support', 'oppose', 'conditional', 'neutral']);
export type Stance = z.infer<typeof StanceSchema>;

export const QuoteTypeSchema = z.enum(['direct', 'indirect', 'mixed']);
export type QuoteType = z.infer<typeof QuoteTypeSchema>;

export const StanceCueHitSchema = TextSpanSchema.extend({
  polarity: z.enum(['support', 'oppose', 'conditional', 'neutral']),
  negated: z.boolean(),
});

export const StanceReasonSchema = z.object({
  /** The cues that decided, in text order, each with its polarity after negation. */
  cues: z.array(StanceCueHitSchema),
  /** The conditional frame ("if …", "in principle") that made the stance conditional. */
  condition: TextSpanSchema.nullable(),
  /** Topic terms found in the claim; none means the claim is off-topic. */
  topicTerms: z.array(z.string()),
  /** One sentence saying why, for people. */
  summary: z.string(),
  /** The quote of the same speaker's claim this stance was taken from, when the claim had no cue of its own. */
  inheritedFrom: TextSpanSchema.nullable().optional(),
  /** Who decided: the rules (absent), or the `stance` classifier option ("classifier"). */
  decidedBy: z.enum(['rules', 'classifier']).optional(),
});
export type StanceReason = z.infer<typeof StanceReasonSchema>;

export const ClaimSchema = z.object({
  /** Stable for the same input: a hash of the quote spans and the speaker. */
  id: z.string(),
  speaker: z.string().nullable(),
  /** The id of the entry in `speakers` this claim belongs to. */
  speakerId: z.string().nullable(),
  speakerType: SpeakerTypeSchema,
  role: z.string().nullable(),
  country: z.string().nullable(),
  stance: StanceSchema,
  stanceReason: StanceReasonSchema,
  /** Verbatim: the raw text of `quoteSpans` joined by single spaces. */
  quote: z.string(),
  quoteSpans: z.array(SpanSchema).min(1),
  quoteType: QuoteTypeSchema,
  date: IsoDateSchema.nullable(),
  source: z.string().nullable(),
  /** The reporting verb or phrase. */
  cue: TextSpanSchema.nullable(),
  /** How the speaker is named in this claim's sentence ("She", "the Kremlin"). */
  speakerMention: TextSpanSchema.nullable(),
  /** The sentence (or sentences) the claim was read from. */
  evidence: TextSpanSchema,
  /** Where role, country, date and source were read; null when inferred or absent. */
  provenance: z.object({
    role: TextSpanSchema.nullable(),
    country: TextSpanSchema.nullable(),
    date: TextSpanSchema.nullable(),
    source: TextSpanSchema.nullable(),
  }),
  /** Ids of the rules that made and changed this claim, in order. */
  rules: z.array(z.string()),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const SpeakerSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: SpeakerTypeSchema,
  role: z.string().nullable(),
  country: z.string().nullable(),
  aliases: z.array(z.string()),
  mentions: z.array(TextSpanSchema),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

export const WarningSchema = z.object({
  code: z.enum(['unbalanced-quote', 'unresolved-speaker', 'empty-input', 'truncated-quote']),
  message: z.string(),
  span: SpanSchema.nullable(),
});
export type Warning = z.infer<typeof WarningSchema>;

export const ExtractionResultSchema = z.object({
  article: ArticleSchema,
  claims: z.array(ClaimSchema),
  speakers: z.array(SpeakerSchema),
  removed: z.array(RemovedLineSchema),
  warnings: z.array(WarningSchema),
});
export type ExtractionResult = z.infer<typeof ExtractionResultSchema>;

export const StanceCuesSchema = z.object({
  support: z.array(z.string()).default([]),
  oppose: z.array(z.string()).default([]),
  conditional: z.array(z.string()).default([]),
});

export const TopicSchema = z.object({
  name: z.string().min(1),
  /** Words and phrases that mark a claim as being about the topic (matched case-insensitively, by word prefix). */
  terms: z.array(z.string().min(1)).min(1),
  /** Topic-specific stance cues, added to the general lexicons. */
  cues: StanceCuesSchema.partial().strict().optional(),
}).strict();
export type Topic = z.infer<typeof TopicSchema>;

/** Returns the JSON Schema of the extraction result (draft 2020-12), for validation outside TypeScript. */
export function extractionResultJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ExtractionResultSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

export const ReportingCueSchema = z.object({
  /** Base form, one or more words: "say", "rule out", "call for", "express hope", "according to". */
  lemma: z.string().min(1),
  /** speech (said, told), cognition (believe, expect), position (reject, welcome, call for). */
  kind: z.enum(['speech', 'cognition', 'position']),
});
export type ReportingCue = z.infer<typeof ReportingCueSchema>;
