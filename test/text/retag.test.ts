import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/analyse.js';
import { extractClaims } from '../../src/index.js';

function tagOf(raw: string, word: string): string | undefined {
  const tokens = analyse(raw, [{ start: 0, end: raw.length }]).sentences.flatMap((sentence) => sentence.tokens);
  return tokens.find((token) => token.value === word)?.pos;
}

describe('retagSayingReadAsAdjective', () => {
  it.each([
    ['Mick Lynch said members would strike again.', 'Lynch', 'said'],
    ['Pat Hope said members would vote on Monday.', 'Hope', 'said'],
  ])('"said" after a name wink took for a verb is the verb, and the name is a name: %s', (raw, name, cue) => {
    expect(tagOf(raw, cue)).toBe('VERB');
    expect(tagOf(raw, name)).toBe('PROPN');
  });

  it('"said" after a determiner stays the adjective', () => {
    expect(tagOf('The court seized the said property on Monday.', 'said')).not.toBe('VERB');
  });

  it.each([
    ['Mick Lynch said members would strike again.', 'Mick Lynch'],
    ['Pat Hope said members would vote on Monday.', 'Pat Hope'],
  ])('gives the claim and its whole speaker: %s', (raw, speaker) => {
    expect(extractClaims(raw).claims.map((claim) => claim.speaker)).toEqual([speaker]);
  });
});

describe('retagAdjectiveHeads', () => {
  it.each([
    ['A young conservative said the race was close.', 'conservative', 'young conservative'],
    ['One Latino liberal says the tax is unfair.', 'liberal', 'One Latino liberal'],
  ])('an adjective heading the subject of a verb of saying is a noun: %s', (raw, word, speaker) => {
    expect(tagOf(raw, word)).toBe('NOUN');
    expect(extractClaims(raw).claims.map((claim) => claim.speaker)).toEqual([speaker]);
  });

  it.each([
    ['The vote was close, said the mayor.', 'close'],
    ['Officials were angry and said so.', 'angry'],
  ])('an adjective not after a determiner keeps its tag: %s', (raw, word) => {
    expect(tagOf(raw, word)).toBe('ADJ');
  });
});

describe('retagNamesReadAsVerbs', () => {
  it.each([
    ['“We need more teachers in the classroom,” Cooper said.', 'Cooper'],
    ['High school teacher Angela Cooper said she left at dawn.', 'Cooper'],
    ['The union leader, Tom Fisher, said the strike would go on, and Fisher added that talks had failed.', 'Fisher'],
    ['“The budget is too small,” Cook told reporters.', 'Cook'],
    ['“We will leave,” Will told reporters.', 'Will'],
  ])('a capitalised word before a lower-case verb is a name: %s', (raw, word) => {
    expect(tagOf(raw, word)).toBe('PROPN');
  });

  it.each([
    ['“Stop talking about budgets,” she said.', 'Stop'],
    ['Stop talking about budgets.', 'Stop'],
    ['Help wanted at the front desk.', 'Help'],
    ['Keep reading for the full story.', 'Keep'],
    ['Watch said the vote was close.', 'Watch'],
    ['The Council Will Delay The Vote', 'Will'],
  ])('a word that opens a sentence or a quotation keeps its tag: %s', (raw, word) => {
    expect(tagOf(raw, word)).not.toBe('PROPN');
  });

  it.each([
    ['Cooper said nothing.', 'Cooper'],
    ['Lynch told reporters the case was closed.', 'Lynch'],
    ['The hearing ended early. Drew says he will appeal.', 'Drew'],
    ['Grant wrote that the plan had failed.', 'Grant'],
  ])('a capitalised verb that opens a sentence right before a finite verb of saying is a name: %s', (raw, word) => {
    expect(tagOf(raw, word)).toBe('PROPN');
  });

  it.each([
    ['“We cannot wait,” said Concord resident Ana Ruiz.', 'Concord'],
    ['“The vote was close,” said Skip Hale, a farmer from the valley.', 'Skip'],
    ['The plan was sound, said Will Doyle, who teaches economics.', 'Will'],
    ['The mayor told Rolling Stone the plan was sound.', 'Rolling'],
  ])('a capitalised "verb" right after a finite verb of saying, before a noun or a comma, is a name: %s', (raw, word) => {
    expect(tagOf(raw, word)).toBe('PROPN');
  });

  it.each([
    ['He said Stop the war was a slogan.', 'Stop'],
    ['She said: “Keep the change.”', 'Keep'],
  ])('a capitalised verb after a cue that no noun or comma follows keeps its tag: %s', (raw, word) => {
    expect(tagOf(raw, word)).not.toBe('PROPN');
  });

  it.each([
    ['Theresa May said the talks would resume.', 'May'],
    ['Prime Minister Theresa May told reporters that the deal was dead.', 'May'],
    ['Critics say Tom Field, a local farmer, has changed his mind.', 'Field'],
    ['“It is over,” Ann June said.', 'June'],
  ])('a capitalised noun after a first name, before a verb or a comma, is a surname: %s', (raw, word) => {
    expect(tagOf(raw, word)).toBe('PROPN');
  });

  it.each([
    ['The Brexit party said it would stand.', 'party'],
    ['The vote is set for Friday May 5.', 'May'],
    ['Officials may say the plan failed.', 'may'],
  ])('a noun after a modifier, before a number or in lower case keeps its tag: %s', (raw, word) => {
    expect(tagOf(raw, word)).not.toBe('PROPN');
  });

  it.each([
    ['Theresa May said the talks would resume next week.', 'Theresa May', 'the talks would resume next week'],
    ['Prime Minister Theresa May said on Monday that the deal was dead.', 'Theresa May', 'the deal was dead'],
    ['Mark April told reporters that the plan would fail.', 'Mark April', 'the plan would fail'],
    ['Brian Will argued that the vote had been rigged.', 'Brian Will', 'the vote had been rigged'],
    ['The plan is dead, Ann June said on Monday.', 'Ann June', 'The plan is dead'],
  ])('a surname that is a month or a modal still speaks: %s', (raw, speaker, quote) => {
    const claims = extractClaims(raw).claims;
    expect(claims.map((claim) => [claim.speaker, claim.quote])).toEqual([[speaker, quote]]);
  });

  it.each([
    ['Sen. Tom Dearly said the plan would fail.', 'Tom Dearly', 'the plan would fail'],
    ['Rep. Tom Early, a Democrat, said the tax was unfair.', 'Tom Early', 'the tax was unfair'],
    ['Pretty said she would be cautious with the budget.', 'Pretty', 'she would be cautious with the budget'],
    ['Young says the vote was rigged.', 'Young', 'the vote was rigged'],
  ])('a surname that is an adjective or an adverb still speaks, whole: %s', (raw, speaker, quote) => {
    const claims = extractClaims(raw).claims;
    expect(claims.map((claim) => [claim.speaker, claim.quote])).toEqual([[speaker, quote]]);
  });

  it.each([
    ['Many said the plan would fail.', 'Many'],
    ['Most said the plan would fail.', 'Most'],
    ['When asked, Kallas said the talks went well.', 'When'],
    ['So said the senator in a speech.', 'So'],
  ])('a word of quantity, a clause opener or an inverted "So said" keeps its tag: %s', (raw, word) => {
    expect(tagOf(raw, word)).not.toBe('PROPN');
  });

  it.each(['Officials may say the plan failed.', 'The ministry may announce that it will leave.'])('a modal before a cue still reports nothing: %s', (raw) => {
    expect(extractClaims(raw).claims).toEqual([]);
  });

  it('lets the attribution find the speaker', () => {
    const claims = extractClaims('“We need to make sure we keep teachers in the classroom,” Cooper said.').claims;
    expect(claims.map((claim) => [claim.speaker, claim.quote])).toEqual([['Cooper', 'We need to make sure we keep teachers in the classroom']]);
  });
});

describe('retagNounsAfterPossessive', () => {
  it.each([
    ['A source familiar with the mayor’s thinking said she would run.', 'thinking', 'NOUN'],
    ['The bank’s conduct was questioned.', 'conduct', 'NOUN'],
  ])('a verb form after a possessive with no noun after it is the owned noun: %s', (raw, word, tag) => {
    expect(tagOf(raw, word)).toBe(tag);
  });

  it.each([
    ['The firm’s growing debt worried investors.', 'growing'],
    ['The firm’s failed bid cost millions.', 'failed'],
  ])('a participle before a noun keeps its tag: %s', (raw, word) => {
    expect(tagOf(raw, word)).not.toBe('NOUN');
  });
});

describe('retagDeterminedAdverbs', () => {
  it.each([
    ['The only doctor said the clinic would close.', 'only', 'ADJ'],
    ['The only doctor said the clinic would close.', 'doctor', 'NOUN'],
    ['Chile, the region’s only ally, said it was opposed.', 'ally', 'NOUN'],
    ['Its only hope is a loan, the owner said.', 'hope', 'NOUN'],
  ])('"only" after a determiner or an owner is an adjective and the word after it a noun: %s (%s)', (raw, word, tag) => {
    expect(tagOf(raw, word)).toBe(tag);
  });

  it('"only" before a verb stays an adverb', () => {
    expect(tagOf('She only said the clinic would close.', 'only')).toBe('ADV');
  });
});
