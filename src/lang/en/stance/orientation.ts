/**
 * Words that read a topic's name for which way its terms point: a position on a term can be a position against
 * the topic ("applying the rules without a pause": backing a pause opposes it; "impeaching the president": praising
 * the president's call opposes it). Each is a general word of English, never a topic, person or outlet.
 */

/** Words in a topic's name that negate what follows them ("without a pause", "no longer considering …"). */
export const topicNegators: readonly string[] = ['without', 'no', 'not', 'never', 'no longer', 'instead of', 'rather than'];

/** Determiners skipped to reach the negated noun ("without a pause", "without any delay"). */
export const negatedScopeSkips: readonly string[] = ['a', 'an', 'the', 'any', 'further', 'more'];

/**
 * Acts done against their object: for "impeaching X", "banning X", "sanctioning X", a good word about X or its
 * doings argues against the act, a bad one for it. The reversal verbs ("lifting", "scrapping") count too.
 */
export const actsAgainstObject: readonly string[] = [
  'impeach', 'ban', 'sanction', 'punish', 'prosecute', 'indict', 'convict', 'censure', 'boycott', 'outlaw',
  'criminalise', 'criminalize', 'prohibit', 'penalise', 'penalize', 'expel', 'oust', 'remove', 'restrict', 'abolish',
  'recall', 'depose', 'unseat',
];

/** Deferral words: a topic against one deferral ("without a pause") counts every deferral term against it. */
export const deferralWords: readonly string[] = [
  'pause', 'delay', 'postpone', 'postponement', 'defer', 'deferral', 'moratorium', 'freeze', 'suspend', 'suspension',
  'halt', 'stop',
];

/** Prefixes that make a judgement's opposite ("illegal" / "legal", "unsafe" / "safe", "dishonest" / "honest"). */
export const negativePrefixes: readonly string[] = ['un', 'in', 'il', 'im', 'ir', 'dis', 'non'];

/**
 * Acts that change an amount, read from a topic's name ("raising teacher pay", "cutting interest rates"): a
 * complaint that the amount is too small speaks for raising it and against cutting it, one that it is too large
 * the other way.
 */
export const raisingActs: readonly string[] = ['raise', 'increase', 'boost', 'hike', 'expand', 'fund', 'double'];
export const loweringActs: readonly string[] = ['cut', 'lower', 'reduce', 'slash', 'trim', 'decrease', 'halve'];

/** Words saying an amount is too small ("meagre wages", "funding is inadequate", "never paid enough"). */
export const shortfallWords: readonly string[] = [
  'low', 'lower', 'lowest', 'meagre', 'meager', 'paltry', 'inadequate', 'insufficient', 'underfunded', 'underpaid',
  'stagnant', 'scarce',
];

/** Words saying an amount is too large ("high rates", "rates are excessive"). */
export const excessWords: readonly string[] = ['high', 'higher', 'highest', 'excessive', 'exorbitant', 'steep', 'soaring'];
