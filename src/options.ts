import * as z from 'zod';
import { defaultAttributionRules } from './attribution/index.js';
import { reportingCues } from './attribution/cues.js';
import type { AttributionRule } from './attribution/types.js';
import { defaultRefiners } from './enrich/index.js';
import type { Refiner } from './enrich/types.js';
import { chromeLexicon, type ChromeLexicon } from './clean/lexicon.js';
import { ClaimexError } from './errors.js';
import { createSpeakerResolver, defaultSpeakerLexicon, type SpeakerLexicon, type SpeakerResolver } from './speakers/index.js';
import { IsoDateSchema, ReportingCueSchema, TopicSchema, type ReportingCue, type Topic } from './schema.js';

/** A rule list option: a replacement list, or a function that receives the defaults and returns the list to use. */
export type RuleList<T> = readonly T[] | ((defaults: readonly T[]) => readonly T[]);

const isFunction = (value: unknown): boolean => typeof value === 'function';
const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);
const isRuleList = (value: unknown): boolean => Array.isArray(value) || isFunction(value);

export const CleanOptionsSchema = z
  .object({
    /** The page's address; its host is the publisher of last resort. */
    url: z.string().url().optional().describe('The page\'s address; its host is the publisher of last resort.'),
    /** The publisher as the caller knows it; a name the page gives itself wins. */
    publisher: z.string().min(1).optional().describe('The publisher as the caller knows it; a name the page gives itself wins.'),
    /** The publication date as the caller knows it; a dateline in the page wins. */
    published: z.union([IsoDateSchema, z.date()]).optional().describe('The publication date as the caller knows it; a dateline in the page wins.'),
    debug: z.custom<(message: string) => void>(isFunction, 'debug must be a function').optional().describe('Receives the rules\' debug messages.'),
    /** The cleaner's chrome vocabulary: extend a copy of `chromeLexicon`. */
    chromeLexicon: z.custom<ChromeLexicon>(isObject, 'chromeLexicon must be an object like chromeLexicon').optional().describe('The cleaner\'s chrome vocabulary.'),
  })
  .strict();
export type CleanOptions = z.input<typeof CleanOptionsSchema>;

export const ExtractOptionsSchema = CleanOptionsSchema.extend({
  /** The topic stance is measured against; without it, stance is the claim's own polarity. */
  topic: TopicSchema.optional().describe('The topic stance is measured against; without it, stance is the claim\'s own polarity.'),
  /** Reporting cues added to the built-in lexicon. */
  cues: z.array(ReportingCueSchema).optional().describe('Reporting cues added to the built-in lexicon.'),
  attributionRules: z
    .custom<RuleList<AttributionRule>>(isRuleList, 'attributionRules must be an array or a function')
    .optional()
    .describe('The attribution rules: a list, or a function from the defaults to a list.'),
  refiners: z.custom<RuleList<Refiner>>(isRuleList, 'refiners must be an array or a function').optional().describe('The refiners: a list, or a function from the defaults to a list.'),
  /** Titles, institution words and other speaker vocabulary: extend a copy of `defaultSpeakerLexicon`. */
  speakerLexicon: z.custom<SpeakerLexicon>(isObject, 'speakerLexicon must be an object like defaultSpeakerLexicon').optional().describe('Titles, institution words and other speaker vocabulary.'),
}).strict();
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;

export interface ResolvedOptions {
  url: string | null;
  publisher: string | null;
  published: string | null;
  topic: Topic | null;
  cues: readonly ReportingCue[];
  attributionRules: readonly AttributionRule[];
  refiners: readonly Refiner[];
  chromeLexicon: ChromeLexicon;
  resolveSpeakers: SpeakerResolver;
  debug: ((message: string) => void) | null;
}

export function resolveOptions(options: ExtractOptions | undefined): ResolvedOptions {
  const parsed = ExtractOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    throw new ClaimexError('INVALID_OPTIONS', `invalid options: ${z.prettifyError(parsed.error)}`, parsed.error.issues);
  }
  const value = parsed.data;
  return {
    url: value.url ?? null,
    publisher: value.publisher ?? null,
    published: value.published instanceof Date ? value.published.toISOString().slice(0, 10) : (value.published ?? null),
    topic: value.topic ?? null,
    // The built-in list itself when nothing is added, so compiled cue indexes can be shared across calls.
    cues: value.cues?.length ? [...reportingCues, ...value.cues] : reportingCues,
    attributionRules: validateRules(applyRuleList(defaultAttributionRules, value.attributionRules), 'attribution rule', 'find'),
    refiners: validateRules(applyRuleList(defaultRefiners, value.refiners), 'refiner', 'refine'),
    chromeLexicon: value.chromeLexicon ?? chromeLexicon,
    resolveSpeakers: value.speakerLexicon ? compileSpeakerOption(value.speakerLexicon) : defaultSpeakerResolver,
    debug: value.debug ?? null,
  };
}

function applyRuleList<T>(defaults: readonly T[], option: RuleList<T> | undefined): readonly T[] {
  if (option === undefined) return defaults;
  return typeof option === 'function' ? option(defaults) : option;
}

function validateRules<T>(rules: readonly T[], kind: string, method: string): readonly T[] {
  if (!Array.isArray(rules)) throw new ClaimexError('INVALID_RULE', `the ${kind} list must be an array`);
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    const candidate = rule as { id?: unknown; [key: string]: unknown };
    if (typeof candidate?.id !== 'string' || typeof candidate[method] !== 'function') {
      throw new ClaimexError('INVALID_RULE', `${kind} #${index} needs a string id and a ${method}() function`, rule);
    }
    if (seen.has(candidate.id)) throw new ClaimexError('INVALID_RULE', `duplicate ${kind} id "${candidate.id}"`);
    seen.add(candidate.id);
  });
  return rules;
}

const defaultSpeakerResolver = createSpeakerResolver(defaultSpeakerLexicon);

function compileSpeakerOption(lexicon: SpeakerLexicon): SpeakerResolver {
  try {
    return createSpeakerResolver(lexicon);
  } catch (cause) {
    throw new ClaimexError('INVALID_OPTIONS', 'speakerLexicon could not be compiled: give every list of defaultSpeakerLexicon', lexicon, { cause });
  }
}
