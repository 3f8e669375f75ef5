import { describe, expect, it } from 'vitest';
import type { EntityDraft } from '../../src/speakers/entity-draft.js';
import type { Mention } from '../../src/speakers/mention.js';
import { RecentPlacements, type PlacedMention } from '../../src/speakers/pronouns.js';

const entity: EntityDraft = { type: 'person', mentions: [], gender: null, plural: false };

function placed(name: string, sentence: number, start: number, kind: Mention['kind'] = 'person'): PlacedMention {
  return { mention: { kind, name, sentence, span: { start, end: start + name.length } } as Mention, entity };
}

const names = (list: readonly PlacedMention[] | undefined): string[] => (list ?? []).map((entry) => entry.mention.name);

describe('RecentPlacements', () => {
  it.each<[string, PlacedMention[], string[]]>([
    ['in the order added', [placed('Ana', 0, 0), placed('she', 0, 10, 'pronoun'), placed('Ben', 0, 20)], ['Ana', 'she', 'Ben']],
    // A pronoun placed before a mention of the same start still lists after it, as a sort by start would keep it.
    ['a pronoun after a mention of its start', [placed('Ana', 0, 0), placed('he', 0, 10, 'pronoun'), placed('Hebe', 0, 10)], ['Ana', 'Hebe', 'he']],
    ['pronouns of one start in the order added', [placed('he', 0, 4, 'pronoun'), placed('him', 0, 4, 'pronoun')], ['he', 'him']],
  ])('lists a sentence’s placed mentions by start (%s)', (_name, added, expected) => {
    const recent = new RecentPlacements();
    for (const entry of added) recent.add(entry);
    expect(names(recent.get(0))).toEqual(expected);
  });

  it('keeps the sentences a pronoun can still reach and drops those further back', () => {
    const recent = new RecentPlacements();
    recent.add(placed('Ana', 0, 0));
    recent.add(placed('Ben', 3, 100));
    recent.add(placed('Cy', 16, 900));
    expect(names(recent.get(0))).toEqual(['Ana']);
    recent.add(placed('Di', 17, 950));
    expect(recent.get(0)).toBeUndefined();
    expect(names(recent.get(3))).toEqual(['Ben']);
    expect(names(recent.get(17))).toEqual(['Di']);
    expect(recent.get(5)).toBeUndefined();
  });
});
