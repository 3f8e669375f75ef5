import type { Span } from '../../core/schema.js';
import type { Sentence } from '../../text/analyse.js';
import { coreTokens, isAcronym, isOutletName, type NameEvidence } from './classify.js';
import type { OutletLexicon } from '../../lang/en/outlets.js';
import type { NameCandidate, NameReader } from './name.js';
import { compileKeywordGate, type KeywordGate } from './keyword-gate.js';
import type { OutletSlot } from './slots.js';
import { NOT_INITIALS } from '../../lang/en/grammar.js';

/** An outlet credited somewhere in the article. */
export interface OutletMention {
  /** The outlet's name, abbreviations expanded and a head-noun reference ("the newspaper") resolved. */
  name: string;
  /** Raw span where the outlet was read. */
  span: Span;
  /** Id of the slot that credits it. */
  slot: string;
  original: boolean;
  sentence: number;
}

interface Found {
  slot: OutletSlot;
  candidate: NameCandidate;
  sentence: number;
}

export interface RegistryInput {
  raw: string;
  sentences: readonly Sentence[];
  slots: readonly OutletSlot[];
  reader: NameReader;
  lexicon: OutletLexicon;
  isPerson(word: string): boolean;
  isPlace(name: string): boolean;
  /** The slots' keyword gate, compiled once by the caller that reads many articles; compiled here when left out. */
  gate?: KeywordGate;
}

/**
 * Every outlet credit of the article, in text order. Two passes: names in strong slots first, so that a weak
 * slot ("according to X") accepts a name the article credits plainly elsewhere.
 */
export function findOutletMentions(input: RegistryInput): OutletMention[] {
  const found = collectCandidates(input);
  const strongNames = new Set<string>();
  const noEvidence: NameEvidence = { creditedElsewhere: () => false, isPerson: input.isPerson, isPlace: input.isPlace };
  for (const { slot, candidate } of found) {
    if (slot.strength === 'strong' && candidate.name && isOutletName(candidate, 'strong', input.lexicon, noEvidence)) {
      strongNames.add(coreTokens(candidate).join(' '));
    }
  }
  const evidence: NameEvidence = { ...noEvidence, creditedElsewhere: (name) => strongNames.has(name) };

  const accepted: Array<{ found: Found; name: string | null }> = [];
  for (const item of found) {
    const { candidate, slot } = item;
    if (!candidate.name) {
      if (candidate.definite) accepted.push({ found: item, name: null });
    } else if (isOutletName(candidate, slot.strength, input.lexicon, evidence)) {
      accepted.push({ found: item, name: candidate.name });
    } else if (isAcronym(coreTokens(candidate).join(' '))) {
      // An abbreviation in any slot is kept for expansion; without a matching full name it is dropped below.
      accepted.push({ found: item, name: candidate.name });
    }
  }

  const fullNames = indexFullNames(accepted.flatMap(({ name }) => (name && !isAcronym(stripThe(name)) ? [name] : [])));
  const mentions: OutletMention[] = [];
  for (const { found: item, name } of accepted) {
    const { candidate, slot, sentence } = item;
    let resolved: string | null;
    if (name === null) resolved = latestBefore(mentions, candidate.span.start);
    else if (isAcronym(stripThe(name))) resolved = expandAcronym(stripThe(name), fullNames) ?? (isOutletName(candidate, slot.strength, input.lexicon, evidence) ? name : null);
    else resolved = preferCapitalThe(name, fullNames);
    if (resolved) mentions.push({ name: resolved, span: candidate.span, slot: slot.id, original: slot.original, sentence });
  }
  return mentions;
}

/**
 * Each slot's trigger over the sentences that hold one of its keywords. A trigger reads its sentence with the
 * one character before it, as a scan of the whole text would see it there; a hit before the sentence start
 * counts for no sentence.
 */
function collectCandidates(input: RegistryInput): Found[] {
  const { raw, reader } = input;
  const sentencesBySlot = (input.gate ?? compileKeywordGate(input.slots))(input.sentences);
  const found: Found[] = [];
  input.slots.forEach((slot, position) => {
    for (const sentence of sentencesBySlot[position]!) {
      const from = Math.max(0, sentence.start - 1);
      for (const match of raw.slice(from, sentence.end).matchAll(slot.trigger)) {
        const triggerStart = from + match.index;
        if (triggerStart < sentence.start) continue;
        const triggerEnd = triggerStart + match[0].length;
        const candidate =
          slot.read === 'after'
            ? reader.after(raw, triggerEnd, sentence.end)
            : reader.before(raw, sentence.start, triggerStart);
        if (!candidate) continue;
        if (slot.requires && !slot.requires.test(raw.slice(candidate.span.end, sentence.end))) continue;
        found.push({ slot, candidate, sentence: sentence.index });
      }
    }
  });
  return found.sort((a, b) => a.candidate.span.start - b.candidate.span.start);
}

function stripThe(name: string): string {
  return name.startsWith('The ') ? name.slice(4) : name;
}

/**
 * The article's full outlet names, looked up by their initials and by name: every abbreviation and every name was
 * compared with every full name before, which grew with the square of the credits in a long article.
 */
export interface FullNames {
  /** Initials of the significant words → the first name written with them. */
  byInitials: ReadonlyMap<string, string>;
  names: ReadonlySet<string>;
}

export function indexFullNames(names: readonly string[]): FullNames {
  const byInitials = new Map<string, string>();
  for (const name of names) {
    const words = name.split(/\s+/).filter((word) => !NOT_INITIALS.has(word));
    if (words.some((word) => word === '')) continue;
    const initials = words.map((word) => word[0]).join('');
    if (!byInitials.has(initials)) byInitials.set(initials, name);
  }
  return { byInitials, names: new Set(names) };
}

/** "FT" → "Financial Times" when the article names an outlet whose initials match. */
export function expandAcronym(acronym: string, names: FullNames): string | null {
  return names.byInitials.get(acronym.replace(/\./g, '')) ?? null;
}

/** "the Telegraph" is "The Telegraph" when the article writes the capitalised form elsewhere. */
function preferCapitalThe(name: string, names: FullNames): string {
  if (name.startsWith('The ')) return name;
  return names.names.has(`The ${name}`) ? `The ${name}` : name;
}

function latestBefore(mentions: readonly OutletMention[], offset: number): string | null {
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i]!.span.start < offset) return mentions[i]!.name;
  return null;
}
