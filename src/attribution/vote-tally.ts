import type { Token } from '../text/analyse.js';
import { PROPORTION_LINK } from '../lang/en/grammar.js';
import type { SubjectHit } from './evidence-subject.js';

/**
 * `A total of 212 delegates supported the measures`, `40 percent back the mayor`: a subject that counts its members
 * reports a vote or a poll share, not a statement, for cues whose frame says so; such a hit is dropped.
 */
export function voteTally<Hit extends SubjectHit>(tokens: readonly Token[], hit: Hit | null): Hit | null {
  if (hit === null || hit.cue.frame.tallyIsVote !== true) return hit;
  const subject = hit.speakers[0];
  if (subject === undefined) return hit;
  for (let k = subject.first; k <= subject.last; k++) if (countsMembers(tokens, k)) return null;
  return hit;
}

/** A number before a noun, a name or a proportion ("212 delegates", "40 percent", "six in 10"). */
function countsMembers(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k]!.pos === 'NUM' && next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.normal === PROPORTION_LINK || next.value === '%');
}
