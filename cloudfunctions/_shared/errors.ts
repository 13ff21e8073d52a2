/** Error codes of the contract (docs/api.md) and their HTTP statuses, in that order. */
export const HTTP_STATUS = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const

export type ErrorCode = keyof typeof HTTP_STATUS

/** A failure the caller may see: `message` is Chinese and says what went wrong. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const invalidInput = (message: string, details?: Record<string, unknown>) =>
  new AppError('INVALID_INPUT', message, details)
