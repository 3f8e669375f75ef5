/**
 * Derivational families of topic words, as [suffix, replacements]: a topic term in one form also finds the others
 * ("peacekeeping" ↔ "peacekeepers", "deployment" ↔ "deploy", "regulation" ↔ "regulate", "adoption" ↔ "adopt").
 * The longest matching suffix applies; the stem must keep four letters.
 */
export const derivations: ReadonlyArray<readonly [suffix: string, replacements: readonly string[]]> = [
  ['ation', ['ate']],
  ['ment', ['']],
  ['ing', ['er', 'ers']],
  ['ers', ['ing']],
  ['ion', ['']],
  ['ate', ['ation']],
  ['er', ['ing']],
];

/** Determiners that make a bare head noun point at the topic named before ("the agreement", "this force"). */
export const definiteDeterminers: readonly string[] = ['the', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'such'];
