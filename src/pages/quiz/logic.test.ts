/**
 * The quiz's question flow as the tab walks it: the tab's answerScreen and withFact, the policy
 * function's quiz step (rules/questions.ts quizStep, called through the service as the tab calls
 * policy.quiz): who is asked what, and whether the count tells the truth.
 */
import { policyService } from '../../../cloudfunctions/_shared/services/policy'
import type { QuizInput } from '../../../cloudfunctions/_shared/schemas/policy'
import type { Audience, FactValue, Question, QuizRequest, Screen } from '../../services/policy'
import { answerScreen, withFact } from './logic'

const NOW = new Date('2026-11-28T04:00:00Z')
const { facts: catalogue, screens } = policyService.questions(NOW)
type QuizState = Omit<QuizRequest, 'asOf'>
const step = (s: QuizState, asOf = '2026-11-28') => policyService.quiz({ ...s, asOf } as QuizInput, NOW).step
const run = (s: QuizState, asOf = '2026-11-28') => policyService.quiz({ ...s, asOf } as QuizInput, NOW)

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
    const now = step(state, asOf)
    expect(now.remaining).toBe(now.screens.filter((s) => s.answer === null).length + now.questions.filter((q) => q.needed).length)
    counts.push(now.remaining)
    if (now.remaining === 0) break
    const open = now.screens.find((s) => s.answer === null)
    if (open) {
      const screen = screens.find((s) => s.name === open.name) as Screen
      state = { ...state, ...answerScreen(state, screen, screenSays(screen)) }
      asked.push(screen.label)
    } else {
      const { name } = now.questions.find((q) => q.needed) as { name: Question['name'] }
      state = { ...state, facts: withFact(state.facts, name, plausible(catalogue.find((q) => q.name === name) as Question)) }
      asked.push(name)
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
    const first = step({ audience: ['enterprise'], facts: {}, screens: {} })
    expect(first.screens.map((s) => s.name)).toContain('graduates')
    expect(first.questions.map((q) => q.name)).not.toContain('graduateHires')
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
    const handedBack = step({ audience: ['enterprise'], facts, screens: {} })
    const answers = Object.fromEntries(handedBack.screens.map((s) => [s.name, s.answer]))
    expect(answers).toMatchObject({ graduates: false, hired: true })
    expect(handedBack.questions.map((q) => q.name)).not.toContain('graduateHires')
    expect(answerScreen({ facts, screens: { graduates: false } }, screens.find((s) => s.name === 'graduates') as Screen, true)).toEqual({
      facts: { newHires: 3 },
      screens: { graduates: true },
    })
  })
})
