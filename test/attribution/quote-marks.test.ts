import { describe, expect, it } from 'vitest';
import { pairQuoteMarks } from '../../src/attribution/quote-marks.js';

function inner(text: string): string[] {
  return pairQuoteMarks(text, 0, text.length).quotations.map((q) => text.slice(q.open + 1, q.close));
}

describe('pairQuoteMarks', () => {
  it.each([
    ['straight', 'He said "we will stay" and left.', ['we will stay']],
    ['curly', 'She said “the talks failed” today.', ['the talks failed']],
    ['single curly', 'A ‘short’ note.', ['short']],
    ['single straight', "'It is fine,' he said.", ['It is fine,']],
    ['guillemets', 'Il a dit «non merci» hier.', ['non merci']],
    ['low-high', 'Er sagte „nein danke“ gestern.', ['nein danke']],
    ['nested', '“He told me ‘never again’ twice,” she said.', ['He told me ‘never again’ twice,', 'never again']],
    ['two in a row', '"One," he said. "Two."', ['One,', 'Two.']],
    ['mark after a comma', 'to stop,"the senator wrote.', []],
    ['doubled apostrophes', "Paying no tax ''makes me smart,'' he said.", ['makes me smart,']],
    ['doubled apostrophes opening a line', "''We will win,'' she said. ''It is over.''", ['We will win,', 'It is over.']],
    [
      'a single quotation closing with the doubled one',
      "''I told him, 'You are wrong,''' she said.",
      ["I told him, 'You are wrong,'", 'You are wrong,'],
    ],
    ['a single quotation opening with the doubled one', "'''Night Train,''' he said.", ["'Night Train,'", 'Night Train,']],
  ])('%s', (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  it.each([
    ['curly opened, straight closed', '“We will stay," she said.', ['We will stay,']],
    ['curly closed by an opening curly mark', '“We will stay,“ she said.', ['We will stay,']],
    ['straight opened, closed by an opening curly mark', 'He left. "We will stay.“ She nodded.', ['We will stay.']],
    ['straight opened, curly closed', '"We will stay,” she said.', ['We will stay,']],
    ['a straight pair inside a curly one', '“He told me "never" twice,” she said.', ['He told me "never" twice,', 'never']],
    ['a curly opener after a space still opens', '“We said “no” twice,” she said.', ['We said “no” twice,', 'no']],
    ['one right mark on both sides, as Swedish prints it', 'Hon sa ”vi stannar” i går.', ['vi stannar']],
    ['a right mark opening a sentence', 'Photo: Agency. ”We will stay,” she said.', ['We will stay,']],
    ['a right mark closing a curly pair is no opener', '“We will stay” ”and fight.”', ['We will stay', 'and fight.']],
  ])('pairs the mixed marks of scraped text: %s', (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  it.each([
    ["don't and can't", "We don't know and can't say."],
    ['possessive curly', 'Poland’s army and Chile’s navy.'],
    ['plural possessive', "The soldiers' families and the troops’ gear."],
    ['decade', "Back in the '90s it was different."],
  ])('apostrophes are not quotations: %s', (_name, text) => {
    expect(inner(text)).toEqual([]);
  });

  it('reports an opening mark left unclosed', () => {
    const text = 'Intro. “We will keep going';
    const scan = pairQuoteMarks(text, 0, text.length);
    expect(scan.quotations).toEqual([]);
    expect(scan.dangling).toBe(text.indexOf('“'));
  });

  it('stays inside the stretch it is given', () => {
    const text = '“one two” “three four”';
    expect(pairQuoteMarks(text, 10, text.length).quotations.map((q) => text.slice(q.open + 1, q.close))).toEqual(['three four']);
  });

  it('reads long runs of stray marks without error', () => {
    const text = '“'.repeat(50_000) + '"'.repeat(50_000) + '’'.repeat(10_000);
    const scan = pairQuoteMarks(text, 0, text.length);
    for (const q of scan.quotations) expect(q.open).toBeLessThan(q.close);
  });
});
