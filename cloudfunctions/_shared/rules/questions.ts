/**
 * The quiz's questions: each fact as the quiz asks it (in plain words, its hint's numbers read as
 * of a date), and the screening questions asked before them.
 */
import { FACT_NAMES, FACTS, type Audience, type FactKind, type FactName, type FactOption, type Facts } from './facts'
import { lookupAsOf } from './measures'

export interface Question {
  name: FactName
  label: string
  hint: string
  kind: FactKind
  /** beside a number input: 人, 元, 个月 */
  unit?: string
  /** the largest value accepted */
  max?: number
  /** a money fact people think of in 万元: typed in 万元, answered in whole yuan */
  askInWan?: true
  options?: readonly FactOption[]
}

/** The quiz's own wording where the fact's record (which error messages quote) reads like a form. */
const ASKED: Partial<Record<FactName, { label?: string; hint?: string; askInWan?: true }>> = {
  ownership: { label: '企业是哪类企业？' },
  industry: { label: '企业主要做哪一行？' },
  employees: { label: '企业一共有多少人？' },
  revenue: { label: '上年度营业收入', hint: '上一年度的营业收入，按万元填写。', askInWan: true },
  totalAssets: { label: '资产总额', hint: '资产负债表上的资产总额，按万元填写。', askInWan: true },
  uiPremiumsLastYear: { label: '上年度实际缴纳的失业保险费', hint: '上一年度企业和职工实际缴纳的失业保险费合计，按万元填写。', askInWan: true },
  employerOwnership: { label: '您在哪类单位工作？', hint: '个人补贴面向民营企业职工。' },
}

export function question(name: FactName, asOf: string): Question {
  const f = FACTS[name]
  const asked = ASKED[name] ?? {}
  const hint = asked.hint ?? (typeof f.hint === 'string' ? f.hint : f.hint(lookupAsOf(asOf)))
  const out: Question = { name, label: asked.label ?? f.label, hint, kind: f.kind }
  if ('max' in f) {
    out.unit = f.unit
    out.max = f.max
    if (asked.askInWan) out.askInWan = true
  } else out.options = f.options
  return out
}

/**
 * The order the quiz asks in: api.md's, except that recent graduates come before hires with
 * employment difficulties — graduates hired by a small firm settle the social-insurance subsidy
 * either way, while difficult hires would make the graduates question vanish once asked (and the
 * count of questions left would have promised one too many).
 */
const QUIZ_ORDER: readonly FactName[] = FACT_NAMES.filter((f) => f !== 'graduateHires').flatMap((f) => (f === 'difficultHires' ? ['graduateHires', f] : [f]))

/** Every fact, in the quiz's order. */
export const questions = (asOf: string): Question[] => QUIZ_ORDER.map((name) => question(name, asOf))

/**
 * A yes/no question asked before the facts it opens: until 是, none of them is asked of its
 * audience; 否 answers them (`no`) so that the provisions they decide are settled.
 */
export interface Screen {
  name: string
  label: string
  audience: Audience
  opens: readonly FactName[]
  no: Facts
}

export const SCREENS: readonly Screen[] = [
  { name: 'hired', label: '近半年新招用了员工吗？', audience: 'enterprise', opens: ['newHires', 'difficultHires', 'difficultHireMonths'], no: { newHires: 0, difficultHires: 0 } },
  { name: 'graduates', label: '近期招用了应届毕业生吗？', audience: 'enterprise', opens: ['graduateHires'], no: { graduateHires: 0 } },
  { name: 'interns', label: '安排过就业见习吗？', audience: 'enterprise', opens: ['interns', 'internMonths', 'localMinimumWage'], no: { interns: 0 } },
  { name: 'training', label: '职工参加过政府补贴性培训或新型学徒制培训吗？', audience: 'enterprise', opens: ['trainedStaff', 'apprentices'], no: { trainedStaff: 0, apprentices: 0 } },
  {
    name: 'founder',
    label: '您是否创办了企业？',
    audience: 'individual',
    opens: ['ownership', 'industry', 'employees', 'revenue', 'totalAssets', 'sizeClass', 'firstTimeFounder', 'operatingMonths'],
    no: { firstTimeFounder: false },
  },
  { name: 'certificate', label: '近期取得了职业资格或职业技能等级证书吗？', audience: 'individual', opens: ['employerOwnership', 'certificateLevel', 'uiContributionMonths'], no: { certificateLevel: null } },
  {
    name: 'contest',
    label: '获得过技能人才称号或技能大赛奖项吗？',
    audience: 'individual',
    opens: ['employerOwnership', 'skillTitle', 'worldSkills', 'nationalContestClass', 'nationalContestPlace'],
    no: { skillTitle: null, worldSkills: null, nationalContestClass: null, nationalContestPlace: null },
  },
]

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
function heldBack(audience: readonly Audience[], facts: Facts, answers: ScreenAnswers): Set<FactName> {
  const opened = new Set(SCREENS.flatMap((s) => s.opens))
  const closed = [...opened].filter((f) =>
    audience.every((a) => {
      const gates = SCREENS.filter((s) => s.audience === a && s.opens.includes(f))
      return gates.length > 0 && !gates.some((s) => screenAnswer(s, facts, answers) === true)
    }),
  )
  return new Set(closed)
}

export interface QuizState {
  audience: readonly Audience[]
  facts: Facts
  screens: ScreenAnswers
  /** the measure asked about alone */
  focus?: number
}

/** What the quiz shows now, by name; `remaining` is exactly the unanswered screens and questions shown. */
export interface QuizStep {
  screens: { name: string; answer: boolean | null }[]
  questions: { name: FactName; needed: boolean }[]
  answered: number
  remaining: number
}

/**
 * The quiz's next step: the screening questions of the audiences that some result still depends
 * on (and those answered), then the facts some result still needs that no screen holds back, and
 * those answered (except what a 否 answered), in the quiz's order. `results`: the evaluation's.
 */
export function quizStep(state: QuizState, results: readonly { measure: number; missing?: readonly FactName[] }[]): QuizStep {
  const { audience, facts, focus } = state
  const missing = new Set(results.filter((r) => focus === undefined || r.measure === focus).flatMap((r) => r.missing ?? []))
  const held = heldBack(audience, facts, state.screens)
  // Unanswered, a screen shows when a result needs a fact only it opens (a fact several open proves nothing).
  const ownFact = (screen: Screen, f: FactName) => missing.has(f) && !SCREENS.some((o) => o !== screen && o.audience === screen.audience && o.opens.includes(f))
  const shown = SCREENS.filter((s) => audience.includes(s.audience))
    .map((screen) => ({ screen, answer: screenAnswer(screen, facts, state.screens) }))
    .filter(({ screen, answer }) => answer !== undefined || screen.opens.some((f) => ownFact(screen, f)))
  const answeredByNo = new Set(shown.flatMap(({ screen, answer }) => (answer === false ? (Object.keys(screen.no) as FactName[]).filter((f) => screen.no[f] === facts[f]) : [])))
  const questions = QUIZ_ORDER.filter((f) => !answeredByNo.has(f) && (facts[f] !== undefined || (missing.has(f) && !held.has(f)))).map((name) => ({ name, needed: facts[name] === undefined }))
  const open = shown.filter((s) => s.answer === undefined).length + questions.filter((q) => q.needed).length
  return {
    screens: shown.map(({ screen, answer }) => ({ name: screen.name, answer: answer ?? null })),
    questions,
    answered: shown.length + questions.length - open,
    remaining: open,
  }
}
