import { describe, expect, it } from 'vitest';
import { chromeLexicon, clean, createExtractor, defaultSpeakerLexicon } from '../../src/index.js';

describe('lexicons passed through options', () => {
  const page = [
    'Harbour bridge to reopen after repairs',
    'The harbour bridge will reopen to traffic on Monday after six months of repairs, the city said in a statement.',
    'Beam this story',
    'Engineers replaced the deck and repainted the towers, and the work finished ahead of schedule this week.',
    'Drivers were told to expect short delays at the northern ramp while the last barriers are removed.',
  ].join('\n');

  it('a chrome phrase added to the share list removes that line', () => {
    expect(clean(page).text).toContain('Beam this story');
    const result = clean(page, { chromeLexicon: { ...chromeLexicon, share: [...chromeLexicon.share, 'beam this story'] } });
    expect(result.text).not.toContain('Beam this story');
    expect(result.removed.map((line) => line.text)).toContain('Beam this story');
  });

  it('an office word added to the speaker lexicon becomes the role', () => {
    const raw = 'Harbourmaster Ines Duarte said the bridge would reopen on Monday.';
    const before = createExtractor().extract(raw).claims[0];
    const extended = createExtractor({
      speakerLexicon: { ...defaultSpeakerLexicon, officeWords: [...defaultSpeakerLexicon.officeWords, 'harbourmaster'] },
    });
    const after = extended.extract(raw).claims[0];
    expect(before?.role ?? null).toBeNull();
    expect(after?.speaker).toBe('Ines Duarte');
    expect(after?.role).toBe('Harbourmaster');
  });
});
