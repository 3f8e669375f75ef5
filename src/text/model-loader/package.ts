import englishModel from 'wink-eng-lite-web-model';
import type { Model } from 'wink-nlp';
import { taggingModel } from './tagging-model.js';

/**
 * The model through the package's public import, for every runtime but plain Node (`./files.js`): a bundler follows
 * the import and packs the model's data into the bundle, so a browser page or a bundled function needs no files
 * beside it.
 */
export function loadTaggingModel(): Model {
  return taggingModel(englishModel);
}
