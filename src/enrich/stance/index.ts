export { classifyStance, type StanceConfig, type StanceContext, type StanceInput, type StanceResult } from './classify.js';
export {
  compileLexicon,
  stanceLexicon,
  withTopicCues,
  type CompiledLexicon,
  type PhraseFamily,
  type StanceLexicon,
} from './lexicon.js';
export { compileTopic, type CompiledTopic } from './topic-terms.js';
export { createStanceRefiner, stanceRefiner, STANCE_REFINER_ID, type StanceRefinerOptions } from './refiner.js';
export type { StanceToken } from './words.js';
