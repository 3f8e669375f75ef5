import type { SpeakerType, TextSpan } from '../core/schema.js';

/** One entity that speaks in the article: a person, institution, country or anonymous source. */
export interface SpeakerEntity {
  id: string;
  /** The fullest name the article gives ("Ingrid Solberg"), or the phrase as written for institutions. */
  name: string;
  type: SpeakerType;
  /** Office or function without the country adjective and the name ("Foreign Minister"). */
  role: string | null;
  /** Where the role was read. */
  roleSpan: TextSpan | null;
  /** English short country name, or a supranational body ("European Union", "NATO"). */
  country: string | null;
  /** Where the country was read (demonym, possessive, "of X", the name itself). */
  countrySpan: TextSpan | null;
  /** Other forms of the name used in the article ("Solberg", "Kovalenko"). */
  aliases: string[];
  /** Every mention resolved to this entity, pronouns and titles included. */
  mentions: TextSpan[];
}
