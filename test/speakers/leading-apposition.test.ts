import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

describe('a title before a name set off by commas describes the name, in a sentence that reports nothing', () => {
  it.each<[string, string, string, string | null]>([
    ["Britain's foreign secretary, David Lammy, flew to Warsaw on Monday.", 'The foreign secretary said Britain would send more missiles.', 'foreign secretary', 'United Kingdom'],
    ['On Monday, the city\'s deputy mayor, Rosa Diaz, toured the flooded streets.', 'The deputy mayor said the pumps would be repaired by Friday.', 'deputy mayor', null],
    ["The union's general secretary, Tom Field, who led the strike, met the board.", 'Field said the members would vote again.', 'general secretary', null],
  ])('%s', (intro, report, role, country) => {
    const { claims } = extractClaims(`${intro}\n\n${report}`);
    expect(claims.map((claim) => [claim.role, claim.country])).toEqual([[role, country]]);
    expect(claims[0]!.speaker).toMatch(/^(?:David Lammy|Rosa Diaz|Tom Field)$/);
  });

  it.each([
    // a list of people, not an apposition
    ['At the meeting were the president, the vice president, Susan Reed, we were told.', 'Reed said the plan had failed.'],
    // a clause before the name
    ['After the vote was counted, Susan Reed, visibly tired, left the hall.', 'Reed said the plan had failed.'],
    // an honorific in the stretch belongs to another name
    ['Thanks to Ms. Lowe the committee chair, Susan Reed, signed the bill.', 'Reed said the plan had failed.'],
  ])('gives no role: %s', (intro, report) => {
    const { claims } = extractClaims(`${intro}\n\n${report}`);
    expect(claims.map((claim) => [claim.speaker, claim.role])).toEqual([['Susan Reed', null]]);
  });
});
