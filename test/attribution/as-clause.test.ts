import { describe, expect, it } from 'vitest';
import { attribute } from './helpers.js';

describe('as-clause', () => {
  it.each([
    ['an as-clause opening the sentence', 'As the harbour master put it, the channel will not reopen before June.', 'the harbour master', 'the channel will not reopen before June', 'put it'],
    ['an adjunct after the cue', 'As the coach noted on Sunday, the squad has no fit striker.', 'the coach', 'the squad has no fit striker', 'note'],
    ['an as-clause ending the sentence', 'The vineyard lost half its crop, as the owner wrote last week.', 'the owner', 'The vineyard lost half its crop', 'write'],
    ['an addressee after the cue', 'As the coach told reporters, the squad has no fit striker.', 'the coach', 'the squad has no fit striker', 'tell'],
    ['a dated adjunct after the cue', 'The ferry will stop in May, as the operator announced a few days later.', 'the operator', 'The ferry will stop in May', 'announce'],
    ['a date "ago" after the cue', 'As the coach predicted a month ago, the squad has no fit striker.', 'the coach', 'the squad has no fit striker', 'predict'],
    ['an as-clause set off inside the sentence', 'The new bridge, as the engineers explained, will carry trams.', 'the engineers', 'The new bridge | will carry trams', 'explain'],
    ['a participle clause of its own after the cue', 'The channel will stay shut, as the harbour master said in April while opening the lock.', 'the harbour master', 'The channel will stay shut', 'say'],
    ['a participle the tagger reads as a noun', 'As the mayor said while opening the bridge, the city needs more roads.', 'the mayor', 'the city needs more roads', 'say'],
  ])('%s', (_name, text, speaker, quote, lemma) => {
    const found = attribute(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'attribution/as-clause', speaker, quote, lemma, type: 'indirect' });
  });

  it('closes at a comma inside the closing mark', () => {
    expect(attribute('The plan is “dead on arrival,” as the senator put it.')).toEqual([
      expect.objectContaining({ rule: 'attribution/as-clause', speaker: 'the senator', quote: 'The plan is “dead on arrival,”', type: 'mixed' }),
    ]);
  });

  it('reads a whole quotation after the as-clause as direct, between its marks', () => {
    const found = attribute('As the treasurer put it on Friday, "we cannot spend money we do not have."');
    expect(found).toEqual([expect.objectContaining({ speaker: 'the treasurer', quote: 'we cannot spend money we do not have', type: 'direct' })]);
  });

  it.each([
    ['"put it" outside an as-clause', 'She put it on the table before the vote.'],
    ['an as-clause that does not end at its cue', 'As he said he would, the mayor resigned on Friday.'],
    ['an object after the cue: a clause of time, no aside', 'As the mayor demanded a new sea wall, builders dug deeper drains.'],
    ['an object and an adjunct after the cue', 'As the unions demanded higher pay on Monday, the ferries stayed in port.'],
  ])('no claim from %s', (_name, text) => {
    expect(attribute(text)).toEqual([]);
  });

  it('keeps a report inside the vouched-for words in them, as "according to" does', () => {
    const text = 'As the auditors noted, the governor said the budget was balanced.';
    const found = attribute(text);
    expect(found.map((each) => [each.speaker, each.quote])).toEqual([['the auditors', 'the governor said the budget was balanced']]);
    expect(attribute(text.replace('As the auditors noted', 'According to the auditors')).map((each) => each.quote)).toEqual([found[0]!.quote]);
  });
});
