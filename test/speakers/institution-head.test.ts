import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { resolve } from './helpers.js';

describe('a body named again by its head noun ("the fund", "the ministry")', () => {
  it.each<[string, string, string]>([
    ['The Global Relief Fund cut its forecast.\nGrowth will slow, the fund said.', 'the fund', 'Global Relief Fund'],
    ['Ruritania’s Foreign Ministry summoned the envoy.\nThe ministry said the visit was a provocation.', 'The ministry', 'Ruritania’s Foreign Ministry'],
    ['The Labor Department issued the rule in May.\nThe department said nine million workers would benefit.', 'The department', 'Labor Department'],
    ['The Department of Harbours issued the rule in May.\nThe department said ferries would run.', 'The department', 'Department of Harbours'],
    ['The Supreme Court heard the case on Monday.\nThe court said the law must change.', 'The court', 'Supreme Court'],
    ['The Lakeside Budget Office published its figures.\nThe budget office said deficits would rise.', 'The budget office', 'Lakeside Budget Office'],
    // The latest body so named is meant.
    ['The Northern Party met first, then the Coastal Party.\nThe party says turnout was high.', 'The party', 'Coastal Party'],
  ])('%s', (text, phrase, name) => {
    const { speakers } = resolve(text, [phrase]);
    expect(speakers[0]?.name).toBe(name);
  });

  it.each<[string, string, string]>([
    // Nothing so named before, a body named only after, or a modifier the name lacks: the phrase stays as written.
    ['The union said the strike would go on.', 'The union', 'union'],
    ['The ministry said the visit was a provocation.\nThe Ruritanian Foreign Ministry later agreed.', 'The ministry', 'ministry'],
    ['The Supreme Court heard the case.\nThe appeals court said the law must change.', 'The appeals court', 'appeals court'],
    ['The Harbour Trust met on Monday.\nThe fund said the pier would close.', 'The fund', 'fund'],
  ])('leaves it alone when no body was named so before: %s', (text, phrase, name) => {
    const { speakers } = resolve(text, [phrase]);
    expect(speakers[0]?.name).toBe(name);
  });

  it('names the rule on the claim', async () => {
    const { claims } = await extractClaims('The Global Relief Fund cut its forecast.\n\nGrowth will slow, the fund said.');
    expect(claims[0]?.speaker).toBe('Global Relief Fund');
    expect(claims[0]?.rules).toContain('speakers/institution-head');
  });
});
