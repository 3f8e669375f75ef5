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
  // The act as the means to keep something safe: "a way to ensure growth", "a way to try to protect jobs".
  ...['a way to', 'a way to try to', 'a means to', 'the means to'].flatMap((means) =>
    ['ensure', 'secure', 'protect', 'guarantee', 'safeguard', 'preserve', 'maintain', 'strengthen', 'restore'].map((goal) => `${means} ${goal}`),
  ),
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
  // A war said to become unavoidable: "the inevitability of a wider conflict", "war would be inevitable".
  'inevitability of war', 'inevitability of a war', 'inevitability of conflict', 'inevitability of a conflict',
  'inevitability of a * conflict', 'inevitability of a * war', 'inevitability of a * - * conflict', 'inevitability of a * - * war',
  // Tension raised by the act: "it would heighten tensions", "the move will only inflame tensions".
  ...['heighten', 'raise', 'increase', 'fuel', 'stoke', 'inflame', 'escalate', 'exacerbate', 'aggravate'].flatMap((verb) => [
    `${verb} tension`, `${verb} tensions`, `${verb} the tension`, `${verb} the tensions`,
  ]),
];

/**
 * Verdicts on the act in words no sentiment list rates: it will fail ("won't work", "is doomed to fail") or breaks
 * a rule it answers to ("inconsistent with the treaty", "in breach of the law"). "unless" after one states what
 * it would take to work, not a condition of the speaker's support: "it won't work unless …" still opposes.
 */
export const verdictFrames: readonly string[] = [
  // Failure said of the act: "the sanctions will not work", "it doesn't work", "the plan is doomed to fail".
  ...['will not', 'would not', 'does not', 'did not', 'do not', 'cannot', 'can not', 'could not', 'is not going to', 'are not going to']
    .map((negated) => `${negated} work`),
  'doomed to fail', 'bound to fail', 'set to fail', 'no effect', 'backfire', 'go nowhere',
  // Breaking a rule or goal it answers to: "inconsistent with the treaty", "not in line with our interests".
  'inconsistent with', 'incompatible with', 'contrary to', 'in violation of', 'in breach of', 'at odds with', 'run counter to',
  'not in line with', 'not consistent with', 'not compatible with', 'not in keeping with', 'not in accordance with',
  'contradict', 'flout',
  // Going too far or getting nowhere: "a step too far", "makes no sense", "dead on arrival".
  'step too far', 'bridge too far', 'go too far', 'went too far', 'gone too far', 'make no sense', 'dead on arrival',
  'come too late', 'came too late', 'too little too late', 'impossible to enforce', 'unenforceable', 'not the answer',
  'not the solution',
  // Names for a failure or an excess that AFINN-165 does not rate: "an overreach", "a debacle", "a non-starter".
  'overreach', 'folly', 'debacle', 'boondoggle', 'blunder', 'setback', 'non - starter', 'nonstarter',
];

/** Verdicts for the act in words no sentiment list rates: "long overdue", "makes sense", "the right call". */
export const meritFrames: readonly string[] = [
  'overdue', 'long overdue', 'make sense', 'make perfect sense', 'right call', 'right move', 'right choice', 'right step',
  'only guarantee', 'best guarantee', 'key to', 'good start', 'step forward', 'top priority', 'a priority',
  // Names for a success that AFINN-165 does not rate: "a milestone", "a lifeline", "a no-brainer".
  'achievement', 'milestone', 'lifeline', 'game changer', 'game - changer', 'no - brainer',
  // Moved by the act: "deeply moved by the vote", "heartened by the decision".
  'moved by', 'touched by', 'heartened by', 'gratified by', 'reassured by', 'humbled by',
  // Undoing a wrong: "corrects a long injustice", "repairs an old wrong", "redresses the error".
  ...['correct', 'right', 'redress', 'remedy', 'undo', 'repair'].flatMap((verb) =>
    ['injustice', 'wrong', 'mistake', 'error'].flatMap((wrong) => ['a', 'an', 'the', 'this', 'that'].flatMap((det) => [`${verb} ${det} ${wrong}`, `${verb} ${det} * ${wrong}`])),
  ),
  // A day or step marked as history in the making: "a historic day", "this historic step".
  ...['day', 'moment', 'step', 'achievement', 'milestone', 'breakthrough', 'decision'].map((thing) => `historic ${thing}`),
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
