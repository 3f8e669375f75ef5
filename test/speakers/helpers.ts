import type { Attribution } from '../../src/attribution/types.js';
import { createContext } from '../../src/core/context.js';
import { resolveOptions } from '../../src/pipeline/options.js';
import type { Article, Span } from '../../src/core/schema.js';
import { resolveSpeakers } from '../../src/speakers/index.js';
import type { SpeakerEntity } from '../../src/speakers/types.js';
import { analyse, type Analysis, type Token } from '../../src/text/analyse.js';

const ARTICLE: Article = {
  title: null,
  publisher: null,
  published: null,
  provenance: { title: null, publisher: null, published: null },
};

/** Every non-blank line is a paragraph, as the cleaner hands them over. */
function lineBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    if (match[0].trim() !== '') blocks.push({ start: match.index, end: match.index + match[0].length });
  }
  return blocks;
}

export interface Resolved {
  entities: SpeakerEntity[];
  /** The resolved entity of each speaker phrase, in the order given. */
  speakers: Array<SpeakerEntity | null>;
}

/**
 * Resolves hand-written speaker phrases: each `[phrase, occurrence]` marks the n-th occurrence (0-based) of the
 * phrase in the text as an attribution's speaker, so the test reads like the article.
 */
export function resolve(text: string, phrases: ReadonlyArray<string | [string, number]>, cueLemma = 'say'): Resolved {
  const analysis = analyse(text, lineBlocks(text));
  const attributions = phrases.map((entry) => {
    const [phrase, occurrence] = typeof entry === 'string' ? [entry, 0] : entry;
    return attributionAt(analysis, spanOf(text, phrase, occurrence), cueLemma);
  });
  const ctx = createContext(text, ARTICLE);
  const { entities, assignments } = resolveSpeakers(ctx, analysis, attributions);
  return { entities, speakers: assignments };
}

function spanOf(text: string, phrase: string, occurrence: number): Span {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = text.indexOf(phrase, at + 1);
    if (at === -1) throw new Error(`"${phrase}" occurs fewer than ${occurrence + 1} times`);
  }
  return { start: at, end: at + phrase.length };
}

function attributionAt(analysis: Analysis, span: Span, cueLemma: string): Attribution {
  const sentence = analysis.sentences.find((candidate) => candidate.start <= span.start && span.end <= candidate.end);
  if (sentence === undefined) throw new Error(`no sentence holds ${span.start}-${span.end}`);
  return {
    rule: 'test',
    sentence,
    evidence: { start: sentence.start, end: sentence.end },
    quoteType: 'indirect',
    quoteSpans: [{ start: sentence.start, end: sentence.end }],
    cue: null,
    cueLemma,
    speaker: span,
    addressee: null,
  };
}

/** Tokens of a phrase as the analysis reads them, for the role and country readers. */
export function tokensOf(text: string): Token[] {
  return analyse(text, [{ start: 0, end: text.length }]).sentences.flatMap((sentence) => sentence.tokens);
}

/** name / type / role / country of an entity, for compact tables. */
export function summary(entity: SpeakerEntity | null): [string, string, string | null, string | null] | null {
  return entity === null ? null : [entity.name, entity.type, entity.role, entity.country];
}
