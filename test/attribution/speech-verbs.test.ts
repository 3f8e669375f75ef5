import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

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
  ])('%s', (text, speaker, quote) => {
    const claims = extractClaims(text).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0]!.speaker ?? claims[0]!.role ?? '').toContain(speaker);
    expect(claims[0]!.quote).toBe(quote);
  });
});
