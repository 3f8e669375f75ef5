import { isCapitalised } from '../core/capitalised.js';
import type { Span } from '../core/schema.js';
import type { Analysis, Token } from '../text/analyse.js';
import { addresseeIn } from './addressee.js';
import { matchCue, type CueIndex } from './cue-forms.js';
import type { TokenRange } from '../text/noun-phrase.js';
import { addresseeAt, namesSomeone, phraseEndingAt } from '../text/noun-phrase.js';
import { closesSentence, opensSentence, sentenceAt, sentenceStartAt, type ParagraphTokens, type QuotationBlock } from './quotation-blocks.js';
import { readText } from './scan-text.js';
import { sourcePhrase } from './source-phrase.js';
import { isRelativePronoun, speakerAfter, speakerBefore } from '../text/speaker-phrase.js';
import { leadIn } from './lead-in.js';
import type { Attribution, AttributionContext, AttributionRule } from './types.js';
import { isComma, isQuoteToken, SENTENCE_END } from '../lang/en/words.js';
import { CONTINUED_FORMS, DIRECT_QUOTE_DASHES, INNER_CLOSERS, LEAD_IN_AFTER_CUE, NOTHING_SAID, TERMINATORS, VERB_COORDINATORS, WENT_FORMS } from '../lang/en/grammar.js';

const RULE_ID = 'attribution/direct-quote';

/** Where the speaker was found for a quotation, in the tokens of one paragraph. */
interface QuoteSpeaker {
  speaker: TokenRange;
  cue: TokenRange | null;
  cueLemma: string | null;
  /** Ids of the frames that let the rule read the speaker beyond a cue of the lexicon. */
  frames?: readonly string[];
  /** Last token of the attribution clause (`… X said.` → "."): a split quotation resumes right after it. */
  clauseEnd: number;
  paragraph: number;
}

/** A speaker this far past the closing mark belongs to another clause. */
const MAX_SPEAKER_DISTANCE = 30;
const CLAUSE_CLOSERS = /[,.!?…]$/;

/**
 * Quotations in marks whose speaker is named next to them: `"Q," X said.`, `"Q," said X, the Y of Z.`,
 * `X said: "Q"`, `…, stating, "Q"`, `X: "Q"`; a split quotation `"A," X said. "B."` is one attribution with two
 * spans, and a quotation re-opened on several paragraphs is one quotation. Fragments inside a sentence are not
 * taken here: reported speech reads them as mixed quotes.
 */
export const directQuoteRule: AttributionRule = {
  id: RULE_ID,
  find(ctx, analysis) {
    return readQuotations(ctx, analysis).found;
  },
};

/** A standalone quotation that opens the paragraph after one ending in `"…," X said.`, and the attribution before it. */
export interface QuotationRun {
  block: QuotationBlock;
  after: Attribution;
}

/** What the direct-quote pass reads: the attributed quotations and the quotations that run on after them. */
export interface QuotationReading {
  found: Attribution[];
  runs: QuotationRun[];
}

/** The key of the per-call memo, so the rule that reads runs does not read the quotations again. */
const QUOTATIONS = {};

export function readQuotations(ctx: AttributionContext, analysis: Analysis): QuotationReading {
  const byAnalysis = ctx.memo(QUOTATIONS, () => new Map<Analysis, QuotationReading>());
  let reading = byAnalysis.get(analysis);
  if (reading === undefined) {
    reading = scanQuotations(ctx, analysis);
    byAnalysis.set(analysis, reading);
  }
  return reading;
}

function scanQuotations(ctx: AttributionContext, analysis: Analysis): QuotationReading {
  const { cues: index, table: tableOf, blocks } = readText(ctx, analysis);
  const found: Attribution[] = [];
  const runs: QuotationRun[] = [];
  let previous: { attribution: Attribution; source: QuoteSpeaker } | null = null;
  for (const block of blocks) {
    const first = tableOf(block.openParagraph);
    const last = tableOf(block.closeParagraph);
    const startsSentence = opensSentence(first.tokens, block.openToken);
    const joined: boolean = previous !== null && joinedByCoordinator(previous.source, block, first) && speakerAfterQuote(ctx.raw, last, block, index) === null;
    const opensClause = startsSentence || isComma(first.tokens[block.openToken - 1]) || followsAbbreviation(first.tokens, block.openToken);
    const resumes: boolean = joined || (previous !== null && opensClause && resumesAfter(previous.source, block, first, index));
    const before: QuoteSpeaker | null = resumes ? null : speakerBeforeQuote(first, block, index);
    // `"A," X added "B."`: the clause that named the speaker of A introduces B too, so B resumes A.
    if (before !== null && previous !== null && sameClause(before, previous.source)) {
      resume(previous.attribution, block);
      previous = null;
      continue;
    }
    const afterColon: boolean = opensAfterColon(first, block);
    // `His verdict: "Q," he said.`, `Roe fired back: "A," he wrote, "B."`: a speaker named after a quotation that opens
    // after a colon is its speaker, as at a sentence's start; the phrase before the colon names the topic or the act.
    const readsAfter: boolean = startsSentence || before === null || afterColon;
    const after: QuoteSpeaker | null = readsAfter ? speakerAfterQuote(ctx.raw, last, block, index) : null;
    const source: QuoteSpeaker | null = after ?? before;
    if (source !== null && (startsSentence || before !== null || (after !== null && afterColon))) {
      const attribution = makeAttribution(block, source, tableOf);
      found.push(attribution);
      previous = after !== null ? { attribution, source } : null;
      continue;
    }
    if (previous !== null && resumes) {
      resume(previous.attribution, block);
      if (joined) previous.attribution.frames = [...(previous.attribution.frames ?? []), COORDINATED_PART_RULE];
    } else if (previous !== null && runsOnAfter(previous.source, block, tableOf)) {
      runs.push({ block, after: previous.attribution });
    } else if (previous !== null && withinAttributionSentence(previous.source, block, first)) {
      // `"A," Roe said on "Meet the Press." "B."`: a title quoted in the attribution's own sentence ends nothing.
      continue;
    }
    previous = null;
  }
  return { found, runs };
}

/**
 * `Her verdict was blunt: "It failed," she said.`: a colon ends the narrator's lead-in, so the quotation after it opens
 * a clause of its own, and a speaker named after its closing mark is the speaker, as at a sentence's start.
 */
function opensAfterColon(table: ParagraphTokens, block: QuotationBlock): boolean {
  return table.tokens[block.openToken - 1]?.value === ':';
}

/** The quotation's spans join the attribution of the split quotation it continues. */
function resume(attribution: Attribution, block: QuotationBlock): void {
  attribution.quoteSpans.push(...block.spans);
  const end = block.spans[block.spans.length - 1]!.end;
  attribution.evidence = { start: attribution.evidence.start, end: Math.max(attribution.evidence.end, end) };
}

/** One speaker phrase and one cue: a second cue (", before adding, “…”") opens a claim of its own. */
function sameClause(a: QuoteSpeaker, b: QuoteSpeaker): boolean {
  return a.paragraph === b.paragraph && a.speaker.first === b.speaker.first && a.speaker.last === b.speaker.last && a.cue?.first === b.cue?.first;
}

function makeAttribution(block: QuotationBlock, source: QuoteSpeaker, tableOf: (p: number) => ParagraphTokens): Attribution {
  const table = tableOf(source.paragraph);
  const tokens = table.tokens;
  const spanOf = (range: TokenRange): Span => ({ start: tokens[range.first]!.start, end: tokens[range.last]!.end });
  const firstTable = tableOf(block.openParagraph);
  const openSentence = sentenceAt(firstTable, block.openToken)!;
  const cueSentence = sentenceAt(table, source.cue?.first ?? source.speaker.first)!;
  const closeSentence = sentenceAt(tableOf(block.closeParagraph), block.closeToken)!;
  const addressee = addresseeIn(tokens, source.speaker.first, Math.min(tokens.length, source.clauseEnd + 1));
  return {
    rule: RULE_ID,
    sentence: cueSentence,
    evidence: {
      start: Math.min(openSentence.start, cueSentence.start),
      end: Math.max(closeSentence.end, cueSentence.end),
    },
    quoteType: 'direct',
    quoteSpans: block.spans.map((span) => ({ ...span })),
    cue: source.cue ? spanOf(source.cue) : null,
    cueLemma: source.cueLemma,
    ...(source.frames !== undefined ? { frames: source.frames } : {}),
    speaker: spanOf(source.speaker),
    addressee: addressee ? spanOf(addressee) : null,
  };
}

/** `"Q," X said` / `"Q," said X` / `"Q," X, the Y of Z, told …`: the speaker right after the closing mark. */
function speakerAfterQuote(raw: string, table: ParagraphTokens, block: QuotationBlock, index: CueIndex): QuoteSpeaker | null {
  const tokens = table.tokens;
  let j = block.closeToken + 1;
  const next = tokens[j];
  if (next === undefined) return null;
  const closingChar = lastCharBefore(raw, tokens[block.closeToken]!.start);
  const closedClause = CLAUSE_CLOSERS.test(closingChar);
  if (isComma(next) || DIRECT_QUOTE_DASHES.has(next.value)) j++;
  else if (!closedClause) return null;
  const dashed = DIRECT_QUOTE_DASHES.has(next.value) || (isComma(next) && DIRECT_QUOTE_DASHES.has(tokens[j]?.value ?? ''));
  if (isComma(next) && dashed) j++;
  const signed = dashed ? signature(tokens, j) : null;
  if (signed !== null) return { speaker: signed, cue: null, cueLemma: null, clauseEnd: signed.last, paragraph: block.closeParagraph };
  const inverted = matchCue(index, tokens, j);
  if (inverted !== null && inverted.lemma === 'according to') {
    const source = sourcePhrase(tokens, inverted.last + 1, tokens.length);
    if (source === null) return null;
    return { speaker: source, cue: { first: j, last: inverted.last }, cueLemma: inverted.lemma, clauseEnd: clauseEndAfter(tokens, source.last), paragraph: block.closeParagraph };
  }
  if (inverted !== null && inverted.form !== 'base' && inverted.form !== 'ing') {
    const speaker = speakerAfter(tokens, inverted.last + 1);
    if (speaker !== null) {
      return { speaker, cue: { first: j, last: inverted.last }, cueLemma: inverted.lemma, clauseEnd: clauseEndAfter(tokens, speaker.last), paragraph: block.closeParagraph };
    }
  }
  for (let v = j + 1; v < tokens.length && v - j <= MAX_SPEAKER_DISTANCE; v++) {
    // `"Q," Rep. Ann Roe (D-Md.) said`: the bracket after a name (a party label, an age) holds no sentence end.
    if (tokens[v]!.value === '(') v = bracketClose(tokens, v);
    const token = tokens[v]!;
    if ((SENTENCE_END.has(token.value) && !isComma(tokens[v + 1])) || isQuoteToken(token)) return null;
    // The tagger may read an inflected cue as a noun ("…," Smith notes.); the lexicon still knows it after a name.
    const cue = matchCue(index, tokens, v);
    if (token.pos !== 'VERB' && cue === null) continue;
    const subject = speakerBefore(tokens, v, j);
    if (subject === null || subject.first !== j) return null;
    const last = cue?.last ?? v;
    const newSentence = next === tokens[j] && TERMINATORS.has(closingChar);
    // `"Q." He said the plan would fail.`: a new sentence whose cue takes a clause of its own reports that clause.
    if (newSentence && reportsOwnClause(tokens, last + 1)) return null;
    // `"Q." The promise mattered.`, `"Q." It mattered.`: a new sentence's verb that is no cue says who spoke only when
    // its subject is someone ("Roe smiled", "She paused").
    if (newSentence && cue === null && !isSomeone(tokens, subject.speakers[0]!)) return null;
    return {
      speaker: subject.speakers[0]!,
      cue: { first: v, last },
      cueLemma: cue?.lemma ?? verbLemma(token),
      clauseEnd: clauseEndAfter(tokens, last),
      paragraph: block.closeParagraph,
    };
  }
  return null;
}

function isSomeone(tokens: readonly Token[], range: TokenRange): boolean {
  return namesSomeone(tokens, range) && !(range.first === range.last && tokens[range.first]!.normal === 'it');
}

/** How many tokens a bracket after a speaker's name may hold ("(D-Md.)", "(R-N.Y.)", "(age 52)"). */
const MAX_BRACKET_TOKENS = 8;

/** The ")" closing the bracket opened at `open`, when it is short; else `open` itself. */
function bracketClose(tokens: readonly Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k - open <= MAX_BRACKET_TOKENS; k++) {
    if (tokens[k]!.value === ')') return k;
    if (tokens[k]!.value === '(' || isQuoteToken(tokens[k]!)) return open;
  }
  return open;
}

/** A verb or a "that"/colon before the sentence ends: the cue's own complement, not an adjunct ("on Monday"). */
function reportsOwnClause(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (SENTENCE_END.has(token.value) || isComma(token) || isQuoteToken(token)) return false;
    if (LEAD_IN_AFTER_CUE.has(token.normal) || token.pos === 'VERB' || token.pos === 'AUX') return true;
  }
  return false;
}

/** `"Q" – Ivan Petrov.`: a name after a dash that ends the sentence signs the quotation. */
function signature(tokens: readonly Token[], first: number): TokenRange | null {
  const name = speakerAfter(tokens, first);
  if (name === null || !namesSomeone(tokens, name)) return null;
  const after = tokens[name.last + 1];
  return after === undefined || SENTENCE_END.has(after.value) ? name : null;
}

/** `X said: "Q"`, `X said, "Q"`, `…, stating, "Q"`, `X said "Q"`, `X: "Q"`. */
function speakerBeforeQuote(table: ParagraphTokens, block: QuotationBlock, index: CueIndex): QuoteSpeaker | null {
  const tokens = table.tokens;
  const open = block.openToken;
  const mark = tokens[open - 1];
  if (mark === undefined) return null;
  const punctuated = mark.value === ':' || isComma(mark) || DIRECT_QUOTE_DASHES.has(mark.value);
  const verbAt = punctuated ? open - 2 : open - 1;
  const cue = cueEndingAt(index, tokens, verbAt) ?? tellEndingBefore(index, tokens, verbAt);
  const sentenceStart = sentenceStartAt(table, open);
  if (cue === null && punctuated && isWholeSentence(table, block)) {
    // `…, she wrote in her memoir, "Hard Times."`: a title after the comma names the adjunct's noun; it is no saying.
    const setOff = mark.value === ':' || (isComma(mark) && !isTitle(tokens, block));
    const resumed = goesOnBefore(table, verbAt, sentenceStart) ?? (setOff ? cueBeforeAdjunct(table, index, sentenceStart, open - 1) : null);
    if (resumed !== null) return { ...resumed, clauseEnd: open - 1, paragraph: block.openParagraph };
  }
  if (cue !== null && !punctuated && clauseGoesOn(table, block)) return null;
  // A cue that needs a question word ("asked whether") does not introduce a quotation, nor one that needs a "that"
  // ("replied that") unless a colon or comma sets the quotation off ("she replied: …"; "replied to the letter").
  if (cue !== null && (cue.frame.requires === undefined || (punctuated && cue.frame.requires.includes('that')))) {
    const verb = tokens[cue.first - 1]?.normal === 'to' ? (leadIn(tokens, cue.first - 1) ?? cue.first) : cue.first;
    const subject = cue.form === 'ing' ? clauseSubjectBefore(table, sentenceStart, cue.first) : speakerBefore(tokens, verb, sentenceStart);
    if (subject === null) return null;
    return { speaker: subject.speakers[0]!, cue: { first: cue.first, last: cue.last }, cueLemma: cue.lemma, clauseEnd: open - 1, paragraph: block.openParagraph };
  }
  const fronted = punctuated ? frontedCue(index, tokens, sentenceStart, open) : null;
  if (fronted !== null) return { ...fronted, paragraph: block.openParagraph };
  if (mark.value === ':') {
    const phrase = phraseEndingAt(tokens, open - 2, sentenceStart);
    if (phrase !== null && phrase.first === sentenceStart) {
      return { speaker: phrase, cue: null, cueLemma: null, clauseEnd: open - 1, paragraph: block.openParagraph };
    }
  }
  return null;
}

/** How many words after the closing mark make the quotation a fragment of a longer clause, not a whole statement. */
const MIN_CLAUSE_AFTER_FRAGMENT = 3;
const WORD_START = /^[\p{L}\p{N}]/u;
/** A quotation that ends in a question or an exclamation is a whole utterance (`shouted “Why?” and walked out`). */
const UTTERANCE_ENDS: ReadonlySet<string> = new Set(['?', '!']);

/**
 * `X said “it makes me angry” every time the subject comes up`: a quotation set off by no comma or colon, with the
 * clause going on after its closing mark, is a fragment of the reported clause; reported speech reads the whole
 * clause as a mixed quote ("… on Monday." is too short to be more than the occasion).
 */
function clauseGoesOn(table: ParagraphTokens, block: QuotationBlock): boolean {
  const tokens = table.tokens;
  if (block.closeParagraph !== block.openParagraph || UTTERANCE_ENDS.has(tokens[block.closeToken - 1]?.value ?? '')) return false;
  const sentence = table.sentenceOf[block.closeToken];
  let words = 0;
  for (let k = block.closeToken + 1; k < tokens.length && table.sentenceOf[k] === sentence; k++) {
    const token = tokens[k]!;
    if (isComma(token) || isQuoteToken(token) || SENTENCE_END.has(token.value)) break;
    if (!WORD_START.test(token.value)) continue;
    if (k === block.closeToken + 1 || words > 0) words++;
  }
  return words >= MIN_CLAUSE_AFTER_FRAGMENT;
}

/** A quotation that opens with a capital and ends its sentence (or runs past its paragraph): words said in full. */
function isWholeSentence(table: ParagraphTokens, block: QuotationBlock): boolean {
  const first = table.tokens[block.openToken + 1];
  if (first === undefined || !isCapitalised(first.value)) return false;
  return block.closeParagraph !== block.openParagraph || closesSentence(table, block.closeToken);
}

/** Rule id of a quotation read after `X replied, with a smile:` or `X said at a news conference,`. */
export const CUE_BEFORE_ADJUNCT_RULE = 'attribution/frame:cue-before-adjunct';

/** How many words of adjunct may stand between a cue and the colon or comma that opens its quotation. */
const MAX_COLON_ADJUNCT = 10;

/** Tags of the words an adjunct is made of: no verb, so the stretch is no reported clause of its own. */
const ADJUNCT_TAGS: ReadonlySet<string> = new Set(['ADV', 'ADP', 'DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM', 'PUNCT', 'CCONJ']);

/**
 * `Kelly replied pointedly, with a smile: "Q"`, `The senator said in a statement on Monday night: "Q"`, `Roe said at a
 * news conference, "Q"`: a cue whose words run on in an adjunct (no verb) up to the colon or comma that opens the
 * quotation, a whole sentence; the adjunct tells where and how, and is no part of the quote.
 */
function cueBeforeAdjunct(table: ParagraphTokens, index: CueIndex, sentenceStart: number, colon: number): Omit<QuoteSpeaker, 'clauseEnd' | 'paragraph'> | null {
  const tokens = table.tokens;
  for (let k = colon - 1; k >= sentenceStart && colon - k <= MAX_COLON_ADJUNCT + 1; k--) {
    const token = tokens[k]!;
    if (table.quoted[k] || isQuoteToken(token) || SENTENCE_END.has(token.value)) return null;
    const cue = matchCue(index, tokens, k);
    if (cue !== null && cue.kind === 'speech' && cue.form !== 'base' && cue.form !== 'ing' && (cue.frame.requires?.includes('that') ?? true)) {
      // "said nothing about it:", "said little:": the cue is denied, the quotation is someone else's gloss.
      if (NOTHING_SAID.has(tokens[cue.last + 1]?.normal ?? '')) return null;
      // "… from a candidate who promised mass deportation:": a relative clause describes someone; the colon is not theirs.
      if (k > 0 && isRelativePronoun(tokens[k - 1]!)) return null;
      const subject = speakerBefore(tokens, cue.first, sentenceStart);
      return subject === null ? null : { speaker: subject.speakers[0]!, cue: { first: cue.first, last: cue.last }, cueLemma: cue.lemma, frames: [CUE_BEFORE_ADJUNCT_RULE] };
    }
    if (!ADJUNCT_TAGS.has(token.pos)) return null;
  }
  return null;
}

/** Rule id of a quotation read after `X continued:` / `X went on,`. */
export const GOING_ON_RULE = 'attribution/frame:going-on';

/**
 * `X continued: "Q"`, `X went on, "Q"`: a verb of going on, with a colon or comma before a quotation, hands the word
 * back to X (the quotation is what X went on to say); "continued to fall" and "went on to win" have no mark.
 */
function goesOnBefore(table: ParagraphTokens, verbAt: number, sentenceStart: number): Omit<QuoteSpeaker, 'clauseEnd' | 'paragraph'> | null {
  const tokens = table.tokens;
  const continued = CONTINUED_FORMS.has(tokens[verbAt]?.normal ?? '');
  const verb = continued ? verbAt : tokens[verbAt]?.normal === 'on' && WENT_FORMS.has(tokens[verbAt - 1]?.normal ?? '') ? verbAt - 1 : -1;
  if (verb < 0 || table.quoted[verb] || tokens[verb]!.pos !== 'VERB') return null;
  const subject = speakerBefore(tokens, verb, sentenceStart);
  if (subject === null) return null;
  return { speaker: subject.speakers[0]!, cue: { first: verb, last: verbAt }, cueLemma: continued ? 'continue' : 'go on', frames: [GOING_ON_RULE] };
}

/**
 * `Said Ana Ruiz, who grew up with him, "Q"`: an inflected cue opening the sentence, the speaker right after it, and
 * nothing in quotation marks before the quotation.
 */
function frontedCue(index: CueIndex, tokens: readonly Token[], sentenceStart: number, open: number): Omit<QuoteSpeaker, 'paragraph'> | null {
  const cue = matchCue(index, tokens, sentenceStart);
  if (cue === null || (cue.form !== 'past' && cue.form !== 's') || cue.frame.requires !== undefined) return null;
  const speaker = speakerAfter(tokens, cue.last + 1, open);
  if (speaker === null || !namesSomeone(tokens, speaker)) return null;
  for (let k = cue.last + 1; k < open - 1; k++) if (isQuoteToken(tokens[k]!)) return null;
  return { speaker, cue: { first: cue.first, last: cue.last }, cueLemma: cue.lemma, clauseEnd: open - 1 };
}

function cueEndingAt(index: CueIndex, tokens: readonly Token[], last: number) {
  for (let first = last; first >= 0 && last - first <= 3; first--) {
    const cue = matchCue(index, tokens, first);
    if (cue !== null && cue.last === last) return cue;
  }
  return null;
}

const MAX_ADDRESSEE_TOKENS = 6;

/** `X told reporters: "Q"`, `X told me, "Q"`: a cue that always takes an addressee, which ends at token `last`. */
function tellEndingBefore(index: CueIndex, tokens: readonly Token[], last: number) {
  for (let first = last - 1; first >= 0 && last - first <= MAX_ADDRESSEE_TOKENS; first--) {
    const cue = matchCue(index, tokens, first);
    if (cue?.frame.addressee !== 'always') continue;
    return addresseeAt(tokens, cue.last + 1, last + 1)?.last === last ? cue : null;
  }
  return null;
}

/** The speaker of a participial cue (`Ruiz expressed confidence …, stating, "Q"`): the subject of the first verb. */
function clauseSubjectBefore(table: ParagraphTokens, from: number, before: number) {
  const tokens = table.tokens;
  for (let i = from; i < before; i++) {
    if (table.quoted[i]) continue;
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return speakerBefore(tokens, i, from);
  }
  return null;
}

function clauseEndAfter(tokens: readonly Token[], from: number): number {
  for (let k = from + 1; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (isQuoteToken(token)) return k - 1;
    if (SENTENCE_END.has(token.value) || isComma(token) || token.value === ':') return k;
  }
  return tokens.length - 1;
}

/**
 * A split quotation resumes right after the clause that named the speaker (`"A," X said. "B."`, `"A," X said, "B."`),
 * or opens the sentence right after the one that holds that clause (`"A," X said on Monday in Y. "B."`).
 */
function resumesAfter(source: QuoteSpeaker, block: QuotationBlock, table: ParagraphTokens, index: CueIndex): boolean {
  if (source.paragraph !== block.openParagraph || table.tokens.length === 0) return false;
  if (block.openToken === source.clauseEnd + 1) return true;
  const open = block.openToken;
  if (resumesPastAdjunct(table, source.clauseEnd, open, index)) return true;
  if (open <= source.clauseEnd || !(opensSentence(table.tokens, open) || followsAbbreviation(table.tokens, open))) return false;
  return sentenceStartAt(table, open - 1) === sentenceStartAt(table, source.clauseEnd);
}

/**
 * `"A," Roe said in Fort Mill, S.C. "B."`: the tagger keeps the stop of an abbreviation ending the sentence inside its
 * token, so a quotation opening with a capital right after such a token opens a new sentence.
 */
function followsAbbreviation(tokens: readonly Token[], open: number): boolean {
  const previous = tokens[open - 1];
  const first = tokens[open + 1];
  return previous !== undefined && first !== undefined && ABBREVIATION.test(previous.value) && isCapitalised(first.value);
}

const ABBREVIATION = /^\p{L}[\p{L}.]*\.$/u;

/**
 * A title quoted after the attribution clause in the sentence that holds it (`…, Roe said on "Meet the Press."`,
 * `…, said Roe, who hosts "Money Talks."`) leaves that sentence the attribution's, so the quotation after it may still
 * resume the split one. A quoted fragment there (`…, adding that it was "too late."`) is a saying of its own.
 */
function withinAttributionSentence(source: QuoteSpeaker, block: QuotationBlock, table: ParagraphTokens): boolean {
  return (
    block.openParagraph === source.paragraph &&
    block.closeParagraph === source.paragraph &&
    block.openToken > source.clauseEnd &&
    sentenceStartAt(table, block.openToken) === sentenceStartAt(table, source.clauseEnd) &&
    isTitle(table.tokens, block)
  );
}

/** How many words a quoted title may hold. */
const MAX_TITLE_WORDS = 6;
/** Words this short may stay lower case inside a title ("Meet the Press", "Face the Nation"). */
const MAX_LOWER_TITLE_WORD = 3;

/** A short quotation whose longer words are all capitalised: the name of a show, a book or a paper. */
function isTitle(tokens: readonly Token[], block: QuotationBlock): boolean {
  const words = tokens.slice(block.openToken + 1, block.closeToken).filter((token) => WORD_START.test(token.value));
  return (
    words.length > 0 &&
    words.length <= MAX_TITLE_WORDS &&
    isCapitalised(words[0]!.value) &&
    words.every((word) => isCapitalised(word.value) || word.value.length <= MAX_LOWER_TITLE_WORD)
  );
}

/** Rule id of a split quotation's second part joined by "but" or "and" (`"A," X said, but "B."`). */
export const COORDINATED_PART_RULE = 'attribution/span:coordinated-quotation-part';

/**
 * `"A," X said, but "B."`, `"A," X said, and "B."`: a coordinator right after the comma that closes the speaker's
 * clause, then the quotation, joins B to A as the same speaker's words, unless B names a speaker of its own after it.
 */
function joinedByCoordinator(source: QuoteSpeaker, block: QuotationBlock, table: ParagraphTokens): boolean {
  if (source.paragraph !== block.openParagraph) return false;
  const link = block.openToken - 1;
  return link === source.clauseEnd + 1 && isComma(table.tokens[source.clauseEnd]) && VERB_COORDINATORS.has(table.tokens[link]?.normal ?? '');
}

/** How many words an adjunct may hold between the speaker's clause and the quotation's second part. */
const MAX_SPLIT_ADJUNCT = 12;

/**
 * `"A," X said, referring to the report, "B."`, `"A," X said in a speech, "B."`: a comma-set adjunct (a participle or a
 * preposition and its phrase) between the speaker's clause and the second part still splits one quotation; one with a
 * cue of its own (", before adding,") opens a second claim.
 */
function resumesPastAdjunct(table: ParagraphTokens, clauseEnd: number, open: number, index: CueIndex): boolean {
  const tokens = table.tokens;
  const first = tokens[clauseEnd + 1];
  if (!isComma(tokens[clauseEnd]) || !isComma(tokens[open - 1]) || first === undefined || open - clauseEnd > MAX_SPLIT_ADJUNCT + 2) return false;
  const opensAdjunct = first.pos === 'ADP' || (first.pos === 'VERB' && first.normal.endsWith('ing'));
  if (!opensAdjunct) return false;
  for (let k = clauseEnd + 1; k < open - 1; k++) {
    const token = tokens[k]!;
    if (table.quoted[k] || isQuoteToken(token) || SENTENCE_END.has(token.value) || matchCue(index, tokens, k) !== null) return false;
    if (token.pos === 'VERB' && !token.normal.endsWith('ing') && tokens[k - 1]?.pos !== 'ADP') return false;
  }
  return true;
}

/**
 * `"A," X said.` ending a paragraph, then a paragraph that is one quotation with no speaker of its own: X goes on
 * speaking. Only the sentence with the attribution may follow the quotation before the paragraph ends.
 */
function runsOnAfter(source: QuoteSpeaker, block: QuotationBlock, tableOf: (p: number) => ParagraphTokens): boolean {
  if (block.openParagraph !== source.paragraph + 1 || block.openToken !== 0) return false;
  const table = tableOf(source.paragraph);
  const lastToken = table.tokens.length - 1;
  if (lastToken < 0 || sentenceStartAt(table, lastToken) !== sentenceStartAt(table, source.clauseEnd)) return false;
  return closesSentence(tableOf(block.closeParagraph), block.closeToken);
}

/** The last character before `at` past spaces and the closing marks of quotations inside it (`…people,’”`). */
function lastCharBefore(raw: string, at: number): string {
  let k = at - 1;
  while (k >= 0 && (/\s/.test(raw[k]!) || INNER_CLOSERS.has(raw[k]!))) k--;
  return k >= 0 ? raw[k]! : '';
}

function verbLemma(token: Token): string {
  return token.normal.replace(/ied$/, 'y').replace(/ed$/, '');
}
