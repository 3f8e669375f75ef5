import { cleanText } from '../../src/clean/index.js';
import type { CleanResult, CleanSettings } from '../../src/clean/types.js';
import { chromeLexicon } from '../../src/lang/en/chrome.js';

export const noOptions: CleanSettings = {
  url: null,
  publisher: null,
  published: null,
  chromeLexicon,
};

/** Hand-written prose paragraphs (no seed text) long enough to read as an article body. */
export const body = [
  'The city council of Marlow voted on Tuesday to double the budget for repairing old water pipes, after a summer in which three neighbourhoods lost running water for days.',
  '"We cannot keep patching a network that was laid before our grandparents were born," the council leader, Ines Okafor, told reporters after the vote.',
  'Opposition members argued that the plan would raise local taxes, and said they would ask the regional auditor to review the cost estimates before work begins next spring.',
  'Engineers hired by the council estimate that a fifth of the treated water is lost through leaks, a share they expect to halve within four years if the programme runs as planned.',
];

export function page(...lines: string[]): string {
  return lines.join('\n');
}

export function run(raw: string, options: Partial<typeof noOptions> = {}): CleanResult {
  return cleanText(raw, { ...noOptions, ...options });
}

/** The kept lines of a cleaning, in order. */
export function keptLines(raw: string): string[] {
  return run(raw).text.split('\n');
}

/** The reason each removed line was removed, by its text. */
export function reasons(raw: string): Map<string, string> {
  return new Map(run(raw).removed.map((line) => [line.text, line.reason]));
}
