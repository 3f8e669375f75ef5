/** Every error the public API throws is a ClaimexError; switch on `code`, not on the message. */
export type ClaimexErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_OPTIONS'
  | 'INVALID_RULE'
  | 'INVALID_GOLD'
  | 'MODEL_LOAD_FAILED'
  | 'EXTRACTION_FAILED'
  | 'POOL_CLOSED';

export class ClaimexError extends Error {
  override readonly name = 'ClaimexError';
  readonly code: ClaimexErrorCode;
  readonly details: unknown;

  constructor(code: ClaimexErrorCode, message: string, details?: unknown, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.details = details;
  }
}

export function isClaimexError(value: unknown): value is ClaimexError {
  return value instanceof ClaimexError;
}
