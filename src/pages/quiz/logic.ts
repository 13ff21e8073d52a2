/** The quiz's pure logic: which questions to ask, how far along the user is, the result link. */
import type { Audience, EvaluateRequest, EvaluateResponse, FactName, Facts, Question } from '../../services/policy'

/** Every fact some result still needs. */
export function missingFacts(evaluation: EvaluateResponse | undefined): Set<FactName> {
  const missing = new Set<FactName>()
  for (const r of evaluation?.results ?? []) for (const f of r.missing ?? []) missing.add(f)
  return missing
}

export interface VisibleQuestion {
  question: Question
  /** A result still needs it (and it is unanswered). */
  needed: boolean
}

/**
 * The questions worth asking, in the catalogue's order: those some result still needs, plus those
 * already answered so that the user can change them.
 */
export function visibleQuestions(catalogue: Question[], facts: Facts, evaluation: EvaluateResponse | undefined): VisibleQuestion[] {
  const missing = missingFacts(evaluation)
  return catalogue
    .filter((q) => missing.has(q.name) || facts[q.name] !== undefined)
    .map((question) => ({ question, needed: facts[question.name] === undefined && missing.has(question.name) }))
}

/** Answered facts, and facts still needed by some result that are not answered yet. */
export function quizProgress(facts: Facts, evaluation: EvaluateResponse | undefined): { answered: number; remaining: number } {
  const answered = (Object.keys(facts) as FactName[]).filter((f) => facts[f] !== undefined)
  const remaining = [...missingFacts(evaluation)].filter((f) => facts[f] === undefined)
  return { answered: answered.length, remaining: remaining.length }
}

/** `facts` with `name` set to `value`, or without it when `value` is undefined. */
export function withFact(facts: Facts, name: FactName, value: Facts[FactName] | undefined): Facts {
  const next = { ...facts }
  if (value === undefined) delete next[name]
  else next[name] = value
  return next
}

export const AUDIENCE_ORDER: readonly Audience[] = ['enterprise', 'individual']

/** The result page of a quiz: the request travels in the query, so the page can be reopened. */
export function resultUrl(request: EvaluateRequest): string {
  return `/packages/quiz/result/index?state=${encodeURIComponent(JSON.stringify(request))}`
}

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
