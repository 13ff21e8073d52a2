import { CodedError } from './catalog/errors'

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
export class AppError extends CodedError<ErrorCode> {
  name = 'AppError'
}

export const invalidInput = (message: string, details?: Record<string, unknown>) =>
  new AppError('INVALID_INPUT', message, details)

/** What the caller sent, quoted back in a message: at most 40 characters (a whole answer is at most 1 MB). */
export const echoed = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max)}…` : text)

/**
 * The most issues of bad input an answer lists, each message clipped: a payload of 20,000 unknown
 * keys must not make an answer past CloudBase's 1 MB (zod names every unknown key).
 */
export const MAX_ISSUES = 20
const MAX_ISSUE_MESSAGE = 200

export const listedIssues = <I extends { message: string }>(issues: readonly I[]): I[] =>
  issues.slice(0, MAX_ISSUES).map((issue) => ({ ...issue, message: echoed(issue.message, MAX_ISSUE_MESSAGE) }))
