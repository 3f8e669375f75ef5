import { describe, expect, it } from 'vitest';
import type { Stance, Topic } from '../../../src/core/schema.js';
import { refineStance } from './helpers.js';

/** The two worked topics of the README, checked on invented sentences. */
const congestionCharge: Topic = {
  name: 'charging drivers to enter the city centre',
  terms: ['congestion charge', 'road pricing', 'toll zone', 'entry fee', 'charge zone'],
  cues: { oppose: ['war on motorists', 'cash grab'], support: ['cleaner air for all'] },
};

const fourDayWeek: Topic = {
  name: 'moving schools to a four-day week',
  terms: ['four-day week', 'four-day school week', 'shortened school week'],
  cues: { conditional: ['subject to a pilot'] },
};

function stanceIn(text: string, quote: string, topic: Topic): Stance {
  const [claim] = refineStance(text, [{ quote, cue: 'said', speaker: 'speaker' }], topic);
  return claim!.stance;
}

describe('README topic: a congestion charge', () => {
  it.each([
    ['The mayor said the toll zone would be a welcome step.', 'the toll zone would be a welcome step', 'support'],
    ['The council voted for a congestion charge on Monday.\nDrivers\' groups said the scheme was a cash grab.', 'the scheme was a cash grab', 'oppose'],
    ['The minister said road pricing was the best way to cut traffic.', 'road pricing was the best way to cut traffic', 'support'],
    ['A shop owner said the new entry fees would hurt small businesses.', 'the new entry fees would hurt small businesses', 'oppose'],
    ['The mayor said the toll zone would open in May.', 'the toll zone would open in May', 'neutral'],
  ] as const)('%s', (text, quote, expected) => {
    expect(stanceIn(text, quote, congestionCharge)).toBe(expected);
  });
});

describe('README topic: a four-day school week', () => {
  it.each([
    ['"We have no intention of introducing a four-day week," the minister said.', 'We have no intention of introducing a four-day week', 'oppose'],
    ['The union said it was prepared to back a four-day school week if teachers keep their pay.', 'it was prepared to back a four-day school week if teachers keep their pay', 'conditional'],
    ['The head teacher said a shortened school week would be a disaster for parents.', 'a shortened school week would be a disaster for parents', 'oppose'],
    ['The mayor said the four-day week would start subject to a pilot.', 'the four-day week would start subject to a pilot', 'conditional'],
  ] as const)('%s', (text, quote, expected) => {
    expect(stanceIn(text, quote, fourDayWeek)).toBe(expected);
  });
});
