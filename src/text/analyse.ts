import type { Span } from '../schema.js';
import { nlp } from './model.js';

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
 * Reads each paragraph (a raw span: a kept line) with wink-nlp and returns sentences and tokens in raw offsets.
 * Paragraphs are read one by one because wink joins a headline to the next line when it lacks a full stop.
 */
export function analyse(raw: string, paragraphSpans: readonly Span[]): Analysis {
  const reader = nlp();
  const its = reader.its;
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];

  for (const span of paragraphSpans) {
    const text = raw.slice(span.start, span.end);
    const paragraph: Paragraph = { index: paragraphs.length, start: span.start, end: span.end, text, sentences: [] };
    paragraphs.push(paragraph);
    if (text.trim() === '') continue;

    const doc = reader.readDoc(text);
    const values = doc.tokens().out(its.value) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const tags = doc.tokens().out(its.pos) as string[];
    const normals = doc.tokens().out(its.normal) as string[];
    const tokens: Token[] = new Array(values.length);
    let offset = span.start;
    for (let i = 0; i < values.length; i++) {
      offset += spaces[i]!.length;
      const value = values[i]!;
      tokens[i] = { value, normal: normals[i]!, pos: tags[i]!, start: offset, end: offset + value.length, index: 0 };
      offset += value.length;
    }

    const bounds: Array<[number, number]> = [];
    doc.sentences().each((sentence: { out(accessor: unknown): unknown }) => {
      const [first, last] = sentence.out(its.span) as unknown as [number, number];
      bounds.push([first, last]);
    });
    for (const [first, last] of refineSentenceBounds(bounds, tokens)) {
      const sentenceTokens = tokens.slice(first, last + 1).filter((token) => token.pos !== 'SPACE');
      if (sentenceTokens.length === 0) continue;
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
    }
  }
  return { raw, paragraphs, sentences };
}

/**
 * Mends wink's sentence breaks: joins a break with no space after it ("Caliber.Az") or before a lower-case word,
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
