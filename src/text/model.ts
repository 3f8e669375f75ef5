import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import winkNLP, { type Model } from 'wink-nlp';
import { ClaimexError } from '../core/errors.js';

export type WinkNlp = ReturnType<typeof winkNLP>;

const MODEL_DIST = 'wink-eng-lite-web-model/dist/';
const CORE_MODEL_JSON = `${MODEL_DIST}languages/cur/models/eng-core-web-model.json`;

/** The core model as wink-nlp reads it (the shape `wink-eng-lite-web-model`'s own core loader returns). */
export interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
  pos: { hash: Record<string, number> };
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  [part: string]: unknown;
}

const requireFromHere = createRequire(import.meta.url);

/** Field 3 of a feature's packing layout: 0 when the feature's values are a list looked up through a hash. */
const LISTED = 0;
/** Field 4 of a feature's packing layout: 1 when the feature is extracted from out-of-vocabulary tokens. */
const EXTRACTABLE = 1;

function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

function indexOf(list: unknown[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
  return hash;
}

/**
 * The core model read the way the model package's own loader reads it, minus two costs of a process's first
 * article: the package keeps the parsed JSON for the life of the process and deep-copies it per instance (claimex
 * makes one instance, so it parses the file once and keeps only the result), and it decodes the base64 lexicon a
 * character at a time. A test holds the result equal to the package's loader.
 */
export function readCoreModel(): CoreModel {
  const model = JSON.parse(readFileSync(requireFromHere.resolve(CORE_MODEL_JSON), 'utf8')) as CoreModel;
  const { packing, features } = model;
  model.lexicon = words(model.lexicon as unknown as string);
  model.xpansions = words(model.xpansions as unknown as string);
  packing.efList = [];
  for (const name in packing.layout) {
    const layout = packing.layout[name]!;
    const feature = features[name]!;
    if (layout[3] === LISTED) {
      feature.hash = indexOf(feature.list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === EXTRACTABLE) packing.efList.push(name);
  }
  const lexeme = features.lexeme!;
  lexeme.hash = indexOf(lexeme.list);
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => model.pos.hash[tag] || 0));
  }
  return model;
}

/** An automaton that recognises nothing, in the JSON form wink's `importJSON` reads. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/**
 * wink's English model assembled for part-of-speech tagging. wink loads every part of a model whatever the pipe
 * asks for; the entity, negation and sentiment parts (~600 KB of JSON compiled into automata) give way to machines
 * that recognise nothing, since claimex never runs them. Tokens, tags and normals equal the full model's (tested).
 */
export function taggingModel(): Model {
  const load = (part: string): unknown => requireFromHere(`${MODEL_DIST}${part}`);
  return {
    core: readCoreModel,
    sbd: load('load-sbd-model.js'),
    pos: load('load-pos-model.js'),
    featureFn: load('feature.js'),
    ner: () => ({ machines: [], transformers: [] }),
    negation: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    metaCER: () => ({ machines: EMPTY_MACHINE, transformers: [] }),
    addons: {},
  };
}

/**
 * wink adds every word it has not met to its model for the life of the instance (~90 bytes each): a pipeline
 * reading news for days would grow without bound on names and numbers. Past this many, the instance is replaced
 * by a fresh one, which costs one model load (~90 ms) per ~18 MB learnt; tags do not depend on what was learnt.
 */
export const UNSEEN_WORD_LIMIT = 200_000;

interface Tagger {
  reader: WinkNlp;
  /** The model's lexeme list, which wink grows with every unseen word. */
  lexemes: unknown[];
  intrinsicLexemes: number;
}

let shared: Tagger | undefined;

function loadTagger(): Tagger {
  let core: CoreModel | undefined;
  try {
    const reader = winkNLP({ ...taggingModel(), core: () => (core = readCoreModel()) }, ['pos']);
    const lexemes = core!.features.lexeme!.list;
    return { reader, lexemes, intrinsicLexemes: lexemes.length };
  } catch (cause) {
    throw new ClaimexError('MODEL_LOAD_FAILED', 'could not load the wink-nlp English model', undefined, { cause });
  }
}

/**
 * The wink-nlp instance, created on first use and shared by every call. It tags parts of speech only; sentence
 * bounds come from `sentenceBounds`, a quarter of wink's reading time cheaper.
 */
export function nlp(unseenWordLimit = UNSEEN_WORD_LIMIT): WinkNlp {
  if (shared === undefined || shared.lexemes.length - shared.intrinsicLexemes > unseenWordLimit) shared = loadTagger();
  return shared.reader;
}
