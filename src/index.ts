export { clean, createExtractor, extractClaims, type Extractor } from './extract.js';
export { ClaimexError, isClaimexError, type ClaimexErrorCode } from './errors.js';
export {
  CleanOptionsSchema,
  ExtractOptionsSchema,
  type CleanOptions,
  type ExtractOptions,
  type RuleList,
} from './options.js';
export * from './schema.js';
export type { CleanResult } from './clean/types.js';
export type { Context } from './context.js';
export type { Attribution, AttributionRule } from './attribution/types.js';
export { defaultAttributionRules } from './attribution/index.js';
export { reportingCues } from './attribution/cues.js';
export type { ClaimDraft, Refiner } from './enrich/types.js';
export { defaultRefiners } from './enrich/index.js';
export type { SpeakerEntity } from './speakers/types.js';
export type { Analysis, Paragraph, Sentence, Token } from './text/analyse.js';
export { topics, type TopicPresetName } from './topics.js';
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
export { chromeLexicon, type ChromeLexicon } from './clean/lexicon.js';
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
export { extractMany, DocumentSchema, type Document, type DocumentError, type DocumentInput, type DocumentResult } from './batch.js';
