/**
 * The shapes every stage reads the article in: tokens, sentences and paragraphs, all in raw offsets. They live in
 * the core so that word lists and readers that test tokens need not depend on the analyser that makes them.
 */

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

/** The parts of a token the country readers need: its text and raw offsets. */
export interface WordToken {
  value: string;
  start: number;
  end: number;
}

/** A verb or an auxiliary: a token that may be a clause's finite verb. */
export function isVerbToken(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX');
}

/** Tokens joined as the raw text spaces them ("Secretary-General" stays glued). */
export function joinTokens(tokens: readonly WordToken[]): string {
  let text = '';
  tokens.forEach((token, i) => {
    if (i > 0 && token.start > tokens[i - 1]!.end) text += ' ';
    text += token.value;
  });
  return text;
}

