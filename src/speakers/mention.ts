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
