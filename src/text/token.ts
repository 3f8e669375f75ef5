import type { Token } from '../core/tokens.js';

/**
 * The part-of-speech tags by code: the Universal Dependencies tags and wink's SPACE. A tag outside them gets the
 * next code when first seen, so the list stays as long as the tag set.
 */
const TAGS: string[] = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'];
const TAG_CODES = new Map(TAGS.map((tag, code) => [tag, code]));
const TAG_BITS = 6;
const TAG_MASK = (1 << TAG_BITS) - 1;

function tagCode(tag: string): number {
  let code = TAG_CODES.get(tag);
  if (code === undefined) {
    code = TAGS.length;
    if (code > TAG_MASK) throw new RangeError(`more than ${TAG_MASK + 1} part-of-speech tags`);
    TAGS.push(tag);
    TAG_CODES.set(tag, code);
  }
  return code;
}

/** The text and normal form of a token whose normal differs from its text ("Minister" and "minister"). */
interface Lexeme {
  readonly value: string;
  readonly normal: string;
}

/**
 * Past this many distinct words, a token whose normal differs from its text gets a lexeme of its own: the table
 * stays small on text made of ever new words, where sharing would save nothing.
 */
const MAX_SHARED_LEXEMES = 1 << 16;

/**
 * What each token of one analysis keeps of its text: the text itself when it is its own normal form (most words),
 * else a lexeme shared by the tokens that read the same. A word's normal is nearly always the same wherever it
 * stands; where it is not (wink gives "ca" the normal "can" inside "can't"), the token gets a lexeme of its own.
 */
export class LexemeTable {
  private readonly byValue = new Map<string, Lexeme>();

  text(value: string, normal: string): string | Lexeme {
    if (normal === value) return value;
    const known = this.byValue.get(value);
    if (known !== undefined && known.normal === normal) return known;
    const lexeme = { value, normal };
    if (known === undefined && this.byValue.size < MAX_SHARED_LEXEMES) this.byValue.set(value, lexeme);
    return lexeme;
  }
}

/**
 * A token of the analysis. A long article holds millions of them for the whole call (~1.9 million on a 10 MB
 * article), and every field costs 8 bytes a token, so each keeps three: its text and normal form are one field
 * (see `LexemeTable`), its end follows from its start and text, and its tag and index in the sentence share one
 * small integer.
 */
export class AnalysedToken implements Token {
  private readonly text: string | Lexeme;
  start: number;
  /** The index in the sentence above `TAG_BITS` bits, the tag's code below. */
  private tagAndIndex: number;

  constructor(text: string | Lexeme, pos: string, start: number) {
    this.text = text;
    this.start = start;
    this.tagAndIndex = tagCode(pos);
  }

  get value(): string {
    const text = this.text;
    return typeof text === 'string' ? text : text.value;
  }

  get normal(): string {
    const text = this.text;
    return typeof text === 'string' ? text : text.normal;
  }

  get end(): number {
    return this.start + this.value.length;
  }

  get pos(): string {
    return TAGS[this.tagAndIndex & TAG_MASK]!;
  }

  set pos(tag: string) {
    this.tagAndIndex = (this.tagAndIndex & ~TAG_MASK) | tagCode(tag);
  }

  get index(): number {
    return this.tagAndIndex >>> TAG_BITS;
  }

  set index(index: number) {
    this.tagAndIndex = (index << TAG_BITS) | (this.tagAndIndex & TAG_MASK);
  }
}
