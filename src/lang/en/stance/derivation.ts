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

/**
 * Irregular verbs and the forms the regular inflections miss ("paid", "sent", "withdrew"), so a cue or a topic
 * term in its base form ("pay", "send", "withdraw from") also finds them.
 */
export const irregularVerbs: Readonly<Record<string, readonly string[]>> = {
  send: ['sent'], pay: ['paid'], spend: ['spent'], lend: ['lent'], build: ['built'], sell: ['sold'], buy: ['bought'],
  fight: ['fought'], lead: ['led'], win: ['won'], make: ['made'], hold: ['held'], keep: ['kept'],
  bring: ['brought'], take: ['took', 'taken'], give: ['gave', 'given'], go: ['went', 'gone'], stand: ['stood'],
  withdraw: ['withdrew', 'withdrawn'], rise: ['rose', 'risen'], strike: ['struck'], freeze: ['froze', 'frozen'],
  break: ['broke', 'broken'], choose: ['chose', 'chosen'], drive: ['drove', 'driven'], seek: ['sought'],
  teach: ['taught'], think: ['thought'], tell: ['told'], say: ['said'], see: ['saw', 'seen'], come: ['came'],
  begin: ['began', 'begun'], write: ['wrote', 'written'], draw: ['drew', 'drawn'], undertake: ['undertook', 'undertaken'],
  overtake: ['overtook', 'overtaken'], shake: ['shook', 'shaken'], forbid: ['forbade', 'forbidden'], bind: ['bound'],
};
