import type { RemovalReason } from '../core/schema.js';
import type { LineInfo, LineTable } from './classify.js';

/** A prose-shaped line this short, wedged between chrome of these kinds, is part of that widget (a pitch, a blurb). */
const WEDGED_MAX_CHARS = 200;
const WIDGET_REASONS: ReadonlySet<RemovalReason> = new Set(['newsletter', 'share', 'social', 'navigation', 'counter', 'copyright']);
const REPORTING = /\b(?:said|says|told|according to|announced|stated)\b/i;

/**
 * Context smoothing for the prose class: a short prose line whose neighbours are both widget chrome takes their
 * class, so a newsletter box's one-sentence blurb does not bridge the body to the footer. Lines that quote or
 * report someone never move.
 */
export function demoteWedgedProse(infos: LineTable): void {
  for (let i = 1; i + 1 < infos.length; i++) {
    if (!infos.flag(i, 'good')) continue;
    const info = infos.line(i)!;
    if (info.chars > WEDGED_MAX_CHARS || info.hasQuote) continue;
    const before = infos.line(i - 1)!.reason;
    const after = infos.line(i + 1)!.reason;
    if (!before || !after || !WIDGET_REASONS.has(before) || !WIDGET_REASONS.has(after)) continue;
    if (REPORTING.test(info.text)) continue;
    info.good = false;
    info.reason = before;
    info.check = 'clean/wedged-between-chrome';
  }
}
