/**
 * Heads of public bodies: states, armies, courts, parties, central banks, universities, funds. A name ending in one
 * speaks for an institution and never for a publisher, so the outlet reader takes these too.
 */
export const publicBodyWords: readonly string[] = [
  'ministry', 'department', 'office', 'council', 'commission', 'committee', 'government', 'parliament',
  'congress', 'senate', 'assembly', 'army', 'navy', 'forces', 'police', 'court', 'party', 'union',
  'bank', 'institute', 'organization', 'organisation', 'alliance', 'cabinet', 'administration', 'embassy',
  'bureau', 'command', 'authority', 'service', 'guard', 'university', 'fund',
];
export const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set(publicBodyWords);

/**
 * Nouns of belonging to a body: an office only with a public body named before or after them ("council member",
 * "a member of the city council"), never alone ("a member of the public").
 */
export const membershipNouns: readonly string[] = ['member', 'members'];
