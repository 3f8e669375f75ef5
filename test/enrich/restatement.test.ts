import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { RESTATEMENT_REFINER_ID, RESTATEMENT_RULES, restatesHeadline, type HeadlineTelling } from '../../src/enrich/restatement.js';

/** The quotes extracted from a text, in order, and the restatement rule each kept claim names, if any. */
function claimsOf(text: string): Array<[string, string | null]> {
  return extractClaims(text).claims.map((claim) => [
    claim.quote,
    claim.rules.find((rule) => rule.startsWith(`${RESTATEMENT_REFINER_ID}:`)) ?? null,
  ]);
}

/** The first line of a text is its headline, here one with no claim in it. */
function quotesOf(text: string): string[] {
  return extractClaims(`Town news\n\n${text}`).claims.map((claim) => claim.quote);
}

describe('restatement: one proposition told twice by one speaker is one claim', () => {
  const repeated: Array<[string, string, string]> = [
    [
      // a standfirst repeated by the body
      'Farm ministers reach deal on grain quotas\n\nMinister Ilse Varga said the quota deal protects small farms across the region.\n\nThe talks ran late into the night in Graz.\n\nMinister Ilse Varga said the quota deal protects small farms across the whole region.',
      'the quota deal protects small farms across the whole region',
      RESTATEMENT_RULES.repeated,
    ],
    [
      // a lede told again, with its occasion, in the body
      'Dock strike to end\n\nThe dockers\' union said the strike at the northern terminals would end on Monday.\n\nShipping lines had diverted cargo to other ports for a week.\n\nSpeaking after a meeting on Sunday, the dockers\' union said that the strike at the northern terminals would end on Monday.',
      'the strike at the northern terminals would end on Monday',
      RESTATEMENT_RULES.repeated,
    ],
    [
      // an indirect sentence after the quotation that restates it
      '“The reservoir will run dry by August unless it rains,” said Piet Olsen, the water board chair.\n\nOlsen said the reservoir would run dry by August unless it rains.',
      'The reservoir will run dry by August unless it rains',
      RESTATEMENT_RULES.repeated,
    ],
    [
      // a sentence summing up the quotation that follows
      'The river authority welcomed the report.\n\nMayor Dana Holt accused the council of hiding the flood damage figures from residents.\n\n“The council has been hiding the flood damage figures from residents for months,” Holt said.',
      'The council has been hiding the flood damage figures from residents for months',
      RESTATEMENT_RULES.summary,
    ],
  ];
  it.each(repeated)('keeps one claim: %s', (text, kept, rule) => {
    const claims = claimsOf(text);
    const matching = claims.filter(([quote]) => quote.includes(kept.slice(0, 20)) || kept.includes(quote.slice(0, 20)));
    expect(matching).toEqual([[kept, rule]]);
  });

  const distinct: Array<[string, number]> = [
    // the same words about two different figures are two facts
    ['Clerk Ana Ruiz said 400 ballots were lost in the storm.\n\nLater, Clerk Ana Ruiz said 40 ballots were lost in the storm.', 2],
    // two quotations are two utterances, however alike
    ['“We will rebuild the bridge,” said Tomas Berg. “Yes, we will rebuild the bridge,” Berg said on Tuesday.', 2],
    // two speakers saying the same thing are two claims
    ['Senator Lea Moss said the tax cut would help families. Governor Ivo Rand said the tax cut would help families.', 2],
    // a short clause whose words a long quotation happens to hold
    ['Fire Chief Nora Lind said on Tuesday that the fire was contained after three days of work by crews.\n\n“The fire was contained at noon, but crews will stay on the ridge all week, and the highway stays closed until the engineers inspect every bridge,” Lind said.', 2],
    // a sentence before a quotation that says something else
    ['Health board chair Omar Saleh welcomed the vote on the new clinics in the northern districts.\n\n“Now the hard work of building the clinics begins,” Saleh said.', 2],
  ];
  it.each(distinct)('keeps both: %s', (text, count) => {
    expect(quotesOf(text)).toHaveLength(count);
  });
});

describe('restatesHeadline: a body claim that tells what a headline claim sums up', () => {
  const telling = (voices: string[], stems: string[], context: string[] = stems): HeadlineTelling => ({
    voices: new Set(voices),
    stems: new Set(stems),
    context: new Set(context),
  });
  it.each<[string, HeadlineTelling, HeadlineTelling, boolean]>([
    ['same speaker, half the words', telling(['s1'], ['pause', 'dredg', 'work', 'port']), telling(['s1'], ['dredg', 'work', 'pause', 'shoul']), true],
    ['same speaker, few words in common', telling(['s1'], ['pause', 'dredg', 'work', 'port'], ['harbo', 'call', 'pause', 'dredg', 'work', 'port']), telling(['s1'], ['ferry', 'fare', 'rise', 'work']), false],
    ['another speaker, most of the words', telling(['s1'], ['most', 'islan', 'oppos', 'termi']), telling(['s2'], ['most', 'islan', 'oppos', 'new', 'termi']), true],
    ['another speaker, half the words', telling(['s1'], ['most', 'islan', 'oppos', 'termi'], ['poll', 'most', 'islan', 'oppos', 'termi']), telling(['s2'], ['islan', 'oppos', 'tax']), false],
    ['the outlet told in the body', telling(['s1', 'name:gazette'], ['fare', 'doubl', 'next', 'year'], ['fare', 'doubl', 'next', 'year', 'gazet', 'repor']), telling(['s2', 'name:gazette'], ['fare', 'doubl', 'next', 'year', 'board'], ['fare', 'doubl', 'board', 'membe', 'told', 'gazet']), true],
    ['the body sentence holds half the headline', telling(['s1'], ['rate', 'cut', 'pande', 'south'], ['criti', 'conde', 'rate', 'cut', 'pande', 'south']), telling(['s2'], ['pande', 'weake', 'econo'], ['criti', 'said', 'pande', 'rate', 'weake', 'econo']), true],
    ['a headline claim with no content word', telling(['s1'], [], ['mayor', 'speak']), telling(['s1'], ['mayor', 'speak']), false],
  ])('%s', (_case, headline, body, expected) => {
    expect(restatesHeadline(headline, body)).toBe(expected);
  });
});
