import * as chrono from 'chrono-node/en';

/**
 * The one place claimex reads dates with chrono. Two readings, each set up once: full calendar dates from chrono's
 * own strict preset (datelines, where day, month and year must all be written), and days from a casual chrono
 * without clock times (statements, where "yesterday" and "on Monday" count). They stay two because the casual
 * parsers would read "today" in a dateline as a certain date and the strict ones miss the casual days.
 */

/** chrono's strict preset, which the library builds on import: claimex configures nothing on it. */
export function fullDateReader(): chrono.Chrono {
  return chrono.strict;
}

/**
 * chrono's parsers for clock times and for spans of time ("within 3 hours", "2 weeks later", "3 days ago") are
 * dropped: statements are dated to the day, and compiling their patterns was most of chrono's ~350 ms first parse.
 * A parser is matched by class name, which the build keeps through a user's minifier (tsup.config.ts names each parser class at build).
 */
const UNUSED_PARSERS: ReadonlySet<string> = new Set([
  'ENTimeExpressionParser', 'ENCasualTimeParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser',
  'ENTimeUnitAgoFormatParser', 'ENTimeUnitCasualRelativeFormatParser', 'ENEndOfCurrentMonthParser', 'ENMonthNameParser',
  'ENSlashMonthFormatParser',
]);

let dayChrono: chrono.Chrono | undefined;

/** The day-reading chrono, built on first use and shared: its configuration never changes. */
export function dayReader(): chrono.Chrono {
  dayChrono ??= new chrono.Chrono({
    parsers: chrono.casual.parsers.filter((parser) => !UNUSED_PARSERS.has(parser.constructor.name)),
    refiners: chrono.casual.refiners,
  });
  return dayChrono;
}
