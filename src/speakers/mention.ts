import type { Span } from '../core/schema.js';

/**
 * What a phrase names: a person by name, a person by office only ("the minister"), a lone capitalised word that
 * may be a surname or an outlet, an institution, an outlet, a country acting as speaker, an anonymous source, a
 * pronoun, or a definite description that points back to a person described so before ("the farmer").
 */
export type MentionKind =
  | 'person'
  | 'title'
  | 'name'
  | 'institution'
  | 'outlet'
  | 'country'
  | 'anonymous'
  | 'pronoun'
  | 'description';

export type Gender = 'f' | 'm';

export interface Mention {
  kind: MentionKind;
  /** The whole phrase, apposition included. */
  span: Span;
  sentence: number;
  /**
   * The name as written: person name words, or the phrase without a lower-case determiner ("newspaper" for an
   * outlet named only as "the newspaper").
   */
  name: string;
  /** The person name words ("Ingrid", "Solberg"); empty for other kinds. */
  nameWords: readonly string[];
  role: string | null;
  roleSpan: Span | null;
  /** 2: an office or an apposition; 1: a rank only ("General"); 0: none. */
  roleStrength: number;
  country: string | null;
  countrySpan: Span | null;
  /** A person whose office the role belongs to ("deputy head of Jane Roe’s office" → "Jane Roe"). */
  owner: string | null;
  /** Opened by "the": a title or descriptor that points back to someone named before. */
  definite: boolean;
  gender: Gender | null;
  plural: boolean;
  /** Institutions: country and sorted words; outlets: the lower-cased name; others: "". */
  key: string;
  /** The phrase is an attribution's speaker. */
  speaker: boolean;
  /** Pronouns: the lower-cased word. */
  pronoun: string | null;
  /**
   * People: the head noun of a describing apposition ("Jane Roe, a local farmer" → "farmer"); companies: "company";
   * descriptions: what they look for. A later "the farmer" or "the carmaker" finds its entity through it.
   */
  descriptor: string | null;
  /** The id of a reading rule that decided how the phrase was split or what it names ("speakers/false-title"), or null. */
  reading: string | null;
}

/**
 * A copy of a mention with some fields changed, every field its own: a mention made by `loneNameMention` reads most
 * of its fields from its prototype, so a spread (`{ ...mention }`) would drop them.
 */
export function mentionWith(mention: Mention, changes: Partial<Mention>): Mention {
  return {
    kind: mention.kind,
    span: mention.span,
    sentence: mention.sentence,
    name: mention.name,
    nameWords: mention.nameWords,
    role: mention.role,
    roleSpan: mention.roleSpan,
    roleStrength: mention.roleStrength,
    country: mention.country,
    countrySpan: mention.countrySpan,
    owner: mention.owner,
    definite: mention.definite,
    gender: mention.gender,
    plural: mention.plural,
    key: mention.key,
    speaker: mention.speaker,
    pronoun: mention.pronoun,
    descriptor: mention.descriptor,
    reading: mention.reading,
    ...changes,
  };
}

/**
 * The mention of a lone proper noun read as a place or a name ("Ukraine", "Varga", "NATO") where the sentences are
 * scanned for names: most of a long article's mentions (~115k of the 10 MB article's 197k), and none of them has a
 * role, an owner, a gender or a reading, or is a speaker phrase. Those eleven fields are read from the prototype, so
 * each such mention holds 8 fields, not 19 (~90 bytes less, ~10 MB over that article, all of it held until the
 * speakers are resolved). Copy one with `mentionWith`, never a spread.
 */
type LoneNameField = 'kind' | 'span' | 'sentence' | 'name' | 'nameWords' | 'country' | 'countrySpan' | 'key';

class LoneNameMention {
  kind: MentionKind;
  span: Span;
  sentence: number;
  name: string;
  nameWords: readonly string[];
  country: string | null;
  countrySpan: Span | null;
  key: string;

  constructor(kind: MentionKind, span: Span, sentence: number, name: string, nameWords: readonly string[], country: string | null, countrySpan: Span | null, key: string) {
    this.kind = kind;
    this.span = span;
    this.sentence = sentence;
    this.name = name;
    this.nameWords = nameWords;
    this.country = country;
    this.countrySpan = countrySpan;
    this.key = key;
  }
}

interface LoneNameMention extends Mention {}

Object.assign(LoneNameMention.prototype, {
  role: null,
  roleSpan: null,
  roleStrength: 0,
  owner: null,
  definite: false,
  gender: null,
  plural: false,
  speaker: false,
  pronoun: null,
  descriptor: null,
  reading: null,
} satisfies Omit<Mention, LoneNameField>);

export function loneNameMention(
  kind: MentionKind,
  span: Span,
  sentence: number,
  name: string,
  nameWords: readonly string[],
  country: string | null,
  countrySpan: Span | null,
  key: string,
): Mention {
  return new LoneNameMention(kind, span, sentence, name, nameWords, country, countrySpan, key);
}
