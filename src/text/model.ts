import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ClaimexError } from '../errors.js';

export type WinkNlp = ReturnType<typeof winkNLP>;

let shared: WinkNlp | undefined;

/**
 * The wink-nlp instance, created on first use and shared by every call: loading costs ~130 ms and ~40 MB. It tags
 * parts of speech only; sentence bounds come from `sentenceBounds`, a quarter of wink's reading time cheaper.
 */
export function nlp(): WinkNlp {
  if (shared === undefined) {
    try {
      shared = winkNLP(model, ['pos']);
    } catch (cause) {
      throw new ClaimexError('MODEL_LOAD_FAILED', 'could not load the wink-nlp English model', undefined, { cause });
    }
  }
  return shared;
}
