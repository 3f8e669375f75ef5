import type { Span } from '../schema.js';
import { nlp, type WinkNlp } from './model.js';

/** A token with raw offsets. `normal` is lower-cased; `pos` is a Universal Dependencies tag. */
export interface Token {
  value: string;
  normal: string;
  pos: string;
  start: number;
  end: number;
  /** Index of the token in its sentence. */
  index: number;
}

export interface Sentence {
  /** Index in `Analysis.sentences`. */
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
  sentences: Sentence[];
}

export interface Analysis {
  raw: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** Abbreviations that end in a dot without ending the sentence, even before a capitalised word. */
const NON_FINAL_ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'capt.', 'sgt.', 'sen.', 'rep.', 'gov.',
  'pres.', 'st.', 'mt.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.',
  'nov.', 'dec.', 'no.', 'vs.', 'inc.', 'co.', 'corp.', 'ltd.', 'jr.', 'sr.', 'rev.', 'hon.', 'adm.',
]);

const STARTS_UPPER = /^[\p{Lu}"“‘'«„(]/u;

/**
 * wink's tokenizer slows down super-linearly on very long runs without white space (a 40 KB run takes seconds),
 * so runs of at least this many characters (URLs, base64, garbage) bypass it and become one-token sentences.
 */
const LONG_RUN_LENGTH = 200;

/** Raw spans of the long runs without white space inside [start, end), found in one pass over the characters. */
function longRuns(raw: string, start: number, end: number): Span[] {
  const runs: Span[] = [];
  if (end - start < LONG_RUN_LENGTH) return runs;
  let runStart = start;
  for (let i = start; i <= end; i++) {
    const code = i < end ? raw.charCodeAt(i) : 32;
    const space = code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x2028 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 12 || code === 11 || code === 0x1680 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0xfeff;
    if (!space) continue;
    if (i - runStart >= LONG_RUN_LENGTH) runs.push({ start: runStart, end: i });
    runStart = i + 1;
  }
  return runs;
}

/**
 * Reads each paragraph (a raw span: a kept line) with wink-nlp and returns sentences and tokens in raw offsets.
 * Paragraphs are read one by one because wink joins a headline to the next line when it lacks a full stop.
 */
export function analyse(raw: string, paragraphSpans: readonly Span[]): Analysis {
  const reader = nlp();
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];

  for (const span of paragraphSpans) {
    const text = raw.slice(span.start, span.end);
    const paragraph: Paragraph = { index: paragraphs.length, start: span.start, end: span.end, text, sentences: [] };
    paragraphs.push(paragraph);
    const addSentence = (sentenceTokens: Token[]): void => {
      sentenceTokens.forEach((token, index) => (token.index = index));
      const start = sentenceTokens[0]!.start;
      const end = sentenceTokens[sentenceTokens.length - 1]!.end;
      const sentence: Sentence = {
        index: sentences.length,
        paragraph: paragraph.index,
        start,
        end,
        text: raw.slice(start, end),
        tokens: sentenceTokens,
      };
      sentences.push(sentence);
      paragraph.sentences.push(sentence);
    };
    let cursor = span.start;
    for (const run of longRuns(raw, span.start, span.end)) {
      readSentences(reader, raw, cursor, run.start, addSentence);
      const value = raw.slice(run.start, run.end);
      addSentence([{ value, normal: value.toLowerCase(), pos: 'X', start: run.start, end: run.end, index: 0 }]);
      cursor = run.end;
    }
    readSentences(reader, raw, cursor, span.end, addSentence);
  }
  return { raw, paragraphs, sentences };
}

/** Reads raw[start, end) with wink and hands each sentence's tokens (raw offsets, no SPACE tokens) to `add`. */
function readSentences(reader: WinkNlp, raw: string, start: number, end: number, add: (tokens: Token[]) => void): void {
  const text = raw.slice(start, end);
  if (text.trim() === '') return;
  const its = reader.its;
  const doc = reader.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const tokens: Token[] = new Array(values.length);
  let offset = start;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    const value = values[i]!;
    tokens[i] = { value, normal: normals[i]!, pos: tags[i]!, start: offset, end: offset + value.length, index: 0 };
    offset += value.length;
  }
  const bounds: Array<[number, number]> = [];
  doc.sentences().each((sentence: { out(accessor: unknown): unknown }) => {
    const [first, last] = sentence.out(its.span) as [number, number];
    bounds.push([first, last]);
  });
  for (const [first, last] of refineSentenceBounds(bounds, tokens)) {
    const sentenceTokens = tokens.slice(first, last + 1).filter((token) => token.pos !== 'SPACE');
    if (sentenceTokens.length > 0) add(sentenceTokens);
  }
}

/**
 * Mends wink's sentence breaks: joins a break with no space after it ("Nordpost.Ee") or before a lower-case word,
 * and splits after an abbreviation-like token such as "FT." when a capitalised word follows.
 */
function refineSentenceBounds(bounds: Array<[number, number]>, tokens: Token[]): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const bound of bounds) {
    const previous = merged[merged.length - 1];
    const firstToken = tokens[bound[0]];
    const lastOfPrevious = previous ? tokens[previous[1]] : undefined;
    const glued = lastOfPrevious !== undefined && firstToken !== undefined && firstToken.start === lastOfPrevious.end;
    const lowerStart = firstToken !== undefined && /^\p{Ll}/u.test(firstToken.value);
    if (previous && (glued || lowerStart)) previous[1] = bound[1];
    else merged.push([bound[0], bound[1]]);
  }
  const result: Array<[number, number]> = [];
  for (const [first, last] of merged) {
    let start = first;
    for (let i = first; i < last; i++) {
      const token = tokens[i]!;
      const next = tokens[i + 1]!;
      if (isHiddenSentenceEnd(token, next)) {
        result.push([start, i]);
        start = i + 1;
      }
    }
    result.push([start, last]);
  }
  return result;
}

function isHiddenSentenceEnd(token: Token, next: Token): boolean {
  if (token.value.length < 3 || !token.value.endsWith('.')) return false;
  if (token.value.indexOf('.') !== token.value.length - 1) return false;
  if (NON_FINAL_ABBREVIATIONS.has(token.normal)) return false;
  return next.start > token.end && STARTS_UPPER.test(next.value);
}
