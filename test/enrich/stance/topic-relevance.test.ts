import { describe, expect, it } from 'vitest';
import { compileLexicon, compileTopic, stanceLexicon } from '../../../src/enrich/stance/index.js';
import { toStanceWords } from '../../../src/enrich/stance/words.js';
import { findTopicTerms } from '../../../src/enrich/stance/topic-terms.js';
import { matchPhrases } from '../../../src/enrich/stance/phrase-index.js';
import type { Topic } from '../../../src/core/schema.js';
import { topics } from '../../../src/lang/en/topics.js';
import { analyseLines, refineStance, stanceOf } from './helpers.js';
import { aid, sanctions, tradeDeal } from './topics.js';

const lexicon = compileLexicon(stanceLexicon);

function termsIn(text: string, topic: Topic): string[] {
  const words = toStanceWords(analyseLines(text).sentences.flatMap((sentence) => sentence.tokens).map((token) => ({ token, inQuote: true })));
  const cueHits = matchPhrases(lexicon.phrases, words.map((word) => word.normal));
  return findTopicTerms(words, compileTopic(topic), cueHits).map((hit) => text.slice(words[hit.from]!.start, words[hit.to - 1]!.end));
}

describe('topic terms', () => {
  const mission: Topic = { name: 'a naval mission', terms: ['deploy', 'frigates', 'naval presence', 'escort mission'] };
  it.each([
    ['The navy deployed two frigates.', ['deployed', 'frigates']],
    ['A deployment of one frigate is planned.', ['deployment', 'frigate']],
    ['Deployments continue.', ['Deployments']],
    ['They want a larger naval presence in the strait.', ['naval presence']],
    ['They want a European presence in the strait.', ['presence']],
    ['An escort mission for tankers is planned.', ['escort mission']],
    ['A NATO mission for tankers is planned.', ['mission']],
    ['His presence at the talks was noted.', []],
    ['The navy redeployed nothing.', []],
  ])('%s', (text, expected) => {
    expect(termsIn(text, mission)).toEqual(expected);
  });

  it('does not read "contingent on" as the noun "contingent"', () => {
    expect(termsIn('A decision is contingent on the vote.', topics.foreignTroopsUkraine)).toEqual([]);
    expect(termsIn('A contingent of 500 will go.', topics.foreignTroopsUkraine)).toEqual(['contingent']);
  });

  it('skips terms in a ", which …" aside: background is not what the claim is about', () => {
    expect(termsIn('The budget, which covers weapons, was cut.', aid)).toEqual([]);
    expect(termsIn('The budget covers weapons.', aid)).toEqual(['weapons']);
  });
});

describe('topic relevance', () => {
  it('makes a claim about something else neutral however strong its cue', () => {
    const draft = stanceOf('The minister rejected the report on corruption.', 'the report on corruption', 'rejected', sanctions);
    expect(draft.stance).toBe('neutral');
    expect(draft.stanceReason.topicTerms).toEqual([]);
  });

  it('reads "this plan" as the topic named in the previous sentence', () => {
    const text = 'The EU proposed new sanctions on Tehran. Moscow said this plan was unacceptable.';
    expect(stanceOf(text, 'this plan was unacceptable', 'said', sanctions).stance).toBe('oppose');
    const offTopic = 'The EU proposed a new budget rule. Moscow said this plan was unacceptable.';
    expect(stanceOf(offTopic, 'this plan was unacceptable', 'said', sanctions).stance).toBe('neutral');
  });

  it('keeps a speaker on topic for their next claim', () => {
    const text = 'Minister Eva Lind said Finland would send weapons. She added that the government was committed.';
    const [first, second] = refineStance(text, [
      { quote: 'Finland would send weapons', cue: 'said', speaker: 'Eva Lind' },
      { quote: 'the government was committed', cue: 'added', speaker: 'Eva Lind' },
    ], aid);
    expect([first!.stance, second!.stance]).toEqual(['support', 'support']);
    const [, other] = refineStance(text, [
      { quote: 'Finland would send weapons', cue: 'said', speaker: 'Eva Lind' },
      { quote: 'the government was committed', cue: 'added', speaker: 'Someone Else' },
    ], aid);
    expect(other!.stance).toBe('neutral');
  });

  it('follows an unresolved speaker by surname and pronoun', () => {
    const text = 'Minister Eva Lind said Finland would send weapons. She added that the government was committed. Lind said the move was necessary.';
    const drafts = refineStance(text, [
      { quote: 'Finland would send weapons', cue: 'said', mention: 'Minister Eva Lind' },
      { quote: 'the government was committed', cue: 'added', mention: 'She' },
      { quote: 'the move was necessary', cue: 'said', mention: 'Lind' },
    ], aid);
    expect(drafts.map((draft) => draft.stance)).toEqual(['support', 'support', 'support']);
  });

  it('reads each that-clause of one sentence on its own, the cue of the first governing neither', () => {
    const text = 'The premier said that the trade deal would be welcome and that the details would be examined later.';
    const [welcome, details] = refineStance(text, [
      { quote: 'the trade deal would be welcome', cue: 'said' },
      { quote: 'the details would be examined later', cue: 'said' },
    ], tradeDeal);
    expect([welcome!.stance, details!.stance]).toEqual(['support', 'neutral']);
  });

  it('lets the first cue govern a "…, saying …" reason', () => {
    const text = 'Caracas rejected the new tariffs, saying they would hurt exporters.';
    const [rejection, reason] = refineStance(text, [
      { quote: 'the new tariffs', cue: 'rejected' },
      { quote: 'they would hurt exporters', cue: 'saying' },
    ], tradeDeal);
    expect([rejection!.stance, reason!.stance]).toEqual(['oppose', 'oppose']);
  });

  it('takes the cue that governs the topic when two point different ways', () => {
    const text = 'Oslo, while not planning to send weapons, is ready to support the island with training.';
    expect(stanceOf(text, 'while not planning to send weapons, is ready to support the island with training', undefined, aid).stance).toBe('oppose');
  });

  it('uses topic cues on top of the general lexicon', () => {
    const withCues: Topic = { ...tradeDeal, cues: { support: ['green light'], oppose: ['trojan horse'] } };
    expect(stanceOf('Paris gave the trade deal a green light.', 'Paris gave the trade deal a green light', undefined, withCues).stance).toBe('support');
    expect(stanceOf('Paris said the trade deal was a trojan horse.', 'the trade deal was a trojan horse', 'said', withCues).stance).toBe('oppose');
    expect(stanceOf('Paris said the trade deal was a trojan horse.', 'the trade deal was a trojan horse', 'said', tradeDeal).stance).toBe('neutral');
  });
});

describe('without a topic', () => {
  it.each([
    ['He rejected the proposal outright.', 'the proposal outright', 'rejected', 'oppose'],
    ['She welcomed the decision.', 'the decision', 'welcomed', 'support'],
    ['He said it was raining in the capital.', 'it was raining in the capital', 'said', 'neutral'],
    ['She said the plan could go ahead once funding is found.', 'the plan could go ahead once funding is found', 'said', 'conditional'],
  ] as const)('%s', (text, quote, cue, expected) => {
    expect(stanceOf(text, quote, cue).stance).toBe(expected);
  });
});

describe('topic terms by derivation and by the head of a noun phrase', () => {
  const mission = { name: 'a peacekeeping mission', terms: ['peacekeeping', 'regulation', 'escort mission', 'pay', 'send troops'] };
  it.each([
    ['"We will send peacekeepers," the minister said.', 'We will send peacekeepers', ['peacekeeping']],
    // irregular forms of a verb term
    ['The minister said the soldiers were paid late.', 'the soldiers were paid late', ['pay']],
    ['The minister said Rome sent troops in May.', 'Rome sent troops in May', ['send troops']],
    ['The minister said the sector was regulated too tightly.', 'the sector was regulated too tightly', ['regulation']],
    ['The admiral said the mission would start in May.', 'the mission would start in May', ['escort mission']],
    ['The admiral said a mission to Mars was years away.', 'a mission to Mars was years away', []],
  ] as const)('%s', (text, quote, terms) => {
    expect(stanceOf(text, quote, 'said', mission).stanceReason.topicTerms).toEqual(terms);
  });
});

describe("another speaker's reporting cue in the sentence", () => {
  it.each([
    ['When Lisbon ruled out sending weapons, one aide said the neighbours "should carry the load".', 'sending weapons', 'ruled out', 'Lisbon', 'should carry the load', 'said', 'aide'],
    ['While the senator rejected the sanctions, the envoy said "the neighbours will decide".', 'the sanctions', 'rejected', 'senator', 'the neighbours will decide', 'said', 'envoy'],
  ] as const)('%s', (text, firstQuote, firstCue, firstSpeaker, quote, cue, speaker) => {
    const [first, second] = refineStance(text, [
      { quote: firstQuote, cue: firstCue, speaker: firstSpeaker },
      { quote, cue, speaker },
    ], firstQuote.includes('weapons') ? aid : sanctions);
    expect(first!.stance).toBe('oppose');
    expect(second!.stance, second!.stanceReason.summary).toBe('neutral');
  });

  it("keeps a cue two speakers share, and one speaker's cue over their own next clause", () => {
    const shared = refineStance('Rome and Madrid criticised the sanctions.', [
      { quote: 'the sanctions', cue: 'criticised', speaker: 'Rome' },
      { quote: 'the sanctions', cue: 'criticised', speaker: 'Madrid' },
    ], sanctions);
    expect(shared.map((draft) => draft.stance)).toEqual(['oppose', 'oppose']);
    const own = refineStance('The senator rejected the sanctions, saying they would hurt farmers.', [
      { quote: 'the sanctions', cue: 'rejected', speaker: 'senator' },
      { quote: 'they would hurt farmers', cue: 'saying', speaker: 'senator' },
    ], sanctions);
    expect(own.map((draft) => draft.stance)).toEqual(['oppose', 'oppose']);
  });
});

describe('references back to the topic by the name of an act', () => {
  const named = 'The ministry imposed new sanctions on Tehran on Monday.';
  it.each([
    [`${named} The senator said the announcement was a disgrace.`, 'the announcement was a disgrace', 'oppose'],
    [`${named} The senator said the news was a welcome relief.`, 'the news was a welcome relief', 'support'],
    [`${named} The senator called the policy change reckless.`, 'the policy change reckless', 'oppose'],
    [`${named} The senator said the shift was a great success.`, 'the shift was a great success', 'support'],
    // Nouns that name any event, not the act's making public, point at nothing in particular.
    [`${named} The senator said the economic development was a disaster.`, 'the economic development was a disaster', 'neutral'],
    [`${named} The senator said the military action was a disaster.`, 'the military action was a disaster', 'neutral'],
    // Another matter named instead: the same words judge it, not the topic.
    ['The ministry raised the fuel price on Monday. The senator said the announcement was a disgrace.', 'the announcement was a disgrace', 'neutral'],
  ] as const)('%s', (text, quote, expected) => {
    const draft = stanceOf(text, quote, text.includes('called') ? 'called' : 'said', sanctions);
    expect(draft.stance, draft.stanceReason.summary).toBe(expected);
  });

  it('reaches four sentences back for "Ottawa\'s move", not five', () => {
    const between = ['Talks went on.', 'Markets were calm.', 'The weather was cold.'];
    const near = `${named} ${between.join(' ')} Lima said Ottawa's move was reckless.`;
    expect(stanceOf(near, "Ottawa's move was reckless", 'said', sanctions).stance).toBe('oppose');
    const far = `${named} ${between.join(' ')} Nobody objected. Lima said Ottawa's move was reckless.`;
    expect(stanceOf(far, "Ottawa's move was reckless", 'said', sanctions).stance).toBe('neutral');
  });
});

describe('a speaker who spoke on the topic earlier, right after it is named again', () => {
  const later = 'Shops opened late. Prices rose. Rain fell all week.';
  it('is still on it: the day and the achievement they praise are the act', () => {
    const text = `Minister Eva Lind said Finland would send weapons. ${later} The first weapons arrived on Monday. "What a great achievement for our country," Lind said.`;
    const [, second] = refineStance(text, [
      { quote: 'Finland would send weapons', cue: 'said', speaker: 'Eva Lind' },
      { quote: 'What a great achievement for our country', cue: 'said', speaker: 'Eva Lind' },
    ], aid);
    expect(second!.stance, second!.stanceReason.summary).toBe('support');
  });

  it.each([
    // the sentence before does not name the topic
    [`Minister Eva Lind said Finland would send weapons. ${later} "What a great achievement for our country," Lind said.`, 'Eva Lind'],
    // another speaker, who never spoke on it
    ['Minister Eva Lind said Finland would send weapons. Shops opened late. Prices rose. Rain fell all week. The first weapons arrived on Monday. "What a great achievement for our country," Lind said.', 'Someone Else'],
  ])('is not on it otherwise: %s', (text, speaker) => {
    const [, second] = refineStance(text, [
      { quote: 'Finland would send weapons', cue: 'said', speaker: 'Eva Lind' },
      { quote: 'What a great achievement for our country', cue: 'said', speaker },
    ], aid);
    expect(second!.stance, second!.stanceReason.summary).toBe('neutral');
  });
});

describe('on topic only through its speaker, a cue that names its own object is about that object', () => {
  const first = 'Minister Eva Lind said Finland would send weapons.';
  it.each([
    [`${first} She also praised the new school meals.`, 'the new school meals', 'praised', 'neutral'],
    [`${first} She warned against cutting pensions.`, 'cutting pensions', 'warned against', 'neutral'],
    [`${first} She said the partners were not planning to leave the coalition.`, 'the partners were not planning to leave the coalition', 'said', 'neutral'],
    [`${first} She applauded the farmers who joined the protest.`, 'the farmers who joined the protest', 'applauded', 'neutral'],
    // No object of its own: still the position on the topic.
    [`${first} She added that the government was fully committed.`, 'the government was fully committed', 'added', 'support'],
    [`${first} She said her party now firmly rejects it.`, 'her party now firmly rejects it', 'said', 'oppose'],
  ] as const)('%s', (text, quote, cue, expected) => {
    const [, second] = refineStance(text, [
      { quote: 'Finland would send weapons', cue: 'said', speaker: 'Eva Lind' },
      { quote, cue, speaker: 'Eva Lind' },
    ], aid);
    expect(second!.stance, second!.stanceReason.summary).toBe(expected);
    // "the partners were not planning to" is also what a group of others did: either reason keeps it neutral.
    if (expected === 'neutral') expect(second!.stanceReason.summary).toMatch(/about something other than the topic|gives its agent's position/);
  });
});

describe('a claim said inside a ", who/whose/which …," clause is that clause', () => {
  it.each([
    ['Norway, whose premier has voiced doubts about fish quotas, imposed new sanctions on Monday.', 'fish quotas', 'voiced doubts about', 'neutral'],
    ['The senator, who criticised the school budget, voted for the sanctions.', 'the school budget', 'criticised', 'neutral'],
    ['The union, which rejected the pay offer, later backed the trade deal.', 'the pay offer', 'rejected', 'neutral'],
    // The clause itself names the topic: its position stands.
    ['Norway, whose premier has voiced doubts about the sanctions, met the envoy on Monday.', 'the sanctions', 'voiced doubts about', 'oppose'],
    // A restrictive clause (no comma) is part of the sentence's claim.
    ['The senator who criticised the sanctions spoke on Monday.', 'the sanctions', 'criticised', 'oppose'],
  ] as const)('%s', (text, quote, cue, expected) => {
    const draft = stanceOf(text, quote, cue, text.includes('trade deal') ? tradeDeal : sanctions);
    expect(draft.stance, draft.stanceReason.summary).toBe(expected);
  });
});
