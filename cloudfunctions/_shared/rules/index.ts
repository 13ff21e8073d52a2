/** The rules' public API: validate a request, evaluate it, and what the quiz and the guide need. */
import { parseEvaluateInput } from './facts'
import { evaluate, type EvaluateOutput } from './engine'

export * from './facts'
export * from './engine'
export { deriveSizeClass, sizeFromFacts, sizeFactsOf, classify, type SizeDerivation } from './size'
export { PARAMETERS, PARAMETER_NAMES, MEASURES, measureRules, parameter, findParameter, parameterHistory, type ParameterName } from './measures'
export { audiencesOf, type AmountRow, type MeasureRules, type Recipient } from './measure'
export { citationOf } from './citations'

/** `policy.evaluate`: validates the raw request (INVALID_INPUT on error) and evaluates it. */
export function evaluateRequest(raw: unknown, now: Date = new Date()): EvaluateOutput {
  return evaluate(parseEvaluateInput(raw, now))
}
