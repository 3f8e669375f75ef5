import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { pairs } from './helpers.js';

describe('an -ing cue after a message its speaker issued', () => {
  it.each([
    ['issued a statement', 'The port authority issued a statement saying that the strike would end on Friday.', 'The port authority', 'the strike would end on Friday'],
    ['a time word between', 'The Lindqvist campaign sent a fundraising email Tuesday saying the race was now a dead heat.', 'The Lindqvist campaign', 'the race was now a dead heat'],
    ['a particle after the verb', 'The mayor’s office put out a press release saying the bridge would reopen in May.', 'The mayor’s office', 'the bridge would reopen in May'],
    ['a judgement cue', 'The union released a short video calling the new contract “a betrayal”.', 'The union', 'the new contract “a betrayal”'],
    ['a posted notice', 'The embassy posted a notice warning that all flights would be cancelled.', 'The embassy', 'all flights would be cancelled'],
    ['a day and a part of it between', 'The council sent an email on Monday evening saying the pool would close.', 'The council', 'the pool would close'],
    ['a count of messages', 'The senator fired off a string of posts claiming that the count was rigged.', 'The senator', 'the count was rigged'],
    ['"unleashed" and an early day', 'The coach unleashed a flurry of tweets early Sunday saying the referee had erred.', 'The coach', 'the referee had erred'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it('names the frame in the claim\'s rules', () => {
    const claims = extractClaims('The ministry issued a statement saying the talks had failed.').claims;
    expect(claims.map((c) => [c.quote, c.rules.slice(0, 2)])).toEqual([
      ['the talks had failed', ['attribution/participial', 'attribution/frame:issued-message']],
    ]);
  });

  it.each([
    ['a message that is the subject', 'A notice saying the plant would close was posted on the gate.'],
    ['a message someone read', 'Nora Vance read a letter saying the plant would close.'],
    ['a message someone received', 'The council received an email saying the vote was rigged.'],
    ['no message noun', 'The workers left the plant saying nothing.'],
  ])('no claim from %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });
});
