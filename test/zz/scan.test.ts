import { it } from 'vitest';
import { analyseText, contextFor } from '../../src/testing/index.js';
import { readText } from '../../src/attribution/scan-text.js';
import { reportingCues } from '../../src/lang/en/cues.js';
it('x', () => {
  for (const text of process.env.T!.split('|')) {
  const a = analyseText(text);
  const ctx = contextFor(text, { cues: reportingCues } as any);
  const r = readText(ctx as any, a);
  for (const { unit, hits } of r.units) {
    console.log(unit.tokens.map((t: any) => t.value + '/' + t.pos).join(' '));
    for (const h of hits) console.log(h.kind, h.cue.lemma, h.cue.first, JSON.stringify(h.speakers), h.boundary, h.cue.frames);
  }
  }
});
