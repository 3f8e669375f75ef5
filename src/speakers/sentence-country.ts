import { placeReferences } from '../gazetteer/country.js';
import type { Span } from '../core/schema.js';
import type { Sentence } from '../text/analyse.js';
import type { EntityDraft } from './entity-draft.js';
import { mentionWith, type Mention } from './mention.js';
import { PLACE_TARGET_PREPOSITIONS } from '../lang/en/grammar.js';

/**
 * An office holder or institution whose own phrase names no country speaks, in news, for the country its
 * sentence is about: "Foreign Minister Jane Roe said Ruritania is ready" → Ruritania. The first place the
 * speaker's sentence names counts, unless it stands inside another name ("Russian President X") or is a
 * destination ("troops to Ukraine"). Only for entities with an office or institution, never for bare names.
 */
export function countryFromSentence(
  entity: EntityDraft,
  sentences: readonly Sentence[],
  insideOtherName: (sentence: number, span: Span) => boolean,
): Mention | null {
  const officeHolder =
    entity.type === 'organization'
      ? entity.mentions.some((mention) => mention.kind === 'institution')
      : entity.type === 'person' && entity.mentions.some((mention) => mention.roleStrength === 2);
  if (!officeHolder) return null;
  for (const mention of entity.mentions) {
    if (!mention.speaker) continue;
    const sentence = sentences[mention.sentence];
    if (sentence === undefined) continue;
    for (const place of placeReferences(sentence.tokens)) {
      if (place.kind === 'body' || place.kind === 'seat') continue;
      if (PLACE_TARGET_PREPOSITIONS.has(sentence.tokens[place.first - 1]?.normal ?? '')) continue;
      if (insideOtherName(sentence.index, place.span)) continue;
      if (mention.span.start <= place.span.start && place.span.end <= mention.span.end) continue;
      return mentionWith(mention, { country: place.country, countrySpan: place.span });
    }
  }
  return null;
}
