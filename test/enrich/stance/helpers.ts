import { expect, it } from 'vitest';
import { createContext, withSettings } from '../../../src/core/context.js';
import { createStanceRefiner } from '../../../src/enrich/stance/index.js';
import { resolveOptions } from '../../../src/pipeline/options.js';
import type { Stance, Topic } from '../../../src/core/schema.js';
import type { Attribution } from '../../../src/attribution/types.js';
import type { ClaimDraft } from '../../../src/enrich/types.js';
import type { Span } from '../../../src/core/schema.js';
import type { SpeakerEntity } from '../../../src/speakers/types.js';
import { analyse, type Analysis, type Sentence } from '../../../src/text/analyse.js';

/** Every non-blank line is a paragraph, the way the cleaner hands kept lines to `analyse`. */
export function analyseLines(raw: string): Analysis {
  const spans: Span[] = [];
  let start = 0;
  for (const line of raw.split('\n')) {
    if (line.trim() !== '') spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return analyse(raw, spans);
}

export interface HandClaim {
  /** The quote, found verbatim in the text (the `occurrence`-th time, 0-based). */
  quote: string;
  occurrence?: number;
  /** The reporting cue, searched in the quote's sentence outside the quote; omitted: the nearest verb. */
  cue?: string;
  speaker?: string;
  /** How the speaker is named in the sentence, for drafts whose speaker is not resolved. */
  mention?: string;
}

/** A quote right after one of these is in the speaker's own words. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '‘', "'"]);

/** Builds drafts the way the attribution and speaker stages would, from quotes and cues written by hand. */
export function draftsFor(raw: string, analysis: Analysis, claims: readonly HandClaim[]): ClaimDraft[] {
  return claims.map((claim) => {
    const start = nthIndexOf(raw, claim.quote, claim.occurrence ?? 0);
    if (start < 0) throw new Error(`quote not in text: ${claim.quote}`);
    const quote: Span = { start, end: start + claim.quote.length };
    const sentences = analysis.sentences.filter((sentence) => sentence.start < quote.end && sentence.end > quote.start);
    const sentence = sentences[0]!;
    const last = sentences[sentences.length - 1]!;
    const cue = claim.cue !== undefined ? findCue(raw, sentences, quote, claim.cue) : nearestVerb(sentences, quote);
    const attribution: Attribution = {
      rule: 'test/hand',
      sentence,
      evidence: { start: sentence.start, end: last.end },
      quoteType: QUOTE_MARKS.has(raw[start - 1] ?? '') ? 'direct' : 'indirect',
      quoteSpans: [quote],
      cue,
      cueLemma: null,
      speaker: claim.mention !== undefined ? findCue(raw, sentences, quote, claim.mention) : null,
      addressee: null,
    };
    return {
      attribution,
      speaker: claim.speaker ? speakerEntity(claim.speaker) : null,
      role: null,
      country: null,
      date: null,
      source: null,
      stance: 'neutral',
      stanceReason: { cues: [], condition: null, topicTerms: [], summary: '' },
      provenance: { role: null, country: null, date: null, source: null },
      rules: ['test/hand'],
    };
  });
}

function speakerEntity(name: string): SpeakerEntity {
  return { id: name, name, type: 'person', role: null, roleSpan: null, country: null, countrySpan: null, aliases: [], mentions: [] };
}

function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function findCue(raw: string, sentences: readonly Sentence[], quote: Span, cue: string): Span | null {
  const from = sentences[0]!.start;
  const to = sentences[sentences.length - 1]!.end;
  let at = raw.indexOf(cue, from);
  while (at >= 0 && at + cue.length <= to) {
    if (at + cue.length <= quote.start || at >= quote.end) return { start: at, end: at + cue.length };
    at = raw.indexOf(cue, at + 1);
  }
  return null;
}

/** The verb closest to the quote outside it: before it when within three words, else after it. */
function nearestVerb(sentences: readonly Sentence[], quote: Span): Span | null {
  const tokens = sentences.flatMap((sentence) => sentence.tokens).filter((token) => token.end <= quote.start || token.start >= quote.end);
  const before = tokens.filter((token) => token.end <= quote.start).slice(-4).reverse().find((token) => token.pos === 'VERB');
  const after = tokens.find((token) => token.start >= quote.end && token.pos === 'VERB');
  const chosen = before ?? after ?? tokens.filter((token) => token.end <= quote.start && token.pos === 'VERB').pop();
  return chosen ? { start: chosen.start, end: chosen.end } : null;
}


const refiner = createStanceRefiner();
const noArticle = { title: null, publisher: null, published: null, provenance: { title: null, publisher: null, published: null } };

/** Runs the stance refiner over hand-made claims of `text` and returns the refined drafts. */
export function refineStance(text: string, claims: readonly HandClaim[], topic?: Topic): ClaimDraft[] {
  const analysis = analyseLines(text);
  const ctx = withSettings(createContext(text, noArticle), resolveOptions(topic ? { topic } : {}).enrich);
  return refiner.refine(ctx, analysis, draftsFor(text, analysis, claims));
}

/** The stance of one claim: `quote` inside `text`, with its cue. */
export function stanceOf(text: string, quote: string, cue: string | undefined, topic?: Topic): ClaimDraft {
  return refineStance(text, [{ quote, ...(cue !== undefined ? { cue } : {}), speaker: 'speaker' }], topic)[0]!;
}

export type StanceRow = [text: string, quote: string, cue: string | undefined, topic: Topic, expected: Stance];

/** One test per row: the claim `quote` in `text`, reported by `cue`, has stance `expected` toward `topic`. */
export function checkStances(rows: readonly StanceRow[]): void {
  it.each(rows)('%s', (text, quote, cue, topic, expected) => {
    const draft = stanceOf(text, quote, cue, topic);
    expect(draft.stance, draft.stanceReason.summary).toBe(expected);
  });
}
