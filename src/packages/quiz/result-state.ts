/** The request a result link (resultUrl) carries, read back on the result page and in tests. */
import type { Audience, EvaluateRequest } from '../../services/policy'

const isAudience = (a: unknown): a is Audience => a === 'enterprise' || a === 'individual'

/**
 * The request carried by `resultUrl`, whether the platform decoded the query value or not;
 * undefined when it is missing or malformed.
 */
export function parseResultState(raw: string | undefined): EvaluateRequest | undefined {
  if (!raw) return undefined
  for (const text of [raw, safeDecode(raw), safeDecode(safeDecode(raw))]) {
    try {
      const value = JSON.parse(text) as Partial<EvaluateRequest>
      if (!value || typeof value !== 'object' || typeof value.facts !== 'object' || value.facts === null) continue
      const audience = Array.isArray(value.audience) ? value.audience.filter(isAudience) : []
      if (audience.length === 0) continue
      return { facts: value.facts, audience, ...(typeof value.asOf === 'string' ? { asOf: value.asOf } : {}) }
    } catch {
      // try the next decoding
    }
  }
  return undefined
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
