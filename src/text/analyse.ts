import type { Span } from '../core/schema.js';
import type { Analysis, Paragraph, Sentence, Token } from '../core/tokens.js';
import { readDocument } from './model.js';
import { retagAdjectiveHeads, retagDeterminedAdverbs, retagNamesReadAsVerbs, retagNounsAfterPossessive, retagSayingReadAsAdjective } from './retag.js';
import { READ_CHUNK_CHARS, readInChunks, type TokenColumns } from './read-chunks.js';
import { capSentenceLength, NON_FINAL_ABBREVIATIONS, sentenceBounds } from './sentence-bounds.js';
import { isWhiteSpace } from '../core/white-space.js';
import { AnalysedToken, LexemeTable } from './token.js';

export type { Analysis, Paragraph, Sentence, Token } from '../core/tokens.js';

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
    if (i < end && !isWhiteSpace(raw.charCodeAt(i))) continue;
    if (i - runStart >= LONG_RUN_LENGTH) runs.push({ start: runStart, end: i });
    runStart = i + 1;
  }
  return runs;
}

/** A stretch of one paragraph read by wink, placed in the joined text of its window. */
interface Segment {
  paragraph: Paragraph;
  rawStart: number;
  rawEnd: number;
  joinedStart: number;
  joinedEnd: number;
  /** Token index bounds of wink's sentences, cut to this segment. */
  bounds: Array<[number, number]>;
}

/** A long run without white space, kept out of wink as a one-token sentence. */
interface LongRun {
  paragraph: Paragraph;
  span: Span;
}

type Piece = Segment | LongRun;

/**
 * Wink is called once per window of paragraphs, not once per paragraph: its fixed cost per call was a third of the
 * analysis. The paragraphs of a window are joined by a blank line and wink's sentences are then cut at paragraph
 * edges, since wink joins a headline to the next line when it lacks a full stop.
 */
const SEPARATOR = '\n\n';

/**
 * A long article is read in windows of whole paragraphs of about a chunk's length: each window's wink document and
 * token columns die young, where columns for the whole text lived through the analysis and went to the old heap.
 * An article shorter than a window is read in one piece.
 */
const WINDOW_CHARS = READ_CHUNK_CHARS;

/**
 * Two apostrophes used as a double quotation mark (''like this''): wink reads them as two stray apostrophes glued
 * to words, so it is handed a copy of the same length where each pair is one double mark plus a space, and tokens
 * keep the raw characters. The mark sits on the inner apostrophe, where the quotation scan puts it.
 */
const DOUBLED_APOSTROPHE = "''";
/**
 * A third apostrophe is a single quotation nested at the edge of the doubled one: `'''Title,''' he said` opens the
 * pair then the single mark, `'You lie,''' he said` closes the single mark then the pair.
 */
const DOUBLED_APOSTROPHES = /'''|''/g;
const OPENS_AFTER = /[\s([{\-–—/:;,]/;

function withDoubleMarks(text: string): string {
  return text.replace(DOUBLED_APOSTROPHES, (run: string, at: number) => {
    const next = at + run.length;
    const opening = (at === 0 || OPENS_AFTER.test(text[at - 1]!)) && next < text.length && !/\s/.test(text[next]!);
    if (run.length === 3) return opening ? ' "\'' : '\'" ';
    return opening ? ' "' : '" ';
  });
}

/**
 * wink's tokenizer breaks a word at a letter beyond Latin-1 ("Czesław" → "Czes" + "ł" + "aw", "Şahin" → "Ş" +
 * "ahin"), and a speaker's name fell apart. wink is handed a copy of the same length where each letter of the Latin
 * Extended blocks is its base letter ("ř" → "r"; one with none, "ł", is an "x"); tokens keep the raw characters.
 */
const EXTENDED_LATIN = /[\u0100-\u024F\u1E00-\u1EFF]/g;
const BASIC_LETTER = /^[A-Za-z]$/;

function baseLetter(letter: string): string {
  const base = letter.normalize('NFD')[0]!;
  if (BASIC_LETTER.test(base)) return base;
  return letter === letter.toLowerCase() ? 'x' : 'X';
}

/** The same string when it holds no such letter: `replace` copies nothing then. */
function withBaseLetters(text: string): string {
  return text.replace(EXTENDED_LATIN, baseLetter);
}

/** The pieces of one paragraph in order: stretches for wink and the long runs kept out of it. */
function paragraphPieces(raw: string, paragraph: Paragraph): Piece[] {
  const pieces: Piece[] = [];
  const addSegment = (start: number, end: number): void => {
    if (raw.slice(start, end).trim() === '') return;
    pieces.push({ paragraph, rawStart: start, rawEnd: end, joinedStart: 0, joinedEnd: 0, bounds: [] });
  };
  let cursor = paragraph.start;
  for (const run of longRuns(raw, paragraph.start, paragraph.end)) {
    addSegment(cursor, run.start);
    pieces.push({ paragraph, span: run });
    cursor = run.end;
  }
  addSegment(cursor, paragraph.end);
  return pieces;
}

/**
 * Hands `read` the pieces of the paragraphs in runs whose stretches for wink, joined, stay within a window (or hold
 * one longer stretch). The pieces are made one window at a time: made for the whole article first, they and their
 * sentence bounds lived through the analysis (~15 MB on a 10 MB article).
 */
function forEachWindow(raw: string, paragraphs: readonly Paragraph[], read: (window: readonly Piece[]) => void): void {
  let current: Piece[] = [];
  let length = 0;
  for (const paragraph of paragraphs) {
    for (const piece of paragraphPieces(raw, paragraph)) {
      if ('rawStart' in piece) {
        const added = (length > 0 ? SEPARATOR.length : 0) + piece.rawEnd - piece.rawStart;
        if (length > 0 && length + added > WINDOW_CHARS) {
          read(current);
          current = [];
          length = 0;
        }
        length += length > 0 ? added : piece.rawEnd - piece.rawStart;
      }
      current.push(piece);
    }
  }
  if (current.length > 0) read(current);
}

/** Whether a stretch for wink (not a long run kept out of it) holds a doubled apostrophe. */
function holdsDoubledApostrophe(raw: string, paragraph: Paragraph): boolean {
  if (!paragraph.text.includes(DOUBLED_APOSTROPHE)) return false;
  return paragraphPieces(raw, paragraph).some((piece) => 'rawStart' in piece && raw.slice(piece.rawStart, piece.rawEnd).includes(DOUBLED_APOSTROPHE));
}

/** Reads the paragraphs (raw spans: the kept lines) with wink-nlp and returns sentences and tokens in raw offsets. */
export function analyse(raw: string, paragraphSpans: readonly Span[]): Analysis {
  const paragraphs = paragraphSpans.map(
    (span, index): Paragraph => ({ index, start: span.start, end: span.end, text: raw.slice(span.start, span.end), sentences: [] }),
  );
  const sentences: Sentence[] = [];
  const addSentence = (paragraph: Paragraph, sentenceTokens: Token[]): void => {
    sentenceTokens.forEach((token, index) => (token.index = index));
    retagSayingReadAsAdjective(sentenceTokens);
    retagNamesReadAsVerbs(sentenceTokens);
    retagAdjectiveHeads(sentenceTokens);
    retagNounsAfterPossessive(sentenceTokens);
    retagDeterminedAdverbs(sentenceTokens);
    const start = sentenceTokens[0]!.start;
    const end = sentenceTokens[sentenceTokens.length - 1]!.end;
    const sentence: Sentence = { index: sentences.length, paragraph: paragraph.index, start, end, text: raw.slice(start, end), tokens: sentenceTokens };
    sentences.push(sentence);
  };
  // Whether tokens take their normals from wink is decided for the whole article, however many windows it spans.
  const doubled = paragraphs.some((paragraph) => holdsDoubledApostrophe(raw, paragraph));
  const lexemes = new LexemeTable();
  const addWindow = (window: readonly Piece[], tagPiece: (text: string) => TokenColumns): void => {
    const segments = window.filter((piece): piece is Segment => 'rawStart' in piece);
    const tokens = segments.length > 0 ? readSegments(raw, segments, tagPiece, doubled, lexemes) : [];
    for (const piece of window) {
      if ('span' in piece) {
        const value = raw.slice(piece.span.start, piece.span.end);
        addSentence(piece.paragraph, [new AnalysedToken(lexemes.text(value, value.toLowerCase()), 'X', piece.span.start)]);
        continue;
      }
      for (const [first, last] of capSentenceLength(refineSentenceBounds(piece.bounds, tokens))) {
        // Sized before it is filled: an array grown by push keeps up to half its length again in spare room, for as
        // long as the analysis lives.
        let count = 0;
        for (let i = first; i <= last; i++) if (tokens[i]!.pos !== 'SPACE') count++;
        if (count === 0) continue;
        const sentenceTokens: Token[] = new Array(count);
        for (let i = first, at = 0; i <= last; i++) if (tokens[i]!.pos !== 'SPACE') sentenceTokens[at++] = tokens[i]!;
        addSentence(piece.paragraph, sentenceTokens);
      }
    }
  };
  readDocument((tagPiece) => {
    forEachWindow(raw, paragraphs, (window) => addWindow(window, tagPiece));
  });
  // Each paragraph's sentences are a slice of the article's, which run in paragraph order: an array grown by push
  // keeps spare room for as long as the analysis lives, ~100 bytes a paragraph.
  for (let first = 0, last = 0; first < sentences.length; first = last) {
    const paragraph = sentences[first]!.paragraph;
    while (last < sentences.length && sentences[last]!.paragraph === paragraph) last++;
    paragraphs[paragraph]!.sentences = sentences.slice(first, last);
  }
  return { raw, paragraphs, sentences };
}

/**
 * Reads the segments of one window, joined, with wink, gives every token its raw offsets, and hands each segment
 * the bounds of wink's sentences cut at the segment's edges. When the article holds doubled apostrophes, wink reads
 * them as double marks and every token's normal is its lower-cased text.
 */
function readSegments(
  raw: string,
  segments: Segment[],
  tagPiece: (text: string) => TokenColumns,
  doubled: boolean,
  lexemes: LexemeTable,
): Token[] {
  const joined: string[] = [];
  let joinedLength = 0;
  for (const segment of segments) {
    if (joined.length > 0) {
      joined.push(SEPARATOR);
      joinedLength += SEPARATOR.length;
    }
    segment.joinedStart = joinedLength;
    joinedLength += segment.rawEnd - segment.rawStart;
    segment.joinedEnd = joinedLength;
    joined.push(raw.slice(segment.rawStart, segment.rawEnd));
  }
  const text = joined.join('');
  const winkText = withBaseLetters(doubled ? withDoubleMarks(text) : text);
  // Each letter is replaced by one of the same length, so offsets in wink's copy are offsets in the text.
  const based = !doubled && winkText !== text;
  const { values, tags, normals } = readInChunks(winkText, tagPiece);
  const tokens: Token[] = new Array(values.length);
  // Typed columns: on a long text, arrays of numbers and booleans per token were a large part of this stage's peak.
  const segmentOf = new Uint32Array(values.length);
  const spaced = new Uint8Array(values.length);
  let offset = 0;
  let s = 0;
  for (let i = 0; i < values.length; i++) {
    let value = values[i]!;
    // wink's tokens are verbatim, separated by white space it does not keep as tokens: finding each one from the
    // end of the last is cheaper than asking wink for the spaces before it.
    const from = offset;
    const first = value.charCodeAt(0);
    for (let code = winkText.charCodeAt(offset); offset < winkText.length && isWhiteSpace(code); code = winkText.charCodeAt(++offset)) {
      // A token of white space (a line break) starts here: one compare of its first char spares most calls.
      if (code === first && winkText.startsWith(value, offset)) break;
    }
    spaced[i] = offset > from ? 1 : 0;
    while (s < segments.length - 1 && offset >= segments[s]!.joinedEnd) s++;
    const segment = segments[s]!;
    if (doubled) {
      value = text.slice(offset, offset + value.length);
      // A closing pair is one token: its second apostrophe was a space in wink's copy.
      if (value === "'" && text[offset + 1] === "'" && winkText[offset + 1] === ' ') value = DOUBLED_APOSTROPHE;
    }
    let normal = doubled ? value.toLowerCase() : normals[i]!;
    if (based) {
      const rawValue = text.slice(offset, offset + value.length);
      if (rawValue !== value) {
        value = rawValue;
        normal = rawValue.toLowerCase();
      }
    }
    const start = segment.rawStart + (offset - segment.joinedStart);
    tokens[i] = new AnalysedToken(lexemes.text(value, normal), tags[i]!, start);
    segmentOf[i] = s;
    offset += value.length;
  }
  for (const [first, last] of sentenceBounds(values, spaced)) {
    let from = first;
    for (let i = first + 1; i <= last + 1; i++) {
      if (i <= last && segmentOf[i] === segmentOf[from]) continue;
      segments[segmentOf[from]!]!.bounds.push([from, i - 1]);
      from = i;
    }
  }
  return tokens;
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

const FULL_STOP = 46;

function isHiddenSentenceEnd(token: Token, next: Token): boolean {
  const value = token.value;
  if (value.length < 3 || value.charCodeAt(value.length - 1) !== FULL_STOP) return false;
  if (value.indexOf('.') !== value.length - 1) return false;
  if (NON_FINAL_ABBREVIATIONS.has(token.normal)) return false;
  return next.start > token.end && STARTS_UPPER.test(next.value);
}
