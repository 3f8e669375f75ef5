import * as z from 'zod';
import { ClaimexError } from '../core/errors.js';
import { IsoDateSchema, QuoteTypeSchema, SpeakerTypeSchema, StanceSchema, TopicSchema } from '../core/schema.js';

/** One gold claim, as `gold-format.md` defines it. */
export const GoldClaimSchema = z.object({
  speaker: z.string().nullable(),
  speakerType: SpeakerTypeSchema,
  role: z.string().nullable(),
  country: z.string().nullable(),
  stance: StanceSchema,
  quote: z.string(),
  quoteType: QuoteTypeSchema,
  date: IsoDateSchema.nullable(),
  source: z.string().nullable(),
});
export type GoldClaim = z.infer<typeof GoldClaimSchema>;

/** A gold file: one article's noise lines, metadata and claims. */
export const GoldArticleSchema = z.object({
  file: z.string(),
  publisher: z.string().nullable(),
  published: IsoDateSchema.nullable(),
  title: z.string().nullable(),
  topic: TopicSchema.optional(),
  noiseLines: z.array(z.number().int().positive()),
  claims: z.array(GoldClaimSchema),
});
export type GoldArticle = z.infer<typeof GoldArticleSchema>;

/** A boilerplate page's gold: strings that must survive cleaning and strings that must go. */
export const BoilerplatePageSchema = z.object({
  with: z.array(z.string()),
  without: z.array(z.string()),
});
export type BoilerplatePage = z.infer<typeof BoilerplatePageSchema>;

export function parseGoldArticle(value: unknown, name = 'gold file'): GoldArticle {
  const parsed = GoldArticleSchema.safeParse(value);
  if (!parsed.success) throw new ClaimexError('INVALID_GOLD', `${name}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function parseBoilerplatePage(value: unknown, name = 'boilerplate page'): BoilerplatePage {
  const parsed = BoilerplatePageSchema.safeParse(value);
  if (!parsed.success) throw new ClaimexError('INVALID_GOLD', `${name}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
