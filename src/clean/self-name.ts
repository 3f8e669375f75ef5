import { newsroomCredit } from '../lang/en/companies.js';
import { normaliseChromeLine } from './compile.js';
import type { LineInfo, LineTable } from './classify.js';
import type { NameSpan } from './publisher.js';

/** An outlet's name: a few capitalised words, "of" or "the" between them ("Voice of the North"). */
const OUTLET_NAME = /^(?:The )?\p{Lu}[\p{L}\p{N}.&'’-]*(?: (?:(?:of|the|and) ){0,2}\p{Lu}[\p{L}\p{N}.&'’-]*){0,4}$/u;
/** "Headline | Outlet": the page's name after the last bar of its title. */
const PIPE_SUFFIX = /\s\|\s([^|]{2,60})$/u;
const MAX_CREDIT_WORDS = 8;
/** Asked of every short line above the body: the leads with their space, the staff words longest first, made once. */
const SPECIAL_TO_LEADS = newsroomCredit.specialTo.map((lead) => `${lead} `);
const BYLINE_LEAD = `${newsroomCredit.bylineLead} `;
const STAFF_WORDS = [...newsroomCredit.staffWords].sort((a, b) => b.length - a.length).map((word) => ` ${word}`);
const WRITING_FOR = newsroomCredit.writingFor.map((word) => ` ${word} `);
const LEADING_THE = /^the\s/iu;

/** Where a title line's headline ends when its page's name follows a bar, or null. */
export function titleSuffixStart(text: string): number | null {
  const match = PIPE_SUFFIX.exec(text);
  return match && OUTLET_NAME.test(match[1]!.trim()) ? match.index : null;
}

/** The page's name after the bar of its title line ("Headline | Harbour Ledger"). */
export function titleSuffixName(info: LineInfo | undefined): NameSpan | null {
  if (!info) return null;
  const start = titleSuffixStart(info.text);
  if (start === null) return null;
  const name = info.text.slice(start).replace(/^\s\|\s/u, '').trim();
  const at = info.start + info.text.lastIndexOf(name);
  return { start: at, end: at + name.length, text: name };
}

/**
 * The newsroom crediting itself on a short line above the body: "Special to the X", "X staff", "By X Staff Writer",
 * "By Jane Roe, X staff", "By Jane Roe for X"; else signing off just below it ("X staff"). `agencies` are the wire
 * agencies of the chrome lexicon, as `normaliseChromeLine` writes them: a byline for one credits the story, not the page.
 */
export function newsroomName(infos: LineTable, body: { first: number; last: number } | null, agencies: ReadonlySet<string>): NameSpan | null {
  const bodyFirst = body ? body.first : 0;
  for (let i = 0; i < Math.min(infos.length, bodyFirst + 1); i++) {
    const name = creditIn(infos.line(i)!, true, agencies);
    if (name) return name;
  }
  if (!body) return null;
  for (let i = body.last + 1; i < Math.min(infos.length, body.last + 1 + SIGN_OFF_REACH); i++) {
    const name = creditIn(infos.line(i)!, false, agencies);
    if (name) return name;
  }
  return null;
}

/** How many lines below the body a newsroom's sign-off may stand, past a share bar or a tag line. */
const SIGN_OFF_REACH = 4;

function creditIn(line: LineInfo, aboveBody: boolean, agencies: ReadonlySet<string>): NameSpan | null {
  if (line.words > MAX_CREDIT_WORDS) return null;
  const name = (aboveBody ? (specialTo(line.text) ?? writingFor(line.text, agencies)) : null) ?? staffOf(line.text);
  if (!name) return null;
  const at = line.start + line.text.indexOf(name);
  return { start: at, end: at + name.length, text: name };
}

function specialTo(text: string): string | null {
  const trimmed = text.trim();
  for (const lead of SPECIAL_TO_LEADS) {
    if (!trimmed.startsWith(lead)) continue;
    const name = withoutFinalStop(trimmed.slice(lead.length));
    if (OUTLET_NAME.test(name) && !newsroomCredit.notNames.includes(name)) return name;
  }
  return null;
}

function staffOf(text: string): string | null {
  let trimmed = withoutFinalStop(text.trim());
  if (trimmed.startsWith(BYLINE_LEAD)) trimmed = trimmed.slice(BYLINE_LEAD.length);
  // "By Ana Ruiz, Marlow Courier staff": the credit after the writer's name.
  const comma = trimmed.lastIndexOf(', ');
  if (comma !== -1) trimmed = trimmed.slice(comma + 2);
  for (const word of STAFF_WORDS) {
    if (!trimmed.endsWith(word)) continue;
    const name = trimmed.slice(0, trimmed.length - word.length);
    if (OUTLET_NAME.test(name) && !newsroomCredit.notNames.includes(name)) return name;
  }
  return null;
}

/** "By Jane Roe for the Harbour Ledger", "By JANE ROE, POLITICAL EDITOR FOR MAILONLINE": the outlet the writer writes for. */
function writingFor(text: string, agencies: ReadonlySet<string>): string | null {
  const trimmed = withoutFinalStop(text.trim());
  if (!trimmed.startsWith(BYLINE_LEAD)) return null;
  const at = Math.max(...WRITING_FOR.map((word) => trimmed.lastIndexOf(word)));
  if (at === -1) return null;
  const after = trimmed.slice(at).trim();
  const name = after.slice(after.indexOf(' ') + 1).replace(LEADING_THE, '');
  return OUTLET_NAME.test(name) && !newsroomCredit.notNames.includes(name) && !agencies.has(normaliseChromeLine(name)) ? name : null;
}

/** The text without one full stop or comma at its end. */
function withoutFinalStop(text: string): string {
  return text.endsWith('.') || text.endsWith(',') ? text.slice(0, -1) : text;
}
