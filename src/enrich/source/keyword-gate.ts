import type { Sentence } from '../../text/analyse.js';
import type { OutletSlot } from './slots.js';

/** For each slot (in slot order), the sentences its trigger needs to read. */
export type KeywordGate = (sentences: readonly Sentence[]) => Sentence[][];

/** A keyword that a regex `\b` can close on both sides: only these ever stand whole between word boundaries. */
const WORD_RUN = /^\w+$/;

/**
 * Compiles, once per slot list, the gate that picks for each slot the sentences that write one of its keywords as
 * a whole word. A keyword stands in every match of its trigger between word boundaries, so it is one of the runs of
 * word characters (as a regex `\b` counts them) the sentence splits into. All keywords go into one alternation
 * closed by `\b` on both sides: a match is exactly such a run, found by the regex engine instead of a loop over the
 * characters. A slot without keywords reads every sentence.
 */
export function compileKeywordGate(slots: readonly OutletSlot[]): KeywordGate {
  const slotsOf = new Map<string, number[]>();
  slots.forEach((slot, position) => {
    for (const keyword of slot.keywords ?? []) {
      const list = slotsOf.get(keyword);
      if (list === undefined) slotsOf.set(keyword, [position]);
      else if (!list.includes(position)) list.push(position);
    }
  });
  const words = [...slotsOf.keys()].filter((keyword) => WORD_RUN.test(keyword));
  const pattern = words.length === 0 ? null : new RegExp(String.raw`\b(?:${words.join('|')})\b`, 'g');
  return (sentences) => {
    const bySlot: Sentence[][] = slots.map((slot) => (slot.keywords === undefined ? [...sentences] : []));
    if (pattern === null) return bySlot;
    for (const sentence of sentences) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(sentence.text); match !== null; match = pattern.exec(sentence.text)) {
        for (const position of slotsOf.get(match[0])!) {
          const list = bySlot[position]!;
          if (list[list.length - 1] !== sentence) list.push(sentence);
        }
      }
    }
    return bySlot;
  };
}

/** `compileKeywordGate` for one call; compile the gate once where the same slots read many articles. */
export function sentencesForSlots(slots: readonly OutletSlot[], sentences: readonly Sentence[]): Sentence[][] {
  return compileKeywordGate(slots)(sentences);
}
