/** Every error the public API throws is a ClaimexError; switch on `code`, not on the message. */
export type ClaimexErrorCode =
  | 'INVALID_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'INVALID_OPTIONS'
  | 'INVALID_RULE'
  | 'RULE_FAILED'
  | 'INVALID_GOLD'
  | 'MODEL_LOAD_FAILED'
  | 'EXTRACTION_FAILED'
  | 'CLASSIFIER_FAILED'
  | 'POOL_CLOSED';

/**
 * Marks ClaimexErrors across copies of the package (the ESM and the CJS build, two installed versions), where
 * `instanceof` answers false for an error made by the other copy.
 */
const BRAND = Symbol.for('claimex.error');

export class ClaimexError extends Error {
  override readonly name = 'ClaimexError';
  readonly code: ClaimexErrorCode;
  readonly details: unknown;

  constructor(code: ClaimexErrorCode, message: string, details?: unknown, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.details = details;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

export function isClaimexError(value: unknown): value is ClaimexError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/** A short description of a value for an error message: its kind, or its first characters. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return JSON.stringify(value)?.slice(0, 80) ?? 'an object';
  return String(value);
}
