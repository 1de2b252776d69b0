/**
 * Stable error codes shared by every cloud function and the client.
 * Codes never change meaning once shipped: clients branch on them.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNKNOWN_FUNCTION',
  'UNKNOWN_ACTION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'PRIVACY_CONSENT_REQUIRED',
  'DEV_SIGN_IN_DISABLED',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
  // Training salons: why a registration was refused (the client shows the message; codes let it branch).
  'REGISTRATION_CLOSED',
  'SESSION_CANCELLED',
  'ENTERPRISE_LIMIT_REACHED',
  'AUDIENCE_RESTRICTED',
  'HOLD_EXPIRED',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]
