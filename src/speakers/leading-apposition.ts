import type { Token } from '../core/tokens.js';
import type { CompiledSpeakerLexicon } from '../lang/en/speakers.js';
import type { Mention } from './mention.js';
import { addApposition } from './phrase.js';

/** A title before a name is short ("Britain's deputy foreign secretary"); a longer stretch is a clause. */
const MAX_TITLE = 8;
/** Marks that open the stretch a title before a name may fill. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '(', '"', '“', '‘', '—', '–']);
const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
/** What follows the closing comma of an apposition: the clause's verb ("…, David Lammy, flew"), or a relative. */
const PREDICATE_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADV']);
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whose']);

/**
 * "Britain's foreign secretary, David Lammy, flew to Warsaw": a title from the clause's start to a comma, then a name
 * set off by commas and followed by the clause's verb, describes the name as an apposition after it would. The speaker reader finds this in a sentence
 * that reports; a sentence that only introduces the person must give the role too, so a later "the foreign secretary
 * said" finds its holder. Only a stretch without a verb that ends in an office or trade word counts ("After the vote,
 * Jane Roe, …" gives nothing).
 */
export function addLeadingApposition(mention: Mention, tokens: readonly Token[], first: number, last: number, lexicon: CompiledSpeakerLexicon): void {
  if (mention.kind !== 'person' || mention.roleStrength >= 2 || tokens[first - 1]?.value !== ',' || tokens[last + 1]?.value !== ',') return;
  // A list goes on after the name ("the president, the vice president, Susan Rice, we …"); a sentence's verb does not.
  const after = tokens[last + 2];
  if (after === undefined || !(PREDICATE_TAGS.has(after.pos) || RELATIVES.has(after.normal))) return;
  const end = first - 1;
  let start = end;
  while (start > 0 && !CLAUSE_BREAKS.has(tokens[start - 1]!.value)) {
    if (end - start >= MAX_TITLE) return;
    start--;
  }
  const part = tokens.slice(start, end);
  const head = part[part.length - 1]?.value.toLowerCase();
  // An honorific in the stretch belongs to another name ("Cheers, Ms. Yellen The Federal Reserve chairwoman, …").
  if (head === undefined || part.some((token) => VERB_TAGS.has(token.pos) || lexicon.roleWords.isHonorific(token.value.toLowerCase()))) return;
  if (!lexicon.office.has(head) && !(lexicon.roleWords.isFunction?.(head) ?? false)) return;
  addApposition(mention, part, lexicon);
}
