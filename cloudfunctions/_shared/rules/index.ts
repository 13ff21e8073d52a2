/** The rules engine's public API: validate a request, evaluate it, and what the quiz asks. */
import { parseEvaluateInput } from './facts'
import { evaluate, type EvaluateOutput } from './engine'

export * from './facts'
export * from './engine'
export { deriveSizeClass, sizeFromFacts, sizeFactsOf, classify, type SizeDerivation } from './size'
export { parameter, findParameter, parameterHistory, PARAMETERS, PARAMETER_NAMES, type ParameterName } from './parameters'
export { citationOf } from './citations'

/** `policy.evaluate`: validates the raw request (INVALID_INPUT on error) and evaluates it. */
export function evaluateRequest(raw: unknown, now: Date = new Date()): EvaluateOutput {
  return evaluate(parseEvaluateInput(raw, now))
}
