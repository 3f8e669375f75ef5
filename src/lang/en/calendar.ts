/** A month or weekday name, lower-case, with the abbreviations news writes for it. */
export interface CalendarName {
  name: string;
  abbreviations: readonly string[];
}

/** The months in calendar order. "May" has no abbreviation: it is short already. */
export const MONTH_NAMES: readonly CalendarName[] = [
  { name: 'january', abbreviations: ['jan'] },
  { name: 'february', abbreviations: ['feb'] },
  { name: 'march', abbreviations: ['mar'] },
  { name: 'april', abbreviations: ['apr'] },
  { name: 'may', abbreviations: [] },
  { name: 'june', abbreviations: ['jun'] },
  { name: 'july', abbreviations: ['jul'] },
  { name: 'august', abbreviations: ['aug'] },
  { name: 'september', abbreviations: ['sep', 'sept'] },
  { name: 'october', abbreviations: ['oct'] },
  { name: 'november', abbreviations: ['nov'] },
  { name: 'december', abbreviations: ['dec'] },
];

/** The weekdays from Monday. */
export const WEEKDAY_NAMES: readonly CalendarName[] = [
  { name: 'monday', abbreviations: ['mon'] },
  { name: 'tuesday', abbreviations: ['tue', 'tues'] },
  { name: 'wednesday', abbreviations: ['wed'] },
  { name: 'thursday', abbreviations: ['thu', 'thurs'] },
  { name: 'friday', abbreviations: ['fri'] },
  { name: 'saturday', abbreviations: ['sat'] },
  { name: 'sunday', abbreviations: ['sun'] },
];

/** The three letters every written form of a month begins with ("jan", "may", "sep"), in calendar order. */
export const MONTH_STEMS: readonly string[] = MONTH_NAMES.map(({ name }) => name.slice(0, 3));

/** Month abbreviations as written with their dot ("jan.", "sept."): they do not end a sentence. */
export const DOTTED_MONTH_ABBREVIATIONS: readonly string[] = MONTH_NAMES.flatMap(({ abbreviations }) =>
  abbreviations.map((abbreviation) => `${abbreviation}.`),
);

/**
 * Every written form of the names, each name's longer forms before its shorter ones, so that a regex alternation
 * built from them tries "september" before "sept" and "sep", as an optional suffix would.
 */
export function writtenForms(names: readonly CalendarName[]): string[] {
  return names.flatMap(({ name, abbreviations }) => [name, ...abbreviations].sort((a, b) => b.length - a.length));
}

/**
 * A line that is only an entry's time stamp in a live blog or digest ("18.40 CET", "10:05am", "2h ago", "Updated at
 * 16.20 BST"): no date, so no dateline, but it separates entries of one article as a blank line would.
 */
export const TIME_STAMP_LINE =
  /^(?:(?:updated|posted|published)(?: at)?:? )?(?:\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?|\d{1,3} ?(?:h|hrs?|hours?|m|mins?|minutes?) ago)$/i;
