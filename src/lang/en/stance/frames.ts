/**
 * Frames a sentiment lexicon cannot know: whether a speaker commits to an act, declines it or threatens its
 * consequences says nothing good or bad in any one word ("stay home", "be treated as combatants"). Each entry is a
 * general frame (base forms, `*` = any one word), never a topic, person or outlet.
 */

/** Refusal and exclusion: the speaker declines the act or takes it off the table. */
export const refusalFrames: readonly string[] = [
  'no intention of', 'no intention to', 'not on the agenda', 'off the table', 'stay home', 'stay at home',
  'see no role', 'no role for', 'no place for', 'no question of', 'not going to happen', 'not be allowed',
  'not allow', 'no opportunity for', 'no room for', 'not an option', 'no way', 'under no circumstances',
  'keep out of', 'stay out of', 'have nothing to do with',
  // No will to take part: "we have no appetite for a mission", "want no part of it".
  'no appetite for', 'no desire to', 'no interest in', 'not interested in', 'want no part', 'no part in', 'not be part of',
];

/** Readiness and commitment: the speaker will take part or holds the act to be the way forward. */
export const commitmentFrames: readonly string[] = [
  'stand ready', 'stand by to', 'best way to', 'only way to', 'the way forward', 'step in the right direction',
  'no alternative to', 'stand behind', 'look forward to',
  // Readiness said as capacity or availability: "we are in a position to send", "would be available for".
  'in a position to', 'in a * position to', 'be able to', 'is able to', 'are able to', 'available for',
  'available to', 'have a role in', 'has a role in', 'had a role in',
  // Taking part said as joining in: "we are on board with the plan", "count us in".
  'on board with', 'fully behind', 'count us in', 'sign up to', 'sign on to',
];

/** Threats and warnings about the act: its consequences for whoever carries it out. */
export const threatFrames: readonly string[] = [
  'treat as a hostile', 'regard as a hostile', 'consider a hostile', 'treat as combatant', 'regard as combatant',
  'consider combatant',
  'legitimate target', 'legitimate military target', 'lead to war', 'lead to a war',
  // `*` is one word: "drag us into war", "drag the alliance into war", "drag Europe into a wider war".
  ...['drag', 'draw', 'pull'].flatMap((verb) => [
    `${verb} * into war`, `${verb} * * into war`, `${verb} * into a war`, `${verb} * * into a war`,
    `${verb} * into a * war`, `${verb} * into * conflict`, `${verb} * * into * conflict`, `${verb} * into conflict`,
  ]),
  'mean war', 'be attacked', 'be targeted', 'be destroyed', 'direct confrontation', 'open conflict', 'world war',
  'wider war', 'nuclear war', 'nuclear conflict', 'inevitable war', 'inevitable conflict',
  // Warnings of retaliation without naming it: "there will be serious consequences", "they are playing with fire".
  'serious consequences', 'grave consequences', 'dire consequences', 'play with fire', 'point of no return',
];

/** Verbs that avert a threatened outcome: "would prevent a world war" speaks for the act ("fight a war" does not). */
export const avertingVerbs: readonly string[] = ['prevent', 'avoid', 'avert', 'deter', 'stop', 'end', 'halt', 'forestall', 'preclude'];

/**
 * Conditions that hedge a commitment rather than set a demand ("prepared to commit personnel should it be
 * needed"): the position stands, so they do not make it conditional.
 */
export const contingencyFrames: readonly string[] = [
  'if needed', 'if necessary', 'if required', 'when needed', 'where needed', 'where necessary', 'as needed',
  'should it be needed', 'should it be necessary', 'should it be required', 'should the need arise',
  'if the need arises', 'if need be', 'if called upon', 'when called upon',
];
