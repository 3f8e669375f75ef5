import type { Topic } from '../../core/schema.js';

/**
 * Named topic presets for stance. A topic is `{ name, terms, cues? }`:
 *
 * - `terms` mark a claim as being about the topic. Write each as the shortest form that still names the topic;
 *   matching is case-insensitive and follows inflection ("deploy" also finds "deployed", "deployment";
 *   "troops" also finds "troop"). A multiword term ("military presence") matches as a phrase, and its last word
 *   also matches after another modifier ("European presence"), so list the head noun's usual modifier once
 *   rather than every variant. Avoid bare words that are common outside the topic ("force", "deal").
 * - `cues` add topic-specific stance words to the general lexicons: `support` and `oppose` for words that only
 *   carry a position in this topic ("boots on the ground" is not one: it is a term), `conditional` for
 *   topic-specific condition frames ("after a peace deal").
 *
 * Pass one as `extractClaims(raw, { topic: topics.foreignTroopsUkraine })`, or your own object of the same shape.
 */
export const topics: { readonly foreignTroopsUkraine: Topic } = {
  /** Sending foreign (Western, European, NATO-country) troops or a peacekeeping/reassurance force to Ukraine. */
  foreignTroopsUkraine: {
    name: 'foreign troops in Ukraine',
    terms: [
      'troops',
      'peacekeeping',
      'peacekeepers',
      'contingent',
      'reassurance force',
      'deploy',
      'boots on the ground',
      'military presence',
      'trainers',
      'instructors',
      'soldiers',
    ],
  },
};

export type TopicPresetName = keyof typeof topics;
