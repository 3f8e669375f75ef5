import type { Span } from '../core/schema.js';
import type { Paragraph, Token } from '../text/analyse.js';
import { SECTION_LABELS } from '../lang/en/transcripts.js';
import { isQuoteToken } from '../lang/en/words.js';
import type { Attribution, AttributionRule } from './types.js';

const RULE_ID = 'attribution/speaker-label';

/** A speaker's label is a surname or a full name: at most this many words. */
const MAX_LABEL_WORDS = 3;

/** Turns it takes to make a transcript: fewer labelled paragraphs are headings or a dateline. */
const MIN_TURNS = 3;

/** A word of a speaker's label in a transcript: capitals only ("WALLACE", "O’NEILL", "ST.-JOHN"). */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}.’'-]+$/u;

interface Turn {
  paragraph: Paragraph;
  label: Span;
  name: string;
  words: Span;
}

/**
 * `WALLACE: Let’s start with …` / `PENCE: Well, look, …`: in an interview transcript each paragraph opens with its
 * speaker's name in capitals and a colon, and the rest of the paragraph is that speaker's words. It is a transcript
 * when at least three paragraphs open so, under at least two names, one of them twice; one capitalised label alone
 * ("CORRECTION:", a dateline) is a heading. The rule runs first: a turn's words are one claim, not the claims read
 * inside it.
 */
export const speakerLabelRule: AttributionRule = {
  id: RULE_ID,
  find(_ctx, analysis) {
    const turns = analysis.paragraphs.map(turnOf).filter((turn): turn is Turn => turn !== null);
    if (!isTranscript(turns)) return [];
    return turns.map((turn) => ({
      rule: RULE_ID,
      sentence: turn.paragraph.sentences[0]!,
      evidence: { start: turn.paragraph.start, end: turn.paragraph.end },
      quoteType: 'direct',
      quoteSpans: [turn.words],
      cue: null,
      cueLemma: null,
      speaker: turn.label,
      addressee: null,
    }));
  },
};

function isTranscript(turns: readonly Turn[]): boolean {
  if (turns.length < MIN_TURNS) return false;
  const counts = new Map<string, number>();
  for (const turn of turns) counts.set(turn.name, (counts.get(turn.name) ?? 0) + 1);
  return counts.size >= 2 && [...counts.values()].some((count) => count >= 2);
}

/** The label and the words of a paragraph that opens with a capitalised name and a colon, else null. */
function turnOf(paragraph: Paragraph): Turn | null {
  const sentences = paragraph.sentences;
  const tokens = sentences[0]?.tokens;
  if (tokens === undefined) return null;
  const first = isQuoteToken(tokens[0]) ? 1 : 0;
  let colon = first;
  while (colon < tokens.length && colon - first < MAX_LABEL_WORDS && CAPITALS_WORD.test(tokens[colon]!.value)) colon++;
  if (colon === first || tokens[colon]?.value !== ':') return null;
  const name = tokens.slice(first, colon).map((token) => token.normal).join(' ');
  if (SECTION_LABELS.has(name)) return null;
  const all = sentences.flatMap((sentence) => sentence.tokens);
  const words = wordsAfter(all, colon + 1);
  if (words === null) return null;
  return { paragraph, label: { start: tokens[first]!.start, end: tokens[colon - 1]!.end }, name, words };
}

/** From the token after the colon to the paragraph's end, without a quotation mark on either side. */
function wordsAfter(tokens: readonly Token[], from: number): Span | null {
  let start = from;
  let end = tokens.length - 1;
  if (isQuoteToken(tokens[start])) start++;
  while (end > start && isQuoteToken(tokens[end])) end--;
  if (start > end) return null;
  return { start: tokens[start]!.start, end: tokens[end]!.end };
}
