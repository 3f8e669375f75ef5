/** Words that negate a cue within a few words after them ("not ready", "no plans to", "never backed"). */
export const negatorCues: readonly string[] = [
  'not', 'never', 'no', 'neither', 'nor', 'cannot', 'no longer', 'fail to', 'failure to', 'lack of',
];

/**
 * Focus words that limit what a negation denies: "not just good" and "not only troops" add to the thing, "we don't
 * need just five thousand" asks for more than a minimum. A negation before one denies no position.
 */
export const focusMinimizers: readonly string[] = ['just', 'only', 'merely', 'simply', 'solely', 'purely', 'mere'];
/** After a focus word, these make it a word of time: "not ready just yet", "not only now". */
export const focusTimeWords: readonly string[] = ['yet', 'now', 'then'];

/** Possibility words: a hedged support is undecided, unless a condition makes it conditional. */
export const hedgeCues: readonly string[] = ['may', 'might', 'could', 'possibly', 'perhaps', 'maybe', 'potentially'];

/**
 * Nouns that, after "this/that/such", point back to a proposal the previous sentence named; and the names of an
 * act's making public ("the announcement", "the news", "the policy change", "the ruling"), by which a reaction refers
 * to it ("the action", "the development" name any event and point at nothing in particular).
 */
export const anaphoricNouns: readonly string[] = [
  'idea', 'plan', 'proposal', 'initiative', 'measure', 'move', 'step', 'option', 'scheme', 'deployment',
  'mission', 'force', 'issue', 'question', 'possibility', 'prospect', 'suggestion', 'decision', 'offer',
  'announcement', 'news', 'shift', 'policy', 'ruling',
];

/** Nouns for what a speaker said or did besides the anaphoric ones: "welcomed Varga's call", "rejected his remarks". */
export const statementNouns: readonly string[] = ['call', 'calls', 'remarks', 'criticism', 'comments', 'demand', 'demands'];

/** Pronouns that open a relative clause after a comma ("Oslo, whose premier has doubts, …"). */
export const relativeOpeners: readonly string[] = ['who', 'whose', 'which', 'whom'];

/**
 * Nouns that name a political side ("the opposition", "opposition lawmakers"): in the phrase naming the speaker they
 * say who speaks, not what the speaker holds; "opposition to the plan" is a position, and "to" after it keeps it one.
 */
export const sideNouns: readonly string[] = ['opposition'];

/** Nouns for a stance; after "our" or "my" they point at the position the speaker stated ("our position is well known"). */
export const positionNouns: readonly string[] = ['position', 'positions', 'stance', 'view', 'views', 'opinion', 'line'];
