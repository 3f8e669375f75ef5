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
  /**
   * Words, as written, one of which every match of `trigger` holds whole: a sentence with none of them is not
   * searched, which spares most sentences the trigger. Leave out to search every sentence.
   */
  keywords?: readonly string[];
}

export const outletSlots: readonly OutletSlot[] = [
  {
    id: 'told',
    trigger: /\b(?:told|tells|telling)[ \t]+/g,
    read: 'after',
    strength: 'strong',
    original: false,
    keywords: ['told', 'tells', 'telling'],
  },
  {
    id: 'interview-with',
    trigger: /\binterviews?[ \t]+(?:with|to|for|given[ \t]+to|published[ \t]+(?:by|in)|in)[ \t]+/g,
    read: 'after',
    strength: 'strong',
    original: false,
    keywords: ['interview', 'interviews'],
  },
  {
    id: 'piece-in',
    trigger:
      /\b(?:article|report|op-ed|editorial|column|piece|story|comments?|remarks|statement|letter|post)[ \t]+(?:in|to|for)[ \t]+/g,
    read: 'after',
    strength: 'strong',
    original: false,
    keywords: ['article', 'report', 'op', 'editorial', 'column', 'piece', 'story', 'comment', 'comments', 'remarks', 'statement', 'letter', 'post'],
  },
  {
    id: 'speaking-to',
    // "Speaking to the Harbour Ledger, the mayor said …" opens its sentence.
    trigger: /\b(?:[Ss]peaking|[Tt]alking|spoke|talked)[ \t]+(?:to|with)[ \t]+/g,
    read: 'after',
    strength: 'strong',
    original: false,
    keywords: ['speaking', 'Speaking', 'talking', 'Talking', 'spoke', 'talked'],
  },
  {
    id: 'reported-by',
    trigger: /\b(?:reported|cited|quoted|interviewed)(?:[ \t]+as[ \t]+saying)?[ \t]+by[ \t]+/g,
    read: 'after',
    strength: 'strong',
    original: false,
    keywords: ['reported', 'cited', 'quoted', 'interviewed'],
  },
  {
    id: 'question-from',
    trigger: /\b(?:in[ \t]+answer[ \t]+to|answering|responding[ \t]+to|in[ \t]+response[ \t]+to)[ \t]+/g,
    read: 'after',
    strength: 'strong',
    original: false,
    requires: /^(?:['’]s?)?[ \t]+(?:question|query|request|inquiry)/,
    keywords: ['answer', 'answering', 'responding', 'response'],
  },
  {
    id: 'referring-to',
    trigger: /\b(?:referring[ \t]+to|citing|with[ \t]+reference[ \t]+to|in[ \t]+reference[ \t]+to|quoting)[ \t]+/g,
    read: 'after',
    strength: 'weak',
    original: true,
    keywords: ['referring', 'citing', 'reference', 'quoting'],
  },
  {
    id: 'according-to',
    trigger: /\b[Aa]ccording[ \t]+to[ \t]+/g,
    read: 'after',
    strength: 'weak',
    original: false,
    keywords: ['according', 'According'],
  },
  { id: 'per', trigger: /(?:^|[ \t,(])per[ \t]+/g, read: 'after', strength: 'weak', original: false, keywords: ['per'] },
  {
    id: 'on-air',
    // "Speaking on BBC Radio 4, the minister said …" opens its sentence, as "Speaking to" does.
    trigger: /\b(?:said|[Ss]peaking|[Aa]ppearing|told[ \t]+\S+)[ \t]+on[ \t]+/g,
    read: 'after',
    strength: 'weak',
    original: false,
    keywords: ['said', 'speaking', 'Speaking', 'appearing', 'Appearing', 'told'],
  },
  {
    id: 'outlet-reported',
    trigger: /(?<![ \t])[ \t]+(?:reported|reports|reporting|wrote|writes|published|publishes|said[ \t]+in[ \t]+(?:a|an|its)[ \t]+(?:report|article|editorial))\b/g,
    read: 'before',
    strength: 'weak',
    original: false,
    keywords: ['reported', 'reports', 'reporting', 'wrote', 'writes', 'published', 'publishes', 'said'],
  },
];
