/** Process words: talking about a thing, not taking a side ("willing to discuss" is not "willing"). */
export const processCues: readonly string[] = [
  'discuss', 'discussion', 'talk', 'talk about', 'consider', 'consideration', 'under consideration', 'examine',
  'study', 'review', 'assess', 'assessment', 'evaluate', 'explore', 'debate', 'early stage', 'too early',
  'premature', 'no decision', 'undecided', 'not yet decided', 'work on', 'look into', 'dialogue', 'dialog', 'negotiate',
  'negotiation',
];

/** Parameters and purposes: a claim about a thing's size, number or aim describes it rather than judging it. */
export const parameterCues: readonly string[] = [
  'number of', 'size of', 'scale of', 'composition of', 'purpose of', 'aim of', 'goal of', 'details of',
  'format of', 'timing of',
];

/**
 * Non-answers: declining to speak is not declining the act ("declined to say when the frigates would be ready"); like a
 * parameter, one cancels the stance words after it in its clause.
 */
export const nonAnswerCues: readonly string[] = [
  // `*` is one word: "declined later to say", "refused again to comment".
  ...['decline', 'refuse'].flatMap((verb) =>
    ['comment', 'say', 'state', 'specify', 'elaborate', 'disclose'].flatMap((speak) => [`${verb} to ${speak}`, `${verb} * to ${speak}`]),
  ),
  'would not say', 'would not comment', 'could not say', 'did not say', 'no comment',
];

/** Frames that report other people's opinion (a poll): the reporter takes no side. */
export const reportiveCues: readonly string[] = ['poll', 'survey', 'opinion poll'];

/**
 * Tensed auxiliaries that put a clause in the past or the perfect ("was falling", "had been chosen", "have reached",
 * "did not take part"): a clause opening with one tells what happened.
 */
export const pastAuxiliaries: readonly string[] = ['was', 'were', 'had', 'did', 'has', 'have', "'ve"];

/**
 * Past forms of common irregular verbs ("took", "won", "fell"), those that are not also their base or participle
 * ("set", "cut", "put" are left out): a clause opening with one tells what happened.
 */
export const irregularPasts: readonly string[] = [
  'took', 'made', 'went', 'came', 'gave', 'began', 'won', 'lost', 'held', 'met', 'left', 'fell', 'rose', 'sent',
  'struck', 'broke', 'chose', 'kept', 'paid', 'brought', 'bought', 'spent', 'sold', 'told', 'found', 'thought', 'saw',
  'knew', 'grew', 'drew', 'threw', 'wrote', 'spoke', 'stood', 'ran', 'led', 'fought', 'caught', 'sought', 'built',
  'became', 'felt', 'heard', 'meant', 'got', 'froze', 'shook', 'swore', 'withdrew', 'overtook', 'undertook',
];

/** Verbs whose present form ends in "-ed" like a past ("they need", "talks proceed"). */
export const presentFormsInEd: readonly string[] = [
  'need', 'feed', 'speed', 'proceed', 'succeed', 'exceed', 'bleed', 'breed', 'heed', 'seed', 'shed', 'embed',
  'wed',
];

/** Present forms of "be" that, before an -ing verb, tell what is going on ("prices are falling"). */
export const presentBe: readonly string[] = ['is', 'are', 'am', "'s", "'re", "'m"];

/**
 * Modals (tagged as auxiliaries: "in May" is no modal) and first-person pronouns (tagged as pronouns: "the US" is
 * none): a clause with one speaks of what will, could or should be, or of the speaker; it is no report of events.
 */
export const outlookModals: readonly string[] = ['will', "'ll", 'would', "'d", 'shall', 'should', 'must', 'can', 'could', 'may', 'might', 'cannot', 'ca'];
export const firstPersonPronouns: readonly string[] = ['i', 'me', 'my', 'we', 'us', 'our'];
