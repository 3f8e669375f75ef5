import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, TIME_STAMP_LINE, writtenForms } from '../../../src/lang/en/calendar.js';
import { MONTHS } from '../../../src/lang/en/words.js';

describe('month names', () => {
  const alternation = new RegExp(`^(?:${writtenForms(MONTH_NAMES).join('|')})`, 'i');

  it.each([
    ['September 3', 'September'],
    ['Sept. 3', 'Sept'],
    ['Sep 3', 'Sep'],
    ['january', 'january'],
    ['Jan 3', 'Jan'],
    ['May', 'May'],
  ])('an alternation built from the forms takes the longest form of %j', (text, form) => {
    expect(alternation.exec(text)?.[0]).toBe(form);
  });

  it.each([
    ['march', true],
    ['sept.', true],
    ['jan.', true],
    ['may.', false],
    ['sept', false],
    ['mars', false],
  ])('token %j is a month: %s', (normal, expected) => {
    expect(MONTHS.has(normal)).toBe(expected);
  });
});

describe('a live blog entry’s time stamp', () => {
  it.each(['18.40 CET', '9:05', '10:05am', '10.05 p.m.', '2h ago', '45 mins ago', 'Updated at 16.20 BST', 'Posted: 07:15'])('%s is a stamp', (line) => {
    expect(TIME_STAMP_LINE.test(line)).toBe(true);
  });
  it.each(['18.40 CET and rising', 'At 18.40 the ferry left', 'Two hours ago', '2024', '12.5%', 'Updated'])('%s is not', (line) => {
    expect(TIME_STAMP_LINE.test(line)).toBe(false);
  });
});
