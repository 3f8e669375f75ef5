import type { ReportingCue } from '../../core/schema.js';
import { chromeLexicon, type ChromeLexicon } from './chrome.js';
import { reportingCues } from './cues.js';
import { defaultOutletLexicon, type OutletLexicon } from './outlets.js';
import { defaultSpeakerLexicon, type SpeakerLexicon } from './speakers.js';

/**
 * A language pack: the word lists every stage reads, in one value. The `language` option replaces any part of it
 * (`{ ...english.speakers, officeWords: [...] }` extends one list); each stage is handed only the parts it reads.
 */
export interface Language {
  /** Reporting verbs and phrases, with the frame each is read in (attribution). */
  cues: readonly ReportingCue[];
  /** The cleaner's vocabulary of page chrome (clean). */
  chrome: ChromeLexicon;
  /** Offices, honorifics, institution and anonymous-source words (speakers, and the role and country readers). */
  speakers: SpeakerLexicon;
  /** Words that name and describe news outlets (enrich: source). */
  outlets: OutletLexicon;
}

export const english: Language = {
  cues: reportingCues,
  chrome: chromeLexicon,
  speakers: defaultSpeakerLexicon,
  outlets: defaultOutletLexicon,
};
