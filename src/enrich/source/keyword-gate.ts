import type { Sentence } from '../../text/analyse.js';
import type { OutletSlot } from './slots.js';

const ASCII_END = 128;
/** The characters a regex `\b` counts as word characters, by char code. */
const WORD_CHARS: Uint8Array = (() => {
  const table = new Uint8Array(ASCII_END);
  for (const char of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_') table[char.charCodeAt(0)] = 1;
  return table;
})();
const MAX_SHAPE_LENGTH = 31;

/**
 * For each slot, the sentences its trigger needs to read: those that write one of its keywords as a whole word.
 * A keyword stands in every match between word boundaries, so it is one of the runs of word characters (as a
 * regex `\b` counts them) the sentence splits into. A slot without keywords reads every sentence. One pass over
 * the characters; a run is looked up only when some keyword has its first letter and length.
 */
export function sentencesForSlots(slots: readonly OutletSlot[], sentences: readonly Sentence[]): Sentence[][] {
  const slotsOf = new Map<string, number[]>();
  slots.forEach((slot, position) => {
    for (const keyword of slot.keywords ?? []) {
      const list = slotsOf.get(keyword);
      if (list === undefined) slotsOf.set(keyword, [position]);
      else if (!list.includes(position)) list.push(position);
    }
  });
  const bySlot: Sentence[][] = slots.map((slot) => (slot.keywords === undefined ? [...sentences] : []));
  if (slotsOf.size === 0) return bySlot;
  const shapes = new KeywordShapes(slotsOf.keys());
  for (const sentence of sentences) {
    const text = sentence.text;
    let runStart = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length) {
        const code = text.charCodeAt(i);
        if (code < ASCII_END && WORD_CHARS[code] === 1) continue;
      }
      if (i > runStart && shapes.fits(text, runStart, i)) {
        for (const position of slotsOf.get(text.slice(runStart, i)) ?? []) {
          const list = bySlot[position]!;
          if (list[list.length - 1] !== sentence) list.push(sentence);
        }
      }
      runStart = i + 1;
    }
  }
  return bySlot;
}

/** The first characters and lengths of the keywords, as bit masks: most words ("the", "minister") fail the test. */
class KeywordShapes {
  private readonly lengthsByFirst = new Uint32Array(ASCII_END);
  private readonly unusual: boolean;

  constructor(keywords: Iterable<string>) {
    let unusual = false;
    for (const keyword of keywords) {
      const first = keyword.charCodeAt(0);
      if (first < ASCII_END && keyword.length <= MAX_SHAPE_LENGTH) this.lengthsByFirst[first]! |= 1 << keyword.length;
      else unusual = true;
    }
    this.unusual = unusual;
  }

  /** Whether `text.slice(start, end)` has the first character and length of some keyword. */
  fits(text: string, start: number, end: number): boolean {
    if (this.unusual) return true;
    const length = end - start;
    const first = text.charCodeAt(start);
    return first < ASCII_END && length <= MAX_SHAPE_LENGTH && (this.lengthsByFirst[first]! & (1 << length)) !== 0;
  }
}
