import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { HEADLINE_FRAME } from '../../src/attribution/index.js';
import { HEADLINE_CREDIT_RULES } from '../../src/attribution/headline-credit.js';
import { RESTATEMENT_RULES } from '../../src/enrich/restatement.js';

/** A body that tells nothing any of the headlines below says. */
const UNRELATED_BODY = 'The harbour board met on Tuesday evening in the old customs house.';

function headlineClaims(headline: string, body = UNRELATED_BODY): Array<{ quote: string; speaker: string | null; rules: string[] }> {
  const text = `${headline}\n\n${body}\n`;
  return extractClaims(text)
    .claims.filter((claim) => claim.quoteSpans[0]!.start < headline.length)
    .map((claim) => ({ quote: claim.quote, speaker: claim.speaker, rules: claim.rules }));
}

describe('claims in the headline', () => {
  it.each([
    ['a reporting verb', 'Ferry operator says winter timetable will start early', 'winter timetable will start early', 'Ferry operator', null],
    ['a trailing credit', 'Winter timetable will start early, ferry operator says', 'Winter timetable will start early', 'ferry operator', null],
    ['a label and a colon', 'Okonjo: Winter timetable will start early', 'Winter timetable will start early', 'Okonjo', HEADLINE_CREDIT_RULES.label],
    ['a label with a quotation', 'Okonjo: "The winter timetable will start early"', 'The winter timetable will start early', 'Okonjo', null],
    ['a dash credit', 'Winter timetable will start early – Mayor Ines Okonjo', 'Winter timetable will start early', 'Ines Okonjo', HEADLINE_CREDIT_RULES.dash],
    ['a group as label', 'Economists: Grain prices will keep rising', 'Grain prices will keep rising', 'Economists', HEADLINE_CREDIT_RULES.label],
  ])('reads %s', (_shape, headline, quote, speaker, rule) => {
    const claims = headlineClaims(headline);
    expect(claims.map((claim) => [claim.quote, claim.speaker])).toEqual([[quote, speaker]]);
    expect(claims[0]!.rules).toContain(HEADLINE_FRAME);
    if (rule !== null) expect(claims[0]!.rules).toContain(rule);
  });

  it('names the speaker by the body’s full name for a surname in the headline', () => {
    const claims = headlineClaims('Okonjo: Winter timetable will start early', 'Mayor Ines Okonjo met the ferry crews on Tuesday.');
    expect(claims.map((claim) => claim.speaker)).toEqual(['Ines Okonjo']);
  });

  it.each([
    ['a kicker label', 'BOMBSHELL: Harbour board hid the dredging report'],
    ['a section label', 'UPDATE: Harbour board hid the dredging report'],
    ['a clause after the dash', 'Harbour Board Reveals Dredging Plan – It Might Surprise You'],
    ['a label before a verbless fragment', 'Okonjo: Ferry fares'],
    ['the publisher after the dash', 'Ferry fares will rise in winter – Harbour Gazette'],
  ])('reads no credit from %s', (_shape, headline) => {
    const text = `${headline}\n\n${UNRELATED_BODY}\n`;
    const claims = extractClaims(text, { publisher: 'Harbour Gazette' }).claims.filter((claim) => claim.quoteSpans[0]!.start < headline.length);
    expect(claims.filter((claim) => claim.rules[0] === 'attribution/headline-credit')).toEqual([]);
  });

  it.each([
    ['a fronted clause whose object would run on into the main clause', 'As Ferry Union Demands Raise, Crews Sit Idle In Port'],
    ['a fronted clause in sentence case', 'After the mayor backed the plan, ferry fares rose'],
  ])('reads no claim across the comma of %s', (_shape, headline) => {
    const comma = headline.indexOf(',');
    const crossing = headlineClaims(headline).filter((claim) => {
      const start = headline.indexOf(claim.quote);
      return start < comma && start + claim.quote.length > comma;
    });
    expect(crossing).toEqual([]);
    expect(headlineClaims(headline).map((claim) => claim.quote)).not.toContain('ferry fares rose');
  });

  it('reads the clause before a headline’s dash apart from the words after it', () => {
    const claims = headlineClaims('Ferry Operator Reveals Who Will Run The Night Crossing – It Might Surprise You');
    expect(claims.every((claim) => !claim.quote.includes('Surprise'))).toBe(true);
  });

  it.each([
    ['the same speaker in other words', 'Harbourmaster calls for a pause of the dredging works', 'The dredging works should be paused, Harbourmaster Ines Okonjo said on Monday.'],
    ['a dash credit the body quotes', 'Dredging will cost the port its fishing fleet – Okonjo', '"Dredging will cost this port its whole fishing fleet," Harbourmaster Ines Okonjo said on Monday.'],
    ['a label the body credits to a named pollster', 'Poll: Most islanders oppose the new ferry terminal', 'Most islanders oppose the new ferry terminal, the Coastline Institute said on Monday.'],
    ['an outlet credited in the headline and told in the body', 'Ferry fares will double next year, Gazette reports', 'Ferry fares will double next year, two board members told the Gazette.'],
  ])('gives no headline claim where the body restates it: %s', (_shape, headline, body) => {
    expect(headlineClaims(headline, body)).toEqual([]);
    const bodyClaims = extractClaims(`${headline}\n\n${body}\n`).claims;
    expect(bodyClaims.some((claim) => claim.rules.includes(RESTATEMENT_RULES.headline))).toBe(true);
  });
});
