export {
  BoilerplatePageSchema,
  GoldArticleSchema,
  GoldClaimSchema,
  parseBoilerplatePage,
  parseGoldArticle,
  type BoilerplatePage,
  type GoldArticle,
  type GoldClaim,
} from './gold.js';
export { poolPRF, prf, tokenF1, wordTokens, type PRF } from './metrics.js';
export {
  CLAIM_FIELDS,
  QUOTE_MATCH_THRESHOLD,
  fieldMatches,
  normaliseFieldValue,
  scoreBoilerplate,
  scoreClaims,
  scoreNoise,
  type ClaimField,
  type ClaimMatch,
  type ClaimScore,
  type FieldScore,
  type StanceConfusion,
} from './score.js';
