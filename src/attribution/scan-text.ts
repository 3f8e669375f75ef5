import type { Context } from '../context.js';
import type { Analysis, Token } from '../text/analyse.js';
import { compileCues } from './cue-forms.js';
import { scanUnit, type CueHit } from './cue-scan.js';
import { readUnits, type Unit } from './units.js';
import { speakerBefore } from './speaker-phrase.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import { quotationAround } from './units.js';

export interface ScannedUnit {
  unit: Unit;
  hits: CueHit[];
}

/** Every unit of the article with its cue hits, read with the lexicon of `ctx.options.cues`. */
export function scanText(ctx: Context, analysis: Analysis): ScannedUnit[] {
  const index = compileCues(ctx.options.cues);
  return readUnits(ctx, analysis).units.map((unit) => ({ unit, hits: scanUnit(unit, index) }));
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
    if (quotationAround(unit.quotations, token.start) !== null) continue;
    return speakerBefore(tokens, i);
  }
  return null;
}
