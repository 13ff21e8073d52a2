/**
 * The main journeys in the built WeChat app, each caller on their own phone against one database:
 * an enterprise works out what the notice gives it; the seeded firm's HR posts a vacancy; the
 * bureau reviews and approves it; a job seeker finds it, fills in a profile and applies; the HR
 * sees the application.
 */
import type { Database } from '../../cloudfunctions/_shared/db/types'
import { SCREENS } from '../../cloudfunctions/_shared/rules/questions'
import { SOFTWARE_FIRM_FACTS, SOFTWARE_FIRM_SCREENS, type QuizAnswer } from '../helpers/quiz-firm'
import { cloudFor, seededDatabase } from './runtime/cloud'
import type { MiniProgram } from './runtime/mini-program'
import { launchAs } from './world'

const TITLE = '嵌入式软件工程师'

let db: Database
const open: MiniProgram[] = []
const launch = async (...args: Parameters<typeof launchAs>) => {
  const app = await launchAs(...args)
  open.push(app)
  return app
}

beforeAll(async () => {
  db = await seededDatabase()
})

afterEach(() => {
  for (const app of open.splice(0)) {
    const { errors } = app
    app.close()
    expect(errors).toEqual([])
  }
})

/** The H5 quiz walk's firm (37,404元), its screening questions found by their labels. */
const FIRM_ANSWERS: Record<string, QuizAnswer> = {
  ...SOFTWARE_FIRM_FACTS,
  ...Object.fromEntries(SCREENS.filter((s) => s.name in SOFTWARE_FIRM_SCREENS).map((s) => [s.label, { chip: SOFTWARE_FIRM_SCREENS[s.name] }])),
}

test('an enterprise answers the quiz and opens its result', async () => {
  const { data } = (await cloudFor(db, null)('policy', { action: 'questions' })) as { data: { facts: { name: string; label: string }[] } }
  const factByLabel = new Map(data.facts.map((f) => [f.label, f.name]))
  const app = await launch('seeker', '/pages/quiz/index', db)
  await app.tap('我是企业', { exact: true })
  await app.waitForText('待填')
  // The date the notice is read at: another day, then back to today.
  await app.pick(app.findAll('wx-picker')[0], '2022-06-01')
  await app.waitForText('2022年6月1日 ›')
  await app.tap('恢复为今天', { exact: true })
  await app.waitForText('（今天） ›')

  const asked: string[] = []
  while (!/可以查看结果了/.test(app.text())) {
    const needed = app.findAll('.question').find((q) => q.querySelector('.question__needed'))
    if (!needed) {
      await app.waitFor(() => /可以查看结果了|待填/.test(app.text()), () => `the quiz stopped asking: ${app.text()}`)
      continue
    }
    const label = needed.querySelector('.question__label')?.textContent ?? ''
    const fact = factByLabel.get(label) ?? label
    const answer = FIRM_ANSWERS[fact]
    if (!answer || asked.includes(fact)) throw new Error(`the quiz asked about ${fact} (${label}), which this firm should not be asked again`)
    asked.push(fact)
    if ('chip' in answer) await app.tap(answer.chip, { within: needed, exact: true })
    else await app.type(needed.querySelector('wx-input') as Element, answer.type)
    // The answers are evaluated after a pause in typing; which questions are 待填 follows from that.
    await app.waitFor(() => app.findAll('.quiz-summary__total--stale').length === 0, () => `the evaluation never came back: ${app.text()}`)
  }
  expect(asked).toEqual(expect.arrayContaining(['ownership', 'industry', 'employees', 'newHires', 'interns', 'localMinimumWage']))
  expect(asked).not.toContain('totalAssets')
  await app.waitFor(() => app.find('¥37,404', { exact: true }) !== null, () => `the total is not ¥37,404: ${app.text()}`)

  await app.tap('查看测算结果', { exact: true })
  await app.waitForRoute('packages/quiz/result/index')
  await app.waitForLoaded()
  const bars = app.findAll('.bar-chart__row').map((row) => [row.querySelector('.bar-chart__label')?.textContent, row.querySelector('.bar-chart__value')?.textContent])
  expect(bars).toEqual([
    ['第8条 政府补贴性培训补贴', '¥1,500'],
    ['第21条 吸纳就业补助', '¥12,000'],
    ['第21条 就业困难人员岗位补贴', '¥3,600'],
    ['第22条 就业见习补贴', '¥20,304'],
  ])
  expect(app.findAll('.result-total__amount').map((el) => el.textContent)).toEqual(['¥37,404'])
  // Each answer (the screening questions too) waits out the quiz's 300 ms pause before it is evaluated: the default 30 s.
})

test('the firm posts a vacancy for review', async () => {
  const app = await launch('employer', '/pages/me/index', db)
  await app.tap('发布岗位', { exact: true })
  await app.waitForRoute('packages/employer/post-form/index')
  await app.waitForLoaded()
  const field = (label: string) => app.section('.form-field', label)

  await app.type('如：数控车工、会计', TITLE)
  await app.type('1–999', '2')
  await app.type('负责……', '负责工业控制设备的嵌入式软件开发、调试与维护，编写技术文档，配合硬件工程师完成联调。')
  await app.tap('大专及以上', { within: field('学历'), exact: true })
  await app.tap('1年以上经验', { within: field('工作经验'), exact: true })
  await app.tap('太原市', { within: field('工作城市'), exact: true })
  await app.tap('小店区', { within: field('区县'), exact: true })
  await app.type('街道、门牌号', '长治路111号')
  await app.type('最低', '7000')
  await app.type('最高', '12000')
  await app.tap('60天', { within: field('有效期'), exact: true })
  await app.tap('提交审核', { exact: true })

  await app.waitForRoute('packages/employer/postings/index')
  expect(app.wxState.toasts).toContainEqual({ title: '已提交审核', icon: 'success' })
  await app.waitForLoaded()
  expect(app.section('.card', TITLE).textContent).toContain('待审核')
})

test('the bureau sees WeChat cleared the text and approves the posting', async () => {
  const app = await launch('admin', '/pages/me/index', db)
  await app.tap('审核队列')
  await app.waitForRoute('packages/admin/queue/index')
  await app.waitForLoaded()
  await app.tap(/^岗位审核/)
  await app.waitForText(TITLE)
  const card = app.section('.card', TITLE)
  expect(card.textContent).toContain('微信内容安全检测：通过')
  await app.tap('通过', { within: card, exact: true })
  await app.waitFor(() => !app.text().includes(TITLE), () => `${TITLE} is still in the queue: ${app.text()}`)
  expect(app.wxState.toasts.map((t) => t.title)).toContain('已通过')
})

test('a job seeker finds the posting, agrees to the privacy guide, fills in a profile and applies', async () => {
  const app = await launch('seeker', '/pages/jobs/index', db)
  await app.waitForText(TITLE)
  await app.tap(TITLE, { exact: true })
  await app.waitForRoute('packages/jobs/detail/index')
  await app.waitForLoaded()
  expect(app.text()).toContain('¥7,000–12,000/月')

  await app.tap('填写资料并投递', { exact: true })
  await app.waitForRoute('packages/seeker/profile/index')
  await app.waitForText('同意并继续')
  await app.tap('同意并继续', { exact: true })
  expect(app.wxState.privacyAgreed).toBe(true)
  await app.waitForLoaded()
  await app.type('真实姓名', '张晓东')
  await app.type('11位手机号', '13912345678')
  await app.tap('大专', { within: app.section('.form-field', '最高学历'), exact: true })
  await app.type('没有工作经验填0', '2')
  await app.tap('保存并投递', { exact: true })

  await app.waitForRoute('packages/jobs/detail/index')
  expect(app.wxState.toasts).toContainEqual({ title: '投递成功', icon: 'success' })
  await app.waitForText('已投递')
})

test('the firm sees the application in its pipeline', async () => {
  const app = await launch('employer', '/packages/employer/postings/index', db)
  await app.waitForLoaded()
  await app.tap('查看投递', { within: app.section('.card', TITLE), exact: true })
  await app.waitForRoute('packages/employer/pipeline/index')
  await app.waitForLoaded()
  expect(app.section('.card', '张晓东').textContent).toContain('大专')
})
