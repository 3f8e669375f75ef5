import type { Attribution } from '../attribution/types.js';
import type { Context } from '../context.js';
import type { Analysis } from '../text/analyse.js';
import type { SpeakerEntity } from './types.js';

export interface SpeakerResolution {
  entities: SpeakerEntity[];
  /** The entity each attribution's speaker resolves to, parallel to the attributions. */
  assignments: Array<SpeakerEntity | null>;
}

/** Placeholder until mention finding and coreference land. */
export function resolveSpeakers(_ctx: Context, _analysis: Analysis, attributions: readonly Attribution[]): SpeakerResolution {
  return { entities: [], assignments: attributions.map(() => null) };
}
