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

/**
 * A token of the analysis. A long article holds millions of them for the whole call, so each keeps four fields, not
 * six: its end follows from its start and text, and its tag and index in the sentence share one small integer (a
 * field costs 8 bytes a token, ~15 MB on a 10 MB article).
 */
export class AnalysedToken implements Token {
  value: string;
  normal: string;
  start: number;
  /** The index in the sentence above `TAG_BITS` bits, the tag's code below. */
  private tagAndIndex: number;

  constructor(value: string, normal: string, pos: string, start: number) {
    this.value = value;
    this.normal = normal;
    this.start = start;
    this.tagAndIndex = tagCode(pos);
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
