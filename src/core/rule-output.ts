import { ClaimexError, describe, isClaimexError } from './errors.js';

/**
 * Guards around the rules and refiners a caller may supply: what one throws or returns wrongly reaches the caller as
 * a ClaimexError that names it, never as a TypeError from deep in a later stage.
 */

/** The optional spans of an attribution. */
const SPAN_FIELDS = ['cue', 'speaker', 'addressee'] as const;

/**
 * The rules and refiners claimex ships. Their tests and the fuzz run hold their output to the shape checked here,
 * so only a caller's own rules and refiners are checked on every call: checking the shipped ones cost 1-2% of an
 * extraction.
 */
const shipped = new WeakSet<object>();

/**
 * Marks rules or refiners as claimex's own, whose output is not checked on every call. They are frozen, so none can
 * be given another `find` or `refine` whose output would then go unchecked; a changed copy is a caller's own.
 */
export function markShipped<T extends object>(rules: readonly T[]): readonly T[] {
  for (const rule of rules) shipped.add(Object.freeze(rule));
  return rules;
}

/** Whether a rule or refiner is one of claimex's own (`markShipped`). */
export function isShipped(rule: object): boolean {
  return shipped.has(rule);
}

/** Runs one rule or refiner; what it throws reaches the caller as RULE_FAILED naming it, the original as `cause`. */
export function runRule<T>(kind: 'attribution rule' | 'refiner', id: string, run: () => T): T {
  try {
    return run();
  } catch (cause) {
    if (isClaimexError(cause)) throw cause;
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ClaimexError('RULE_FAILED', `${kind} "${id}" threw: ${reason}`, { kind, id }, { cause });
  }
}

/** What an attribution rule returned: an array of attributions whose spans lie inside the text. */
export function assertAttributions<T>(id: string, found: readonly T[], textLength: number): readonly T[] {
  if (!Array.isArray(found)) {
    throw new ClaimexError('INVALID_RULE', `attribution rule "${id}" must return an array, returned ${describe(found)}`, { id });
  }
  found.forEach((attribution, index) => assertAttribution(() => `attribution rule "${id}" result #${index}`, id, attribution, textLength));
  return found;
}

/** What a refiner returned: an array of drafts whose attribution spans lie inside the text. */
export function assertDrafts<T>(id: string, drafts: T[], textLength: number): T[] {
  if (!Array.isArray(drafts)) {
    throw new ClaimexError('INVALID_RULE', `refiner "${id}" must return an array of drafts, returned ${describe(drafts)}`, { id });
  }
  drafts.forEach((draft, index) => {
    const where = (): string => `refiner "${id}" draft #${index}`;
    if (typeof draft !== 'object' || draft === null) {
      throw new ClaimexError('INVALID_RULE', `${where()} must be a draft object, got ${describe(draft)}`, { id });
    }
    assertAttribution(() => `${where()}.attribution`, id, (draft as { attribution?: unknown }).attribution, textLength);
  });
  return drafts;
}

/**
 * `where` names the checked value in the error and is called only when a check fails: built eagerly, its strings
 * were made for every span of every draft after every refiner, and on a long article they outlived the young
 * generation (~1.5 MB per MB of article, garbage that stayed until the call's end).
 */
function assertAttribution(where: () => string, id: string, value: unknown, textLength: number): void {
  if (typeof value !== 'object' || value === null) {
    throw new ClaimexError('INVALID_RULE', `${where()} must be an attribution object, got ${describe(value)}`, { id });
  }
  const attribution = value as Partial<Record<(typeof SPAN_FIELDS)[number] | 'quoteSpans' | 'evidence' | 'sentence', unknown>>;
  if (!Array.isArray(attribution.quoteSpans) || attribution.quoteSpans.length === 0) {
    throw new ClaimexError('INVALID_RULE', `${where()}.quoteSpans must be a non-empty array of spans`, { id });
  }
  attribution.quoteSpans.forEach((span: unknown, index) => {
    if (!isSpanWithin(span, textLength)) throw spanError(`${where()}.quoteSpans[${index}]`, id, span, textLength);
  });
  if (!isSpanWithin(attribution.evidence, textLength)) throw spanError(`${where()}.evidence`, id, attribution.evidence, textLength);
  for (const field of SPAN_FIELDS) {
    const span = attribution[field];
    if (span !== null && span !== undefined && !isSpanWithin(span, textLength)) throw spanError(`${where()}.${field}`, id, span, textLength);
  }
  if (typeof attribution.sentence !== 'object' || attribution.sentence === null) {
    throw new ClaimexError('INVALID_RULE', `${where()}.sentence must be the sentence the attribution was read from`, { id });
  }
}

function isSpanWithin(value: unknown, textLength: number): boolean {
  const span = value as { start?: number; end?: number } | null;
  return (
    typeof span === 'object' &&
    span !== null &&
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start! >= 0 &&
    span.start! <= span.end! &&
    span.end! <= textLength
  );
}

function spanError(where: string, id: string, value: unknown, textLength: number): ClaimexError {
  return new ClaimexError('INVALID_RULE', `${where} must be a span { start, end } with 0 <= start <= end <= ${textLength}, got ${describe(value)}`, { id });
}
