import type { Topic } from '../../schema.js';
import { conditionCues, conditionMarkerCues, conditionPrepositions, settlementNouns } from '../../lang/en/stance/conditions.js';
import { anaphoricNouns, hedgeCues, negatorCues } from '../../lang/en/stance/modifiers.js';
import { parameterCues, processCues, reportiveCues } from '../../lang/en/stance/neutral.js';
import { concernCues, dismissalCues, opposeCues, reversalCues } from '../../lang/en/stance/oppose.js';
import { commitmentCues, supportCues } from '../../lang/en/stance/support.js';
import { compilePhrases, type PhraseIndex } from './phrase-index.js';

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
  /** Single words read by pattern rather than as phrases. */
  readonly conditionPrepositions: readonly string[];
  readonly settlementNouns: readonly string[];
  readonly anaphoricNouns: readonly string[];
}

/** Phrase families matched over a claim's words. */
export type PhraseFamily = Exclude<keyof StanceLexicon, 'conditionPrepositions' | 'settlementNouns' | 'anaphoricNouns'>;

/** The general English lexicon. Clone and extend it (`{ ...stanceLexicon, support: [...stanceLexicon.support, 'x'] }`). */
export const stanceLexicon: StanceLexicon = {
  support: [...supportCues, ...commitmentCues],
  oppose: opposeCues,
  reversal: reversalCues,
  concern: concernCues,
  dismissal: dismissalCues,
  condition: conditionCues,
  conditionMarker: conditionMarkerCues,
  process: processCues,
  parameter: parameterCues,
  reportive: reportiveCues,
  negator: negatorCues,
  hedge: hedgeCues,
  conditionPrepositions,
  settlementNouns,
  anaphoricNouns,
};

/** A lexicon ready for lookups: phrases indexed by first word, single-word lists as Sets. */
export interface CompiledLexicon {
  readonly phrases: PhraseIndex<PhraseFamily>;
  readonly conditionPrepositions: ReadonlySet<string>;
  readonly settlementNouns: ReadonlySet<string>;
  readonly anaphoricNouns: ReadonlySet<string>;
}

const PHRASE_FAMILIES: readonly PhraseFamily[] = [
  'support', 'oppose', 'reversal', 'concern', 'dismissal', 'condition', 'conditionMarker', 'process', 'parameter', 'reportive',
  'negator', 'hedge',
];

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
    phrases: compilePhrases(PHRASE_FAMILIES.map((family) => [family, lexicon[family]] as const)),
    conditionPrepositions: new Set(lexicon.conditionPrepositions.map((word) => word.toLowerCase())),
    settlementNouns: new Set(lexicon.settlementNouns.flatMap((word) => [word.toLowerCase(), `${word.toLowerCase()}s`])),
    anaphoricNouns: new Set(lexicon.anaphoricNouns.flatMap((word) => [word.toLowerCase(), `${word.toLowerCase()}s`])),
  };
}
