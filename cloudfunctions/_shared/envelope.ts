import { AppError, type ErrorCode } from './errors'

/** The one answer shape of every call (docs/api.md). */
export type Envelope<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ErrorCode; message: string; details?: Record<string, unknown> } }

export const success = <T>(data: T): Envelope<T> => ({ ok: true, data })

/** Turns anything thrown into an envelope; unexpected errors never leak their internals. */
export function failure(error: unknown): Envelope<never> {
  if (error instanceof AppError) {
    return { ok: false, error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } }
  }
  return { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }
}
