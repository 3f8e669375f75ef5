import { describe, expect, it } from 'vitest';
import { compileCues, inflect, matchCue } from '../../src/attribution/cue-forms.js';
import { reportingCues } from '../../src/lang/en/cues.js';
import { analyse } from '../../src/text/analyse.js';

describe('inflect', () => {
  it.each([
    ['say', ['say', 'says', 'said', 'saying']],
    ['warn', ['warn', 'warns', 'warned', 'warning']],
    ['note', ['note', 'notes', 'noted', 'noting']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
    ['tell', ['tell', 'tells', 'told', 'telling']],
    ['admit', ['admit', 'admits', 'admitted', 'admitting']],
    ['slam', ['slam', 'slams', 'slammed', 'slamming']],
    ['pan', ['pan', 'pans', 'panned', 'panning']],
    ['add', ['add', 'adds', 'added', 'adding']],
    ['vow', ['vow', 'vows', 'vowed', 'vowing']],
    ['brand', ['brand', 'brands', 'branded', 'branding']],
  ])('%s', (base, forms) => {
    expect(inflect(base).map(([form]) => form).slice(0, 4)).toEqual(forms);
  });

  it.each([
    ['signal', ['signaled', 'signalled'], ['signaling', 'signalling']],
    ['label', ['labeled', 'labelled'], ['labeling', 'labelling']],
  ])('%s has both the American and the British doubled forms', (base, past, ing) => {
    const forms = inflect(base);
    expect(forms.filter(([, form]) => form === 'past').map(([word]) => word)).toEqual(past);
    expect(forms.filter(([, form]) => form === 'ing').map(([word]) => word)).toEqual(ing);
  });

  it.each(['reveal', 'appeal', 'call'])('%s doubles nothing', (base) => {
    expect(inflect(base).some(([word]) => word.includes('ll') && !base.includes('ll'))).toBe(false);
  });
});

describe('matchCue', () => {
  const index = compileCues(reportingCues);
  function cueIn(text: string): string | null {
    const tokens = analyse(text, [{ start: 0, end: text.length }]).sentences[0]!.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const cue = matchCue(index, tokens, i);
      if (cue) return cue.lemma;
    }
    return null;
  }

  it.each([
    ['The minister ruled out new taxes.', 'rule out'],
    ['The mayor has called for calm.', 'call for'],
    ['She expressed concern about the delays.', 'express concern'],
    ['He made it clear that he would stay.', 'make it clear'],
    ['Officials say the road is closed.', 'say'],
    ['The Herald reports that the mine closed.', 'report'],
  ])('%s', (text, lemma) => {
    expect(cueIn(text)).toBe(lemma);
  });

  it.each([
    ['The hope is that prices fall.'],
    ['The report was long.'],
    ['The Baltic states had joined.'],
    ['The council may announce a decision.'],
  ])('no cue in %s', (text) => {
    expect(cueIn(text)).toBeNull();
  });
});
