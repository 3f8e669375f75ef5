import type { Context } from '../core/context.js';
import type { AttributionContext } from './types.js';
import type { ReportingCue } from '../core/schema.js';
import type { Analysis, Token } from '../text/analyse.js';
import { compileCues, type CueIndex } from './cue-forms.js';
import { scanUnit, type CueHit } from './cue-scan.js';
import { paragraphTokens, quotationBlocks, type ParagraphTokens, type QuotationBlock } from './quotation-blocks.js';
import type { QuoteScan } from './quote-marks.js';
import { speakerBefore, type SpeakerPhrase } from '../text/speaker-phrase.js';
import { enclosingAt, readUnits, type Unit } from './units.js';

export interface ScannedUnit {
  unit: Unit;
  hits: readonly CueHit[];
}

/** What the rules read the article through: units with their cue hits, and the quotations by paragraph. */
export interface Reading {
  cues: CueIndex;
  units: ScannedUnit[];
  quotes: QuoteScan[];
  /** The token table of paragraph `p`, made when first asked for (see `tableLookup`). */
  table: (p: number) => ParagraphTokens;
  blocks: QuotationBlock[];
}

/** The key of the per-call memo of readings, by analysis (one per call in the pipeline). */
const READINGS = {};

/** Compiled cue indexes by lexicon: inflecting ~100 cues took a tenth of the attribution time when done per call. */
const compiledCues = new WeakMap<readonly ReportingCue[], CueIndex>();

function cueIndexFor(cues: readonly ReportingCue[]): CueIndex {
  let index = compiledCues.get(cues);
  if (index === undefined) {
    index = compileCues(cues);
    compiledCues.set(cues, index);
  }
  return index;
}

/** One reading per call, shared by the rules of that call through the context's memo. */
export function readText(ctx: AttributionContext, analysis: Analysis): Reading {
  const byAnalysis = ctx.memo(READINGS, () => new Map<Analysis, Reading>());
  let reading = byAnalysis.get(analysis);
  if (reading === undefined) {
    const cues = cueIndexFor(ctx.settings.cues);
    const { units, quotes } = readUnits(ctx, analysis);
    const table = tableLookup(analysis, quotes);
    reading = {
      cues,
      units: units.map((unit) => ({ unit, hits: scanUnit(unit, cues) })),
      quotes,
      table,
      blocks: quotationBlocks(analysis, quotes, table),
    };
    byAnalysis.set(analysis, reading);
  }
  return reading;
}

/**
 * Paragraph tables made when a rule first asks for them: the rules ask only for paragraphs that hold a quotation (or
 * name its speaker). Tables for every paragraph of a long article were a large part of the attribution stage's peak
 * memory. (Keeping only the last few asked for, and making them again for each rule, promoted more: V8 allocates a
 * site's objects in the old generation once most of them have outlived young collections.)
 */
function tableLookup(analysis: Analysis, quotes: readonly QuoteScan[]): (p: number) => ParagraphTokens {
  const made = new Map<number, ParagraphTokens>();
  return (p) => {
    let table = made.get(p);
    if (table === undefined) {
      table = paragraphTokens(analysis, p, quotes[p]!);
      made.set(p, table);
    }
    return table;
  };
}

/**
 * Drops the call's readings once every rule has run: they hold a few arrays per token, and the later stages, which
 * never read them, would otherwise carry them to the end of the call (the peak memory of a long article).
 */
export function releaseReadings(ctx: Context): void {
  ctx.memo(READINGS, () => new Map<Analysis, Reading>()).clear();
}

/** Every unit of the article with its cue hits, read with the lexicon of `ctx.settings.cues`. */
export function scanText(ctx: AttributionContext, analysis: Analysis): ScannedUnit[] {
  return readText(ctx, analysis).units;
}

/** Where the complement of hit `n` ends: the boundary of the next hit, else the end of the unit (exclusive). */
export function complementEnd(hits: readonly CueHit[], n: number, length: number): number {
  const cueEnd = hits[n]!.cue.last;
  for (let m = n + 1; m < hits.length; m++) {
    const boundary = hits[m]!.boundary;
    if (boundary > cueEnd) return boundary;
  }
  return length;
}

/**
 * The subject of the unit's main clause before token `before`: the phrase in front of the first verb outside
 * quotation marks (`"…," he continued, adding …` → "he"; `X was unmoved by …, stating …` → X).
 */
export function clauseSubject(unit: Unit, before: number): SpeakerPhrase | null {
  const tokens: readonly Token[] = unit.tokens;
  for (let i = 0; i < before; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'VERB' && token.pos !== 'AUX') continue;
    if (enclosingAt(unit.quotes, i) !== null) continue;
    return speakerBefore(tokens, i);
  }
  return null;
}
