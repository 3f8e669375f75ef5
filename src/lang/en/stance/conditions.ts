/** Frames that open a condition ("if …", "contingent on …"); the condition runs to the end of its clause. */
export const conditionCues: readonly string[] = [
  'if', 'only if', 'unless', 'once', 'provided that', 'provided', 'providing', 'as long as', 'so long as',
  'in the event of', 'in the event that', 'in case of', 'in case', 'on condition that', 'on the condition that',
  'contingent on', 'contingent upon', 'conditional on', 'conditional upon', 'dependent on', 'depending on',
  'depend on', 'subject to', 'only with', 'only after', 'only once', 'only under', 'only when', 'assuming',
];

/** Markers that make a position conditional by themselves, with no clause to check. */
export const conditionMarkerCues: readonly string[] = [
  'in principle', 'in theory', 'under certain conditions', 'on certain conditions', 'under conditions',
  'conditionally', 'with conditions', 'with caveats',
  // A limit on the support rather than a refusal of it: "an agreement, but not at any price".
  'not at any price', 'not at any cost', 'not at all costs', 'not unconditionally', 'not without conditions',
  'not a blank cheque', 'not a blank check',
];

/** Prepositions that, before a settlement noun ("following a ceasefire", "without a mandate"), state a condition. */
export const conditionPrepositions: readonly string[] = ['following', 'after', 'upon', 'without', 'under', 'before', 'until', 'till'];

/** Agreements and authorisations a deployment, deal or measure is commonly made to wait for. */
export const settlementNouns: readonly string[] = [
  'ceasefire', 'cease', 'truce', 'armistice', 'agreement', 'deal', 'settlement', 'accord', 'treaty', 'mandate',
  'request', 'approval', 'authorization', 'authorisation', 'resolution', 'invitation', 'consent',
];
