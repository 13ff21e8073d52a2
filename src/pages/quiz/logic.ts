/** The quiz's pure logic on the device: answering a screen or a fact, the result link. Which questions to show is the function's (policy.quiz). */
import type { Audience, EvaluateRequest, FactName, Facts, Screen, ScreenAnswers } from '../../services/policy'

/** The facts and screening answers after a screen is answered (undefined clears it): 否 answers what it holds back. */
export function answerScreen(state: { facts: Facts; screens: ScreenAnswers }, screen: Screen, answer: boolean | undefined): { facts: Facts; screens: ScreenAnswers } {
  const facts = { ...state.facts }
  ;(Object.keys(screen.no) as FactName[]).forEach((f) => {
    if (facts[f] === screen.no[f]) delete facts[f]
  })
  if (answer === false) Object.assign(facts, screen.no)
  const screens = { ...state.screens }
  if (answer === undefined) delete screens[screen.name]
  else screens[screen.name] = answer
  return { facts, screens }
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
