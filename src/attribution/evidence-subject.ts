import type { Token } from '../text/analyse.js';
import type { CueFrame } from '../lang/en/cue-frames.js';
import { EVIDENCE_CUES, EVIDENCE_NOUNS } from '../lang/en/evidence.js';
import { DOCUMENT_LINKS } from '../lang/en/grammar.js';
import { isComma } from '../lang/en/words.js';
import { phraseEndingAt, type TokenRange } from '../text/noun-phrase.js';
import { meetsRequirement } from './complement.js';
import type { CueMatch } from './cue-forms.js';

/** What the frame reads of a cue's hit: the cue and its subject (cue-scan's hit, which calls it). */
export interface SubjectHit {
  cue: CueMatch;
  speakers: readonly TokenRange[];
  frames?: readonly string[];
}

/** Rule id of a claim read from evidence that shows or finds an object ("the poll shows the mayor ahead"). */
export const EVIDENCE_SUBJECT_RULE = 'attribution/frame:evidence-subject';

/**
 * `A new survey shows the mayor ahead by six points`, `one study found 31 such cases`: a poll, a study or a recording
 * states what it shows without a "that"; its object is the claim and the evidence its source. A person's "showed" or
 * "found" still needs the "that" its frame asks for ("she showed her badge", "he found the keys").
 */
export function evidenceSubject<Hit extends SubjectHit>(tokens: readonly Token[], hit: Hit | null): Hit | null {
  if (hit === null || hit.cue.frame.requires === undefined || !EVIDENCE_CUES.has(hit.cue.lemma)) return hit;
  const subject = hit.speakers[0];
  if (subject === undefined || !namesEvidence(tokens, subject) || meetsRequirement(tokens, hit.cue, hit.cue.last + 1)) return hit;
  const frame: CueFrame = { ...hit.cue.frame };
  delete frame.requires;
  return { ...hit, cue: { ...hit.cue, frame }, frames: [...(hit.frames ?? []), EVIDENCE_SUBJECT_RULE] };
}

/**
 * The subject is evidence, or the evidence is named just before it ("a 2019 analysis by two economists": the speaker
 * read is the economists, the subject the analysis).
 */
function namesEvidence(tokens: readonly Token[], subject: TokenRange): boolean {
  if (EVIDENCE_NOUNS.has(headNoun(tokens, subject))) return true;
  if (!DOCUMENT_LINKS.has(tokens[subject.first - 1]?.normal ?? '')) return false;
  const owner = phraseEndingAt(tokens, subject.first - 2);
  return owner !== null && EVIDENCE_NOUNS.has(headNoun(tokens, owner));
}

/**
 * The head of a subject phrase: the last noun or name that ends a run of them before the first preposition, verb or
 * comma ("a 2014 study by two economists" → "study", "the latest Acme/Ipsos poll released Friday" → "poll").
 */
function headNoun(tokens: readonly Token[], range: TokenRange): string {
  let head = '';
  for (let k = range.first; k <= range.last; k++) {
    const token = tokens[k]!;
    if (token.pos === 'ADP' || token.pos === 'VERB' || isComma(token)) break;
    const next = k < range.last ? tokens[k + 1]! : undefined;
    if (NOMINAL.has(token.pos) && (next === undefined || !NOMINAL.has(next.pos))) head = token.normal;
  }
  return head;
}

const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
