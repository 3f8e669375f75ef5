import { describe, expect, it } from 'vitest';
import { refineStance } from './helpers.js';
import { escort, levy, sanctions } from './topics.js';

describe('a speaker keeps one position through the article', () => {
  it('gives a cue-less on-topic claim the stance the same speaker stated, and says from which claim', () => {
    const text = [
      'Foreign Minister Lena Varga rejected the sanctions on Monday.',
      'Asked again about the sanctions on Tuesday, Varga said our position is well known.',
    ].join('\n');
    const [first, second] = refineStance(text, [
      { quote: 'the sanctions on Monday', cue: 'rejected', speaker: 'Varga' },
      { quote: 'our position is well known', cue: 'said', speaker: 'Varga' },
    ], sanctions);
    expect(first!.stance).toBe('oppose');
    expect(second!.stance).toBe('oppose');
    expect(second!.stanceReason.inheritedFrom?.text).toBe('the sanctions on Monday');
    expect(second!.stanceReason.summary).toMatch(/^oppose: inherited from the same speaker's claim "the sanctions on Monday"/);
  });

  it('takes the nearest stated claim, and works backwards too', () => {
    const text = [
      'The health minister said the details of the sugar tax would come later.',
      '"A sugar tax is a welcome step," the health minister said.',
    ].join('\n');
    const [first] = refineStance(text, [
      { quote: 'the details of the sugar tax would come later', cue: 'said', speaker: 'minister' },
      { quote: 'A sugar tax is a welcome step', cue: 'said', speaker: 'minister' },
    ], levy);
    // "details of" is a process word: the claim says why it is neutral, so nothing is inherited.
    expect(first!.stance).toBe('neutral');
    const plain = [
      'The health minister said the sugar tax would be voted on in May.',
      '"A sugar tax is a welcome step," the health minister said.',
    ].join('\n');
    const [inheriting, stated] = refineStance(plain, [
      { quote: 'the sugar tax would be voted on in May', cue: 'said', speaker: 'minister' },
      { quote: 'A sugar tax is a welcome step', cue: 'said', speaker: 'minister' },
    ], levy);
    expect(stated!.stance).toBe('support');
    expect(inheriting!.stance).toBe('support');
    expect(inheriting!.stanceReason.inheritedFrom?.text).toBe('A sugar tax is a welcome step');
  });

  it('does not lend one speaker\'s position to another, nor to an off-topic claim', () => {
    const text = [
      'Admiral Ruiz said the frigates will stay home.',
      'Admiral Costa said the frigates would sail in spring.',
      'Ruiz said the weather had been mild.',
    ].join('\n');
    const [ruiz, costa, weather] = refineStance(text, [
      { quote: 'the frigates will stay home', cue: 'said', speaker: 'Ruiz' },
      { quote: 'the frigates would sail in spring', cue: 'said', speaker: 'Costa' },
      { quote: 'the weather had been mild', cue: 'said', speaker: 'Ruiz' },
    ], escort);
    expect(ruiz!.stance).toBe('oppose');
    expect(costa!.stance).toBe('neutral');
    expect(weather!.stance).toBe('neutral');
    expect(weather!.stanceReason.inheritedFrom).toBeUndefined();
  });

  it('lends nothing to a claim that is on topic only because another claim of its sentence names the topic', () => {
    const text = [
      'Foreign Minister Lena Varga rejected the sanctions on Monday.',
      'Trade Minister Omar Haddad said the sanctions would start in May, and Varga said she would raise that in Brussels.',
    ].join('\n');
    const [, haddad, varga] = refineStance(text, [
      { quote: 'the sanctions on Monday', cue: 'rejected', speaker: 'Varga' },
      { quote: 'the sanctions would start in May', cue: 'said', speaker: 'Haddad' },
      { quote: 'she would raise that in Brussels', cue: 'said', speaker: 'Varga' },
    ], sanctions);
    expect(haddad!.stance).toBe('neutral');
    expect(varga!.stanceReason.topicTerms).toEqual(['sanctions']);
    expect(varga!.stance, varga!.stanceReason.summary).toBe('neutral');
    expect(varga!.stanceReason.inheritedFrom).toBeUndefined();
  });
});

describe('references back to a topic named earlier', () => {
  it('reads "such a mission" as the topic once it was named, even paragraphs before', () => {
    const text = [
      'Several navies have discussed an escort mission in the strait.',
      'Talks continued on Tuesday in the capital.',
      '"We have no intention of joining such a mission," Minister Hale said.',
    ].join('\n');
    const [hale] = refineStance(text, [{ quote: 'We have no intention of joining such a mission', cue: 'said', speaker: 'Hale' }], escort);
    expect(hale!.stance, hale!.stanceReason.summary).toBe('oppose');
  });
});

describe('references right after a sentence that names the topic', () => {
  it.each([
    ['The parliament adopted the sugar tax on Monday.\nThe opposition said it would fight to oppose it in court.', 'it would fight to oppose it in court', 'oppose'],
    ['The parliament adopted the sugar tax on Monday.\nThe doctors\' union said the decision was a victory for children.', 'the decision was a victory for children', 'support'],
    ['The parliament adopted the sugar tax on Monday.\nThe bottlers said it was a terrible blow to small shops.', 'it was a terrible blow to small shops', 'oppose'],
  ] as const)('%s', (text, quote, expected) => {
    const [claim] = refineStance(text, [{ quote, cue: 'said', speaker: 'speaker' }], levy);
    expect(claim!.stance, claim!.stanceReason.summary).toBe(expected);
  });

  it('leaves a bare "it" alone when the sentence before is about something else', () => {
    const text = 'The parliament adopted the sugar tax on Monday.\nRain fell all week.\nThe farmers said it was a terrible blow.';
    const [claim] = refineStance(text, [{ quote: 'it was a terrible blow', cue: 'said', speaker: 'farmers' }], levy);
    expect(claim!.stance).toBe('neutral');
  });
});

describe('a named act a few sentences back', () => {
  it.each([
    ['The parliament adopted the sugar tax on Monday.\nShops opened late.\nThe doctors\' union said the decision was a victory for children.', 'the decision was a victory for children', 'support'],
    ['The parliament adopted the sugar tax on Monday.\nVoting took an hour.\nPrices rise in May.\nThe bottlers said the parliament\'s move was a disaster for small shops.', "the parliament's move was a disaster for small shops", 'oppose'],
    // too far back: the decision may be any other
    ['The parliament adopted the sugar tax on Monday.\nVoting took an hour.\nPrices rise in May.\nRain fell all week.\nThe bottlers said the decision was a disaster for small shops.', 'the decision was a disaster for small shops', 'oppose'],
    ['The parliament adopted the sugar tax on Monday.\nVoting took an hour.\nPrices rise in May.\nRain fell all week.\nBuses were late.\nThe bottlers said the decision was a disaster for small shops.', 'the decision was a disaster for small shops', 'neutral'],
    // a bare "it" still needs the sentence right before
    ['The parliament adopted the sugar tax on Monday.\nShops opened late.\nThe bottlers said it was a disaster.', 'it was a disaster', 'neutral'],
  ] as const)('%s', (text, quote, expected) => {
    const [claim] = refineStance(text, [{ quote, cue: 'said', speaker: 'speaker' }], levy);
    expect(claim!.stance, claim!.stanceReason.summary).toBe(expected);
  });
});

describe('a claim that points at the speaker\'s own position', () => {
  const later = '\nShops opened late.\nPrices rose.\nRain fell.\n';
  it.each([
    [`The premier backed the sugar tax on Monday.${later}"Our position is well known," the premier said.`, 'the sugar tax', 'backed', 'Our position is well known', 'support'],
    [`The premier rejected the sugar tax on Monday.${later}"My view has not changed," the premier said.`, 'the sugar tax', 'rejected', 'My view has not changed', 'oppose'],
    // someone else's position, or no position stated
    [`The premier backed the sugar tax on Monday.${later}"Their position is well known," the premier said.`, 'the sugar tax', 'backed', 'Their position is well known', 'neutral'],
    [`The premier visited the bakery on Monday.${later}"Our position is well known," the premier said.`, 'the bakery', 'visited', 'Our position is well known', 'neutral'],
  ] as const)('%s', (text, firstQuote, firstCue, quote, expected) => {
    const [, claim] = refineStance(text, [
      { quote: firstQuote, cue: firstCue, speaker: 'premier' },
      { quote, cue: 'said', speaker: 'premier' },
    ], levy);
    expect(claim!.stance, claim!.stanceReason.summary).toBe(expected);
  });
});

describe('a claim that tells what happened keeps its own neutral reading', () => {
  const stated = 'The premier rejected the sugar tax on Monday.\n';
  it.each([
    // the past, the perfect and the progressive tell what happened: nothing is lent
    [`${stated}The premier said sugar tax receipts were falling in the north.`, 'sugar tax receipts were falling in the north', 'neutral'],
    [`${stated}The premier said the two parties reached a deal on the sugar tax last night.`, 'the two parties reached a deal on the sugar tax last night', 'neutral'],
    [`${stated}The premier said the sugar tax had been voted on twice.`, 'the sugar tax had been voted on twice', 'neutral'],
    [`${stated}The premier said the soda levy is raising less than planned.`, 'the soda levy is raising less than planned', 'neutral'],
    [`${stated}The premier said the sugar tax took effect in May.`, 'the sugar tax took effect in May', 'neutral'],
    [`${stated}The premier said it was a small sugar tax.`, 'it was a small sugar tax', 'neutral'],
    // what should or will be, the speaker's own outlook, or the present: the stated position stands
    [`${stated}The premier said the sugar tax would be voted on in May.`, 'the sugar tax would be voted on in May', 'oppose'],
    [`${stated}The premier said we voted on the sugar tax twice.`, 'we voted on the sugar tax twice', 'oppose'],
    [`${stated}The premier said the sugar tax is on the agenda again.`, 'the sugar tax is on the agenda again', 'oppose'],
    [`${stated}The premier said the sugar tax comes up for a vote in June.`, 'the sugar tax comes up for a vote in June', 'oppose'],
    [`${stated}The premier said the sugar tax could return in autumn.`, 'the sugar tax could return in autumn', 'oppose'],
  ] as const)('%s', (text, quote, expected) => {
    const [, claim] = refineStance(text, [
      { quote: 'the sugar tax on Monday', cue: 'rejected', speaker: 'premier' },
      { quote, cue: 'said', speaker: 'premier' },
    ], levy);
    expect(claim!.stance, claim!.stanceReason.summary).toBe(expected);
    expect(claim!.rules).toContain(expected === 'neutral' ? 'enrich/stance:event-report' : 'enrich/stance:inherited');
  });

  it('works the same on other topics', () => {
    const text = [
      '"The embargo is a mistake," the trade minister said.',
      'The trade minister said exporters had lost the embargo case in court.',
      'The trade minister said the embargo stays in force until June.',
    ].join('\n');
    const [, past, present] = refineStance(text, [
      { quote: 'The embargo is a mistake', cue: 'said', speaker: 'minister' },
      { quote: 'exporters had lost the embargo case in court', cue: 'said', speaker: 'minister' },
      { quote: 'the embargo stays in force until June', cue: 'said', speaker: 'minister' },
    ], sanctions);
    expect(past!.stance, past!.stanceReason.summary).toBe('neutral');
    expect(past!.stanceReason.inheritedFrom).toBeUndefined();
    expect(present!.stance, present!.stanceReason.summary).toBe('oppose');
  });
});

describe('only a position the speaker stated is lent', () => {
  it('lends no stance that the narration around a claim carried', () => {
    const text = [
      'The dockers\' union dropped its opposition to the export ban, days after threatening to close every port.',
      'The union said the export ban is on the table again.',
    ].join('\n');
    const [threat, later] = refineStance(text, [
      { quote: 'to close every port', cue: 'threatening', speaker: 'union' },
      { quote: 'the export ban is on the table again', cue: 'said', speaker: 'union' },
    ], sanctions);
    expect(threat!.stance, threat!.stanceReason.summary).not.toBe('neutral');
    expect(later!.stance, later!.stanceReason.summary).toBe('neutral');
    expect(later!.stanceReason.inheritedFrom).toBeUndefined();
  });

  it('still lends a stance said by the reporting cue or in the quote', () => {
    const text = [
      'The dockers\' union rejected the export ban, days after a strike.',
      'The union said the export ban is on the table again.',
    ].join('\n');
    const [, later] = refineStance(text, [
      { quote: 'the export ban', cue: 'rejected', speaker: 'union' },
      { quote: 'the export ban is on the table again', cue: 'said', speaker: 'union' },
    ], sanctions);
    expect(later!.stance, later!.stanceReason.summary).toBe('oppose');
    expect(later!.rules).toContain('enrich/stance:inherited');
  });
});

describe('a stance on another speaker\'s move takes or goes against their side', () => {
  const opener = 'Minister Lena Varga rejected the sugar tax on Monday.\n';
  it.each([
    [`${opener}Senator Omar Haddad welcomed Varga's move on Tuesday.`, "Varga's move on Tuesday", 'welcomed', 'oppose'],
    [`${opener}Senator Omar Haddad praised Varga's stance on the sugar tax.`, "Varga's stance on the sugar tax", 'praised', 'oppose'],
    [`${opener}Senator Omar Haddad condemned Varga's decision.`, "Varga's decision", 'condemned', 'support'],
    [`${opener}Senator Omar Haddad rejected Varga's remarks about the sugar tax.`, "Varga's remarks about the sugar tax", 'rejected', 'support'],
    // the owner stated nothing, or the noun names no move: the cue's own reading stands
    [`${opener}Senator Omar Haddad welcomed Petersen's move.`, "Petersen's move", 'welcomed', 'support'],
    [`${opener}Senator Omar Haddad welcomed Varga's husband.`, "Varga's husband", 'welcomed', 'neutral'],
  ] as const)('%s', (text, quote, cue, expected) => {
    const [, claim] = refineStance(text, [
      { quote: 'the sugar tax on Monday', cue: 'rejected', speaker: 'Lena Varga' },
      { quote, cue, speaker: 'Omar Haddad' },
    ], levy);
    expect(claim!.stance, claim!.stanceReason.summary).toBe(expected);
    if (quote.startsWith('Varga') && expected !== 'neutral') expect(claim!.rules).toContain('enrich/stance:sides-with');
  });

  it('works with a backer of the topic too', () => {
    const text = '"We back the embargo," Senator Ruth Okafor said.\nThe trade minister condemned Okafor\'s plan.';
    const [, claim] = refineStance(text, [
      { quote: 'We back the embargo', cue: 'said', speaker: 'Ruth Okafor' },
      { quote: "Okafor's plan", cue: 'condemned', speaker: 'trade minister' },
    ], sanctions);
    expect(claim!.stance, claim!.stanceReason.summary).toBe('oppose');
  });
});
