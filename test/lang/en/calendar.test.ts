import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, writtenForms } from '../../../src/lang/en/calendar.js';
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
