import type { SpeakerEntity } from '../../speakers/types.js';
import type { OutletLexicon } from '../../lang/en/outlets.js';
import { opensBeforeName } from '../../lang/en/words.js';

const WORD_BEFORE = /(?<![\p{L}\p{M}.])([\p{L}\p{M}.]+)[ \t]+$/u;
const FIRST_NAME = /^\p{Lu}\p{Ll}+$/u;
const LOOKBACK = 40;

/**
 * Whether a single capitalised word names a person in this article: a person speaker bears it, or somewhere a
 * title or a first name stands right before it ("President Macron", "Michael Bloomberg"). Memoised per article.
 */
export function createPersonCheck(
  raw: string,
  speakers: readonly (SpeakerEntity | null)[],
  lexicon: OutletLexicon,
  isPlace: (name: string) => boolean,
): (word: string) => boolean {
  const speakerWords = new Set<string>();
  // Drafts share their speaker's entity: each is read once.
  for (const speaker of new Set(speakers)) {
    if (speaker?.type !== 'person') continue;
    for (const name of [speaker.name, ...speaker.aliases]) for (const word of name.split(/\s+/)) speakerWords.add(word);
  }
  const memo = new Map<string, boolean>();
  const precededByPersonWord = (word: string): boolean => {
    for (let at = raw.indexOf(word); at !== -1; at = raw.indexOf(word, at + word.length)) {
      const before = WORD_BEFORE.exec(raw.slice(Math.max(0, at - LOOKBACK), at));
      const previous = before?.[1];
      if (previous === undefined) continue;
      if (lexicon.titleWords.includes(previous)) return true;
      const isFirstName =
        FIRST_NAME.test(previous) &&
        !opensBeforeName(previous) &&
        !lexicon.nameWords.includes(previous) &&
        !lexicon.foreignArticles.includes(previous) &&
        !isPlace(previous);
      if (isFirstName) return true;
    }
    return false;
  };
  return (word) => {
    let known = memo.get(word);
    if (known === undefined) {
      known = speakerWords.has(word) || precededByPersonWord(word);
      memo.set(word, known);
    }
    return known;
  };
}
