import type { SlotStrength } from './classify.js';

/**
 * A place in a sentence where an outlet is credited. `read: 'after'` takes the name after the trigger ("told the
 * FT"), `'before'` the name before it ("Politico reported"). `original` marks the outlet a report relies on
 * ("… reports referring to Die Welt"): it outranks the outlet that relays it. `requires` must follow the name.
 */
export interface OutletSlot {
  id: string;
  trigger: RegExp;
  read: 'after' | 'before';
  strength: SlotStrength;
  original: boolean;
  requires?: RegExp;
}

export const outletSlots: readonly OutletSlot[] = [
  { id: 'told', trigger: /\b(?:told|tells|telling)[ \t]+/g, read: 'after', strength: 'strong', original: false },
  {
    id: 'interview-with',
    trigger: /\binterviews?[ \t]+(?:with|to|for|given[ \t]+to|published[ \t]+(?:by|in)|in)[ \t]+/g,
    read: 'after',
    strength: 'strong',
    original: false,
  },
  {
    id: 'piece-in',
    trigger:
      /\b(?:article|report|op-ed|editorial|column|piece|story|comments?|remarks|statement|letter|post)[ \t]+(?:in|to|for)[ \t]+/g,
    read: 'after',
    strength: 'strong',
    original: false,
  },
  {
    id: 'speaking-to',
    trigger: /\b(?:speaking|talking|spoke|talked)[ \t]+(?:to|with)[ \t]+/g,
    read: 'after',
    strength: 'strong',
    original: false,
  },
  {
    id: 'reported-by',
    trigger: /\b(?:reported|cited|quoted|interviewed)[ \t]+by[ \t]+/g,
    read: 'after',
    strength: 'strong',
    original: false,
  },
  {
    id: 'question-from',
    trigger: /\b(?:in[ \t]+answer[ \t]+to|answering|responding[ \t]+to|in[ \t]+response[ \t]+to)[ \t]+/g,
    read: 'after',
    strength: 'strong',
    original: false,
    requires: /^(?:['’]s?)?[ \t]+(?:question|query|request|inquiry)/,
  },
  {
    id: 'referring-to',
    trigger: /\b(?:referring[ \t]+to|citing|with[ \t]+reference[ \t]+to|in[ \t]+reference[ \t]+to|quoting)[ \t]+/g,
    read: 'after',
    strength: 'weak',
    original: true,
  },
  { id: 'according-to', trigger: /\b[Aa]ccording[ \t]+to[ \t]+/g, read: 'after', strength: 'weak', original: false },
  { id: 'per', trigger: /(?:^|[ \t,(])per[ \t]+/g, read: 'after', strength: 'weak', original: false },
  {
    id: 'on-air',
    trigger: /\b(?:said|speaking|appearing|told[ \t]+\S+)[ \t]+on[ \t]+/g,
    read: 'after',
    strength: 'weak',
    original: false,
  },
  {
    id: 'outlet-reported',
    trigger: /[ \t]+(?:reported|reports|reporting|wrote|writes|published|publishes|said[ \t]+in[ \t]+(?:a|an|its)[ \t]+(?:report|article|editorial))\b/g,
    read: 'before',
    strength: 'weak',
    original: false,
  },
];
