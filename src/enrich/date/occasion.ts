import type { Span } from '../../core/schema.js';
import type { Analysis, Sentence } from '../../core/tokens.js';
import { SUBJECT_PRONOUNS } from '../../lang/en/words.js';
import type { ClaimDraft } from '../types.js';

/**
 * The sentence that sets the occasion of a pronoun's statement: the narration just before it that names the same
 * speaker ("Vik toured the docks on Tuesday. 'We will rebuild,' he told workers"). The statement was made there
 * and then, so a day that sentence states is the statement's day. Null when the sentence before is itself a claim,
 * names another speaker only, or stands more than one paragraph away.
 */
export function occasionSentence(draft: ClaimDraft, raw: string, analysis: Analysis, claimSentences: ReadonlySet<number>): Span | null {
  const { speaker, sentence } = draft.attribution;
  if (!speaker || !draft.speaker || !SUBJECT_PRONOUNS.has(raw.slice(speaker.start, speaker.end).toLowerCase())) return null;
  const previous: Sentence | undefined = analysis.sentences[sentence.index - 1];
  if (!previous || claimSentences.has(previous.index) || sentence.paragraph - previous.paragraph > 1) return null;
  const named = draft.speaker.mentions.some((mention) => previous.start <= mention.start && mention.end <= previous.end);
  return named ? { start: previous.start, end: previous.end } : null;
}
