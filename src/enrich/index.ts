import { dateRefiner } from './date.js';
import { restatementRefiner } from './restatement.js';
import { sourceRefiner } from './source.js';
import { stanceRefiner } from './stance/index.js';
import type { Refiner } from './types.js';
import { markShipped } from '../core/rule-output.js';

/** The refiners in the order they run; clone and extend through the `refiners` option. */
export const defaultRefiners: readonly Refiner[] = markShipped([restatementRefiner, dateRefiner, sourceRefiner, stanceRefiner]);
