import { derivations, irregularVerbs } from '../../lang/en/stance/derivation.js';
import { UNINFLECTED_WORDS } from '../../lang/en/grammar.js';

const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(irregularVerbs));
const VOWEL = /[aeiou]/;
/** Consonant-vowel-consonant ending whose last consonant doubles before -ed/-ing ("plan" → "planned"). */
const DOUBLING_END = /[^aeiou][aeiou][bdgklmnprt]$/;

/**
 * The base form, its regular inflections (-s, -es, -ed, -ing, -ies, doubled consonants) and its irregular past
 * forms ("sent", "withdrew"). Over-generation is harmless: the extra strings ("openned") are not words a text will
 * contain.
 */
export function wordForms(word: string): string[] {
  const base = word.toLowerCase();
  if (UNINFLECTED_WORDS.has(base) || base.length < 3) return [base];
  const forms = new Set<string>([base, `${base}s`, `${base}es`, `${base}ed`, `${base}ing`, ...(IRREGULAR.get(base) ?? [])]);
  const last = base[base.length - 1]!;
  if (last === 'e') {
    const stem = base.slice(0, -1);
    forms.add(`${base}d`).add(`${stem}ing`);
  } else if (last === 'y' && !VOWEL.test(base[base.length - 2]!)) {
    const stem = base.slice(0, -1);
    forms.add(`${stem}ies`).add(`${stem}ied`);
  } else if (DOUBLING_END.test(base)) {
    forms.add(`${base}${last}ed`).add(`${base}${last}ing`);
  }
  return [...forms];
}

/**
 * Forms of a topic term: the singular's inflections, the -ment nouns of verbs ("deploy" → "deployment"), and the
 * inflections of its derivational family ("peacekeeping" → "peacekeepers", "regulation" → "regulated").
 */
export function termForms(word: string): string[] {
  const base = singular(word.toLowerCase());
  const forms = new Set(wordForms(base));
  if (UNINFLECTED_WORDS.has(base)) return [...forms];
  forms.add(`${base}ment`).add(`${base}ments`);
  for (const related of derivedWords(base)) for (const form of wordForms(related)) forms.add(form);
  return [...forms];
}

const MIN_STEM = 4;

function derivedWords(base: string): string[] {
  for (const [suffix, replacements] of derivations) {
    if (!base.endsWith(suffix) || base.length - suffix.length < MIN_STEM) continue;
    const stem = base.slice(0, -suffix.length);
    return replacements.map((replacement) => singular(stem + replacement));
  }
  return [];
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** Splits a lexicon entry the way the tokenizer splits text: on spaces, with hyphens as words of their own. */
export function entryWords(entry: string): string[] {
  return entry
    .toLowerCase()
    .replace(/-/g, ' - ')
    .split(/\s+/)
    .filter((word) => word !== '');
}
