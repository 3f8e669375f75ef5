import { excessWords, shortfallWords } from '../../lang/en/stance/orientation.js';
import { linkingVerbs } from '../../lang/en/stance/valence.js';
import type { PolarCue } from './polarity.js';
import type { CompiledTopic, TopicHit } from './topic-terms.js';
import { isBreak, type StanceWord } from './words.js';
import { NEGATORS, AMOUNTS_TOO_LARGE, AMOUNTS_TOO_SMALL } from '../../lang/en/grammar.js';

const SHORTFALL: ReadonlySet<string> = new Set(shortfallWords);
const EXCESS: ReadonlySet<string> = new Set(excessWords);
const LINKING: ReadonlySet<string> = new Set(linkingVerbs);
/** "low teacher pay", "far too low": how far before the term, or after its linking verb, the amount word may stand. */
const ATTRIBUTIVE_REACH = 2;
const PREDICATE_REACH = 3;

type Amount = 'shortfall' | 'excess';

/**
 * For a topic whose act raises or lowers an amount ("raising teacher pay", "cutting interest rates"): the claim
 * says the amount is too small ("meagre wages", "funding is inadequate", "they are never paid enough") or too large
 * ("rates are too high"), which speaks for raising it or for cutting it. One cue per topic term; linear.
 */
export function amountCues(words: readonly StanceWord[], topicHits: readonly TopicHit[], topic: CompiledTopic | null): PolarCue[] {
  const direction = topic?.direction ?? null;
  if (direction === null) return [];
  const out: PolarCue[] = [];
  for (const hit of topicHits) {
    const found = attributive(words, hit) ?? predicate(words, hit) ?? notEnough(words, hit);
    if (!found) continue;
    const state = (found.amount === 'shortfall') === (direction === 'up') ? 'support' : 'oppose';
    const from = Math.min(found.from, hit.from);
    const to = Math.max(found.to, hit.to);
    out.push({ hit: { family: state, entry: found.amount === 'shortfall' ? 'too little' : 'too much', from, to }, state, negated: false, by: null });
  }
  return out;
}

interface Found {
  amount: Amount;
  from: number;
  to: number;
}

function amountAt(words: readonly StanceWord[], i: number): Amount | null {
  const normal = words[i]?.normal ?? '';
  if (SHORTFALL.has(normal)) return 'shortfall';
  if (EXCESS.has(normal)) return 'excess';
  if (words[i - 1]?.normal !== 'too') return null;
  return AMOUNTS_TOO_SMALL.has(normal) ? 'shortfall' : AMOUNTS_TOO_LARGE.has(normal) ? 'excess' : null;
}

/** "meagre wages", "record-high rates", "too little funding". */
function attributive(words: readonly StanceWord[], hit: TopicHit): Found | null {
  const clause = words[hit.from]!.clause;
  for (let i = hit.from - 1; i >= 0 && i >= hit.from - ATTRIBUTIVE_REACH && words[i]!.clause === clause && !isBreak(words[i]!); i--) {
    const amount = amountAt(words, i);
    if (amount) return { amount, from: i, to: i + 1 };
    if (words[i]!.pos === 'VERB') return null;
  }
  return null;
}

/** "pay is far too low", "rates remain excessive", "the funding is not enough". */
function predicate(words: readonly StanceWord[], hit: TopicHit): Found | null {
  const link = hit.to;
  if (!LINKING.has(words[link]?.normal ?? '') || words[link]!.clause !== words[hit.from]!.clause) return null;
  for (let i = link + 1; i <= link + PREDICATE_REACH && i < words.length && !isBreak(words[i]!); i++) {
    if (words[i]!.normal === 'enough' && NEGATORS.has(words[i - 1]!.normal)) return { amount: 'shortfall', from: link, to: i + 1 };
    const amount = amountAt(words, i);
    if (amount) return { amount, from: link, to: i + 1 };
  }
  return null;
}

/** "they are never paid enough": a negated amount term with "enough" at its end or right after it. */
function notEnough(words: readonly StanceWord[], hit: TopicHit): Found | null {
  const end = words[hit.to - 1]!.normal === 'enough' ? hit.to : words[hit.to]?.normal === 'enough' ? hit.to + 1 : -1;
  if (end === -1) return null;
  for (let i = hit.from - 1; i >= 0 && i >= hit.from - ATTRIBUTIVE_REACH; i--) {
    if (NEGATORS.has(words[i]!.normal)) return { amount: 'shortfall', from: i, to: end };
  }
  return null;
}
