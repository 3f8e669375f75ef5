import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Model } from 'wink-nlp';
import { taggingModel, type CoreModel } from './tagging-model.js';

/**
 * The model for Node without a bundler: read from the installed package's files, faster on a cold start than the
 * package's public import (below). Bundles and browsers get `./package.js` through the `#model-loader` conditions in
 * package.json, since these paths exist only beside an installed package.
 */
const MODEL_DIST = 'wink-eng-lite-web-model/dist/';
const CORE_MODEL_JSON = `${MODEL_DIST}languages/cur/models/eng-core-web-model.json`;

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

/** The tagging model with its core read from the package's files. */
export function loadTaggingModel(): Model {
  const load = (part: string): any => requireFromHere(`${MODEL_DIST}${part}`);
  return taggingModel({
    core: readCoreModel as Model['core'],
    sbd: load('load-sbd-model.js'),
    pos: load('load-pos-model.js'),
    featureFn: load('feature.js'),
  });
}
