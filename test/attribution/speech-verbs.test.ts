import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

/** The text gives one claim, by a speaker (or role) holding `speaker`, quoting `quote`. */
function expectOneClaim(text: string, speaker: string, quote: string): void {
  const claims = extractClaims(text).claims;
  expect(claims).toHaveLength(1);
  expect(claims[0]!.speaker ?? claims[0]!.role ?? '').toContain(speaker);
  expect(claims[0]!.quote).toBe(quote);
}

describe('manner-of-speaking verbs report speech', () => {
  it.each([
    ['“We want our jobs back,” Maria Lopez chanted outside the depot.', 'Maria Lopez', 'We want our jobs back'],
    ['“Get out of the water,” Sam Okafor shouted.', 'Sam Okafor', 'Get out of the water'],
    ['“The vote is rigged,” Ana Berg yelled from the gallery.', 'Ana Berg', 'The vote is rigged'],
    ['“It is over,” coach Ines Vidal whispered to her assistant.', 'Ines Vidal', 'It is over'],
    ['“This is a great day for the harbour,” Mayor Jan Holm exclaimed.', 'Jan Holm', 'This is a great day for the harbour'],
    ['“Give us one more season,” Tom Lee pleaded with the board.', 'Tom Lee', 'Give us one more season'],
    ['The minister proclaimed that the harbour would reopen in May.', 'minister', 'the harbour would reopen in May'],
    ['Ruth Adler recounted that the guards had fled before dawn.', 'Ruth Adler', 'the guards had fled before dawn'],
  ])('%s', expectOneClaim);
});

describe('"interject" introduces a quotation set off by a colon or comma', () => {
  it.each([
    ['Asked about the delay, Ana Berg interjected: “The trains were never late.”', 'Ana Berg', 'The trains were never late'],
    ['Mayor Jan Holm interjected, “That would be good for the harbour.”', 'Jan Holm', 'That would be good for the harbour'],
    ['“Nobody asked the drivers,” the union leader interjected.', 'union leader', 'Nobody asked the drivers'],
  ])('%s', expectOneClaim);

  it('reports nothing without a clause or a quotation', () => {
    expect(extractClaims('The chair interjected twice during the hearing.').claims).toEqual([]);
  });
});
