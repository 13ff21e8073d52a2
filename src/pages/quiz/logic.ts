/** The quiz's pure logic: which questions to ask and in what order, how many remain, the result link. */
import type { Audience, EvaluateRequest, EvaluateResponse, EvaluateResult, FactName, Facts, Question, Screen } from '../../services/policy'

/** Every fact some result still needs. */
function missingFacts(results: readonly EvaluateResult[]): Set<FactName> {
  const missing = new Set<FactName>()
  for (const r of results) for (const f of r.missing ?? []) missing.add(f)
  return missing
}

export interface VisibleQuestion {
  question: Question
  /** A result still needs it (and it is unanswered). */
  needed: boolean
}

/** Screening answers by screen name: true 是, false 否. */
export type ScreenAnswers = Partial<Record<string, boolean>>

/** A screen's answer: as given, else read from the facts (a result handed back carries facts only). */
export function screenAnswer(screen: Screen, facts: Facts, answers: ScreenAnswers): boolean | undefined {
  const given = answers[screen.name]
  if (given !== undefined) return given
  const impliedByNo = (f: FactName) => f in screen.no && screen.no[f] === facts[f]
  if (screen.opens.some((f) => facts[f] !== undefined && !impliedByNo(f))) return true
  const no = Object.keys(screen.no) as FactName[]
  return no.length > 0 && no.every(impliedByNo) ? false : undefined
}

/** Facts no selected audience may be asked yet: each audience has a screen for it and none answered 是. */
function heldBack(screens: readonly Screen[], audience: readonly Audience[], facts: Facts, answers: ScreenAnswers): Set<FactName> {
  const held = new Set<FactName>()
  for (const f of new Set(screens.flatMap((s) => s.opens))) {
    const closed = audience.every((a) => {
      const gates = screens.filter((s) => s.audience === a && s.opens.includes(f))
      return gates.length > 0 && !gates.some((s) => screenAnswer(s, facts, answers) === true)
    })
    if (closed) held.add(f)
  }
  return held
}

export interface QuizState {
  audience: readonly Audience[]
  facts: Facts
  screens: ScreenAnswers
  /** the measure asked about alone */
  focus?: number
}

export interface QuizStep {
  screens: { screen: Screen; answer: boolean | undefined }[]
  questions: VisibleQuestion[]
  answered: number
  /** exactly the unanswered screens and questions shown */
  remaining: number
}

/**
 * What the quiz shows now: the screening questions of the audiences that some result still
 * depends on (and those answered), then the facts some result still needs that no screen holds
 * back, and those answered (except what a 否 answered). The count is of what is shown.
 */
export function quizStep(catalogue: readonly Question[], screens: readonly Screen[], state: QuizState, evaluation: EvaluateResponse | undefined): QuizStep {
  const { audience, facts, focus } = state
  const missing = missingFacts((evaluation?.results ?? []).filter((r) => focus === undefined || r.measure === focus))
  const held = heldBack(screens, audience, facts, state.screens)
  const shownScreens = screens
    .filter((s) => audience.includes(s.audience))
    .map((screen) => ({ screen, answer: screenAnswer(screen, facts, state.screens) }))
    // Unanswered, a screen shows when a result needs a fact only it opens (a fact several open proves nothing).
    .filter(({ screen, answer }) => answer !== undefined || screen.opens.some((f) => missing.has(f) && !screens.some((o) => o !== screen && o.audience === screen.audience && o.opens.includes(f))))
  const answeredByNo = new Set(
    shownScreens.flatMap(({ screen, answer }) => (answer === false ? (Object.keys(screen.no) as FactName[]).filter((f) => screen.no[f] === facts[f]) : [])),
  )
  const questions = catalogue
    .filter((q) => !answeredByNo.has(q.name) && (facts[q.name] !== undefined || (missing.has(q.name) && !held.has(q.name))))
    .map((question) => ({ question, needed: facts[question.name] === undefined }))
  const open = shownScreens.filter((s) => s.answer === undefined).length + questions.filter((q) => q.needed).length
  return { screens: shownScreens, questions, answered: shownScreens.length + questions.length - open, remaining: open }
}

/** The facts and screening answers after a screen is answered (undefined clears it): 否 answers what it holds back. */
export function answerScreen(state: Pick<QuizState, 'facts' | 'screens'>, screen: Screen, answer: boolean | undefined): Pick<QuizState, 'facts' | 'screens'> {
  const facts = { ...state.facts }
  for (const f of Object.keys(screen.no) as FactName[]) if (facts[f] === screen.no[f]) delete facts[f]
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
