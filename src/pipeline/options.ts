import * as z from 'zod';
import { defaultAttributionRules } from '../attribution/index.js';
import type { AttributionRule, AttributionSettings } from '../attribution/types.js';
import { defaultRefiners } from '../enrich/index.js';
import type { EnrichSettings, Refiner } from '../enrich/types.js';
import type { StanceClassifier } from '../enrich/stance/seam.js';
import type { ChromeLexicon } from '../lang/en/chrome.js';
import { english, type Language } from '../lang/en/index.js';
import type { DebugSink } from '../core/context.js';
import { ClaimexError } from '../core/errors.js';
import type { CleanSettings } from '../clean/types.js';
import { createSpeakerResolver, defaultSpeakerLexicon, type SpeakerLexicon, type SpeakerResolver } from '../speakers/index.js';
import { IsoDateSchema, ReportingCueSchema, TopicSchema, type ReportingCue, type Topic } from '../core/schema.js';
import { assertOptionValues, DEFAULT_MAX_INPUT_CHARS, parseOptions } from './validate.js';

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
    debug: z.custom<(message: string) => void>(isFunction, 'debug must be a function').optional().describe("Receives each rule's decisions as \"[rule-id] start-end message\"."),
    language: z.custom<Partial<Language>>(isObject, 'language must be an object like english').optional().describe('The word lists every stage reads; any part given replaces that part of `english`.'),
    chromeLexicon: z.custom<ChromeLexicon>(isObject, 'chromeLexicon must be an object like chromeLexicon').optional().describe("The cleaner's chrome vocabulary (the `chrome` part of the language): extend a copy of `chromeLexicon`."),
    maxInputChars: z.number().int().positive().optional().describe('Longer input (in UTF-16 characters) is refused with INPUT_TOO_LARGE, which bounds peak memory.'),
  })
  .strict();
export type CleanOptions = z.input<typeof CleanOptionsSchema>;

export const ExtractOptionsSchema = CleanOptionsSchema.extend({
  /** The topic stance is measured against; without it, stance is the claim's own polarity. */
  topic: TopicSchema.optional().describe("The topic stance is measured against; without it, stance is the claim's own polarity."),
  cues: z.array(ReportingCueSchema).optional().describe("Reporting cues added to the language's cues."),
  attributionRules: z
    .custom<RuleList<AttributionRule>>(isRuleList, 'attributionRules must be an array or a function')
    .optional()
    .describe('The attribution rules: a list, or a function from the defaults to a list.'),
  refiners: z.custom<RuleList<Refiner>>(isRuleList, 'refiners must be an array or a function').optional().describe('The refiners: a list, or a function from the defaults to a list.'),
  speakerLexicon: z.custom<SpeakerLexicon>(isObject, 'speakerLexicon must be an object like defaultSpeakerLexicon').optional().describe('Titles, institution words and other speaker vocabulary (the `speakers` part of the language): extend a copy of `defaultSpeakerLexicon`.'),
  stance: z.custom<StanceClassifier>(isFunction, 'stance must be a function (claim, context) => stance').optional().describe("A classifier that replaces the rules' stance for every claim (an NLI model, an LLM)."),
}).strict();
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;

/**
 * The options resolved into each stage's settings. Every stage receives its own part and nothing else, so a rule
 * cannot come to depend on another stage's configuration.
 */
export interface PipelineSettings {
  /** Longer input is refused with INPUT_TOO_LARGE. */
  maxInputChars: number;
  clean: CleanSettings;
  attribution: AttributionSettings;
  resolveSpeakers: SpeakerResolver;
  enrich: EnrichSettings;
  refiners: readonly Refiner[];
  debug: DebugSink | null;
  /** A classifier that replaces the rules' stance, or null for the rules. */
  stance: StanceClassifier | null;
}

export function resolveOptions(options: ExtractOptions | undefined): PipelineSettings {
  if (options === undefined) return (defaultSettings ??= frozen(resolveGiven(undefined)));
  return resolveGiven(options);
}

/**
 * The settings without options, resolved once: most calls pass none, and validating and assembling them was ~1% of
 * an article's extraction. Frozen, since every call shares them.
 */
let defaultSettings: PipelineSettings | undefined;

function frozen(settings: PipelineSettings): PipelineSettings {
  Object.freeze(settings.clean);
  Object.freeze(settings.attribution);
  Object.freeze(settings.enrich);
  return Object.freeze(settings);
}

function resolveGiven(options: ExtractOptions | undefined): PipelineSettings {
  const value = parseOptions('extraction', ExtractOptionsSchema, options, z.prettifyError);
  assertOptionValues(value);
  const language: Language = { ...english, ...value.language };
  const speakerLexicon = value.speakerLexicon ?? language.speakers;
  // The language's list itself when nothing is added, so compiled cue indexes can be shared across calls.
  const cues = value.cues?.length ? [...language.cues, ...value.cues] : language.cues;
  return {
    maxInputChars: value.maxInputChars ?? DEFAULT_MAX_INPUT_CHARS,
    clean: {
      url: value.url ?? null,
      publisher: value.publisher ?? null,
      published: value.published instanceof Date ? value.published.toISOString().slice(0, 10) : (value.published ?? null),
      chromeLexicon: value.chromeLexicon ?? language.chrome,
    },
    attribution: {
      rules: validateRules(applyRuleList(defaultAttributionRules, value.attributionRules), 'attribution rule', 'find'),
      cues,
    },
    resolveSpeakers: speakerLexicon === defaultSpeakerLexicon ? defaultSpeakerResolver : compileSpeakerOption(speakerLexicon),
    enrich: { topic: value.topic ?? null, outlets: language.outlets, cues },
    refiners: validateRules(applyRuleList(defaultRefiners, value.refiners), 'refiner', 'refine'),
    stance: value.stance ?? null,
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
