import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../src/core/schema.js';
import { compileTopic } from '../../../src/enrich/stance/index.js';
import { checkStances as check, stanceOf } from './helpers.js';
import { tradeDeal } from './topics.js';

/** Topics whose name negates or works against some of their terms, unlike the seeds'. */
const noMoratorium: Topic = {
  name: 'opening the new mine on time, without a moratorium',
  terms: ['new mine', 'mining permit', 'moratorium', 'postponement', 'halt the works', 'excavation'],
};
const recall: Topic = {
  name: 'recalling the mayor over the parking contracts',
  terms: ['recall', 'recall vote', 'parking contracts', 'kickbacks', 'improper', 'mayor'],
};
const liftTariffs: Topic = { name: 'lifting the steel tariffs', terms: ['steel tariffs', 'tariffs', 'duties'] };
const unsafeDam: Topic = {
  name: 'the regulator no longer calling the dam unsafe',
  terms: ['dam', 'unsafe', 'inspection', 'spillway'],
};

describe('which terms run against the topic', () => {
  it('reads the name: a negated noun and its fellow deferrals, the object of an act against it', () => {
    expect([...compileTopic(noMoratorium).reversed].sort()).toEqual(['halt the works', 'moratorium', 'postponement']);
    expect([...compileTopic(recall).reversed].sort()).toEqual(['improper', 'kickbacks', 'mayor', 'parking contracts']);
    expect([...compileTopic(liftTariffs).reversed].sort()).toEqual(['duties', 'steel tariffs', 'tariffs']);
    // What follows "no longer" is not an act against anything: no term turns.
    expect([...compileTopic(unsafeDam).reversed]).toEqual([]);
    expect([...compileTopic(tradeDeal).reversed]).toEqual([]);
  });

  it('takes rated terms as judgements, except the one naming the act', () => {
    expect([...compileTopic(recall).judging].sort()).toEqual(['improper', 'kickbacks']);
    expect([...compileTopic(unsafeDam).judging]).toEqual(['unsafe']);
    expect([...compileTopic({ name: 'curbing crime', terms: ['illegal parking', 'parking tickets'] }).judging]).toEqual([]);
  });
});

describe('a position on a term the topic negates counts the other way', () => {
  check([
    ['The minister rejected calls for a moratorium on the project.', 'calls for a moratorium on the project', 'rejected', noMoratorium, 'support'],
    ['"There will be no moratorium and no postponement," the minister said.', 'There will be no moratorium and no postponement', 'said', noMoratorium, 'support'],
    ['The mayor said she backs a moratorium on the new mine.', 'she backs a moratorium on the new mine', 'said', noMoratorium, 'oppose'],
    ['Residents said a postponement would be a welcome relief.', 'a postponement would be a welcome relief', 'said', noMoratorium, 'oppose'],
    // terms the name does not negate keep their direction
    ['The minister said she backs the new mine.', 'she backs the new mine', 'said', noMoratorium, 'support'],
    ['"The mining permit is a disgrace," the activist said.', 'The mining permit is a disgrace', 'said', noMoratorium, 'oppose'],
    ['The company said excavation would start in May.', 'excavation would start in May', 'said', noMoratorium, 'neutral'],
  ]);
});

describe('a judgement of the object of an act against it counts for the act', () => {
  check([
    ['The councillor said the parking contracts were improper.', 'the parking contracts were improper', 'said', recall, 'support'],
    ['"The parking contracts were not improper," the mayor said.', 'The parking contracts were not improper', 'said', recall, 'oppose'],
    ['The mayor said the parking contracts were a success for the city.', 'the parking contracts were a success for the city', 'said', recall, 'oppose'],
    ['Traders said the steel tariffs are hurting their business.', 'the steel tariffs are hurting their business', 'said', liftTariffs, 'support'],
    ['The union said the tariffs were vital for the mills.', 'the tariffs were vital for the mills', 'said', liftTariffs, 'oppose'],
    // a word about the act itself is not turned
    ['The councillor said she supports the recall vote.', 'she supports the recall vote', 'said', recall, 'support'],
    ['The clerk said the recall vote would be held in June.', 'the recall vote would be held in June', 'said', recall, 'neutral'],
  ]);
});

describe('a rated term judges the topic in its own direction', () => {
  check([
    ['The engineers said the dam remained unsafe.', 'the dam remained unsafe', 'said', unsafeDam, 'oppose'],
    ['The regulator said the dam was not unsafe.', 'the dam was not unsafe', 'said', unsafeDam, 'support'],
    ['The regulator said the spillway inspection was due in March.', 'the spillway inspection was due in March', 'said', unsafeDam, 'neutral'],
  ]);

  it('says in the reason that the term runs against the topic', () => {
    const draft = stanceOf('The councillor said the parking contracts were improper.', 'the parking contracts were improper', 'said', recall);
    expect(draft.stanceReason.summary).toContain('about a term against the topic');
  });
});

describe('the opposite of a judging term judges the topic the other way', () => {
  const dam: Topic = { name: 'the regulator no longer calling the dam unsafe', terms: ['dam', 'unsafe', 'inspection'] };
  check([
    ['The engineers said the dam was safe again.', 'the dam was safe again', 'said', dam, 'support'],
    ['"The dam is not safe," the engineers said.', 'The dam is not safe', 'said', dam, 'oppose'],
    ['The court said most older dams safe, the lawyer said.', 'most older dams safe', 'said', dam, 'support'],
    // naming a kind, not judging the dam
    ['The mayor said safe drinking water was the priority near the dam.', 'safe drinking water was the priority near the dam', 'said', dam, 'neutral'],
  ]);

  it('compiles the opposite from the prefix', () => {
    expect([...compileTopic(dam).opposites]).toEqual([['safe', 'unsafe']]);
    expect([...compileTopic({ name: 'x', terms: ['illegal', 'unfair trade'] }).opposites]).toEqual([['legal', 'illegal']]);
  });
});

describe("a judgement of the act with its object is not turned around by the object", () => {
  const phoneBan: Topic = { name: 'banning phones in schools', terms: ['phone ban', 'ban', 'phones in schools'] };
  check([
    ['"Banning phones in schools is a no-brainer," the senator said.', 'Banning phones in schools is a no-brainer', 'said', phoneBan, 'support'],
    ['The parents said banning phones in schools was a blunder.', 'banning phones in schools was a blunder', 'said', phoneBan, 'oppose'],
    // the object alone is what the act works against
    ['The teachers said phones in schools were a menace.', 'phones in schools were a menace', 'said', phoneBan, 'support'],
  ]);
});
