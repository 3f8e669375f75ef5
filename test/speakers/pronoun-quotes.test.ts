import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

describe('pronoun speakers next to quotations', () => {
  it('takes no antecedent from the quotation the pronoun speaks, nor lets a long quotation use up the window', () => {
    const text = [
      'Harbour ban appealed',
      '',
      'Coach Tim Alder defended his captain on Sunday.',
      '',
      '"What they said about Ada Brun is wrong," he told reporters. "I was there. The referee saw it. Everyone saw it. Nobody believed the story. It was invented."',
      '',
      'He said the club would appeal the ban before the league meets again in the spring, whatever the cost.',
      '',
      'The league has not commented on the case, which has divided supporters of the club for weeks.',
      '',
    ].join('\n');
    const speakers = extractClaims(text).claims.map((claim) => claim.speaker);
    expect(speakers.length).toBeGreaterThanOrEqual(2);
    expect(new Set(speakers)).toEqual(new Set(['Tim Alder']));
  });
});
