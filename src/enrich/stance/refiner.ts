import type { Context } from '../../context.js';
import type { Span } from '../../schema.js';
import type { Analysis, Sentence } from '../../text/analyse.js';
import type { ClaimDraft, Refiner } from '../types.js';
import { classifyStance, type StanceContext } from './classify.js';
import { compileLexicon, stanceLexicon, withTopicCues, type CompiledLexicon, type StanceLexicon } from './lexicon.js';
import { matchPhrases } from './phrase-index.js';
import { compileTopic, findTopicTerms, type CompiledTopic } from './topic-terms.js';
import { toStanceWords, type StanceToken } from './words.js';

export const STANCE_REFINER_ID = 'enrich/stance';

/** How many sentences back a speaker's on-topic claim keeps their next claim on topic. */
const SPEAKER_REACH = 2;

export interface StanceRefinerOptions {
  /** Replaces the general lexicon; extend `stanceLexicon` rather than starting from nothing. */
  lexicon?: StanceLexicon;
}

/** Sets `stance` and `stanceReason` on every draft from its quote, its cue and the attribution part of its sentence. */
export function createStanceRefiner(options: StanceRefinerOptions = {}): Refiner {
  const base = options.lexicon ?? stanceLexicon;
  const compiledBase = compileLexicon(base);
  return {
    id: STANCE_REFINER_ID,
    refine(ctx: Context, analysis: Analysis, drafts: ClaimDraft[]): ClaimDraft[] {
      const topic = ctx.options.topic;
      const lexicon = topic?.cues ? compileLexicon(withTopicCues(base, topic)) : compiledBase;
      return refineStances(ctx, analysis, drafts, lexicon, topic ? compileTopic(topic) : null);
    },
  };
}

/** The stance refiner with the general lexicon. */
export const stanceRefiner: Refiner = createStanceRefiner();

function refineStances(
  ctx: Context,
  analysis: Analysis,
  drafts: ClaimDraft[],
  lexicon: CompiledLexicon,
  topic: CompiledTopic | null,
): ClaimDraft[] {
  const sentenceTerms = new Map<number, string[]>();
  const termsOf = (sentence: Sentence): string[] => {
    let terms = sentenceTerms.get(sentence.index);
    if (terms === undefined) {
      terms = topic ? sentenceTopicTerms(sentence, lexicon, topic) : [];
      sentenceTerms.set(sentence.index, terms);
    }
    return terms;
  };
  const order = drafts.map((_, index) => index).sort((a, b) => firstStart(drafts[a]!) - firstStart(drafts[b]!));
  const located = drafts.map((draft) => sentencesOf(analysis, draft));
  const quotesBySentence = new Map<number, Array<{ owner: ClaimDraft; span: Span }>>();
  drafts.forEach((draft, index) => {
    for (const sentence of located[index]!) {
      const list = quotesBySentence.get(sentence.index) ?? [];
      for (const span of draft.attribution.quoteSpans) list.push({ owner: draft, span });
      quotesBySentence.set(sentence.index, list);
    }
  });
  const lastOnTopic = new Map<string, number>();
  const out = drafts.slice();
  for (const index of order) {
    const draft = drafts[index]!;
    const sentences = located[index]!;
    if (sentences.length === 0) continue;
    const first = sentences[0]!;
    const previous = analysis.sentences[first.index - 1];
    const speakerKey = draft.speaker?.id ?? null;
    const spokeBefore = speakerKey === null ? undefined : lastOnTopic.get(speakerKey);
    const context: StanceContext = {
      sentenceTerms: sentences.flatMap(termsOf),
      antecedentOnTopic: previous !== undefined && termsOf(previous).length > 0,
      speakerOnTopic: spokeBefore !== undefined && first.index - spokeBefore <= SPEAKER_REACH,
    };
    const others = sentences.flatMap((sentence) =>
      (quotesBySentence.get(sentence.index) ?? []).filter((quote) => quote.owner !== draft).map((quote) => quote.span),
    );
    const result = classifyStance(
      { raw: ctx.raw, tokens: claimTokens(sentences, draft.attribution.quoteSpans, others), cue: draft.attribution.cue, context },
      { lexicon, topic },
    );
    if (result.onTopic && speakerKey !== null) lastOnTopic.set(speakerKey, sentences[sentences.length - 1]!.index);
    ctx.debug(() => `stance ${result.stance}: ${result.reason.summary}`);
    out[index] = { ...draft, stance: result.stance, stanceReason: result.reason, rules: [...draft.rules, STANCE_REFINER_ID] };
  }
  return out;
}

function sentenceTopicTerms(sentence: Sentence, lexicon: CompiledLexicon, topic: CompiledTopic): string[] {
  const words = toStanceWords(sentence.tokens.map((token) => ({ token, inQuote: false })));
  const taken = new Array<boolean>(words.length).fill(false);
  for (const hit of matchPhrases(lexicon.phrases, words.map((word) => word.normal))) {
    if (hit.to - hit.from > 1) for (let i = hit.from; i < hit.to; i++) taken[i] = true;
  }
  return [...new Set(findTopicTerms(words, topic, taken).map((hit) => hit.term))];
}

/** The claim's words: its quote, plus the rest of its sentences minus other claims' quotes (left out as gaps). */
function claimTokens(sentences: readonly Sentence[], own: readonly Span[], others: readonly Span[]): StanceToken[] {
  const tokens: StanceToken[] = [];
  let gap = false;
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      const inQuote = within(own, token.start, token.end);
      if (!inQuote && within(others, token.start, token.end)) {
        gap = true;
        continue;
      }
      tokens.push({ token, inQuote, gapBefore: gap });
      gap = false;
    }
  }
  return tokens;
}

function within(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => start >= span.start && end <= span.end);
}

/** Sentences that the draft's evidence and quote spans touch, found by binary search over sentence starts. */
function sentencesOf(analysis: Analysis, draft: ClaimDraft): Sentence[] {
  const { evidence, quoteSpans } = draft.attribution;
  const start = Math.min(evidence.start, ...quoteSpans.map((span) => span.start));
  const end = Math.max(evidence.end, ...quoteSpans.map((span) => span.end));
  const list = analysis.sentences;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  const found: Sentence[] = [];
  for (let i = low; i < list.length && list[i]!.start < end; i++) found.push(list[i]!);
  return found;
}

function firstStart(draft: ClaimDraft): number {
  return draft.attribution.quoteSpans[0]?.start ?? draft.attribution.evidence.start;
}
