import * as z from 'zod';

/** Half-open `[start, end)` character offsets into the raw input. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative().describe('Offset of the first character, in UTF-16 code units of the raw input.'),
    end: z.number().int().nonnegative().describe('Offset just past the last character (half-open).'),
  })
  .describe('Half-open [start, end) character offsets into the raw input.');
export type Span = z.infer<typeof SpanSchema>;

/** A span together with the raw text it covers, so a reader can check `raw.slice(start, end) === text`. */
export const TextSpanSchema = SpanSchema.extend({ text: z.string().describe('The raw text the span covers: raw.slice(start, end).') }).describe(
  'A span together with the raw text it covers.',
);
export type TextSpan = z.infer<typeof TextSpanSchema>;

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .describe('A calendar day as YYYY-MM-DD.');

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
]).describe('Why the cleaner removed a line.');
export type RemovalReason = z.infer<typeof RemovalReasonSchema>;

export const RemovedLineSchema = z.object({
  /** 1-based line number in the raw input. */
  line: z.number().int().positive().describe('1-based line number in the raw input.'),
  start: z.number().int().nonnegative().describe('Offset where the removed line starts in the raw input.'),
  end: z.number().int().nonnegative().describe('Offset just past the removed line (half-open).'),
  text: z.string().describe('The removed line as it is in the raw input.'),
  reason: RemovalReasonSchema,
  check: z.string().describe('The check that removed the line: one of its own text ("clean/share-word") or of where it stands ("clean/after-body").'),
}).describe('A non-blank raw line the cleaner dropped, with its reason.');
export type RemovedLine = z.infer<typeof RemovedLineSchema>;

export const ArticleSchema = z.object({
  title: z.string().nullable().describe('The headline, or null when the page shows none.'),
  publisher: z.string().nullable().describe('The outlet: as the page names itself, else the publisher option, else the url host.'),
  published: IsoDateSchema.nullable().describe('The publication day: from a dateline, else the published option.'),
  /** Where each value was read in the raw input; null when it came from options or was not found. */
  provenance: z
    .object({
      title: TextSpanSchema.nullable().describe('Where the title was read.'),
      publisher: TextSpanSchema.nullable().describe('Where the publisher was read.'),
      published: TextSpanSchema.nullable().describe('Where the publication date was read.'),
    })
    .describe('Where each value was read in the raw input; null when it came from options or was not found.'),
}).describe('What the page says about itself.');
export type Article = z.infer<typeof ArticleSchema>;

export const SpeakerTypeSchema = z
  .enum(['person', 'organization', 'country', 'anonymous'])
  .describe('What kind of speaker: a person, an organization, a country, or an unnamed source.');
export type SpeakerType = z.infer<typeof SpeakerTypeSchema>;

export const StanceSchema = z
  .enum(['support', 'oppose', 'conditional', 'neutral'])
  .describe('The speaker\'s stance on the topic (or the claim\'s own polarity without a topic).');
export type Stance = z.infer<typeof StanceSchema>;

export const QuoteTypeSchema = z
  .enum(['direct', 'indirect', 'mixed'])
  .describe('direct: in quote marks; indirect: reported speech; mixed: both in one claim.');
export type QuoteType = z.infer<typeof QuoteTypeSchema>;

export const StanceCueHitSchema = TextSpanSchema.extend({
  polarity: z.enum(['support', 'oppose', 'conditional', 'neutral']).describe('The cue\'s polarity after negation.'),
  negated: z.boolean().describe('Whether a negation turned the cue around.'),
}).describe('A stance cue found in the claim.');

export const StanceReasonSchema = z.object({
  /** The cues that decided, in text order, each with its polarity after negation. */
  cues: z.array(StanceCueHitSchema).describe('The cues that decided, in text order, each with its polarity after negation.'),
  /** The conditional frame ("if …", "in principle") that made the stance conditional. */
  condition: TextSpanSchema.nullable().describe('The conditional frame ("if …", "in principle") that made the stance conditional.'),
  /** Topic terms found in the claim; none means the claim is off-topic. */
  topicTerms: z.array(z.string()).describe('Topic terms found in the claim; none means the claim is off-topic.'),
  /** One sentence saying why, for people. */
  summary: z.string().describe('One sentence saying why, for people.'),
  inheritedFrom: TextSpanSchema.nullable().optional().describe("The quote of the same speaker's claim this stance was taken from, when the claim had no cue of its own."),
  decidedBy: z.enum(['rules', 'classifier']).optional().describe('Who decided: the rules (absent), or the `stance` classifier option.'),
}).describe('What decided the stance.');
export type StanceReason = z.infer<typeof StanceReasonSchema>;

export const ClaimSchema = z.object({
  /** Stable for the same input: a hash of the quote spans and the speaker. */
  id: z.string().describe('Stable for the same input: a hash of the quote spans and the speaker.'),
  speaker: z.string().nullable().describe('The speaker\'s full name as resolved across the article; null when unknown.'),
  /** The id of the entry in `speakers` this claim belongs to. */
  speakerId: z.string().nullable().describe('The id of the entry in `speakers` this claim belongs to.'),
  speakerType: SpeakerTypeSchema,
  role: z.string().nullable().describe('The speaker\'s role or title ("foreign minister"), or null.'),
  country: z.string().nullable().describe('The country the speaker speaks for, by common English name, or null.'),
  stance: StanceSchema,
  stanceReason: StanceReasonSchema,
  /** Verbatim: the raw text of `quoteSpans` joined by single spaces. */
  quote: z.string().describe('Verbatim: the raw text of `quoteSpans` joined by single spaces.'),
  quoteSpans: z.array(SpanSchema).min(1).describe('Where the quote is in the raw input, in order.'),
  quoteType: QuoteTypeSchema,
  date: IsoDateSchema.nullable().describe('The day the claim was made, when the text says or implies it.'),
  source: z.string().nullable().describe('The outlet that reported the claim (another outlet when the article cites one).'),
  /** The reporting verb or phrase. */
  cue: TextSpanSchema.nullable().describe('The reporting verb or phrase.'),
  /** How the speaker is named in this claim's sentence ("She", "the Kremlin"). */
  speakerMention: TextSpanSchema.nullable().describe('How the speaker is named in this claim\'s sentence ("She", "the Kremlin").'),
  /** The sentence (or sentences) the claim was read from. */
  evidence: TextSpanSchema.describe('The sentence (or sentences) the claim was read from.'),
  /** Where role, country, date and source were read; null when inferred or absent. */
  provenance: z
    .object({
      role: TextSpanSchema.nullable().describe('Where the role was read.'),
      country: TextSpanSchema.nullable().describe('Where the country was read.'),
      date: TextSpanSchema.nullable().describe('Where the date was read.'),
      source: TextSpanSchema.nullable().describe('Where the source was read.'),
    })
    .describe('Where role, country, date and source were read; null when inferred or absent.'),
  /** Ids of the rules that made and changed this claim, in order. */
  rules: z.array(z.string()).describe('Ids of the rules that made and changed this claim, in order.'),
}).describe('Who said what: one attributed statement with its spans in the raw input.');
export type Claim = z.infer<typeof ClaimSchema>;

export const SpeakerSchema = z.object({
  id: z.string().describe('The id claims refer to as `speakerId`.'),
  name: z.string().describe('The fullest name the article gives.'),
  type: SpeakerTypeSchema,
  role: z.string().nullable().describe('The speaker\'s role or title, or null.'),
  country: z.string().nullable().describe('The country the speaker speaks for, or null.'),
  aliases: z.array(z.string()).describe('Other names the article uses for the speaker ("Macron", "the president").'),
  mentions: z.array(TextSpanSchema).describe('Every place the speaker is named, in text order.'),
}).describe('One speaker entity: every claim by it shares its id.');
export type Speaker = z.infer<typeof SpeakerSchema>;

export const WarningSchema = z.object({
  code: z.enum(['unbalanced-quote', 'unresolved-speaker', 'empty-input', 'truncated-quote']).describe('What kind of warning.'),
  message: z.string().describe('The warning for people.'),
  span: SpanSchema.nullable().describe('Where in the raw input, when it has a place.'),
}).describe('Something the reader of the result should know, without failing the extraction.');
export type Warning = z.infer<typeof WarningSchema>;

export const ExtractionResultSchema = z.object({
  article: ArticleSchema,
  claims: z.array(ClaimSchema).describe('The claims in text order.'),
  speakers: z.array(SpeakerSchema).describe('The speakers of the claims, one entry per entity.'),
  removed: z.array(RemovedLineSchema).describe('The lines the cleaner removed, with reasons.'),
  warnings: z.array(WarningSchema).describe('Warnings about the input or the result.'),
}).describe('What extractClaims returns for one article.');
export type ExtractionResult = z.infer<typeof ExtractionResultSchema>;

export const StanceCuesSchema = z.object({
  support: z.array(z.string()).default([]).describe('Words and phrases that mark support.'),
  oppose: z.array(z.string()).default([]).describe('Words and phrases that mark opposition.'),
  conditional: z.array(z.string()).default([]).describe('Words and phrases that make support conditional.'),
}).describe('Stance cues by polarity.');

export const TopicSchema = z.object({
  name: z.string().min(1).describe('The topic\'s name, for people.'),
  /** Words and phrases that mark a claim as being about the topic (matched case-insensitively, by word prefix). */
  terms: z.array(z.string().min(1)).min(1).describe('Words and phrases that mark a claim as being about the topic (case-insensitive, by word prefix).'),
  /** Topic-specific stance cues, added to the general lexicons. */
  cues: StanceCuesSchema.partial().strict().optional().describe('Topic-specific stance cues, added to the general lexicons.'),
}).strict().describe('What stance is measured against.');
export type Topic = z.infer<typeof TopicSchema>;

/** Returns the JSON Schema of the extraction result (draft 2020-12), for validation outside TypeScript. */
export function extractionResultJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ExtractionResultSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

export const ReportingCueSchema = z.object({
  /** Base form, one or more words: "say", "rule out", "call for", "express hope", "according to". */
  lemma: z.string().min(1).describe('Base form, one or more words: "say", "rule out", "according to".'),
  /** speech (said, told), cognition (believe, expect), position (reject, welcome, call for). */
  kind: z.enum(['speech', 'cognition', 'position']).describe('speech (said, told), cognition (believe, expect), position (reject, welcome, call for).'),
}).describe('A reporting verb or phrase.');
export type ReportingCue = z.infer<typeof ReportingCueSchema>;
