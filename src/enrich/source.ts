import { ruleVariant } from '../core/rule-id.js';
import { textSpan } from '../core/span.js';
import type { Article, Span, TextSpan } from '../core/schema.js';
import type { Analysis } from '../text/analyse.js';
import { gapBetween } from './date/attachment.js';
import { outsideQuotes } from './date/outside-quotes.js';
import { sentenceNeighbours } from './date/sentence-neighbours.js';
import { coreTokens, looksLikeOutlet } from './source/classify.js';
import type { OutletLexicon } from '../lang/en/outlets.js';
import { compileKeywordGate } from './source/keyword-gate.js';
import { compileNameReader, type NameReader } from './source/name.js';
import { createPersonCheck } from './source/persons.js';
import { isPlaceName } from '../gazetteer/place-names.js';
import { findOutletMentions, type OutletMention } from './source/registry.js';
import { outletSlots, type OutletSlot } from './source/slots.js';
import { creditAt, readStoryCredits, type StoryCredit } from './source/story-credit.js';
import type { ClaimDraft, EnrichContext, Refiner } from './types.js';

export const SOURCE_REFINER_ID = 'enrich/source';

export interface ClaimSource {
  source: string | null;
  provenance: TextSpan | null;
}

export interface SourceSelection {
  raw: string;
  /** Outlet credits of the claim's sentence. */
  mentions: readonly OutletMention[];
  /** The claim's attribution part: credits inside quotes are what was said, not who reports it. */
  parts: readonly Span[];
  /** The claim's cue and speaker phrase: among equal credits, the nearest wins. */
  anchors: readonly Span[];
  /** The claim's speaker when it is itself an outlet ("the New York Times reported …"). */
  speakerOutlet: ClaimSource | null;
  /** The outlet credited with the run of the story that holds the claim (a wire dateline, a byline, a sign-off). */
  storyCredit?: ClaimSource | null;
  publisher: string | null;
  publisherSpan: TextSpan | null;
}

/**
 * The outlet that reports a claim: a credit in its attribution part (the outlet a report relies on first), else
 * its speaker when that is an outlet, else the story's credit, else the publisher, else null.
 */
export function selectClaimSource(input: SourceSelection): ClaimSource {
  return (
    creditedSource(input) ??
    input.speakerOutlet ??
    input.storyCredit ?? { source: input.publisher, provenance: input.publisher === null ? null : input.publisherSpan }
  );
}

/** The credit in the claim's attribution part that a report relies on first; null when there is none. */
function creditedSource(input: Pick<SourceSelection, 'raw' | 'mentions' | 'parts' | 'anchors'>): ClaimSource | null {
  const inside = (span: Span): boolean => input.parts.some((part) => part.start <= span.start && span.end <= part.end);
  const candidates = input.mentions.filter((mention) => inside(mention.span));
  const distance = (mention: OutletMention): number =>
    input.anchors.length === 0 ? 0 : Math.min(...input.anchors.map((anchor) => gapBetween(anchor, mention.span)));
  candidates.sort((a, b) => Number(b.original) - Number(a.original) || distance(a) - distance(b));
  const best = candidates[0];
  return best ? { source: best.name, provenance: textSpan(input.raw, best.span) } : null;
}

export interface SourceRefinerOptions {
  lexicon?: OutletLexicon;
  slots?: readonly OutletSlot[];
}

/**
 * A source refiner over a slot list a user may extend, and an outlet lexicon: the one given here, else the
 * language's (`ctx.settings.outlets`). Regexes are compiled once per lexicon.
 */
export function createSourceRefiner(options: SourceRefinerOptions = {}): Refiner {
  const slots = options.slots ?? outletSlots;
  const gate = compileKeywordGate(slots);
  const readers = new WeakMap<OutletLexicon, NameReader>();
  const readerFor = (lexicon: OutletLexicon): NameReader => {
    let reader = readers.get(lexicon);
    if (reader === undefined) {
      reader = compileNameReader(lexicon, isPlaceName);
      readers.set(lexicon, reader);
    }
    return reader;
  };
  if (options.lexicon) readerFor(options.lexicon);
  return {
    id: SOURCE_REFINER_ID,
    refine(ctx: EnrichContext, analysis: Analysis, drafts: ClaimDraft[]): ClaimDraft[] {
      if (drafts.length === 0) return drafts;
      const lexicon = options.lexicon ?? ctx.settings.outlets;
      const reader = readerFor(lexicon);
      const isPerson = createPersonCheck(ctx.raw, drafts.map((draft) => draft.speaker), lexicon, isPlaceName);
      const mentions = findOutletMentions({
        raw: ctx.raw,
        sentences: analysis.sentences,
        slots,
        reader,
        lexicon,
        isPerson,
        isPlace: isPlaceName,
        gate,
      });
      const credits = readStoryCredits(ctx.raw, ctx.article.provenance.title, lexicon.credits);
      const bySentence = groupBySentence(mentions);
      const outletNames = new Set(mentions.map((mention) => mention.name));
      const neighbours = sentenceNeighbours(drafts);
      const readPhrase = phraseReader(outletNames, reader, lexicon);
      const publisherSource: ClaimSource = {
        source: ctx.article.publisher,
        provenance: ctx.article.publisher === null ? null : ctx.article.provenance.publisher,
      };
      return drafts.map((draft) => {
        if (draft.source !== null) return draft;
        const { attribution } = draft;
        // The fallbacks are read only when no credit decides: most claims of a long article have none in their
        // sentence, and what a step reads for a claim it does not decide is garbage that outlives the refiner.
        const sentenceMentions = collectSentences(bySentence, analysis, attribution.sentence.index, attribution.evidence);
        const credited =
          sentenceMentions.length === 0
            ? null
            : creditedSource({
                raw: ctx.raw,
                mentions: sentenceMentions,
                parts: outsideQuotes(attribution.evidence, [
                  ...attribution.quoteSpans,
                  ...neighbours(draft).flatMap((other) => other.attribution.quoteSpans),
                ]),
                anchors: [attribution.cue, attribution.speaker].filter((span) => span !== null),
              });
        const read =
          credited ??
          speakerAsOutlet(ctx.raw, draft, outletNames, mentions, readPhrase) ??
          storyCreditOf(ctx.raw, creditAt(credits, attribution.evidence.start)) ??
          publisherSource;
        if (read.source === null) return draft;
        const how = howRead(read, ctx.article, credits);
        const rule = ruleVariant(SOURCE_REFINER_ID, how);
        ctx.report(rule, read.provenance, () => read.source!);
        return {
          ...draft,
          source: read.source,
          provenance: { ...draft.provenance, source: read.provenance },
          rules: draft.rules.concat(rule),
        };
      });
    },
  };
}

/** The rule that decided a source: the publisher, a story credit by its shape, or a credit of the claim's own. */
function howRead(read: ClaimSource, article: Article, credits: readonly StoryCredit[]): string {
  if (read.provenance === article.provenance.publisher && read.source === article.publisher) return 'publisher';
  const story = credits.find((credit) => read.provenance !== null && credit.span.start === read.provenance.start && credit.name === read.source);
  return story ? `story-${story.kind}` : 'credit';
}

function storyCreditOf(raw: string, credit: StoryCredit | null): ClaimSource | null {
  return credit ? { source: credit.name, provenance: textSpan(raw, credit.span) } : null;
}

/** The default source refiner. */
export const sourceRefiner: Refiner = createSourceRefiner();

function groupBySentence(mentions: readonly OutletMention[]): Map<number, OutletMention[]> {
  const map = new Map<number, OutletMention[]>();
  for (const mention of mentions) {
    const group = map.get(mention.sentence);
    if (group) group.push(mention);
    else map.set(mention.sentence, [mention]);
  }
  return map;
}

const NO_MENTIONS: readonly OutletMention[] = Object.freeze([]);

/** Credits of every sentence the claim's evidence spans; most claims' sentences have none, and share one empty list. */
function collectSentences(
  bySentence: Map<number, OutletMention[]>,
  analysis: Analysis,
  first: number,
  evidence: Span,
): readonly OutletMention[] {
  let result: OutletMention[] | undefined;
  for (let index = first; (analysis.sentences[index]?.start ?? Infinity) < evidence.end; index++) {
    const credits = bySentence.get(index);
    if (credits !== undefined) (result ??= []).push(...credits);
  }
  return result ?? NO_MENTIONS;
}

/**
 * What a speaker phrase's own text says of it as an outlet: a name, with its offsets from the phrase's start; a
 * head noun alone ("the French newspaper"), which stands for the outlet last credited before it; or nothing.
 */
type PhraseReading = { source: string; from: number; to: number } | 'head noun' | null;

/**
 * The claim's speaker as its own source: a speaker named like an outlet or credited as one in the article, or a
 * head-noun reference ("the French newspaper stated") to the outlet last credited before it. Asked of every claim,
 * and a long article's speaker phrases repeat: each text is read once (`readings`), and spans are made only for a yes.
 */
function speakerAsOutlet(
  raw: string,
  draft: ClaimDraft,
  outletNames: ReadonlySet<string>,
  mentions: readonly OutletMention[],
  readPhrase: (raw: string, span: Span) => PhraseReading,
): ClaimSource | null {
  const span = draft.attribution.speaker;
  const name = draft.speaker?.name;
  if (name && outletNames.has(name)) return { source: name, provenance: span ? textSpan(raw, span) : null };
  if (!span) return null;
  const read = readPhrase(raw, span);
  if (read === null) return null;
  if (read === 'head noun') {
    let latest: OutletMention | undefined;
    for (const mention of mentions) if (mention.span.start < span.start) latest = mention;
    return latest ? { source: latest.name, provenance: textSpan(raw, span) } : null;
  }
  return { source: read.source, provenance: textSpan(raw, { start: span.start + read.from, end: span.start + read.to }) };
}

/**
 * A reader of speaker phrases for one article that remembers each phrase text's reading: what `reader.after` reads
 * of a phrase depends on its text alone.
 */
function phraseReader(outletNames: ReadonlySet<string>, reader: NameReader, lexicon: OutletLexicon): (raw: string, span: Span) => PhraseReading {
  const readings = new Map<string, PhraseReading>();
  return (raw, span) => {
    const text = raw.slice(span.start, span.end);
    let reading = readings.get(text);
    if (reading === undefined) {
      reading = readSpeakerPhrase(text, outletNames, reader, lexicon);
      readings.set(text, reading);
    }
    return reading;
  };
}

function readSpeakerPhrase(text: string, outletNames: ReadonlySet<string>, reader: NameReader, lexicon: OutletLexicon): PhraseReading {
  const read = reader.after(text, 0, text.length);
  if (!read) return null;
  if (read.name === '') return read.definite ? 'head noun' : null;
  const named = (source: string): PhraseReading => ({ source, from: read.span.start, to: read.span.end });
  if (outletNames.has(read.name)) return named(read.name);
  const core = coreTokens(read).join(' ');
  if (outletNames.has(core)) return named(core);
  if (read.tokens.some((token) => lexicon.titleWords.includes(token) || lexicon.institutionWords.includes(token))) return null;
  // A speaker phrase often opens its sentence, so its capital "The" says nothing about a title.
  return looksLikeOutlet({ ...read, titled: false }, lexicon) ? named(read.name) : null;
}
