import { describe, expect, it } from 'vitest';
import { attribute, pairs } from './helpers.js';

describe('split quotation after a longer attribution sentence', () => {
  it.each([
    ['a time and place after the cue', '"We will rebuild," the mayor said on Monday in Westport. "The river will not beat us."', 'the mayor', 'We will rebuild | The river will not beat us'],
    ['an apposition after the speaker', '"Prices are steady," said Ravi Menon, an economist at a regional bank. "They will stay so."', 'Ravi Menon', 'Prices are steady | They will stay so'],
    ['an addressee and a day', '"I could hardly hear the question," the candidate told a radio host on Sunday. "The line was bad."', 'the candidate', 'I could hardly hear the question | The line was bad'],
    ['a participial tail', '"The ferry is safe," the captain said, pointing at the hull. "It was checked last week."', 'the captain', 'The ferry is safe | It was checked last week'],
    ['a show quoted in the attribution', '"We are ready," she said on "Morning Report." "The vote is close."', 'she', 'We are ready | The vote is close'],
  ])('%s', (_name, text, speaker, quote) => {
    expect(pairs(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['another sentence between', '"We will rebuild," the mayor said. The council disagreed. "It is too late."'],
    ['a quoted fragment of a saying inside the attribution', '"We are ready," she said, adding that the count was "far too slow." "The vote is close."'],
  ])('does not join across %s', (_name, text) => {
    expect(attribute(text).find((found) => found.quote.includes('|'))).toBeUndefined();
  });
});

describe('quotation-run', () => {
  it.each([
    ['a name', ['"The dam is sound," Lena Park said on Friday.', '"We inspected every gate and found no cracks."'], 'Lena Park', 'We inspected every gate and found no cracks'],
    ['a pronoun', ['"Nobody warned us," she said.', '"The water came in the night and took everything."'], 'she', 'The water came in the night and took everything'],
    ['an inverted speaker', ['"Rates will fall," said the governor of the central bank.', '"Inflation is back under control, and wages are rising."'], 'the governor of the central bank', 'Inflation is back under control, and wages are rising'],
    ['several sentences', ['"It was a fair trial," the lawyer said.', '"The jury listened. The judge was patient. We accept the verdict."'], 'the lawyer', 'The jury listened. The judge was patient. We accept the verdict'],
  ])('the next quotation paragraph goes on with %s', (_name, lines, speaker, quote) => {
    const found = attribute(lines.join('\n'));
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ rule: 'attribution/quotation-run', type: 'direct', speaker, quote, cue: null });
  });

  it.each([
    ['the next quotation names its own speaker', ['"The dam is sound," Lena Park said.', '"It is not," the engineer replied.']],
    ['the quotation is only part of its paragraph', ['"The dam is sound," Lena Park said.', '"Sound" is not the word the engineers used in their report.']],
    ['a paragraph of narration between', ['"The dam is sound," Lena Park said.', 'The river rose again overnight.', '"We are watching every gate."']],
    ['the attribution paragraph goes on after the attribution', ['"The dam is sound," Lena Park said. The council met later.', '"We are watching every gate and every pump."']],
  ])('no run when %s', (_name, lines) => {
    expect(attribute(lines.join('\n')).filter((found) => found.rule === 'attribution/quotation-run')).toEqual([]);
  });
});
