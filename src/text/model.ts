import winkNLP, { type Model } from 'wink-nlp';
import { loadTaggingModel } from '#model-loader';
import { ClaimexError } from '../core/errors.js';
import type { CoreModel } from './model-loader/tagging-model.js';

type WinkNlp = ReturnType<typeof winkNLP>;

/** What claimex reads from wink for one text, token by token. */
export interface WinkTokens {
  values: string[];
  tags: string[];
  normals: string[];
}

/**
 * One of the core model's tables that wink extends with every value it has not met: the lexemes, and the prefixes,
 * suffixes and shapes of unseen words. wink's tokenizer asks the lexeme hash whether a piece of text is a known
 * word, so a word learnt from one document ("Smith's" glued to a closing mark, kept whole) would change how a later
 * document is cut into tokens and tagged.
 */
interface LearningTable {
  list: unknown[];
  hash: Record<string, number>;
  index: number;
}

interface Tagger {
  reader: WinkNlp;
  lexemes: LearningTable;
  /** Lexemes known once loaded: the model's words and those its automata added. */
  knownLexemes: number;
  /** Where the words learnt from the current document begin in the lexeme list. */
  learntFrom: number;
  /** The other learning tables, each with its size once loaded. */
  features: Array<{ table: LearningTable; known: number }>;
}

/**
 * wink keeps a row of features for every word it learns, out of reach, so a forgotten word still takes ~60 bytes.
 * Past this many, the instance is replaced by a fresh one: one model load (~100 ms) per ~2,500 news articles (~80
 * unseen words each). The fresh instance reads every text as the old one did, since neither keeps a word past its
 * document.
 */
const UNSEEN_WORD_LIMIT = 200_000;

let shared: Tagger | undefined;

function loadTagger(): Tagger {
  let core: CoreModel | undefined;
  try {
    const model = loadTaggingModel();
    // wink's types leave the core model opaque; claimex reaches into its learning tables.
    const readCore = model.core as unknown as () => CoreModel;
    const reader = winkNLP({ ...model, core: (() => (core = readCore())) as unknown as Model['core'] }, ['pos']);
    const lexemes = core!.features.lexeme as LearningTable;
    const features: Tagger['features'] = [];
    for (const name in core!.features) {
      const table = core!.features[name]!;
      if (table !== lexemes && table.hash !== undefined) features.push({ table: table as LearningTable, known: table.list.length });
    }
    return { reader, lexemes, knownLexemes: lexemes.list.length, learntFrom: lexemes.list.length, features };
  } catch (cause) {
    throw new ClaimexError('MODEL_LOAD_FAILED', 'could not load the wink-nlp English model', undefined, { cause });
  }
}

/**
 * Takes back what wink learnt from the last document, so that every document is read by the model as loaded. The
 * feature tables shrink back; the lexeme list cannot, since wink's hidden feature rows are numbered by it, so its
 * new words leave the hash and their strings are dropped.
 */
function forgetDocument(tagger: Tagger): void {
  const { list, hash } = tagger.lexemes;
  for (let i = tagger.learntFrom; i < list.length; i++) {
    delete hash[list[i] as string];
    list[i] = '';
  }
  tagger.learntFrom = list.length;
  for (const { table, known } of tagger.features) {
    for (let i = known; i < table.list.length; i++) delete table.hash[table.list[i] as string];
    table.list.length = known;
    table.index = known;
  }
}

/** The shared tagger, created on first use and replaced once it holds more forgotten words than the limit. */
function tagger(unseenWordLimit: number): Tagger {
  if (shared === undefined || shared.learntFrom - shared.knownLexemes > unseenWordLimit) shared = loadTagger();
  return shared;
}

/**
 * Tokens, part-of-speech tags and normals of `text` from the shared wink-nlp instance, as a fresh instance would
 * give them whatever was read before. Sentence bounds come from `sentenceBounds`, a quarter of wink's reading time
 * cheaper.
 */
export function tagText(text: string, unseenWordLimit = UNSEEN_WORD_LIMIT): WinkTokens {
  const current = tagger(unseenWordLimit);
  const { its } = current.reader;
  try {
    const tokens = current.reader.readDoc(text).tokens();
    return { values: tokens.out(its.value) as string[], tags: tokens.out(its.pos) as string[], normals: tokens.out(its.normal) as string[] };
  } finally {
    forgetDocument(current);
  }
}
