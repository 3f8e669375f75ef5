import type { CompiledLexicon, PhraseFamily } from './lexicon.js';
import type { PhraseHit } from './phrase-index.js';
import type { TopicHit } from './topic-terms.js';
import type { StanceWord } from './words.js';
import { SPEAKER_AGENTS } from '../../lang/en/grammar.js';
import { callingCues } from '../../lang/en/stance/support.js';

/** What a cue says after its neighbours are read. */
export type CueState =
  | 'support'
  | 'oppose'
  /** A negated objection ("did not rule out", "does not oppose"): openness, not support. */
  | 'open'
  /** A support cue under a possibility word ("could potentially back"): undecided. */
  | 'hedged'
  /** Cancelled: a process or parameter frame ("willing to discuss", "the purpose of this support"), a question. */
  | 'neutralized'
  /** A stance verb on a named party ("will support Ukraine"): a side taken, not a position on the act. */
  | 'party'
  /** A passive stance verb with its agent ("backed by the council"): the agent's position, not the speaker's. */
  | 'agent'
  /** Folded into another cue ("dismissed" + "fears" is one support cue). */
  | 'consumed';

export interface PolarCue {
  hit: PhraseHit<PhraseFamily>;
  state: CueState;
  negated: boolean;
  /** The cue this one was folded into, or that neutralized it. */
  by: PhraseHit<PhraseFamily> | null;
}

const NEGATION_REACH = 3;
const HEDGE_REACH = 3;
const PROCESS_REACH = 3;
const DISMISSAL_REACH = 4;
const CHAIN_REACH = 2;
const REVERSAL_REACH = 3;
const AVERT_REACH = 3;
/** "urged lawmakers on the committee to reject": how many words may stand between a call and the act it calls for. */
const CALL_REACH = 6;
const CALLING: ReadonlySet<string> = new Set(callingCues);
const POLAR_FAMILIES: ReadonlySet<PhraseFamily> = new Set(['support', 'oppose', 'concern', 'dismissal']);

/**
 * Reads every polar cue against its neighbours: negation flips or opens it, a dismissal turns an objection into
 * support, hedges, process and parameter frames and questions cancel it. Linear in the number of hits.
 */
export function readPolarCues(
  words: readonly StanceWord[],
  hits: ReadonlyArray<PhraseHit<PhraseFamily>>,
  topicHits: readonly TopicHit[],
  lexicon: Pick<CompiledLexicon, 'frames' | 'threats' | 'averting' | 'verdicts'>,
): PolarCue[] {
  const { frames, threats, averting, verdicts } = lexicon;
  const cues: PolarCue[] = [];
  const question = endsInQuestion(words);
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (!POLAR_FAMILIES.has(hit.family) || isCompoundModifier(words, hit) || insideTerm(hit, topicHits)) continue;
    const negator = nearest(words, hits, h, 'negator', NEGATION_REACH, -1) ?? negatorBeforeAside(words, hits, h);
    const negated = negator !== null;
    let state: CueState = basePolarity(hit.family);
    // A verdict denied is its opposite ("not inconsistent with the law" says it is lawful); other objections only open.
    if (negated) state = hit.family === 'support' || verdicts.has(hit.entry) ? (hit.family === 'support' ? 'oppose' : 'support') : hit.family === 'concern' ? 'support' : 'open';
    let by: PhraseHit<PhraseFamily> | null = negator;
    if (hit.family === 'dismissal' && negated) state = 'neutralized';
    // Undone like a negation, and shown with its verb: "prevent a world war".
    const averter = threats.has(hit.entry) && !negated ? avertingVerbBefore(words, hit, averting) : -1;
    if (averter !== -1) [state, by] = ['support', { family: 'shifter', entry: words[averter]!.normal, from: averter, to: averter + 1 }];
    const hedge = nearest(words, hits, h, 'hedge', HEDGE_REACH, -1);
    // A modal hedges a readiness ("could back"), not a judgement a frame states ("may be the best way to").
    if (state === 'support' && hit.family === 'support' && hedge && !frames.has(hit.entry)) [state, by] = ['hedged', hedge];
    const process = hit.family === 'support' ? nearest(words, hits, h, 'process', PROCESS_REACH, 1) : null;
    if (process) [state, by] = ['neutralized', process];
    const parameter = earlierInClause(words, hits, h, 'parameter');
    if (parameter) [state, by] = ['neutralized', parameter];
    if (question && words[hit.from]!.inQuote) state = 'neutralized';
    if (sidesWithParty(words, hit, topicHits)) state = 'party';
    if (describesNoun(words, hit, topicHits, verdicts.has(hit.entry))) [state, by] = ['neutralized', null];
    cues.push({ hit, state, negated: negated || averter !== -1, by });
  }
  foldDismissals(words, cues);
  foldChains(words, cues);
  foldCalls(words, cues, topicHits);
  return applyReversals(words, hits, cues, topicHits);
}

/**
 * "Kremlin-backed militias", "a state-approved plan": a cue word closing a hyphenated compound modifies a noun; it
 * names who stands behind a thing, it takes no position.
 */
function isCompoundModifier(words: readonly StanceWord[], hit: PhraseHit<PhraseFamily>): boolean {
  const hyphen = words[hit.from - 1];
  return hit.to - hit.from === 1 && hyphen?.normal === '-' && hyphen.end === words[hit.from]!.start && words[hit.from - 2]?.end === hyphen.start;
}

/** "the coalition of the willing": a cue word inside a topic term is part of the thing's name, not a position. */
function insideTerm(hit: PhraseHit<PhraseFamily>, topicHits: readonly TopicHit[]): boolean {
  return topicHits.some((term) => term.from <= hit.from && term.to >= hit.to);
}

/**
 * "a group of states ready to deploy", "countries willing to help", "traders fearing …": an adjective or a
 * participle right after a noun describes that noun (who is ready, who fears), it is no position of the speaker's;
 * "we are ready", "France is willing" keep theirs, and so
 * does the topic's own noun ("troops ready to fight" is the kind of force asked for).
 */
function describesNoun(words: readonly StanceWord[], hit: PhraseHit<PhraseFamily>, topicHits: readonly TopicHit[], verdict: boolean): boolean {
  const before = hit.from - 1;
  const word = words[hit.from]!;
  // "left many traders fearing the worst", "members opposing the plan": a participle after a noun is that noun's
  // stance; a verdict ("a measure contradicting the law") is said of the noun instead.
  const participle = word.pos === 'VERB' && word.normal.endsWith('ing') && !verdict;
  if (before < 0 || !(participle || (hit.family === 'support' && word.pos === 'ADJ'))) return false;
  if (words[before]!.pos !== 'NOUN' || words[before]!.clause !== words[hit.from]!.clause) return false;
  return !topicHits.some((term) => term.from <= before && term.to > before);
}

/** "would prevent a world war", "helps avoid a direct confrontation": the position of a verb averting the threat, or -1. */
function avertingVerbBefore(words: readonly StanceWord[], hit: PhraseHit<PhraseFamily>, averting: ReadonlySet<string>): number {
  const clause = words[hit.from]!.clause;
  for (let i = hit.from - 1; i >= 0 && i >= hit.from - AVERT_REACH && words[i]!.clause === clause; i--) {
    if (averting.has(words[i]!.normal)) return i;
  }
  return -1;
}

/**
 * "the sanctions were backed by the council", "a plan opposed by most members": a passive stance verb names whose
 * position it is; only "by us" or "by me" is the speaker's own (and the claim's own reporting cue, which the caller
 * leaves out: "the plan was rejected by Moscow" reports Moscow's claim).
 */
export function byAnotherAgent(words: readonly StanceWord[], hit: PhraseHit<PhraseFamily>): boolean {
  if ((hit.family !== 'support' && hit.family !== 'oppose') || hit.to - hit.from !== 1) return false;
  if (!words[hit.from]!.normal.endsWith('ed') || words[hit.to]?.normal !== 'by') return false;
  return !SPEAKER_AGENTS.has(words[hit.to + 1]?.normal ?? '');
}

/**
 * "will support Ukraine", "backed Kyiv", "opposes Moscow": a stance verb whose object is a named party, with no
 * topic term in its clause, takes that party's side; it says nothing about the act ("support Ukraine's request for
 * troops" and "support Ukraine with troops" name the act).
 */
function sidesWithParty(words: readonly StanceWord[], hit: PhraseHit<PhraseFamily>, topicHits: readonly TopicHit[]): boolean {
  if (hit.family !== 'support' && hit.family !== 'oppose') return false;
  const object = words[hit.to];
  if (object?.pos !== 'PROPN' || words[hit.to + 1]?.normal === "'s") return false;
  const clause = words[hit.from]!.clause;
  return !topicHits.some((term) => words[term.from]!.clause === clause);
}

/** "to reject the new trade deal": how many words may stand between the act called for and the topic it acts on. */
const CALLED_ACT_OBJECT_REACH = 3;

/**
 * "urged lawmakers to reject the deal", "called for a vote to block the deal": calling for an act against the
 * topic is the caller's objection, so the call folds into that act. An act on something else ("to resist pressure
 * and sign the deal") leaves the call as it is.
 */
function foldCalls(words: readonly StanceWord[], cues: PolarCue[], topicHits: readonly TopicHit[]): void {
  for (let c = 0; c < cues.length - 1; c++) {
    const call = cues[c]!;
    if (call.state !== 'support' || call.negated || !CALLING.has(call.hit.entry)) continue;
    const clause = words[call.hit.from]!.clause;
    for (let k = c + 1; k < cues.length && cues[k]!.hit.from - call.hit.to <= CALL_REACH; k++) {
      const act = cues[k]!;
      if (words[act.hit.from]!.clause !== clause) break;
      if (act.hit.family !== 'oppose' || act.state !== 'oppose' || act.negated) continue;
      const onTopic = topicHits.some((term) => term.from >= act.hit.to && term.from - act.hit.to <= CALLED_ACT_OBJECT_REACH && words[term.from]!.clause === clause);
      if (!onTopic) continue;
      call.state = 'consumed';
      call.by = act.hit;
      break;
    }
  }
}

/** "ready to back", "prepared to support": one readiness, voted once (and negated once: "not ready to back"). */
function foldChains(words: readonly StanceWord[], cues: PolarCue[]): void {
  for (let c = 1; c < cues.length; c++) {
    const head = cues[c - 1]!;
    const tail = cues[c]!;
    if (head.hit.family !== 'support' || tail.hit.family !== 'support') continue;
    if (tail.negated && tail.by !== head.by) continue;
    if (tail.hit.from - head.hit.to > CHAIN_REACH || words[tail.hit.from]!.clause !== words[head.hit.from]!.clause) continue;
    if (head.state === 'consumed' || head.state === 'neutralized' || head.state === 'party' || head.state === 'agent') continue;
    tail.state = 'consumed';
    tail.by = head.hit;
  }
}

/**
 * A reversal verb before a topic term ("lift sanctions", "withdraw from the accord") opposes the topic and turns a
 * cue just before it around ("called for lifting sanctions" opposes them); before a support word it negates it.
 */
function applyReversals(
  words: readonly StanceWord[],
  hits: ReadonlyArray<PhraseHit<PhraseFamily>>,
  cues: PolarCue[],
  topicHits: readonly TopicHit[],
): PolarCue[] {
  const out = cues.slice();
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (hit.family !== 'reversal') continue;
    const clause = words[hit.from]!.clause;
    const near = (from: number): boolean => from >= hit.to && from - hit.to <= REVERSAL_REACH && words[from]!.clause === clause;
    // "will not lift sanctions", "will not back away from the promise": the thing stays, so the speaker keeps it.
    const negator = nearest(words, hits, h, 'negator', NEGATION_REACH, -1);
    if (negator) {
      if (topicHits.some((topic) => near(topic.from))) out.push({ hit, state: 'support', negated: true, by: negator });
      continue;
    }
    const undone = out.find((cue) => cue.hit.family === 'support' && near(cue.hit.from) && cue.state === 'support');
    if (undone) {
      undone.state = 'oppose';
      undone.negated = true;
      undone.by = hit;
      continue;
    }
    if (!topicHits.some((topic) => near(topic.from))) continue;
    const governing = out.find(
      (cue) =>
        (cue.state === 'support' || cue.state === 'oppose') &&
        cue.hit.to <= hit.from &&
        hit.from - cue.hit.to <= REVERSAL_REACH &&
        words[cue.hit.from]!.clause === clause,
    );
    if (governing) {
      governing.state = governing.state === 'support' ? 'oppose' : 'support';
      governing.negated = true;
      governing.by = hit;
    } else {
      out.push({ hit, state: 'oppose', negated: false, by: null });
    }
  }
  return out.sort((a, b) => a.hit.from - b.hit.from);
}

function basePolarity(family: PhraseFamily): CueState {
  return family === 'support' ? 'support' : 'oppose';
}

/**
 * "dismissed the fears", "unmoved by Russia's objections" (a rejecting cue just before an objection) and
 * "fears … are unfounded" (a dismissal later in its clause) each become one support cue.
 */
function foldDismissals(words: readonly StanceWord[], cues: PolarCue[]): void {
  for (let c = 0; c < cues.length; c++) {
    const concern = cues[c]!;
    if (concern.hit.family !== 'concern' || concern.negated || concern.state !== 'oppose') continue;
    const clause = words[concern.hit.from]!.clause;
    const previous = cues[c - 1];
    const rejecting =
      previous !== undefined &&
      (previous.hit.family === 'oppose' || previous.hit.family === 'dismissal') &&
      previous.state === 'oppose' &&
      words[previous.hit.from]!.clause === clause &&
      concern.hit.from - previous.hit.to <= DISMISSAL_REACH;
    const later = cues.slice(c + 1).find(
      (cue) => cue.hit.family === 'dismissal' && cue.state === 'oppose' && words[cue.hit.from]!.clause === clause,
    );
    const dismisser = rejecting ? previous : later;
    if (!dismisser) continue;
    concern.state = 'support';
    concern.by = dismisser.hit;
    dismisser.state = 'consumed';
    dismisser.by = concern.hit;
    // What was feared ("fears that it could draw them into war … are unfounded") is the concern's content, not a warning.
    for (const feared of cues) {
      if (feared.hit.from > concern.hit.to && feared.hit.to <= dismisser.hit.from && feared.state === 'oppose') {
        feared.state = 'consumed';
        feared.by = concern.hit;
      }
    }
  }
}

/** "not, in itself, in breach of", "not, frankly, a reason to": how many words an aside between commas may hold. */
const ASIDE_REACH = 3;

/**
 * A negator that an aside between commas keeps from its cue: "not, in itself, in breach of the law" denies the
 * cue as "not in breach of" does. The aside holds a few words and no stance word.
 */
function negatorBeforeAside(words: readonly StanceWord[], hits: ReadonlyArray<PhraseHit<PhraseFamily>>, h: number): PhraseHit<PhraseFamily> | null {
  const hit = hits[h]!;
  const closing = hit.from - 1;
  if (words[closing]?.normal !== ',') return null;
  let opening = closing - 1;
  while (opening >= 0 && closing - opening <= ASIDE_REACH + 1 && words[opening]!.normal !== ',') opening--;
  if (opening < 1 || words[opening]!.normal !== ',' || opening === closing - 1) return null;
  const previous = hits[h - 1];
  return previous !== undefined && previous.family === 'negator' && previous.to === opening ? previous : null;
}

/** The nearest hit of `family` within `reach` words before (`step` -1) or after (`step` 1) hit `h`, in its clause. */
function nearest(
  words: readonly StanceWord[],
  hits: ReadonlyArray<PhraseHit<PhraseFamily>>,
  h: number,
  family: PhraseFamily,
  reach: number,
  step: -1 | 1,
): PhraseHit<PhraseFamily> | null {
  const hit = hits[h]!;
  const clause = words[hit.from]!.clause;
  for (let k = h + step; k >= 0 && k < hits.length; k += step) {
    const other = hits[k]!;
    const gap = step < 0 ? hit.from - other.to : other.from - hit.to;
    if (gap > reach || words[other.from]!.clause !== clause) return null;
    if (other.family === family) return other;
  }
  return null;
}

function earlierInClause(
  words: readonly StanceWord[],
  hits: ReadonlyArray<PhraseHit<PhraseFamily>>,
  h: number,
  family: PhraseFamily,
): PhraseHit<PhraseFamily> | null {
  const clause = words[hits[h]!.from]!.clause;
  for (let k = h - 1; k >= 0 && words[hits[k]!.from]!.clause === clause; k--) {
    if (hits[k]!.family === family) return hits[k]!;
  }
  return null;
}

function endsInQuestion(words: readonly StanceWord[]): boolean {
  for (let i = words.length - 1; i >= 0; i--) {
    if (words[i]!.inQuote) return words[i]!.normal === '?';
  }
  return false;
}
