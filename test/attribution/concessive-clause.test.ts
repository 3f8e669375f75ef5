import { describe, expect, it } from 'vitest';
import { attribute, pairs } from './helpers.js';

/** A concession after a reported clause ("…, though she noted …") is a clause of its own, with a claim of its own. */
describe('concessive clauses after a complement', () => {
  it.each([
    ['"though", the same speaker', 'The minister said the budget was tight, though she noted revenue had risen.', [['The minister', 'the budget was tight'], ['she', 'revenue had risen']]],
    ['"although", another speaker', 'The mayor said the bridge was safe, although engineers warned it could fail.', [['The mayor', 'the bridge was safe'], ['engineers', 'it could fail']]],
    ['"even though"', 'The coach said the team was ready, even though the captain admitted he was tired.', [['The coach', 'the team was ready'], ['the captain', 'he was tired']]],
    ['a named speaker', 'Critics said the law was rushed, though Ana Ruiz argued that it was overdue.', [['Critics', 'the law was rushed'], ['Ana Ruiz', 'it was overdue']]],
    ['an object before the complement', 'The union urged members to vote no, although its leaders conceded the offer was fair.', [['The union', 'members to vote no'], ['its leaders', 'the offer was fair']]],
    ['a plain object before the comma', 'The coach criticized the referees over the late penalty, though he added that the pitch was poor.', [['The coach', 'the referees over the late penalty'], ['he', 'the pitch was poor']]],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
    expect(attribute(text)[1]!.rule).toBe('attribution/reported-speech');
  });

  it.each([
    ['a concession right after "that"', 'He said that, although critics said it would fail, the plan worked.', 'He'],
    ['a concession with no cue', 'The mayor said the bridge was safe, though it was old.', 'The mayor'],
  ])('a concession that opens no second claim: %s', (_name, text, speaker) => {
    const found = pairs(text);
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toBe(speaker);
  });
});
