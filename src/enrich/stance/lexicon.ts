import type { Topic } from '../../core/schema.js';
import { conditionCues, conditionMarkerCues, conditionPrepositions, settlementNouns } from '../../lang/en/stance/conditions.js';
import { anaphoricNouns, hedgeCues, negatorCues } from '../../lang/en/stance/modifiers.js';
import { nonAnswerCues, parameterCues, processCues, reportiveCues } from '../../lang/en/stance/neutral.js';
import { concernCues, dismissalCues, opposeCues, reversalCues } from '../../lang/en/stance/oppose.js';
import { commitmentCues, negatedCallCues, selfParticipationVerbs, supportCues } from '../../lang/en/stance/support.js';
import { avertingVerbs, commitmentFrames, contingencyFrames, meritFrames, refusalFrames, threatFrames, verdictFrames } from '../../lang/en/stance/frames.js';
import { valenceShifters } from '../../lang/en/stance/valence.js';
import { compilePhrases, type PhraseIndex } from './phrase-index.js';
import { wordForms } from './inflect.js';

/** The families of stance words, each a list of base forms or phrases (`*` = any one word). */
export interface StanceLexicon {
  readonly support: readonly string[];
  readonly oppose: readonly string[];
  readonly reversal: readonly string[];
  readonly concern: readonly string[];
  readonly dismissal: readonly string[];
  readonly condition: readonly string[];
  readonly conditionMarker: readonly string[];
  readonly process: readonly string[];
  readonly parameter: readonly string[];
  readonly reportive: readonly string[];
  readonly negator: readonly string[];
  readonly hedge: readonly string[];
  /** Frames a sentiment lexicon cannot know (see src/lang/en/stance/frames.ts); voted as support or oppose. */
  readonly refusal: readonly string[];
  readonly commitment: readonly string[];
  readonly threat: readonly string[];
  /** Verdicts no sentiment list rates: the act will fail or breaks a rule ("won't work", "in breach of"). Optional for lexicons built before it. */
  readonly verdict?: readonly string[];
  /** Verdicts for the act no sentiment list rates ("long overdue", "a milestone"). Optional for lexicons built before it. */
  readonly merit?: readonly string[];
  /** "if needed", "should the need arise": a hedge on a commitment, not a condition. */
  readonly contingency: readonly string[];
  /** Verbs that turn the valence of their object around ("end the war"). */
  readonly shifter: readonly string[];
  /** Single words read by pattern rather than as phrases. */
  readonly conditionPrepositions: readonly string[];
  readonly settlementNouns: readonly string[];
  readonly anaphoricNouns: readonly string[];
  /** Verbs by which a first-person speaker carries the act out ("we have delivered …"). */
  readonly selfParticipation: readonly string[];
  /** Verbs that undo a threat frame after them ("prevent a world war"). */
  readonly averting: readonly string[];
}

/** Phrase families matched over a claim's words. */
export type PhraseFamily = Exclude<
  keyof StanceLexicon,
  'conditionPrepositions' | 'settlementNouns' | 'anaphoricNouns' | 'selfParticipation' | 'averting' | 'refusal' | 'commitment' | 'threat' | 'verdict' | 'merit'
>;

/** The general English lexicon. Clone and extend it (`{ ...stanceLexicon, support: [...stanceLexicon.support, 'x'] }`). */
export const stanceLexicon: StanceLexicon = {
  support: [...supportCues, ...commitmentCues],
  oppose: [...opposeCues, ...negatedCallCues],
  reversal: reversalCues,
  concern: concernCues,
  dismissal: dismissalCues,
  condition: conditionCues,
  conditionMarker: conditionMarkerCues,
  process: processCues,
  parameter: [...parameterCues, ...nonAnswerCues],
  reportive: reportiveCues,
  negator: negatorCues,
  hedge: hedgeCues,
  refusal: refusalFrames,
  commitment: commitmentFrames,
  merit: meritFrames,
  threat: threatFrames,
  verdict: verdictFrames,
  contingency: contingencyFrames,
  shifter: valenceShifters,
  conditionPrepositions,
  settlementNouns,
  anaphoricNouns,
  selfParticipation: selfParticipationVerbs,
  averting: avertingVerbs,
};

/** A lexicon ready for lookups: phrases indexed by first word, single-word lists as Sets. */
export interface CompiledLexicon {
  readonly phrases: PhraseIndex<PhraseFamily>;
  /** Entries that came from the frame lists, so a reason can say "frame" rather than "cue". */
  readonly frames: ReadonlySet<string>;
  /** The threat frames among them: a verb that averts one ("prevent a world war") speaks for the act. */
  readonly threats: ReadonlySet<string>;
  /** The verdict frames among them: "unless" after one says what it would take, not what the speaker asks for. */
  readonly verdicts: ReadonlySet<string>;
  /** Verdicts either way: said with "they" as subject, they judge the thing, not someone else's position. */
  readonly judgements: ReadonlySet<string>;
  /** Every inflected form of the averting verbs. */
  readonly averting: ReadonlySet<string>;
  readonly conditionPrepositions: ReadonlySet<string>;
  readonly settlementNouns: ReadonlySet<string>;
  readonly anaphoricNouns: ReadonlySet<string>;
  /** Every inflected form of the self-participation verbs. */
  readonly selfParticipation: ReadonlySet<string>;
}

const PHRASE_FAMILIES: readonly PhraseFamily[] = [
  'support', 'oppose', 'reversal', 'concern', 'dismissal', 'condition', 'conditionMarker', 'process', 'parameter', 'reportive',
  'negator', 'hedge', 'contingency', 'shifter',
];

/** Frames join the family they vote with: refusals, threats and verdicts oppose, commitments and merits support. */
function familyEntries(lexicon: StanceLexicon, family: PhraseFamily): readonly string[] {
  if (family === 'support') return [...lexicon.support, ...lexicon.commitment, ...(lexicon.merit ?? [])];
  if (family === 'oppose') return [...lexicon.oppose, ...lexicon.refusal, ...lexicon.threat, ...(lexicon.verdict ?? [])];
  return lexicon[family];
}

/** Adds a topic's own cues (`topic.cues`) to the general lexicon. */
export function withTopicCues(lexicon: StanceLexicon, topic: Topic | null): StanceLexicon {
  const cues = topic?.cues;
  if (!cues) return lexicon;
  return {
    ...lexicon,
    support: [...lexicon.support, ...(cues.support ?? [])],
    oppose: [...lexicon.oppose, ...(cues.oppose ?? [])],
    condition: [...lexicon.condition, ...(cues.conditional ?? [])],
  };
}

export function compileLexicon(lexicon: StanceLexicon): CompiledLexicon {
  return {
    phrases: compilePhrases(PHRASE_FAMILIES.map((family) => [family, familyEntries(lexicon, family)] as const)),
    frames: new Set([...lexicon.refusal, ...lexicon.commitment, ...(lexicon.merit ?? []), ...lexicon.threat, ...(lexicon.verdict ?? []), ...lexicon.contingency]),
    threats: new Set(lexicon.threat),
    verdicts: new Set(lexicon.verdict),
    judgements: new Set([...(lexicon.verdict ?? []), ...(lexicon.merit ?? [])]),
    averting: new Set(lexicon.averting.flatMap(wordForms)),
    conditionPrepositions: new Set(lexicon.conditionPrepositions.map((word) => word.toLowerCase())),
    settlementNouns: new Set(lexicon.settlementNouns.flatMap((word) => [word.toLowerCase(), `${word.toLowerCase()}s`])),
    anaphoricNouns: new Set(lexicon.anaphoricNouns.flatMap((word) => [word.toLowerCase(), `${word.toLowerCase()}s`])),
    selfParticipation: new Set(lexicon.selfParticipation.flatMap(wordForms)),
  };
}
