/** Shape features of one trimmed line (the jusText inputs plus news-specific marks). */
export interface LineFeatures {
  chars: number;
  /** White-space separated tokens. */
  words: number;
  /** Share of alphabetic words that are function words. */
  stopRatio: number;
  /** Share of alphabetic words that start with a capital: high in headlines and menus, low in prose. */
  capitalisedRatio: number;
  /** The line ends like a sentence: . ! ? … optionally followed by closing quotes or brackets. */
  endsSentence: boolean;
  /** A sentence ends somewhere inside the line (". " before more text). */
  innerSentence: boolean;
  hasQuote: boolean;
  /** Starts with a list bullet ("- ", "• ", "— ", "* "). */
  bullet: boolean;
  /** Starts like a title or sentence: an upper-case letter, a digit or an opening quote. */
  startsUpper: boolean;
  /** Share of letters that are upper case. */
  upperRatio: number;
  /** Share of characters that are digits. */
  digitRatio: number;
  /** Share of characters that are letters of any script. */
  letterRatio: number;
  /** Letters outside Latin script are the majority. */
  nonLatin: boolean;
}

const ENDS_SENTENCE = /[.!?…](?:["”’'»)\]]{0,3})$/;
const INNER_SENTENCE = /[a-z\d)"”’][.!?]["”’]? +["“‘]?\p{Lu}/u;
const QUOTE_MARK = /["“”«»„]|(?:^|[\s(])‘|’(?=[\s,.;:!?)]|$)/;
const BULLET = /^(?:[-–—•*·▪►»]\s|\d{1,2}[.)]\s(?=\D))/;
const STARTS_UPPER = /^[\p{Lu}\d"“‘'«„(\[]/u;
const WORD = /[\p{L}’']+/gu;
const SPACE_RUN = /\s+/g;
const LETTER = /\p{L}/u;
/** Lines longer than this are prose or garbage; their word statistics are read from a prefix to stay linear and cheap. */
const SAMPLE = 4000;

export function lineFeatures(text: string, stopWords: ReadonlySet<string>): LineFeatures {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let letters = 0;
  let upper = 0;
  let digits = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      letters++;
      latin++;
      if (code <= 90) upper++;
    } else if (code >= 0xc0 && code <= 0x24f) {
      letters++;
      latin++;
      if (sample[i] !== sample[i]!.toLowerCase()) upper++;
    } else if (code > 0x24f && LETTER.test(sample[i]!)) {
      letters++;
      if (sample[i] !== sample[i]!.toLowerCase()) upper++;
    }
  }
  let alphaWords = 0;
  let stops = 0;
  let capitalised = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sample); match; match = WORD.exec(sample)) {
    alphaWords++;
    const word = match[0];
    if (stopWords.has(word.toLowerCase())) stops++;
    if (word[0] !== word[0]!.toLowerCase()) capitalised++;
  }
  SPACE_RUN.lastIndex = 0;
  let spaces = 0;
  while (SPACE_RUN.exec(sample)) spaces++;
  const scale = text.length / sample.length;
  return {
    chars: text.length,
    words: Math.round((spaces + 1) * scale),
    stopRatio: alphaWords === 0 ? 0 : stops / alphaWords,
    capitalisedRatio: alphaWords === 0 ? 0 : capitalised / alphaWords,
    endsSentence: ENDS_SENTENCE.test(text.slice(-8)),
    innerSentence: INNER_SENTENCE.test(sample),
    hasQuote: QUOTE_MARK.test(sample),
    bullet: BULLET.test(text),
    startsUpper: STARTS_UPPER.test(text),
    upperRatio: letters === 0 ? 0 : upper / letters,
    digitRatio: sample.length === 0 ? 0 : digits / sample.length,
    letterRatio: sample.length === 0 ? 0 : letters / sample.length,
    nonLatin: letters > 0 && latin / letters < 0.5,
  };
}
