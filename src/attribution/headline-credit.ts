import { isCapitalised } from '../core/capitalised.js';
import { isVerbToken } from '../core/tokens.js';
import type { Token } from '../text/analyse.js';
import { SECTION_LABELS } from '../lang/en/transcripts.js';
import { isQuoteToken } from '../lang/en/words.js';
import { namesSomeone } from '../text/noun-phrase.js';
import { unitAttribution } from './build.js';
import { scanText } from './scan-text.js';
import type { Attribution, AttributionRule } from './types.js';
import type { Unit } from './units.js';

const RULE_ID = 'attribution/headline-credit';

/** Rule ids of the two shapes a headline credits its claim in, named in the claim's `rules`. */
export const HEADLINE_CREDIT_RULES = {
  /** `Lopez: Bridge will reopen in May`, `Poll: …`: the speaker as a label before a colon. */
  label: `${RULE_ID}:label`,
  /** `Bridge will reopen in May – Mayor Lopez`: the speaker after a dash that ends the headline. */
  dash: `${RULE_ID}:dash`,
} as const;

/** A credit is a name with at most a title: "Mayor Ana Lopez", "Historians", "Transport Ministry". */
const MAX_CREDIT_WORDS = 4;
/** A claim is a clause: at least this many words ("Bridge will reopen"). */
const MIN_CLAIM_WORDS = 3;
const WORD = /[\p{L}\p{N}]/u;
/** Word classes no credited name holds. */
const NO_CREDIT_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'PRON', 'DET', 'ADV', 'ADP', 'SCONJ', 'INTJ']);

/**
 * A headline credits its claim to a speaker in two shapes no reporting verb marks: a label and a colon before it
 * (`Lopez: Bridge will reopen in May`, `Poll: …`), or a dash and a name after it (`Bridge will reopen in May –
 * Mayor Lopez`). Read in the headline only: in the body a colon or a dash after a name opens a heading or a list.
 * A section label ("UPDATE:", "EXCLUSIVE:") is no speaker, and neither is a credit holding a verb or a pronoun ("… –
 * It May Surprise You"). The quotation rules run first, so `Lopez: "…"` stays theirs.
 */
export const headlineCreditRule: AttributionRule = {
  id: RULE_ID,
  find(ctx, analysis) {
    const title = ctx.article.provenance.title;
    if (title === null) return [];
    const found: Attribution[] = [];
    const units = scanText(ctx, analysis)
      .map(({ unit }) => unit)
      .filter((unit) => unit.start >= title.start && unit.end <= title.end);
    units.forEach((unit, n) => {
      const label = n === 0 ? labelCredit(unit.tokens) : null;
      if (label !== null) found.push(creditAttribution(unit, label.claim, unit, label.speaker, HEADLINE_CREDIT_RULES.label));
      const next = units[n + 1];
      // The credit is the headline's last unit, after the claim in the same sentence.
      if (next === undefined || next.sentence !== unit.sentence || units[n + 2]?.sentence === unit.sentence) return;
      const claim = claimRange(unit.tokens, 0, unit.tokens.length - 1);
      const credit = dashCredit(next.tokens, ctx.article.publisher);
      if (claim !== null && credit !== null) found.push(creditAttribution(unit, claim, next, credit, HEADLINE_CREDIT_RULES.dash));
    });
    return found;
  },
};

/** An inclusive range of a unit's tokens. */
interface Range {
  first: number;
  last: number;
}

/** `Label: claim`, the label at the head of the headline: the label's range and the claim's. */
export function labelCredit(tokens: readonly Token[]): { speaker: Range; claim: Range } | null {
  const colon = tokens.findIndex((token) => token.value === ':');
  if (colon < 1 || colon > MAX_CREDIT_WORDS) return null;
  const speaker = { first: 0, last: colon - 1 };
  const label = tokens.slice(0, colon).map((token) => token.normal).join(' ');
  if (SECTION_LABELS.has(label) || !isCredit(tokens, speaker)) return null;
  const claim = claimRange(tokens, colon + 1, tokens.length - 1);
  return claim === null ? null : { speaker, claim };
}

/**
 * The credit of `claim – Name`: the whole unit after the headline's dash (units part there), a name of a few words;
 * never the page's own publisher.
 */
export function dashCredit(tokens: readonly Token[], publisher: string | null): Range | null {
  const speaker = { first: 0, last: lastWord(tokens) };
  if (speaker.last < 0 || speaker.last >= MAX_CREDIT_WORDS || !isCredit(tokens, speaker)) return null;
  const name = tokens.slice(0, speaker.last + 1).map((token) => token.value.toLowerCase()).join(' ');
  return publisher !== null && name === publisher.toLowerCase().split(/\s+/u).join(' ') ? null : speaker;
}

/**
 * Capitalised words that name someone, with no verb, pronoun or function word among them (a clause or a kicker is no
 * credit: "… – It May Surprise You", "Spoiler no more:").
 */
function isCredit(tokens: readonly Token[], range: Range): boolean {
  if (!isCapitalised(tokens[range.first]!.value) || (!namesSomeone(tokens, range) && !endsInNoun(tokens, range))) return false;
  for (let k = range.first; k <= range.last; k++) if (NO_CREDIT_TAGS.has(tokens[k]!.pos)) return false;
  return true;
}

/** "Historians", "Poll", "Union leaders": a group or a document that can be credited, headed by a common noun. */
function endsInNoun(tokens: readonly Token[], range: Range): boolean {
  return tokens[range.last]!.pos === 'NOUN';
}

/**
 * The claim between `first` and `last` without the stops after it, if it is a clause of a few words with a verb. A
 * claim opening with a quotation mark is left to the quotation rules.
 */
function claimRange(tokens: readonly Token[], first: number, last: number): Range | null {
  let end = last;
  while (end >= first && !isWordOrQuote(tokens[end]!)) end--;
  if (end - first + 1 < MIN_CLAIM_WORDS || isQuoteToken(tokens[first])) return null;
  for (let k = first; k <= end; k++) if (isVerbToken(tokens[k])) return { first, last: end };
  return null;
}

function isWordOrQuote(token: Token): boolean {
  return WORD.test(token.value) || isQuoteToken(token);
}

function lastWord(tokens: readonly Token[]): number {
  let last = tokens.length - 1;
  while (last >= 0 && !WORD.test(tokens[last]!.value)) last--;
  return last;
}

/** The claim read in `unit`, its speaker in `speakerUnit` (the same unit for a label, the next one for a dash). */
function creditAttribution(unit: Unit, claim: Range, speakerUnit: Unit, speaker: Range, frame: string): Attribution {
  const attribution = unitAttribution({ rule: RULE_ID, unit, quote: claim, cue: null, cueLemma: null, speaker: null, addressee: null, frames: [frame] });
  const tokens = speakerUnit.tokens;
  return {
    ...attribution,
    evidence: { start: unit.start, end: speakerUnit.end },
    speaker: { start: tokens[speaker.first]!.start, end: tokens[speaker.last]!.end },
  };
}
