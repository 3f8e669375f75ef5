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
 * suffixes and shapes of unseen words.
 */
interface LearningTable {
  list: unknown[];
  hash: Record<string, number>;
  index: number;
}

/** The methods of wink's per-instance lexeme cache (wink-nlp's cache.js) that claimex wraps or reads. */
interface LexemeCache {
  add(text: string, category: number): number;
  lookup(text: string): number[] | null;
  property(index: number, name: string): unknown;
}

interface Tagger {
  reader: WinkNlp;
  lexemes: LearningTable;
  /** Lexemes known once loaded. */
  knownLexemes: number;
  /** Lexemes from this index on were learnt from the current document. */
  documentStart: number;
  /** Lexemes learnt from earlier documents that the current document has used. */
  reused: Set<number>;
  /** The other learning tables, each with its size once loaded. */
  features: Array<{ table: LearningTable; known: number }>;
  /** The text wink's own lookup last found in no table during the current document (see `keepDocumentsApart`). */
  absent: string | null;
  /** The text wink's own lookup last found hidden (learnt from an earlier document), and its lexeme index. */
  hidden: string | null;
  hiddenIndex: number;
}

/**
 * wink keeps every word it learns (~90 bytes each): a pipeline reading news for days would grow without bound on
 * names and numbers. Past this many, the instance is replaced by a fresh one, which costs one model load (~100 ms)
 * per ~18 MB learnt and changes no result, since no document sees another's words.
 */
const UNSEEN_WORD_LIMIT = 200_000;

/** A text wink has never met, read once at load so that wink hands its lexeme cache to the feature functions. */
const UNSEEN_PROBE = '\uE000claimex';

let shared: Tagger | undefined;

function loadTagger(): Tagger {
  let core: CoreModel | undefined;
  let cache: LexemeCache | undefined;
  try {
    const model = loadTaggingModel();
    // wink's types leave the core model and the feature functions opaque; claimex reaches into both.
    const readCore = model.core as unknown as () => CoreModel;
    const readFeatures = model.featureFn as unknown as (config: unknown) => Record<string, (text: string, category: number, cache: LexemeCache) => unknown>;
    const featureFn = (config: unknown) => {
      const features = readFeatures(config);
      const pos = features.pos!;
      features.pos = (text, category, lexemeCache) => pos(text, category, (cache = lexemeCache));
      return features;
    };
    const reader = winkNLP({ ...model, core: (() => (core = readCore())) as unknown as Model['core'], featureFn: featureFn as unknown as Model['featureFn'] }, ['pos']);
    const lexemes = core!.features.lexeme as LearningTable;
    const features: Tagger['features'] = [];
    for (const name in core!.features) {
      const table = core!.features[name]!;
      if (table !== lexemes && table.hash !== undefined) features.push({ table: table as LearningTable, known: table.list.length });
    }
    const tagger: Tagger = { reader, lexemes, knownLexemes: lexemes.list.length, documentStart: lexemes.list.length, reused: new Set(), features, absent: null, hidden: null, hiddenIndex: -1 };
    reader.readDoc(UNSEEN_PROBE);
    dropLearntFeatures(tagger);
    if (cache === undefined) throw new Error('wink did not hand its lexeme cache to the part-of-speech feature');
    keepDocumentsApart(tagger, cache, core!.features.tokenType!.list);
    return tagger;
  } catch (cause) {
    throw new ClaimexError('MODEL_LOAD_FAILED', 'could not load the wink-nlp English model', undefined, { cause });
  }
}

/**
 * wink's tokenizer asks the lexeme cache whether a piece of text is a known word, and the cache knows every word
 * learnt since load: after one document held "Smith's" glued to a closing mark (learnt whole), another's
 * "Smith's aides" stayed one token instead of "Smith" + "'s", and a speaker lost a mention. So a word learnt from
 * an earlier document stays hidden from the tokenizer until the current document adds it, as a fresh instance
 * would; wink's row of features for it is then reused (the features are a function of the text and its kind of
 * token), or made again when the word comes back as another kind of token.
 */
function keepDocumentsApart(tagger: Tagger, cache: LexemeCache, tokenTypes: unknown[]): void {
  const { hash } = tagger.lexemes;
  const { add, lookup } = cache;
  const visible = (index: number): boolean => index < tagger.knownLexemes || index >= tagger.documentStart || tagger.reused.has(index);
  const bringIn = (text: string, category: number, index: number | undefined = hash[text]): void => {
    if (index === undefined || visible(index)) return;
    if (cache.property(index, 'tokenType') === tokenTypes[category]) tagger.reused.add(index);
    else delete hash[text];
  };
  cache.lookup = (text) => {
    // One hash probe: wink's answer holds a plain word's index alone; a contraction, always a model word, comes back
    // as its expansions.
    const found = lookup(text);
    if (found === null) tagger.absent = text;
    if (found === null || found.length !== 1 || visible(found[0]!)) return found;
    tagger.hidden = text;
    tagger.hiddenIndex = found[0]!;
    return null;
  };
  cache.add = (text, category) => {
    // A new word is added right after wink's lookup found it nowhere: it is no hidden word of an earlier document (a
    // word added since has this document's index and is visible), so the probe, which pays to look the fresh string
    // up in V8's string table, is spared.
    // A hidden word is added right after wink's lookup found it: its index is known, and a second probe is spared.
    // Every add ends that, as an add may change the hash.
    if (text === tagger.hidden) bringIn(text, category, tagger.hiddenIndex);
    else if (text !== tagger.absent) bringIn(text, category);
    tagger.hidden = null;
    const normal = text.toLowerCase();
    if (normal !== text) bringIn(normal, category);
    return add(text, category);
  };
}

/**
 * The prefixes, suffixes and shapes learnt from a text go back out after it: their indices are packed into
 * bit fields without a bound check, so a table grown past its field by many documents would spill into the next
 * field (the part of speech among them). Only wink's `its.prefix`/`shape`/`suffix` read them later.
 */
function dropLearntFeatures(tagger: Tagger): void {
  for (const { table, known } of tagger.features) {
    for (let i = known; i < table.list.length; i++) delete table.hash[table.list[i] as string];
    table.list.length = known;
    table.index = known;
  }
}

/** The shared tagger, created on first use and replaced once it has learnt more words than the limit. */
function tagger(unseenWordLimit: number): Tagger {
  if (shared === undefined || shared.lexemes.list.length - shared.knownLexemes > unseenWordLimit) shared = loadTagger();
  shared.documentStart = shared.lexemes.list.length;
  shared.reused.clear();
  shared.absent = null;
  shared.hidden = null;
  return shared;
}

/**
 * Reads one document with the shared wink-nlp instance, handing `read` a function that tags one piece of it. The
 * pieces are read as one text would be: a word learnt from one piece is known to the next (a fresh instance reading
 * the whole text would know it), and nothing learnt from earlier documents is. Tokens, part-of-speech tags and
 * normals come back per piece; sentence bounds come from `sentenceBounds`, a quarter of wink's reading time cheaper.
 */
export function readDocument<T>(read: (tagPiece: (text: string) => WinkTokens) => T, unseenWordLimit = UNSEEN_WORD_LIMIT): T {
  const current = tagger(unseenWordLimit);
  const { its } = current.reader;
  return read((text) => {
    try {
      const tokens = current.reader.readDoc(text).tokens();
      return { values: tokens.out(its.value) as string[], tags: tokens.out(its.pos) as string[], normals: tokens.out(its.normal) as string[] };
    } finally {
      dropLearntFeatures(current);
    }
  });
}

/** Tokens, part-of-speech tags and normals of `text` read as one document, as a fresh instance would give them. */
export function tagText(text: string, unseenWordLimit = UNSEEN_WORD_LIMIT): WinkTokens {
  return readDocument((tagPiece) => tagPiece(text), unseenWordLimit);
}
