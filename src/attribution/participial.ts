import { complementAttributions } from './build.js';
import { complementAfter } from './complement.js';
import type { CueHit } from './cue-scan.js';
import type { Token } from '../text/analyse.js';
import { namesSomeone, type TokenRange } from '../text/noun-phrase.js';
import type { SpeakerPhrase } from '../text/speaker-phrase.js';
import { NOUN_PHRASE_DETERMINERS } from '../lang/en/words.js';
import { clauseSubject, complementEnd, scanText } from './scan-text.js';
import type { Attribution, AttributionRule } from './types.js';

const RULE_ID = 'attribution/participial';

/**
 * `…, saying (that) …` / `…, adding that A and that B` / `…, expecting …`: a further claim of the clause's
 * speaker, who is the subject of the cue before it in the unit, else the subject of the unit's first verb.
 */
export const participialRule: AttributionRule = {
  id: RULE_ID,
  find(ctx, analysis) {
    const found: Attribution[] = [];
    for (const { unit, hits } of scanText(ctx, analysis)) {
      hits.forEach((hit, n) => {
        if (hit.kind !== 'participial') return;
        const speakers = speakersBefore(hits, n) ?? definiteSubject(unit.tokens, clauseSubject(unit, hit.cue.first));
        if (speakers.length === 0) return;
        const complement = complementAfter(unit.tokens, hit.cue, complementEnd(hits, n, unit.tokens.length), unit.quotes);
        if (complement === null) return;
        found.push(...complementAttributions(RULE_ID, unit, hit, complement.ranges, speakers, complement.addressee, complement.frames));
      });
    }
    return found;
  },
};

/**
 * A subject found without a cue speaks only when it names someone or is a definite phrase ("the ministry"); a bare
 * plural ("Prices rose, saying little …") is narration.
 */
function definiteSubject(tokens: readonly Token[], subject: SpeakerPhrase | null): TokenRange[] {
  if (subject === null) return [];
  return subject.speakers.filter((range) => namesSomeone(tokens, range) || NOUN_PHRASE_DETERMINERS.has(tokens[range.first]!.normal));
}

/** The speakers of the nearest earlier cue of the unit that names its own (a relative clause speaks for its head). */
function speakersBefore(hits: readonly CueHit[], n: number): TokenRange[] | null {
  for (let m = n - 1; m >= 0; m--) {
    const hit = hits[m]!;
    if (hit.kind !== 'participial' && hit.kind !== 'according' && hit.kind !== 'silent' && hit.speakers.length > 0) return hit.speakers;
  }
  return null;
}
