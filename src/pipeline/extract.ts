import { findAttributions } from '../attribution/index.js';
import { cleanLines, cleanText } from '../clean/index.js';
import type { CleanResult } from '../clean/types.js';
import { createContext, withSettings } from '../core/context.js';
import { ClaimexError } from '../core/errors.js';
import { assertDrafts, isShipped, runRule } from '../core/rule-output.js';
import * as z from 'zod';
import { CleanOptionsSchema, resolveOptions, type CleanOptions, type ExtractOptions, type PipelineSettings } from './options.js';
import { assertInputSize, parseOptions } from './validate.js';
import { draftClaim } from '../enrich/draft.js';
import { classifyClaims } from '../enrich/stance/seam.js';
import { toClaim } from '../records.js';
import type { ExtractionResult, Speaker } from '../core/schema.js';
import type { SpeakerEntity } from '../speakers/types.js';
import { analyse } from '../text/analyse.js';

export interface Extractor {
  readonly options: PipelineSettings;
  clean(raw: string): CleanResult;
  extract(raw: string): ExtractionResult;
}

/** Validates the options once and returns an extractor to reuse across many articles. */
export function createExtractor(options?: ExtractOptions): Extractor {
  const resolved = resolveOptions(options);
  return {
    options: resolved,
    clean: (raw) => cleanText(assertText(raw, resolved), resolved.clean),
    extract: (raw) => runPipeline(assertText(raw, resolved), resolved),
  };
}

/** Removes page chrome and returns the article text, the removed lines with reasons, and the map back to raw offsets. */
export function clean(raw: string, options?: CleanOptions): CleanResult {
  // Strict on clean's own options first, so an extraction option given to clean() is named, not ignored.
  const resolved = resolveOptions(parseOptions('clean()', CleanOptionsSchema, options, z.prettifyError));
  return cleanText(assertText(raw, resolved), resolved.clean);
}

/** clean → analyse → find attributions → resolve speakers → enrich → records. */
export function extractClaims(raw: string, options?: ExtractOptions): ExtractionResult {
  const resolved = resolveOptions(options);
  return runPipeline(assertText(raw, resolved), resolved);
}

function runPipeline(raw: string, settings: PipelineSettings): ExtractionResult {
  // The later stages read the kept lines' raw spans, so the cleaner's joined text and offset map, as large as the
  // input, are not made at all.
  const { article, blocks, removed } = cleanLines(raw, settings.clean);
  const ctx = createContext(raw, article, settings.debug);
  const analysis = analyse(raw, blocks);
  const attributions = findAttributions(withSettings(ctx, settings.attribution), analysis);
  const { entities, assignments, steps } = settings.resolveSpeakers(ctx, analysis, attributions);
  let drafts = attributions.map((attribution, index) => draftClaim(attribution, assignments[index] ?? null, steps?.[index]));
  const enrichCtx = withSettings(ctx, settings.enrich);
  for (const refiner of settings.refiners) {
    const input = drafts;
    const refined = runRule('refiner', refiner.id, () => refiner.refine(enrichCtx, analysis, input));
    drafts = isShipped(refiner) ? refined : assertDrafts(refiner.id, refined, raw.length);
  }
  const ruled = drafts.map((draft) => toClaim(ctx, draft));
  const claims = settings.stance ? classifyClaims(ruled, { raw, topic: settings.enrich.topic, article }, settings.stance) : ruled;
  const spoken = new Set(claims.map((claim) => claim.speakerId));
  return {
    article,
    claims,
    speakers: entities.filter((entity) => spoken.has(entity.id)).map(toSpeaker),
    removed,
    warnings: raw.trim() === '' ? [{ code: 'empty-input', message: 'the input holds no text', span: null }] : [],
  };
}

function toSpeaker(entity: SpeakerEntity): Speaker {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    role: entity.role,
    country: entity.country,
    aliases: entity.aliases,
    mentions: entity.mentions,
  };
}

function assertText(raw: unknown, settings: PipelineSettings): string {
  if (typeof raw !== 'string') {
    throw new ClaimexError('INVALID_INPUT', `expected the article as a string, got ${raw === null ? 'null' : typeof raw}`);
  }
  assertInputSize(raw, settings.maxInputChars);
  return raw;
}
