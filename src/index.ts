export { clean, createExtractor, extractClaims, type Extractor } from './pipeline/extract.js';
export { extractClaimsAsync, type AsyncExtractOptions } from './pipeline/extract-async.js';
export {
  STANCE_CLASSIFIER_ID,
  type AsyncStanceClassifier,
  type StanceClassifier,
  type StanceClassifierContext,
  type StanceVerdict,
} from './enrich/stance/seam.js';
export { ClaimexError, isClaimexError, type ClaimexErrorCode } from './core/errors.js';
export {
  CleanOptionsSchema,
  ExtractOptionsSchema,
  type CleanOptions,
  type ExtractOptions,
  type RuleList,
} from './pipeline/options.js';
export * from './core/schema.js';
export type { CleanResult } from './clean/types.js';
export type { Context } from './core/context.js';
export type { Attribution, AttributionRule } from './attribution/types.js';
export { defaultAttributionRules } from './attribution/index.js';
export { reportingCues } from './lang/en/cues.js';
export type { ClaimDraft, Refiner } from './enrich/types.js';
export { defaultRefiners } from './enrich/index.js';
export type { SpeakerEntity } from './speakers/types.js';
export type { Analysis, Paragraph, Sentence, Token } from './text/analyse.js';
export { topics, type TopicPresetName } from './lang/en/topics.js';
export {
  classifyStance,
  compileLexicon,
  compileTopic,
  createStanceRefiner,
  stanceLexicon,
  stanceRefiner,
  withTopicCues,
  STANCE_REFINER_ID,
  type CompiledLexicon,
  type CompiledTopic,
  type StanceConfig,
  type StanceContext,
  type StanceInput,
  type StanceLexicon,
  type StanceRefinerOptions,
  type StanceResult,
  type StanceToken,
} from './enrich/stance/index.js';
export { chromeLexicon, type ChromeLexicon } from './lang/en/chrome.js';
export { english, type Language } from './lang/en/index.js';
export { defaultOutletLexicon, type OutletLexicon } from './lang/en/outlets.js';
export { removalReasonMeaning } from './clean/reasons.js';
export {
  createSpeakerResolver,
  defaultSpeakerLexicon,
  type SpeakerLexicon,
  type SpeakerResolution,
  type SpeakerResolver,
} from './speakers/index.js';
export { dateRefiner, readStatementDate, DATE_REFINER_ID } from './enrich/date.js';
export { createSourceRefiner, selectClaimSource, sourceRefiner, SOURCE_REFINER_ID } from './enrich/source.js';
export { extractMany, extractManyAsync, DocumentSchema, type Document, type DocumentError, type DocumentInput, type DocumentResult } from './pipeline/batch.js';
