import type { CompiledLexicon, PhraseFamily } from './lexicon.js';
import type { PhraseHit } from './phrase-index.js';
import type { TopicHit } from './topic-terms.js';
import { isBreak, type StanceWord } from './words.js';
import { INVERSION_STARTS } from '../../lang/en/grammar.js';

/** A condition at words `[from, to)` governing the words up to `scopeEnd` (exclusive). */
export interface ConditionHit {
  /**
   * frame: opens a clause ("if …"); phrase: complete in itself ("following a ceasefire"); marker: "in principle";
   * exception: "without …" after a negation in its clause ("could not be sent without air cover"), which only lifts
   * a refusal into a condition and never makes a position conditional by itself ("backed it without hesitation").
   */
  kind: 'frame' | 'phrase' | 'marker' | 'exception';
  entry: string;
  from: number;
  to: number;
  scopeEnd: number;
  segment: number;
  /**
   * False when the topic itself sits inside the condition ("once deployed", "if troops were to enter"): the
   * sentence then describes the topic's circumstances rather than making a position wait for something.
   */
  binding: boolean;
}

const MAX_SCOPE = 15;
const MAX_SETTLEMENT_GAP = 4;
const PARTICIPLE_END = /(?:ed|en|wn|nt|lt)$/;
const EXCEPTION_PREPOSITION = 'without';

/** Lexicon frames, scope-less markers ("in principle"), "should a ceasefire be reached", "following a truce". */
export function findConditions(
  words: readonly StanceWord[],
  hits: ReadonlyArray<PhraseHit<PhraseFamily>>,
  lexicon: CompiledLexicon,
  topicHits: readonly TopicHit[],
): ConditionHit[] {
  const conditions: ConditionHit[] = [];
  // A flag per word position: every word is asked, and a set of numbers cost a hash lookup each.
  const covered = new Uint8Array(words.length);
  for (const hit of hits) {
    covered.fill(1, hit.from, hit.to);
    if (hit.family === 'conditionMarker') {
      conditions.push({ kind: 'marker', entry: hit.entry, from: hit.from, to: hit.to, scopeEnd: hit.to, segment: words[hit.from]!.segment, binding: true });
    } else if (hit.family === 'condition') {
      conditions.push(scoped(words, hit.entry, hit.from, hit.to, topicHits));
    }
  }
  for (let i = 0; i < words.length; i++) {
    if (covered[i] === 1) continue;
    const word = words[i]!;
    if (word.normal === 'should' && isInversion(words[i + 1])) {
      conditions.push(scoped(words, 'should', i, i + 1, topicHits));
    } else if (lexicon.conditionPrepositions.has(word.normal)) {
      const noun = settlementNounAfter(words, i, lexicon);
      if (noun !== -1) {
        conditions.push({ kind: 'phrase', entry: word.normal, from: i, to: noun + 1, scopeEnd: noun + 1, segment: word.segment, binding: true });
      } else if (word.normal === EXCEPTION_PREPOSITION && negatedBefore(words, hits, i)) {
        conditions.push({ ...scoped(words, word.normal, i, i + 1, topicHits), kind: 'exception' });
      }
    }
  }
  return conditions.sort((a, b) => a.from - b.from);
}

/** Whether a negation opens the clause of word `at` before it: "not … without" asks for what follows. */
function negatedBefore(words: readonly StanceWord[], hits: ReadonlyArray<PhraseHit<PhraseFamily>>, at: number): boolean {
  const clause = words[at]!.clause;
  return hits.some((hit) => hit.family === 'negator' && hit.to <= at && words[hit.from]!.clause === clause);
}

/** "should a ceasefire be achieved": a conditional inversion, not the modal ("Germany should send"). */
function isInversion(next: StanceWord | undefined): boolean {
  return next !== undefined && (next.pos === 'DET' || INVERSION_STARTS.has(next.normal));
}

function settlementNounAfter(words: readonly StanceWord[], at: number, lexicon: CompiledLexicon): number {
  for (let k = at + 1; k < words.length && k <= at + MAX_SETTLEMENT_GAP; k++) {
    const word = words[k]!;
    if (isBreak(word)) return -1;
    if (lexicon.settlementNouns.has(word.normal)) return k;
  }
  return -1;
}

/** "Weapons, once delivered, will be …": a participle with no subject after "once" dates the subject, it sets no condition. */
function isParticipleAside(words: readonly StanceWord[], entry: string, to: number): boolean {
  const next = words[to];
  const after = words[to + 1];
  return entry === 'once' && next?.pos === 'VERB' && PARTICIPLE_END.test(next.normal) && (after === undefined || isBreak(after));
}

function scoped(words: readonly StanceWord[], entry: string, from: number, to: number, topicHits: readonly TopicHit[]): ConditionHit {
  const clause = words[from]!.clause;
  let scopeEnd = to;
  while (scopeEnd < words.length && scopeEnd < to + MAX_SCOPE && !isBreak(words[scopeEnd]!) && words[scopeEnd]!.clause === clause) {
    scopeEnd++;
  }
  const binding = !topicHits.some((hit) => hit.from >= to && hit.from < scopeEnd) && !isParticipleAside(words, entry, to);
  return { kind: 'frame', entry, from, to, scopeEnd, segment: words[from]!.segment, binding };
}
