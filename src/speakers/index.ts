import { lookupPlace } from '../gazetteer/country.js';
import type { Attribution } from '../attribution/types.js';
import type { Context } from '../core/context.js';
import { addToList } from '../core/list-map.js';
import { lowerBound } from '../core/lower-bound.js';
import type { Span, TextSpan } from '../core/schema.js';
import type { Analysis, Sentence } from '../text/analyse.js';
import { clusterMentions } from './cluster.js';
import { bestRole, firstCountry, type EntityDraft } from './entity-draft.js';
import { compileSpeakerLexicon, defaultSpeakerLexicon, type CompiledSpeakerLexicon, type SpeakerLexicon } from '../lang/en/speakers.js';
import { mentionWith, type Mention } from './mention.js';
import { nameKey } from './name-key.js';
import { addBracketedLabelCountry, readPhrase } from './phrase.js';
import { isTitleCased, mentionsInSentence } from './scan.js';
import { articleCountry, takesArticleCountry } from './article-country.js';
import { countryFromSentence } from './sentence-country.js';
import { eitherCover, spanCover } from './span-cover.js';
import { addTrailingApposition } from './trailing-apposition.js';
import { QUOTE_TOKENS, SENTENCE_END } from '../lang/en/words.js';
import type { SpeakerEntity } from './types.js';

export { defaultSpeakerLexicon, type SpeakerLexicon } from '../lang/en/speakers.js';
export type { Mention, MentionKind } from './mention.js';
export { nameKey } from './name-key.js';

export interface SpeakerResolution {
  entities: SpeakerEntity[];
  /** The entity each attribution's speaker resolves to, parallel to the attributions. */
  assignments: Array<SpeakerEntity | null>;
  /**
   * How each attribution's speaker was resolved, parallel to the attributions: the reader that read its phrase
   * (`speakers/read:pronoun`) and the sieve that placed it in its entity (`speakers/pronoun-antecedent`).
   */
  steps?: string[][];
}

export type SpeakerResolver = (ctx: Context, analysis: Analysis, attributions: readonly Attribution[]) => SpeakerResolution;

/** A resolver over a lexicon (extend a copy of `defaultSpeakerLexicon`); compiled once, no state between calls. */
export function createSpeakerResolver(lexicon: SpeakerLexicon = defaultSpeakerLexicon): SpeakerResolver {
  const compiled = compileSpeakerLexicon(lexicon);
  return (ctx, analysis, attributions) => resolveWith(compiled, ctx, analysis, attributions);
}

const defaultResolver = createSpeakerResolver();

/**
 * Finds the people, institutions, countries, outlets and anonymous sources the article mentions, groups their
 * mentions (full names, surnames, spelling variants, titles, pronouns) into entities with role and country, and
 * ties each attribution's speaker phrase to its entity.
 */
export function resolveSpeakers(ctx: Context, analysis: Analysis, attributions: readonly Attribution[]): SpeakerResolution {
  return defaultResolver(ctx, analysis, attributions);
}

function resolveWith(
  lexicon: CompiledSpeakerLexicon,
  ctx: Context,
  analysis: Analysis,
  attributions: readonly Attribution[],
): SpeakerResolution {
  const usedInLowerCase = lowerCaseWordsOf(analysis);
  const speakerMentions = attributions.map((attribution) => speakerMention(attribution, analysis, lexicon, usedInLowerCase));
  // One lookup for both what clustering asks of a speaker mention's attribution: its cue and its quote spans.
  const bySpan = speakerMentionsBySpan(speakerMentions);
  const attributionOf = attributionLookup(speakerMentions, bySpan, attributions);
  const quotations = spanCover(
    attributions.filter((attribution) => attribution.quoteType === 'direct').flatMap((attribution) => attribution.quoteSpans),
  );
  const spokenSpans = new Map<number, Span[]>();
  const describingSpans = new Map<number, Span[]>();
  speakerMentions.forEach((mention) => {
    if (mention === null) return;
    const bySentence = DESCRIBING_KINDS.has(mention.kind) ? describingSpans : spokenSpans;
    addToList(bySentence, mention.sentence, mention.span);
  });
  const { unique, placedMentions } = dedupeSpeakerMentions(speakerMentions, bySpan);
  const mentions: Mention[] = [...unique];
  const title = ctx.article.provenance.title;
  for (const sentence of analysis.sentences) {
    // A title-case headline capitalises every word, so its runs of capitals are no names ("Jane Roe Calls Ann Lee").
    if (title !== null && sentence.start >= title.start && sentence.end <= title.end && isTitleCased(sentence)) continue;
    const describing = describingSpans.get(sentence.index) ?? [];
    for (const mention of mentionsInSentence(sentence, lexicon, spokenSpans.get(sentence.index))) {
      if (mention.kind === 'person' || !describing.some((span) => span.start < mention.span.end && mention.span.start < span.end)) mentions.push(mention);
    }
  }
  mentions.sort((a, b) => a.span.start - b.span.start || Number(b.speaker) - Number(a.speaker));

  const { clusters, sieveAt } = clusterMentions({
    mentions,
    cueOf: (mention) => attributionOf(mention)?.cueLemma ?? null,
    quotedOf: (mention) => {
      // Most pronouns speak for no attribution: the quotations alone, without a cover made for nothing.
      const attribution = attributionOf(mention);
      return attribution === undefined ? quotations : eitherCover(spanCover(attribution.quoteSpans), quotations);
    },
    headings: headingSentences(analysis),
    placeOf: (mention) => (mention.countrySpan === null ? null : analysis.raw.slice(mention.countrySpan.start, mention.countrySpan.end).toLowerCase()),
  });
  const drafts = clusters.map((cluster) => cluster.entity);
  const countryRules = new Map<EntityDraft, string>();
  inheritOwnerCountries(drafts);
  addInstitutionOwners(ctx.raw, drafts, countryRules);
  addSentenceCountries(drafts, analysis.sentences, countryRules);
  addArticleCountry(drafts, analysis.sentences, countryRules);
  const entities = drafts.map((draft, index) => toEntity(ctx.raw, draft, index));
  const countryRuleOf = new Map(drafts.map((draft, index) => [entities[index]!, countryRules.get(draft)]));
  // Only speaker phrases are asked for their entity, by their place in `mentions`: maps keyed by the speaker mentions
  // grew through tables (~6 MB on the 10 MB article) that all stayed in the old generation.
  const entityAt: Array<SpeakerEntity | undefined> = new Array(mentions.length);
  clusters.forEach((cluster, index) => {
    for (const mention of cluster.mentions) {
      const at = mention.speaker ? positionOf(mentions, mention) : -1;
      if (at !== -1) entityAt[at] = entities[index]!;
    }
  });

  const placedAt = placedMentions.map((placed) => (placed === undefined ? -1 : positionOf(mentions, placed)));
  const assignments = placedAt.map((at) => (at === -1 ? null : (entityAt[at] ?? null)));
  const steps = placedMentions.map((placed, index) => {
    if (placed === undefined) return [];
    const sieve = assignments[index] === null ? undefined : sieveAt[placedAt[index]!];
    const read = readStep(placed.kind);
    ctx.report(sieve ?? read, placed.span, () => assignments[index]?.name ?? 'no entity');
    const country = assignments[index] === null ? undefined : countryRuleOf.get(assignments[index]!);
    // Literals of the exact length: an array grown by push keeps room for many more, until the drafts are made.
    const reading = placed.reading;
    if (reading === null) {
      if (sieve === undefined) return country === undefined ? [read] : [read, country];
      return country === undefined ? [read, sieve] : [read, sieve, country];
    }
    if (sieve === undefined) return country === undefined ? [read, reading] : [read, reading, country];
    return country === undefined ? [read, reading, sieve] : [read, reading, sieve, country];
  });
  return { entities, assignments, steps };
}

/** The id of the step that read a speaker phrase of each kind, made once: every claim's `rules` holds one. */
const READ_STEPS = new Map<Mention['kind'], string>();

function readStep(kind: Mention['kind']): string {
  let step = READ_STEPS.get(kind);
  if (step === undefined) {
    step = `speakers/read:${kind}`;
    READ_STEPS.set(kind, step);
  }
  return step;
}

/** A heading in the body is short; a longer line without a full stop is a sentence the scraper cut. */
const MAX_HEADING_TOKENS = 16;

/**
 * Sentences that make a paragraph on their own and end without a full stop, as a related story's headline or a
 * crosshead between paragraphs does ("Leaders to meet in Warsaw on Wednesday").
 */
function headingSentences(analysis: Analysis): Set<number> {
  const headings = new Set<number>();
  for (const paragraph of analysis.paragraphs) {
    const [sentence, ...others] = paragraph.sentences;
    if (sentence === undefined || others.length > 0 || sentence.tokens.length > MAX_HEADING_TOKENS) continue;
    const last = sentence.tokens[sentence.tokens.length - 1]!;
    if (!SENTENCE_END.has(last.value) && !QUOTE_TOKENS.has(last.value)) headings.add(sentence.index);
  }
  return headings;
}

/** Where a mention stands in `mentions` (ordered by start), found by binary search; -1 when it is not there. */
function positionOf(mentions: readonly Mention[], mention: Mention): number {
  const start = mention.span.start;
  for (let at = lowerBound(mentions, (other) => other.span.start < start); at < mentions.length && mentions[at]!.span.start === start; at++) {
    if (mentions[at] === mention) return at;
  }
  return -1;
}

/**
 * The indexes of the speaker mentions read, ordered by span: by start, then end, and in attribution order at one span
 * (a stable sort).
 */
function speakerMentionsBySpan(speakerMentions: ReadonlyArray<Mention | null>): number[] {
  const read: number[] = [];
  speakerMentions.forEach((mention, index) => {
    if (mention !== null) read.push(index);
  });
  const spanOf = (index: number): Span => speakerMentions[index]!.span;
  return read.sort((a, b) => spanOf(a).start - spanOf(b).start || spanOf(a).end - spanOf(b).end);
}

/**
 * The attribution a speaker mention was read for (undefined for any other mention), by binary search over the speaker
 * mentions ordered by span: clustering asks it of few mentions, and a Map keyed by every speaker mention grew
 * through tables (~6 MB on the 10 MB article) that all stayed in the old generation until the call ended.
 */
function attributionLookup(
  speakerMentions: ReadonlyArray<Mention | null>,
  read: readonly number[],
  attributions: readonly Attribution[],
): (mention: Mention) => Attribution | undefined {
  const startOf = (index: number): number => speakerMentions[index]!.span.start;
  return (mention) => {
    const start = mention.span.start;
    for (let at = lowerBound(read, (index) => startOf(index) < start); at < read.length && startOf(read[at]!) === start; at++) {
      if (speakerMentions[read[at]!] === mention) return attributions[read[at]!];
    }
    return undefined;
  };
}

/**
 * Several attributions may share one speaker phrase ("X said A and added B"): one mention per span, and for each
 * attribution the one mention of its span (undefined when it has none).
 */
function dedupeSpeakerMentions(
  mentions: ReadonlyArray<Mention | null>,
  read: readonly number[],
): { unique: Mention[]; placedMentions: Array<Mention | undefined> } {
  // Each span's first mention leads its run in `read`, not found by a "start:end" string in a Map: a string and an
  // entry for every attribution were ~7 MB on the 10 MB article.
  const firstOf = new Array<Mention>(mentions.length);
  let first: Mention | undefined;
  for (const index of read) {
    const mention = mentions[index]!;
    if (first === undefined || first.span.start !== mention.span.start || first.span.end !== mention.span.end) first = mention;
    firstOf[index] = first;
  }
  const unique: Mention[] = [];
  const placedMentions = mentions.map((mention, index) => {
    if (mention === null) return undefined;
    if (firstOf[index] === mention) unique.push(mention);
    return firstOf[index];
  });
  return { unique, placedMentions };
}

/**
 * Whether the article writes a word in lower case anywhere: the set is built on the first question only, since few
 * articles ask it at all.
 */
function lowerCaseWordsOf(analysis: Analysis): (normal: string) => boolean {
  let words: Set<string> | undefined;
  return (normal) => {
    if (words === undefined) {
      words = new Set();
      for (const sentence of analysis.sentences) for (const token of sentence.tokens) if (LOWER_CASE_WORD.test(token.value)) words.add(token.value);
    }
    return words.has(normal);
  };
}

const LOWER_CASE_WORD = /^\p{Ll}+$/u;

function speakerMention(attribution: Attribution, analysis: Analysis, lexicon: CompiledSpeakerLexicon, usedInLowerCase: (normal: string) => boolean): Mention | null {
  const span = attribution.speaker;
  if (span === null) return null;
  const sentence = sentenceHolding(analysis, attribution.sentence, span);
  const tokens = tokensIn(sentence, span);
  if (tokens.length === 0) return null;
  const mention = readPhrase(tokens, { lexicon, sentence: sentence.index, speaker: true, usedInLowerCase });
  if (mention !== null) {
    addBracketedLabelCountry(mention, sentence.tokens, tokens[tokens.length - 1]!.index + 1);
    addTrailingApposition(mention, sentence.tokens, tokens[tokens.length - 1]!.index + 1, lexicon);
  }
  return mention;
}

/**
 * Speaker phrases that describe rather than name ("a senior member of Prime Minister Jane Roe’s cabinet", "an aide
 * to the mayor"): a person named inside them is still one of the article's people, whom a later "Roe said" means,
 * so the scan reads their names; only its readings of the phrase itself as another institution are dropped.
 */
const DESCRIBING_KINDS: ReadonlySet<Mention['kind']> = new Set(['institution', 'anonymous', 'title', 'description']);

/** How far from the claim's sentence a speaker phrase may stand (a quotation whose speaker is the neighbour's subject). */
const SPEAKER_SENTENCE_REACH = 3;

/** The sentence that holds the speaker phrase: the claim's own, or a neighbour for a quotation read from context. */
function sentenceHolding(analysis: Analysis, own: Sentence, span: Span): Sentence {
  const holds = (sentence: Sentence | undefined): boolean => sentence !== undefined && sentence.start <= span.start && span.end <= sentence.end;
  if (holds(own)) return own;
  for (let distance = 1; distance <= SPEAKER_SENTENCE_REACH; distance++) {
    for (const candidate of [analysis.sentences[own.index - distance], analysis.sentences[own.index + distance]]) {
      if (holds(candidate)) return candidate!;
    }
  }
  return own;
}

/** The tokens inside the span; tokens run in text order, so none after the span's end can be inside. */
function tokensIn(sentence: Sentence, span: Span): Sentence['tokens'] {
  const inside: Sentence['tokens'] = [];
  for (const token of sentence.tokens) {
    if (token.start > span.end) break;
    if (token.start >= span.start && token.end <= span.end) inside.push(token);
  }
  return inside;
}

/** "deputy head of Jane Roe’s office": the office holder's country is the owner's, when the article gives it. */
function inheritOwnerCountries(entities: readonly EntityDraft[]): void {
  const countryByName = new Map<string, Mention>();
  const keys = new Map<string, string>();
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    const country = firstCountry(entity);
    if (country === null) continue;
    for (const mention of entity.mentions) {
      if (mention.nameWords.length > 0) countryByName.set(ownerKey(mention.nameWords, keys), country);
    }
  }
  if (countryByName.size === 0) return;
  const ownerCountry = (owner: string | null): Mention | undefined => (owner === null ? undefined : countryByName.get(ownerKey(owner.split(' '), keys)));
  for (const entity of entities) {
    if (firstCountry(entity) !== null) continue;
    const owned = entity.mentions.find((mention) => ownerCountry(mention.owner) !== undefined);
    if (owned === undefined) continue;
    const source = ownerCountry(owned.owner)!;
    owned.country = source.country;
    owned.countrySpan = source.countrySpan;
  }
}

const INSTITUTION_OWNER_ID = 'speakers/country:its-institution';
/** "its spokesman": the possessive of a thing before a title, as the raw text has it just before the role. */
const ITS_BEFORE = /(?:^|\s)[Ii]ts\s+$/u;
/** How far back (sentences) the institution that "its" stands for may be named. */
const OWNER_REACH = 1;

/**
 * "The Kremlin dismissed the visit, its spokesman Dmitry Peskov said": an office holder whose title opens with "its"
 * holds the office of the institution or country last named before it, in the same sentence or the one before, and
 * belongs to its country; the role names the institution as ANNOTATION.md does ("Kremlin spokesman").
 */
function addInstitutionOwners(raw: string, entities: readonly EntityDraft[], rules: Map<EntityDraft, string>): void {
  let owners: Array<{ mention: Mention; entity: EntityDraft }> | null = null;
  for (const entity of entities) {
    if (entity.type !== 'person' || firstCountry(entity) !== null) continue;
    const held = entity.mentions.find((mention) => mention.roleSpan !== null && ITS_BEFORE.test(raw.slice(Math.max(0, mention.roleSpan.start - 5), mention.roleSpan.start)));
    if (held === undefined) continue;
    owners ??= entities
      .filter((owner) => owner.type === 'organization' || owner.type === 'country')
      .flatMap((owner) => owner.mentions.filter((mention) => mention.kind === 'institution' || mention.kind === 'country').map((mention) => ({ mention, entity: owner })))
      .sort((a, b) => a.mention.span.start - b.mention.span.start);
    let owner: { mention: Mention; entity: EntityDraft } | null = null;
    for (const candidate of owners) {
      if (candidate.mention.span.end > held.roleSpan!.start) break;
      if (held.sentence - candidate.mention.sentence <= OWNER_REACH) owner = candidate;
    }
    const country = owner === null ? null : firstCountry(owner.entity);
    if (owner === null || country === null) continue;
    held.country = country.country;
    held.countrySpan = country.countrySpan;
    if (owner.mention.kind === 'institution') held.role = `${withoutPlaceOwner(owner.mention.name)} ${held.role}`;
    rules.set(entity, INSTITUTION_OWNER_ID);
  }
}

const PLACE_OWNER = /^(?:the\s)?(.+?)['’]s?\s/u;

/** "Russia's Foreign Ministry" → "Foreign Ministry": a role leaves out whose country the office is. */
function withoutPlaceOwner(name: string): string {
  const owner = PLACE_OWNER.exec(name);
  return owner !== null && lookupPlace(owner[1]!) !== null ? name.slice(owner[0].length) : name;
}

/**
 * Office holders and institutions still without a country take the one their sentence is about; places inside
 * other people's titles and inside outlet names ("Lima Post") do not count.
 */
function addSentenceCountries(entities: readonly EntityDraft[], sentences: readonly Sentence[], rules: Map<EntityDraft, string>): void {
  const names = namesBySentence(entities, sentences.length);
  const namedByOther = (entity: EntityDraft, sentence: number, span: Span): boolean => {
    for (let k = names.firstOf[sentence] ?? 0; k < (names.firstOf[sentence + 1] ?? 0); k++) {
      if (names.entities[k] !== entity && names.spans[k]!.start <= span.start && span.end <= names.spans[k]!.end) return true;
    }
    return false;
  };
  for (const entity of entities) {
    if (firstCountry(entity) !== null) continue;
    const reading = countryFromSentence(entity, sentences, (sentence, span) => namedByOther(entity, sentence, span));
    if (reading === null) continue;
    entity.mentions.push(mentionWith(reading, { speaker: false, role: null, roleStrength: 0 }));
    rules.set(entity, SENTENCE_COUNTRY_ID);
  }
}

/**
 * The names of each sentence that can hold a place of their own (a person's name or title, an outlet's name),
 * with their entities: those of sentence `s` at `firstOf[s]` up to `firstOf[s + 1]`. Laid out by a counting sort in
 * flat lists, where a list per sentence and an object per name were ~10 MB on the 10 MB article (~190k names).
 */
function namesBySentence(entities: readonly EntityDraft[], sentences: number): { firstOf: Uint32Array; spans: Span[]; entities: EntityDraft[] } {
  const named = (entity: EntityDraft, mention: Mention): boolean => (entity.type === 'person' ? mention.kind !== 'pronoun' : mention.kind === 'outlet');
  let sentenceCount = sentences;
  for (const entity of entities) for (const mention of entity.mentions) sentenceCount = Math.max(sentenceCount, mention.sentence + 1);
  const firstOf = new Uint32Array(sentenceCount + 1);
  for (const entity of entities) for (const mention of entity.mentions) if (named(entity, mention)) firstOf[mention.sentence + 1]!++;
  for (let s = 0; s < sentenceCount; s++) firstOf[s + 1]! += firstOf[s]!;
  const spans: Span[] = new Array(firstOf[sentenceCount]!);
  const owners: EntityDraft[] = new Array(firstOf[sentenceCount]!);
  const next = firstOf.slice(0, sentenceCount);
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      if (!named(entity, mention)) continue;
      const at = next[mention.sentence]!++;
      spans[at] = mention.span;
      owners[at] = entity;
    }
  }
  return { firstOf, spans, entities: owners };
}

const SENTENCE_COUNTRY_ID = 'speakers/country:sentence';
const ARTICLE_COUNTRY_ID = 'speakers/country:article';

/**
 * In a story about one country's affairs its institutions, office holders and unnamed groups belong to that
 * country when nothing nearer says otherwise ("the governor", "state lawmakers", "the agency").
 */
function addArticleCountry(entities: readonly EntityDraft[], sentences: readonly Sentence[], rules: Map<EntityDraft, string>): void {
  let article: ReturnType<typeof articleCountry> | undefined;
  for (const entity of entities) {
    if (firstCountry(entity) !== null) continue;
    article ??= articleCountry(sentences, surnamesOf(entities));
    if (article === null) return;
    if (!takesArticleCountry(entity, article)) continue;
    const anchor = entity.mentions[0]!;
    entity.mentions.push(mentionWith(anchor, { speaker: false, role: null, roleStrength: 0, country: article.country, countrySpan: article.span }));
    rules.set(entity, ARTICLE_COUNTRY_ID);
  }
}

/** The surnames of the people named in full: a place spelt the same ("Joana Lima", "Lima said") is one of them. */
function surnamesOf(entities: readonly EntityDraft[]): Set<string> {
  const surnames = new Set<string>();
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    for (const mention of entity.mentions) if (mention.nameWords.length > 1) surnames.add(mention.nameWords[mention.nameWords.length - 1]!);
  }
  return surnames;
}

/** An owner is named by surname as often as in full ("Jane Roe’s office", "Roe’s office"); one key per surname and article. */
function ownerKey(words: readonly string[], keys: Map<string, string>): string {
  const surname = words[words.length - 1] ?? '';
  let key = keys.get(surname);
  if (key === undefined) {
    key = nameKey(surname);
    keys.set(surname, key);
  }
  return key;
}

function toEntity(raw: string, draft: EntityDraft, index: number): SpeakerEntity {
  const role = draft.type === 'person' ? bestRole(draft) : null;
  const country = firstCountry(draft);
  const name = fullestName(draft);
  const aliases = new Set<string>();
  for (const mention of draft.mentions) {
    const alias = displayName(mention);
    if (alias !== '' && alias !== name) aliases.add(alias);
  }
  // Only a speaker's mentions are output and most entities never speak (the places, the names spoken about): their
  // spans are made when first read, which on a long article spared ~100k text spans that nothing read.
  let mentions: TextSpan[] | undefined;
  return {
    id: `s${index + 1}`,
    name,
    type: draft.type,
    role: role?.role ?? null,
    roleSpan: role?.roleSpan ? textSpan(raw, role.roleSpan) : null,
    country: country?.country ?? null,
    countrySpan: country?.countrySpan ? textSpan(raw, country.countrySpan) : null,
    aliases: Array.from(aliases),
    get mentions(): TextSpan[] {
      mentions ??= distinctSpans(draft.mentions).map((span) => textSpan(raw, span));
      return mentions;
    },
    set mentions(value: TextSpan[]) {
      mentions = value;
    },
  };
}

/** The mentions' spans in text order, each once (a pronoun or title may be read twice at one place). */
function distinctSpans(mentions: readonly Mention[]): Span[] {
  const sorted = mentions.map((mention) => mention.span).sort((a, b) => a.start - b.start);
  const distinct: Span[] = [];
  let sameStart = 0;
  for (const span of sorted) {
    if (distinct[distinct.length - 1]?.start !== span.start) sameStart = distinct.length;
    let seen = false;
    for (let i = sameStart; i < distinct.length && !seen; i++) seen = distinct[i]!.end === span.end;
    if (!seen) distinct.push(span);
  }
  return distinct;
}

function displayName(mention: Mention): string {
  return mention.kind === 'pronoun' ? '' : mention.name;
}

/** "the newspaper", "the daily": an outlet named only by what it is, which any name of it outranks. */
function isOutletDescriptor(mention: Mention): boolean {
  return mention.kind === 'outlet' && mention.key === '';
}

/**
 * People: the form with the most name words, then the longest; others: the longest name written, an outlet's
 * descriptor ("newspaper") only when it has no name.
 */
function fullestName(draft: EntityDraft): string {
  const named = draft.mentions.some((mention) => !isOutletDescriptor(mention) && displayName(mention) !== '');
  let best = '';
  let bestWords = -1;
  for (const mention of draft.mentions) {
    const name = displayName(mention);
    if (name === '' || (named && isOutletDescriptor(mention))) continue;
    const words = draft.type === 'person' ? mention.nameWords.length : 0;
    if (words > bestWords || (words === bestWords && name.length > best.length)) {
      best = name;
      bestWords = words;
    }
  }
  return best;
}

function textSpan(raw: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: raw.slice(span.start, span.end) };
}
