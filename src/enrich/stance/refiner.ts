import type { ReportingCue, Span, Topic } from '../../core/schema.js';
import type { Analysis, Sentence, Token } from '../../text/analyse.js';
import type { ClaimDraft, EnrichContext, Refiner } from '../types.js';
import { classifyStance, type StanceContext } from './classify.js';
import { inheritSpeakerStances, sideWithOwners, SIDES_WITH_RULE, type OwnedClaim } from './consistency.js';
import { compileLexicon, stanceLexicon, withTopicCues, type CompiledLexicon, type StanceLexicon } from './lexicon.js';
import { matchPhrases } from './phrase-index.js';
import { compileTopic, findTopicTerms, type CompiledTopic } from './topic-terms.js';
import { isSegmentBreak, toStanceWords, type StanceToken } from './words.js';
import { lowerBound } from '../../core/lower-bound.js';
import { ANAPHOR_DETERMINERS } from '../../lang/en/grammar.js';
import { SUBJECT_PRONOUNS } from '../../lang/en/words.js';
import { anaphoricNouns, positionNouns, sideNouns, statementNouns } from '../../lang/en/stance/modifiers.js';

export const STANCE_REFINER_ID = 'enrich/stance';

/**
 * How many sentences back a speaker's on-topic claim keeps their next claim on topic; further on, it does so right
 * after a sentence that names the topic again (the speaker is reacting to it once more).
 */
const SPEAKER_REACH = 2;
/** How many sentences back a naming of the topic lets "the decision", "Washington's move" point at it: a reaction is often reported a paragraph after the act. */
const RECENT_REACH = 4;

export interface StanceRefinerOptions {
  /** Replaces the general lexicon; extend `stanceLexicon` rather than starting from nothing. */
  lexicon?: StanceLexicon;
}

/** Sets `stance` and `stanceReason` on every draft from its quote, its cue and the attribution part of its sentence. */
export function createStanceRefiner(options: StanceRefinerOptions = {}): Refiner {
  const base = options.lexicon ?? stanceLexicon;
  const compiledBase = compileLexicon(base);
  // Per refiner: an extractor hands the same topic object to every article, so each is compiled once.
  const compiled = new WeakMap<Topic, { lexicon: CompiledLexicon; topic: CompiledTopic }>();
  const forTopic = (topic: Topic): { lexicon: CompiledLexicon; topic: CompiledTopic } => {
    let entry = compiled.get(topic);
    if (!entry) {
      entry = { lexicon: topic.cues ? compileLexicon(withTopicCues(base, topic)) : compiledBase, topic: compileTopic(topic) };
      compiled.set(topic, entry);
    }
    return entry;
  };
  return {
    id: STANCE_REFINER_ID,
    refine(ctx: EnrichContext, analysis: Analysis, drafts: ClaimDraft[]): ClaimDraft[] {
      const topic = ctx.settings.topic;
      if (!topic) return refineStances(ctx, analysis, drafts, compiledBase, null);
      const entry = forTopic(topic);
      return refineStances(ctx, analysis, drafts, entry.lexicon, entry.topic);
    },
  };
}

/** The stance refiner with the general lexicon. */
export const stanceRefiner: Refiner = createStanceRefiner();

function refineStances(
  ctx: EnrichContext,
  analysis: Analysis,
  drafts: ClaimDraft[],
  lexicon: CompiledLexicon,
  topic: CompiledTopic | null,
): ClaimDraft[] {
  const antecedents = new Map<number, boolean>();
  const onTopic = (sentence: Sentence): boolean => {
    if (!topic) return true;
    let found = antecedents.get(sentence.index);
    if (found === undefined) {
      found = topicTermsIn(sentence.tokens, lexicon, topic).length > 0;
      antecedents.set(sentence.index, found);
    }
    return found;
  };
  // Sentences are read in order up to the claim: once the topic is named, "this plan" later on points back to it.
  let scanned = 0;
  let named = false;
  const namedBefore = (index: number): boolean => {
    for (; !named && scanned < index; scanned++) named = onTopic(analysis.sentences[scanned]!);
    return named;
  };
  const allQuotes = drafts
    .flatMap((draft) => draft.attribution.quoteSpans.map((span) => ({ owner: draft, span })))
    .sort((a, b) => a.span.start - b.span.start);
  const allCues = drafts
    .flatMap((draft) => (draft.attribution.cue ? [{ owner: draft, span: draft.attribution.cue }] : []))
    .sort((a, b) => a.span.start - b.span.start);
  const order = drafts.map((_, index) => index).sort((a, b) => firstStart(drafts[a]!) - firstStart(drafts[b]!));
  const lastOnTopic = new Map<string, number>();
  let previousKey: string | null = null;
  const out = drafts.slice();
  const decided: Array<OwnedClaim & { index: number }> = [];
  for (const index of order) {
    const draft = drafts[index]!;
    const sentences = sentencesOf(analysis, draft);
    if (sentences.length === 0) continue;
    const first = sentences[0]!;
    const previous = analysis.sentences[first.index - 1];
    const speakerKey = speakerKeyOf(ctx.raw, draft, previousKey);
    previousKey = speakerKey;
    const spokeBefore = speakerKey === null ? undefined : lastOnTopic.get(speakerKey);
    const window = claimWindow(sentences, draft);
    const others = quotesAround(allQuotes, window, draft);
    const ownCue = draft.attribution.cue;
    // A cue two speakers share ("Jordan and Egypt criticised …") is each one's own.
    const othersCues = quotesAround(allCues, window, draft, (owner) => otherSpeaker(ctx.raw, owner, draft))
      .filter((span) => !ownCue || span.end <= ownCue.start || span.start >= ownCue.end);
    const tokens = claimTokens(window, draft, others, othersCues);
    const context: StanceContext = {
      sentenceTerms: topic && others.length > 0 ? topicTermsIn(otherQuoteTokens(window, draft, others), lexicon, topic) : [],
      antecedentOnTopic: previous !== undefined && hasAnaphorCandidate(tokens) && (onTopic(previous) || namedBefore(first.index)),
      previousOnTopic: previous !== undefined && onTopic(previous),
      recentOnTopic: namedWithin(analysis, first.index, onTopic),
      speakerOnTopic: spokeBefore !== undefined && (first.index - spokeBefore <= SPEAKER_REACH || (previous !== undefined && onTopic(previous))),
    };
    const cueJudges = draft.attribution.cueLemma !== null && !speechLemmas(ctx).has(draft.attribution.cueLemma);
    const result = classifyStance(
      { raw: ctx.raw, tokens, cue: draft.attribution.cue, cueJudges, context, direct: draft.attribution.quoteType === 'direct' },
      { lexicon, topic },
    );
    if (result.onTopic && speakerKey !== null) lastOnTopic.set(speakerKey, sentences[sentences.length - 1]!.index);
    const { quoteSpans } = draft.attribution;
    const quote = quoteSpans[0]!;
    const byCue = ownCue !== null && result.reason.cues.some((cue) => cue.polarity !== 'neutral' && cue.start < ownCue.end && cue.end > ownCue.start);
    // The draft's own spans, not an array joining them: every claim's entry is kept until the article is done.
    decided.push({ index, speakerKey, quote, quoteSpans, cue: ownCue, result, speakerName: speakerNameOf(ctx.raw, draft), owner: ownerOf(ctx.raw, quote), byCue });
  }
  const sided = sideWithOwners(ctx.raw, decided);
  for (const [position, result] of sided) decided[position]!.result = result;
  const inherited = inheritSpeakerStances(ctx.raw, decided);
  decided.forEach((claim, position) => {
    const decision = inherited.get(position);
    const result = decision?.result ?? claim.result;
    const draft = drafts[claim.index]!;
    ctx.debug(() => `stance ${result.stance}: ${result.reason.summary}`);
    // concat, not a literal with spreads: the claim keeps this array, and a spread one keeps spare room.
    const rules = draft.rules.concat(STANCE_REFINER_ID, result.rules ?? NO_RULES, sided.has(position) ? SIDES_WITH_RULE : NO_RULES, decision ? decision.rule : NO_RULES);
    out[claim.index] = { ...draft, stance: result.stance, stanceReason: result.reason, rules };
  });
  return out;
}

/** Whether one of the `RECENT_REACH` sentences before sentence `index` names the topic. */
function namedWithin(analysis: Analysis, index: number, onTopic: (sentence: Sentence) => boolean): boolean {
  for (let k = index - 1; k >= 0 && k >= index - RECENT_REACH; k--) if (onTopic(analysis.sentences[k]!)) return true;
  return false;
}

/** What a claim's `rules` gains from a step that decided nothing: one empty array, not a new one a claim. */
const NO_RULES: readonly string[] = Object.freeze([]);

const speechLemmaSets = new WeakMap<readonly ReportingCue[], ReadonlySet<string>>();

/** Lemmas of the plain speech cues ("say", "stress"): their words report, they do not judge. */
function speechLemmas(ctx: EnrichContext): ReadonlySet<string> {
  const cues = ctx.settings.cues;
  let lemmas = speechLemmaSets.get(cues);
  if (!lemmas) {
    lemmas = new Set(cues.filter((cue) => cue.kind === 'speech').map((cue) => cue.lemma));
    speechLemmaSets.set(cues, lemmas);
  }
  return lemmas;
}

const NAME_WORD = /\p{Lu}[\p{L}'’-]+/gu;

/**
 * Who speaks, to follow a speaker from claim to claim: the resolved entity, else the mention's last capitalised
 * word ("Ingrid Solberg" → "Solberg"), a pronoun standing for the previous claim's speaker.
 */
function speakerKeyOf(raw: string, draft: ClaimDraft, previousKey: string | null): string | null {
  if (draft.speaker) return draft.speaker.id;
  const mention = draft.attribution.speaker;
  if (!mention) return null;
  const text = raw.slice(mention.start, mention.end);
  if (SUBJECT_PRONOUNS.has(text.trim().toLowerCase())) return previousKey;
  const names = text.match(NAME_WORD);
  return names ? `mention:${names[names.length - 1]!}` : null;
}

/** The speaker's name: the resolved entity's, else the mention's words. */
function speakerNameOf(raw: string, draft: ClaimDraft): string | null {
  if (draft.speaker) return draft.speaker.name;
  const mention = draft.attribution.speaker;
  return mention ? raw.slice(mention.start, mention.end) : null;
}

const OWNED_MOVE = /^(\p{Lu}[\p{L}-]*)['’]s (\p{Ll}+)/u;
const MOVE_NOUNS: ReadonlySet<string> = new Set([...anaphoricNouns, ...anaphoricNouns.map((noun) => `${noun}s`), ...positionNouns, ...statementNouns]);

/** "Varga's proposal …" opening the quote: the owner's name when the noun names a move or a position. */
function ownerOf(raw: string, quote: Span): string | null {
  const match = OWNED_MOVE.exec(raw.slice(quote.start, Math.min(quote.end, quote.start + OWNER_REACH)));
  return match && MOVE_NOUNS.has(match[2]!) ? match[1]! : null;
}

/** Characters of the quote's opening read for an owner: a name, "'s" and a noun. */
const OWNER_REACH = 60;

/** Whether the claim could point back ("this idea"): only then is the previous sentence read. */
function hasAnaphorCandidate(tokens: readonly StanceToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (ANAPHOR_DETERMINERS.has(tokens[i]!.token.normal)) return true;
  return false;
}

/** The words of the other claims' quotes in the window: their topic terms keep this claim's sentence on topic. */
function otherQuoteTokens(window: readonly Token[], draft: ClaimDraft, others: readonly Span[]): Token[] {
  const own = draft.attribution.quoteSpans;
  return window.filter((token) => !within(own, token.start, token.end) && within(others, token.start, token.end));
}

/** Topic terms in the tokens, with cue phrases such as "contingent on" taken out first. */
function topicTermsIn(tokens: readonly Token[], lexicon: CompiledLexicon, topic: CompiledTopic): string[] {
  const words = toStanceWords(tokens.map((token) => ({ token, inQuote: false })));
  const cueHits = matchPhrases(lexicon.phrases, words.map((word) => word.normal));
  return [...new Set(findTopicTerms(words, topic, cueHits).map((hit) => hit.term))];
}

/** How many tokens the window reaches past the claim at most: a run-on "sentence" must not make each claim read all of it. */
const MAX_WINDOW_REACH = 200;

/**
 * The tokens from the segment break before the claim (its quote and cue) to the one after it: in a digest line
 * the analyser reads as one sentence, each bullet is its own statement, and the work stays local to the claim.
 */
function claimWindow(sentences: readonly Sentence[], draft: ClaimDraft): Token[] {
  const tokens = sentences.length === 1 ? sentences[0]!.tokens : joinedTokens(sentences);
  const { quoteSpans, cue } = draft.attribution;
  const start = Math.min(quoteSpans[0]?.start ?? Infinity, cue?.start ?? Infinity);
  const end = Math.max(quoteSpans[quoteSpans.length - 1]?.end ?? -Infinity, cue?.end ?? -Infinity);
  let lo = firstTokenEndingAfter(tokens, start);
  const lowest = Math.max(0, lo - MAX_WINDOW_REACH);
  while (lo > lowest && !isSegmentBreak(tokens[lo - 1]!.normal)) lo--;
  let hi = firstTokenEndingAfter(tokens, end);
  const highest = Math.min(tokens.length, hi + MAX_WINDOW_REACH);
  while (hi < highest && !isSegmentBreak(tokens[hi]!.normal)) hi++;
  return tokens.slice(lo, Math.min(hi + 1, tokens.length));
}

function joinedTokens(sentences: readonly Sentence[]): Token[] {
  const tokens: Token[] = [];
  for (const sentence of sentences) for (let i = 0; i < sentence.tokens.length; i++) tokens.push(sentence.tokens[i]!);
  return tokens;
}

function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  const low = lowerBound(tokens, (token) => token.end <= offset);
  return Math.min(low, Math.max(tokens.length - 1, 0));
}

/** Other claims' spans (quotes, or cues) inside the window, in text order; `keep` picks whose. */
function quotesAround(
  all: ReadonlyArray<{ owner: ClaimDraft; span: Span }>,
  window: readonly Token[],
  draft: ClaimDraft,
  keep: (owner: ClaimDraft) => boolean = () => true,
): Span[] {
  if (window.length === 0) return [];
  const from = window[0]!.start;
  const to = window[window.length - 1]!.end;
  const low = lowerBound(all, (quote) => quote.span.start < from);
  const spans: Span[] = [];
  for (let i = Math.max(0, low - 1); i < all.length && all[i]!.span.start < to; i++) {
    if (all[i]!.owner !== draft && all[i]!.span.end > from && keep(all[i]!.owner)) spans.push(all[i]!.span);
  }
  return spans;
}

/**
 * The claim's words: its quote, plus the rest of the window minus other claims' quotes and other speakers'
 * reporting cues (left out as gaps): in "after Lisbon ruled out frigates, with one aide saying they should go",
 * "ruled out" is Lisbon's position, not the aide's.
 */
function claimTokens(window: readonly Token[], draft: ClaimDraft, others: readonly Span[], othersCues: readonly Span[]): StanceToken[] {
  const own = draft.attribution.quoteSpans;
  const speaker = draft.attribution.speaker;
  const tokens: StanceToken[] = [];
  let gap = false;
  for (let i = 0; i < window.length; i++) {
    const token = window[i]!;
    const inQuote = within(own, token.start, token.end);
    if (!inQuote && (within(others, token.start, token.end) || within(othersCues, token.start, token.end))) {
      gap = true;
      continue;
    }
    if (speaker !== null && token.start >= speaker.start && token.end <= speaker.end && namesSide(window, i)) continue;
    tokens.push({ token, inQuote, gapBefore: gap });
    gap = false;
  }
  return tokens;
}

const SIDE_NOUNS: ReadonlySet<string> = new Set(sideNouns);

/** "The opposition said …", "opposition MPs said …": a side named in the speaker's phrase, not "opposition to" a plan. */
function namesSide(window: readonly Token[], i: number): boolean {
  return SIDE_NOUNS.has(window[i]!.normal) && window[i + 1]?.normal !== 'to';
}

/** Whether two claims name different speakers; unknown when either names none, and then not different. */
function otherSpeaker(raw: string, a: ClaimDraft, b: ClaimDraft): boolean {
  if (a.speaker && b.speaker) return a.speaker.id !== b.speaker.id;
  const first = a.attribution.speaker;
  const second = b.attribution.speaker;
  if (!first || !second || a.speaker || b.speaker) return false;
  return raw.slice(first.start, first.end).toLowerCase() !== raw.slice(second.start, second.end).toLowerCase();
}

function within(spans: readonly Span[], start: number, end: number): boolean {
  for (const span of spans) if (start >= span.start && end <= span.end) return true;
  return false;
}

/** Sentences that the draft's evidence and quote spans touch, found by binary search over sentence starts. */
function sentencesOf(analysis: Analysis, draft: ClaimDraft): Sentence[] {
  const { evidence, quoteSpans } = draft.attribution;
  let start = evidence.start;
  let end = evidence.end;
  for (const span of quoteSpans) {
    if (span.start < start) start = span.start;
    if (span.end > end) end = span.end;
  }
  const list = analysis.sentences;
  const low = lowerBound(list, (sentence) => sentence.end <= start);
  const found: Sentence[] = [];
  for (let i = low; i < list.length && list[i]!.start < end; i++) found.push(list[i]!);
  return found;
}

function firstStart(draft: ClaimDraft): number {
  return draft.attribution.quoteSpans[0]?.start ?? draft.attribution.evidence.start;
}
