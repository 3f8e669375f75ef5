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
