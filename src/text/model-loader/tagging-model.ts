import type { Model } from 'wink-nlp';

/** The core model as wink-nlp reads it (the shape `wink-eng-lite-web-model`'s own core loader returns). */
export interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
  pos: { hash: Record<string, number> };
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  [part: string]: unknown;
}

/** An automaton that recognises nothing, in the JSON form wink's `importJSON` reads. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** The parts of wink's English model that part-of-speech tagging reads. */
export interface TaggingParts {
  core: Model['core'];
  sbd: Model['sbd'];
  pos: Model['pos'];
  featureFn: Model['featureFn'];
}

/**
 * wink's English model assembled for part-of-speech tagging. wink loads every part of a model whatever the pipe
 * asks for; the entity, negation and sentiment parts (~600 KB of JSON compiled into automata) give way to machines
 * that recognise nothing, since claimex never runs them. Tokens, tags and normals equal the full model's (tested).
 */
export function taggingModel(parts: TaggingParts): Model {
  return {
    core: parts.core,
    sbd: parts.sbd,
    pos: parts.pos,
    featureFn: parts.featureFn,
    ner: () => ({ machines: [], transformers: [] }),
    negation: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    metaCER: () => ({ machines: EMPTY_MACHINE, transformers: [] }),
    addons: {},
  };
}
