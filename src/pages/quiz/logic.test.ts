/** The quiz's question flow walked against the real rules: who is asked what, and whether the count tells the truth. */
import { evaluate } from '../../../cloudfunctions/_shared/rules/engine'
import { policyService } from '../../../cloudfunctions/_shared/services/policy'
import type { Audience, EvaluateResponse, FactValue, Question, Screen } from '../../services/policy'
import { answerScreen, quizStep, withFact, type QuizState } from './logic'

const { facts: catalogue, screens } = policyService.questions(new Date('2026-11-28T04:00:00Z'))
// The app's loose fact values, as the engine's typed ones (the function validates them on the way in).
const run = (s: QuizState, asOf = '2026-11-28') => evaluate({ facts: s.facts, audience: [...s.audience], asOf } as Parameters<typeof evaluate>[0]) as EvaluateResponse

/** A plausible answer to any question: the first option, a small count, a year, a million yuan. */
const plausible = (q: Question): FactValue =>
  q.options ? q.options[0].value : q.kind === 'months' ? 12 : q.kind === 'money' ? Math.min(1_000_000, q.max ?? 0) : 5

const ENTERPRISE_FACTS = new Set(['ownership', 'industry', 'employees', 'revenue', 'totalAssets', 'sizeClass', 'insuredStaff', 'layoffsLastYear', 'uiPremiumsLastYear', 'trainedStaff', 'apprentices', 'newHires', 'difficultHires', 'difficultHireMonths', 'graduateHires', 'interns', 'internMonths', 'localMinimumWage'])

/**
 * Answers the quiz top to bottom as the page shows it (screens first), checking at every step that
 * the count is what is shown and never more than the answers still to give.
 */
function walk(audience: Audience[], screenSays: (s: Screen) => boolean, init: Partial<QuizState> = {}, asOf = '2026-11-28') {
  let state: QuizState = { audience, facts: {}, screens: {}, ...init }
  const asked: string[] = []
  const counts: number[] = []
  for (;;) {
    const step = quizStep(catalogue, screens, state, run(state, asOf))
    expect(step.remaining).toBe(step.screens.filter((s) => s.answer === undefined).length + step.questions.filter((q) => q.needed).length)
    counts.push(step.remaining)
    if (step.remaining === 0) break
    const screen = step.screens.find((s) => s.answer === undefined)
    if (screen) {
      state = { ...state, ...answerScreen(state, screen.screen, screenSays(screen.screen)) }
      asked.push(screen.screen.label)
    } else {
      const { question } = step.questions.find((q) => q.needed) as { question: Question }
      state = { ...state, facts: withFact(state.facts, question.name, plausible(question)) }
      asked.push(question.name)
    }
    if (asked.length > 60) throw new Error('the quiz never ends')
  }
  // The count never promised more than was then asked.
  counts.forEach((c, i) => expect(c).toBeLessThanOrEqual(asked.length - i))
  return { asked, state, final: run(state, asOf) }
}

describe('the quiz asks plainly', () => {
  it('asks an individual who has done none of it the screening questions and nothing else', () => {
    const { asked, final } = walk(['individual'], () => false, {}, '2021-12-01')
    expect(asked).toEqual(['您是否创办了企业？', '近期取得了职业资格或职业技能等级证书吗？', '获得过技能人才称号或技能大赛奖项吗？'])
    expect(final.results.filter((r) => r.status === 'needs-info')).toEqual([])
    // Once 第11条's relaxed conditions ended, no certificate question is left to screen for.
    expect(walk(['individual'], () => false).asked).toEqual(['您是否创办了企业？', '获得过技能人才称号或技能大赛奖项吗？'])
  })

  it('never asks an individual about a firm unless they founded one, nor contest questions without an award', () => {
    const { asked } = walk(['individual'], (s) => s.name === 'certificate', {}, '2021-12-01')
    expect(asked.filter((a) => ENTERPRISE_FACTS.has(a))).toEqual([])
    expect(asked).not.toContain('worldSkills')
    expect(asked).toEqual(expect.arrayContaining(['employerOwnership', 'certificateLevel', 'uiContributionMonths']))
    expect(catalogue.find((q) => q.name === 'employerOwnership')?.label).toBe('您在哪类单位工作？')

    const founder = walk(['individual'], (s) => s.name === 'founder').asked
    expect(founder).toEqual(expect.arrayContaining(['firstTimeFounder', 'operatingMonths', 'ownership']))
    expect(founder.filter((a) => ['newHires', 'graduateHires', 'interns', 'trainedStaff'].includes(a))).toEqual([])
  })

  it('asks a firm the screening questions first, and the graduates only after 是', () => {
    const first = quizStep(catalogue, screens, { audience: ['enterprise'], facts: {}, screens: {} }, run({ audience: ['enterprise'], facts: {}, screens: {} }))
    expect(first.screens.map((s) => s.screen.label)).toContain('近期招用了应届毕业生吗？')
    expect(first.questions.map((q) => q.question.name)).not.toContain('graduateHires')
    const yes = walk(['enterprise'], () => true)
    expect(yes.asked.indexOf('graduateHires')).toBeGreaterThan(yes.asked.indexOf('近期招用了应届毕业生吗？'))
    const no = walk(['enterprise'], () => false)
    expect(no.asked).not.toContain('graduateHires')
    expect(no.state.facts.graduateHires).toBe(0)
    expect(no.asked.length).toBeLessThan(yes.asked.length)
  })

  it('asks only what the focused measure needs', () => {
    const { asked } = walk(['enterprise'], () => true, { focus: 22 })
    expect(asked).toEqual(['安排过就业见习吗？', 'ownership', 'interns', 'internMonths', 'localMinimumWage'])
  })

  it('hands a result back with the screens read from its facts', () => {
    const facts = { graduateHires: 0, newHires: 3 }
    const step = quizStep(catalogue, screens, { audience: ['enterprise'], facts, screens: {} }, run({ audience: ['enterprise'], facts, screens: {} }))
    const answers = Object.fromEntries(step.screens.map((s) => [s.screen.name, s.answer]))
    expect(answers).toMatchObject({ graduates: false, hired: true })
    expect(step.questions.map((q) => q.question.name)).not.toContain('graduateHires')
    expect(answerScreen({ facts, screens: { graduates: false } }, screens.find((s) => s.name === 'graduates') as Screen, true)).toEqual({
      facts: { newHires: 3 },
      screens: { graduates: true },
    })
  })
})
