import { complementAttributions } from './build.js';
import { complementAfter, isParticiple } from './complement.js';
import { opensFiniteClause } from './cue-forms.js';
import { subordinateComplementEnd, type CueHit } from './cue-scan.js';
import type { Token } from '../text/analyse.js';
import { namesSomeone, phraseStartingAt, type TokenRange } from '../text/noun-phrase.js';
import type { SpeakerPhrase } from '../text/speaker-phrase.js';
import { isFiniteVerb, NOUN_PHRASE_DETERMINERS } from '../lang/en/words.js';
import { PARTICIPLE_LINKS, PERSON_PRONOUNS, VERB_COORDINATORS } from '../lang/en/grammar.js';
import type { UnitQuotes } from './units.js';
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
        const end = coordinatedParticipleAt(unit.tokens, hit.cue.last + 1, complementEnd(hits, n, unit.tokens.length));
        const leading = leadingClauseEnd(unit.tokens, hit, end, unit.quotes);
        const speakers = leading !== null ? mainSubject(unit.tokens, leading) : (speakersBefore(hits, n) ?? definiteSubject(unit.tokens, clauseSubject(unit, hit.cue.first)));
        if (speakers.length === 0) return;
        const complement = complementAfter(unit.tokens, hit.cue, leading ?? end, unit.quotes);
        if (complement === null) return;
        const frames = leading !== null ? [LEADING_CLAUSE_RULE, ...complement.frames] : complement.frames;
        found.push(...complementAttributions(RULE_ID, unit, hit, complement.ranges, speakers, complement.addressee, frames));
      });
    }
    return found;
  },
};

/**
 * `…, urging voters to stay calm and promising to manage the upheaval`: "and" and a second -ing verb coordinate
 * another act with the cue, which is no part of what the cue reports. Returns where the complement ends.
 */
function coordinatedParticipleAt(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from + 1; k + 1 < end; k++) {
    const token = tokens[k]!;
    // After a finite verb the -ing form may be the reported clause's own ("saying the city was spending and borrowing").
    if (isFiniteVerb(token) && tokens[k - 1]!.normal !== 'to') return end;
    if (VERB_COORDINATORS.has(token.normal) && isParticiple(tokens, k + 1)) return k;
  }
  return end;
}

/** Rule id of a claim read from a leading clause ("After saying …, she …"). */
export const LEADING_CLAUSE_RULE = 'attribution/frame:leading-participle';

/**
 * `After saying the dam could fail, the mayor ordered …`: an -ing cue right after the subordinator that opens the unit,
 * before a clause, ends at the comma before the main clause, whose subject speaks; returns that comma, else null.
 */
function leadingClauseEnd(tokens: readonly Token[], hit: CueHit, end: number, quotes: UnitQuotes): number | null {
  const link = hit.cue.first - 1;
  if (link !== 0 || !PARTICIPLE_LINKS.has(tokens[link]!.normal)) return null;
  // "After saying goodbye to the fans, …": only a clause after the cue is reported words.
  const next = hit.cue.last + 1;
  if (tokens[next]?.normal !== 'that' && !opensFiniteClause(tokens, next)) return null;
  // A cue in the main clause ("…, the man asked …") ends the complement at its subject; the comma comes before that.
  const comma = subordinateComplementEnd(tokens, hit, tokens.length, quotes);
  return comma < tokens.length && comma <= end ? comma : null;
}

/** The subject of the main clause after the comma that ends a leading clause, when it names someone or is a pronoun. */
function mainSubject(tokens: readonly Token[], comma: number): TokenRange[] {
  const subject = phraseStartingAt(tokens, comma + 1);
  if (subject === null) return [];
  const head = tokens[subject.first]!;
  return namesSomeone(tokens, subject) || PERSON_PRONOUNS.has(head.normal) || NOUN_PHRASE_DETERMINERS.has(head.normal) ? [subject] : [];
}

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
