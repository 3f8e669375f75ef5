import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

describe('an office holder takes the country named in their sentence', () => {
  // Not when the place is part of another speaker's or an outlet's name.
  it.each([
    ['Mara Quist, the mayor, said in Ireland that the road would open soon.', 'Ireland'],
    ['Mara Quist, the mayor, said in Kenya that the road would open soon.', 'Kenya'],
    ['Mara Quist, the mayor, told the Irish Times that the road would open soon.', null],
    ['Mara Quist, the mayor, told Jon Kenya that the road would open soon.', null],
  ])('%s → %s', (text, country) => {
    const [claim] = extractClaims(text).claims;
    expect(claim!.speaker).toBe('Mara Quist');
    expect(claim!.country).toBe(country);
    expect(claim!.rules.includes('speakers/country:sentence')).toBe(country !== null);
  });
});
