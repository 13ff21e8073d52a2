/**
 * Properties of the rules over random valid facts, plus the parameters, the facts vocabulary, money
 * and size as units. The worked examples live in cases/*.yaml. Kept fast (a few hundred samples,
 * one assertion per property): every mutant of the rules reruns this file.
 */
import { AppError } from '../errors'
import {
  AUDIENCES,
  CERTIFICATE_LEVELS,
  CONTEST_CLASSES,
  CONTEST_PLACES,
  FACT_NAMES,
  FACTS,
  INDUSTRIES,
  MEASURES,
  OWNERSHIPS,
  PARAMETERS,
  PARAMETER_NAMES,
  PROVISIONS,
  PROVISION_FACTS,
  SIZE_CLASSES,
  SKILL_TITLES,
  WORLD_SKILLS,
  citationOf,
  deriveSizeClass,
  evaluate,
  evaluateRequest,
  factsForAudience,
  factsSchema,
  findParameter,
  isCalendarDate,
  parameter,
  parameterHistory,
  parseEvaluateInput,
  sizeFactsOf,
  type Audience,
  type EvaluateOutput,
  type EvaluateResult,
  type FactName,
  type Facts,
} from '.'
import { applyRate, exact, grouped, monthsLabel, pct, product, rateAtMost, yuan } from './money'
import { bracketOf, type ParameterDef, type Period, type SingleAmountScale } from './parameters'
import { question, questions } from './questions'
import { policyService } from '../services/policy'

// --- a small seeded generator of valid requests ------------------------------------------------------

function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rand = () => number
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
const COUNTS = [0, 1, 2, 5, 9, 10, 19, 20, 29, 30, 31, 99, 100, 101, 299, 300, 999, 1000, 5000, 1_000_000]
const MONTHS = [0, 1, 6, 11, 12, 13, 24, 35, 36, 37, 120]
const MONEY = [0, 1, 1860, 12345, 12346, 100000, 3000000, 20000000, 400000000, 2000000000, 123456789012]
const DATES = [
  '2020-02-29', '2021-10-31', '2021-11-01', '2021-11-30', '2021-12-31', '2022-01-01', '2022-04-30', '2022-05-01',
  '2023-06-15', '2025-12-31', '2026-01-01', '2030-01-01',
]
/** A value the fact accepts: at most its maximum. */
const upTo = (fact: FactName, xs: readonly number[]) => {
  const f = FACTS[fact]
  return xs.filter((x) => !('max' in f) || x <= f.max)
}

function randomRequest(r: Rand): { asOf: string; facts: Facts; audience: Audience[] } {
  const f: Record<string, unknown> = {}
  const maybe = (name: string, value: () => unknown) => {
    if (r() < 0.6) f[name] = value()
  }
  maybe('ownership', () => pick(r, r() < 0.7 ? ['private'] : OWNERSHIPS))
  maybe('industry', () => pick(r, INDUSTRIES))
  maybe('employees', () => pick(r, COUNTS))
  maybe('revenue', () => pick(r, MONEY))
  maybe('totalAssets', () => pick(r, MONEY))
  if (r() < 0.3) f.sizeClass = pick(r, SIZE_CLASSES)
  for (const n of ['insuredStaff', 'layoffsLastYear', 'trainedStaff', 'apprentices', 'newHires', 'difficultHires', 'graduateHires', 'interns'] as const) {
    maybe(n, () => pick(r, upTo(n, COUNTS)))
  }
  for (const n of ['difficultHireMonths', 'internMonths', 'uiContributionMonths', 'operatingMonths'] as const) maybe(n, () => pick(r, upTo(n, MONTHS)))
  maybe('uiPremiumsLastYear', () => pick(r, upTo('uiPremiumsLastYear', MONEY)))
  maybe('localMinimumWage', () => pick(r, [1700, 1760, 1860, 1861, 2000]))
  maybe('employerOwnership', () => pick(r, OWNERSHIPS))
  maybe('certificateLevel', () => pick(r, [...CERTIFICATE_LEVELS, null]))
  maybe('skillTitle', () => pick(r, [...SKILL_TITLES, null]))
  maybe('worldSkills', () => pick(r, [...WORLD_SKILLS, null]))
  maybe('nationalContestClass', () => pick(r, [...CONTEST_CLASSES, null]))
  maybe('nationalContestPlace', () => pick(r, [...CONTEST_PLACES, null]))
  maybe('firstTimeFounder', () => r() < 0.5)
  // People the enterprise employs are among its employees (contradictions are refused, see cases).
  if (typeof f.employees === 'number') {
    for (const n of ['insuredStaff', 'apprentices', 'newHires', 'difficultHires', 'graduateHires']) {
      if (typeof f[n] === 'number') f[n] = Math.min(f[n] as number, f.employees)
    }
  }
  const audience = pick(r, [['enterprise'], ['individual'], ['enterprise', 'individual']] as Audience[][])
  return { asOf: pick(r, DATES), facts: f as Facts, audience }
}

const deepFreeze = <T>(o: T): T => {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v)
    Object.freeze(o)
  }
  return o
}

const RUNS = 500
type Sample = { req: ReturnType<typeof randomRequest>; out: EvaluateOutput }
/**
 * The same RUNS random requests and their answers, evaluated afresh by each test that reads them,
 * never at load: then a mutant of the rules reruns only the tests that evaluate it (npm run mutate
 * measures coverage per test). 500 evaluations take milliseconds.
 */
function sampled(): Sample[] {
  const random = rng(20211130)
  return Array.from({ length: RUNS }, () => {
    const req = randomRequest(random)
    return { req, out: evaluate(req) }
  })
}
const keyOf = (x: EvaluateResult) => `${x.measure}/${x.provision}`
/** Every (sample, result) for which `bad` names a problem; expected to be empty. */
function violations(bad: (x: EvaluateResult, s: Sample) => string | false): string[] {
  const found: string[] = []
  for (const s of sampled()) for (const x of s.out.results) {
    const why = bad(x, s)
    if (why) found.push(`${s.req.asOf} ${keyOf(x)}: ${why}`)
  }
  return found.slice(0, 5)
}

describe('properties over random valid facts', () => {
  test('every random request is valid input', () => {
    const refused = sampled().filter(({ req }) => {
      try {
        parseEvaluateInput(req)
        return false
      } catch {
        return true
      }
    })
    expect(refused.map((s) => s.req)).toEqual([])
  })

  test('each recipient’s total adds its eligible amounts; the total adds the three', () => {
    const wrong = sampled().filter(({ out }) => {
      const sums = { enterprise: [0, 0], individual: [0, 0], project: [0, 0] }
      for (const x of out.results) {
        if (x.status !== 'eligible') continue
        const s = sums[x.recipient as keyof typeof sums]
        s[0] += x.amount ?? 0
        s[1] += x.amountMax ?? x.amount ?? 0
      }
      const totals = Object.fromEntries(Object.entries(sums).map(([k, [amount, amountMax]]) => [k, { amount, amountMax }]))
      const all = Object.values(sums).reduce((t, [a, m]) => ({ amount: t.amount + a, amountMax: t.amountMax + m }), { amount: 0, amountMax: 0 })
      return JSON.stringify(out.totals) !== JSON.stringify(totals) || JSON.stringify(out.total) !== JSON.stringify(all)
    })
    expect(wrong.length).toBe(0)
  })

  test('fields by status: money only when eligible, a reference only when expired, what to verify and prepare only when eligible', () => {
    expect(
      violations((x) => {
        const eligible = x.status === 'eligible'
        if (!eligible && (x.amount !== undefined || x.amountMax !== undefined || x.toVerify || x.documents)) return 'money or checklist when not eligible'
        if (x.status !== 'expired' && (x.referenceAmount !== undefined || x.endedOn !== undefined)) return 'reference when not expired'
        if (x.status === 'expired' && !isCalendarDate(x.endedOn ?? '')) return 'expired without its end date'
        if ((x.provision === 'general') !== (x.recipient === undefined)) return 'recipient on a general result, or none on money'
        if (eligible && x.provision !== 'general' && !x.documents?.length) return 'no documents'
        if (x.toVerify && x.toVerify.length === 0) return 'empty toVerify'
        for (const v of [x.amount, x.amountMax, x.referenceAmount]) if (v !== undefined && !(Number.isSafeInteger(v) && v >= 0)) return `amount ${v}`
        return false
      }),
    ).toEqual([])
  })

  test('reasons are whole sentences: no empty, undefined, NaN or dangling list', () => {
    expect(
      violations((x) => {
        if (!x.citation.startsWith(`第${x.measure}条（`)) return 'citation'
        if (x.reasons.length === 0) return 'no reasons'
        if (new Set(x.reasons).size !== x.reasons.length) return 'a reason twice'
        const text = [...x.reasons, ...(x.toVerify ?? []), x.working ?? '', x.title].join('\n')
        if (/undefined|NaN|null|、、|：、|：$|：\n|\[object/.test(text)) return text
        if (x.reasons.some((s) => s.trim() === '')) return 'empty reason'
        return false
      }),
    ).toEqual([])
  })

  test('an amount’s working ends in that amount, digit for digit', () => {
    expect(
      violations((x) => {
        const a = x.amount ?? x.referenceAmount
        if (a === undefined) return false
        return x.working?.includes(`${grouped(a)}元`) ? false : `working "${x.working}" for ${a}`
      }),
    ).toEqual([])
  })

  test('needs-info lists only facts that were not given and that the provision depends on, and names them', () => {
    expect(
      violations((x, { req }) => {
        if (x.status !== 'needs-info') return x.missing ? 'missing when not needs-info' : false
        if (!x.missing?.length) return 'needs-info without missing'
        for (const f of x.missing) {
          if (req.facts[f] !== undefined) return `${f} was given`
          if (!PROVISION_FACTS[keyOf(x)].includes(f)) return `${f} is not the provision's`
        }
        const asked = `还需提供：${x.missing.map((f) => FACTS[f].label).join('、')}`
        return x.reasons[x.reasons.length - 1] === asked ? false : 'last reason does not name the missing facts'
      }),
    ).toEqual([])
  })

  test('money provisions all appear for the audience, in measure order, each once; no other audience leaks in', () => {
    const wrong = sampled().filter(({ req, out }) => {
      const keys = out.results.map(keyOf)
      const measures = out.results.map((x) => x.measure)
      const wanted = PROVISIONS.filter((p) => p.hasMoney && p.audiences.some((a) => req.audience.includes(a))).map((p) => p.key)
      const leaks = out.results.some((x) => !PROVISIONS.find((p) => p.key === keyOf(x))?.audiences.some((a) => req.audience.includes(a)))
      return new Set(keys).size !== keys.length || [...measures].sort((a, b) => a - b).join() !== measures.join() || keys.filter((k) => !k.endsWith('/general')).join() !== wanted.join() || leaks
    })
    expect(wrong.map((s) => s.req)).toEqual([])
  })

  test('nothing is payable before the notice; past a dated part its provision never pays', () => {
    const wrong = sampled().filter(({ req, out }) => {
      if (req.asOf < '2021-11-01') return out.total.amountMax !== 0 || !out.results.every((x) => x.status === 'ineligible' && x.provision !== 'general')
      if (req.asOf > '2021-12-31') return out.results.some((x) => (x.measure === 11 || x.measure === 15) && x.status !== 'expired')
      return false
    })
    expect(wrong.map((s) => s.req)).toEqual([])
  })

  test('a reference amount is exactly what the same facts got on the last day in force, and only if they were eligible then', () => {
    expect(
      violations((x, { req }) => {
        if (x.status !== 'expired' || !x.endedOn) return false
        const then = evaluate({ ...req, asOf: x.endedOn }).results.find((y) => keyOf(y) === keyOf(x))
        const expected = then?.status === 'eligible' ? then.amount : undefined
        return x.referenceAmount === expected ? false : `reference ${x.referenceAmount}, then ${then?.status} ${then?.amount}`
      }),
    ).toEqual([])
  })

  test('asked for no audience, evaluate says nothing', () => {
    const facts: Facts = { ownership: 'private', employerOwnership: 'private', sizeClass: 'small', newHires: 3 }
    expect(evaluate({ asOf: '2021-12-01', facts, audience: [] })).toEqual({
      asOf: '2021-12-01',
      sizeClass: 'small',
      results: [],
      total: { amount: 0, amountMax: 0 },
      totals: { enterprise: { amount: 0, amountMax: 0 }, individual: { amount: 0, amountMax: 0 }, project: { amount: 0, amountMax: 0 } },
    })
  })

  test('evaluate neither mutates its input nor depends on anything but it', () => {
    const r = rng(7)
    for (let i = 0; i < 50; i++) {
      const req = randomRequest(r)
      const before = JSON.stringify(req)
      const frozen = deepFreeze(JSON.parse(before))
      const a = evaluate(frozen)
      expect(JSON.stringify(frozen)).toBe(before)
      expect(evaluate(JSON.parse(before))).toEqual(a)
    }
  })

  test('the result is plain JSON (no undefined fields survive a round trip differently)', () => {
    for (const { out } of sampled().slice(0, 50)) expect(JSON.parse(JSON.stringify(out))).toEqual(out)
  })
})

// --- the measures and their parameters ---------------------------------------------------------------

describe('measures', () => {
  test('26 measures in order, each named <nn>-<name>, with money exactly for 8, 9, 10, 11, 15, 20, 21, 22', () => {
    expect(MEASURES.map((m) => m.id)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1))
    expect(MEASURES.filter((m) => m.provisions.length > 0).map((m) => m.id)).toEqual([8, 9, 10, 11, 15, 20, 21, 22])
    for (const m of MEASURES) {
      expect(m.name).toMatch(new RegExp(`^${String(m.id).padStart(2, '0')}-[a-z-]+$`))
      expect(m.provisions.length > 0).toBe(m.guidance === undefined)
    }
  })

  test('every money provision has a title, documents and amount rows; every dated part uses its measure’s own date', () => {
    for (const m of MEASURES) {
      for (const p of m.provisions) {
        expect(p.title).toMatch(/^[\u4e00-\u9fff“”（）、]{2,16}$/)
        expect(p.documents.length).toBeGreaterThan(0)
        expect(p.amountRows('2021-11-30').length).toBeGreaterThan(0)
        for (const row of p.amountRows('2021-11-30')) expect(row.provision).toBe(p.key)
      }
      for (const d of m.dated) expect(Object.values(m.parameters)).toContain(d.until)
    }
  })

  test('every parameter has a Chinese description, a clause with a quote, and ordered periods', () => {
    for (const name of PARAMETER_NAMES) {
      const p = PARAMETERS[name] as ParameterDef<unknown>
      expect(p.description).toMatch(/[\u4e00-\u9fa5]/)
      expect(p.reference.quote.length).toBeGreaterThan(0)
      if (!name.startsWith('size.')) expect(p.reference.clause).toMatch(/第\d+条|落款/)
      let prevUntil = ''
      for (const v of parameterHistory(name) as readonly Period<unknown>[]) {
        expect(isCalendarDate(v.from)).toBe(true)
        if (v.until !== undefined) expect(isCalendarDate(v.until) && v.from <= v.until).toBe(true)
        expect(v.from > prevUntil).toBe(true)
        prevUntil = v.until ?? '9999-12-31'
      }
    }
  })

  test('scales: brackets ascend from 0, and the bracket reached applies to the whole base', () => {
    const scale = parameter('measure21.hiring.perHire', '2021-11-30')
    expect(scale.brackets.map((b) => b.threshold)).toEqual([0, 100])
    const three: SingleAmountScale = { brackets: [{ threshold: 0, amount: 1 }, { threshold: 10, amount: 2 }, { threshold: 20, amount: 3 }] }
    expect(bracketOf(three, 0)).toEqual({ threshold: 0, amount: 1, below: 10 })
    expect(bracketOf(three, 9)).toEqual({ threshold: 0, amount: 1, below: 10 })
    expect(bracketOf(three, 10)).toEqual({ threshold: 10, amount: 2, below: 20 })
    expect(bracketOf(three, 19)).toEqual({ threshold: 10, amount: 2, below: 20 })
    expect(bracketOf(three, 20)).toEqual({ threshold: 20, amount: 3 })
  })

  test('national surveyed-unemployment-rate targets: 2020 6.0%, 2021–2025 5.5%, in basis points', () => {
    expect(parameter('unemployment.surveyedRateTarget', '2020-12-31')).toBe(600)
    expect(parameter('unemployment.surveyedRateTarget', '2021-01-01')).toBe(550)
    expect(parameter('unemployment.surveyedRateTarget', '2025-12-31')).toBe(550)
    expect(findParameter('unemployment.surveyedRateTarget', '2026-01-01')).toBeUndefined()
    expect(findParameter('unemployment.surveyedRateTarget', '2019-12-31')).toBeUndefined()
    expect(() => parameter('unemployment.surveyedRateTarget', '2019-12-31')).toThrow('no value in force on 2019-12-31')
  })

  test('dates of the notice', () => {
    expect(parameter('measure11.relaxedCondition.until', '2021-11-30')).toBe('2021-12-31')
    expect(parameter('measure14.uiRateReduction.until', '2021-11-30')).toBe('2022-04-30')
    expect(parameter('measure15.until', '2021-11-30')).toBe('2021-12-31')
    expect(parameter('measure18.plan.until', '2021-11-30')).toBe('2025-12-31')
    expect(parameter('notice.issuedOn', '2021-11-01')).toBe('2021-11-01')
  })

  test('the size table is in yuan (万元 × 10000)', () => {
    expect(parameter('size.construction', '2021-11-30').ceiling).toEqual({ revenue: 800_000_000, totalAssets: 800_000_000 })
    expect(parameter('size.real-estate', '2021-11-30').ceiling).toEqual({ revenue: 2_000_000_000, totalAssets: 100_000_000 })
    expect(parameter('size.software-it', '2021-11-30').small).toEqual({ employees: 10, revenue: 500_000 })
    expect(parameter('size.leasing-business', '2021-11-30').ceiling).toEqual({ employees: 300, totalAssets: 1_200_000_000 })
  })
})

/** Runs `fn` with a parameter's values replaced by `periods`, then puts them back. */
function withValues<T>(name: keyof typeof PARAMETERS, periods: readonly Period<T>[], fn: () => void) {
  const p = PARAMETERS[name] as unknown as { values: readonly Period<T>[] }
  const saved = p.values
  p.values = periods
  try {
    fn()
  } finally {
    p.values = saved
  }
}

describe('changing a parameter is a data edit: amounts, labels and hints follow it', () => {
  const firm = (asOf: string, facts: Facts) => evaluate({ asOf, audience: ['enterprise'], facts: { ownership: 'private', sizeClass: 'small', ...facts } })
  const result = (out: EvaluateOutput, key: string) => out.results.find((x) => keyOf(x) === key)

  test('a new amount from a date', () => {
    withValues('measure8.training.perPerson', [{ from: '2021-11-01', until: '2022-12-31', value: 300 }, { from: '2023-01-01', value: 400 }], () => {
      expect(result(firm('2022-12-31', { trainedStaff: 2 }), '8/training')?.amount).toBe(600)
      expect(result(firm('2023-01-01', { trainedStaff: 2 }), '8/training')?.working).toBe('400元 × 2人 = 800元')
    })
  })

  test('the hiring tiers: the guide’s rows and the reason read the new threshold', () => {
    const scale: SingleAmountScale = { brackets: [{ threshold: 0, amount: 1_000 }, { threshold: 120, amount: 1_600 }] }
    withValues('measure21.hiring.perHire', [{ from: '2021-11-01', value: scale }], () => {
      const labels = policyService.get({ id: 21, asOf: '2021-11-30' }, new Date()).measure.amounts.map((a) => `${a.label} ${a.display}`)
      expect(labels.slice(0, 2)).toEqual(['新吸纳120人以下 1,000元/人', '新吸纳120人（含）以上 1,600元/人'])
      expect(result(firm('2021-11-30', { newHires: 119 }), '21/hiring')?.reasons).toContain('新吸纳不足120人，按每人1,000元补助')
      expect(result(firm('2021-11-30', { newHires: 120 }), '21/hiring')?.amount).toBe(192_000)
    })
  })

  test('the longest subsidy period, stable employment and contract length: notes, hints and what to verify', () => {
    withValues('measure21.difficult.maxMonths', [{ from: '2021-11-01', value: 24 }], () => {
      const rows = policyService.get({ id: 21, asOf: '2021-11-30' }, new Date()).measure.amounts
      expect(rows.find((r) => r.provision === 'difficult-hires')?.note).toBe('每人最长2年')
      expect(question('difficultHireMonths', '2021-11-30').hint).toContain('最长24个月')
    })
    withValues('measure21.hiring.minStableMonths', [{ from: '2021-11-01', value: 9 }], () => {
      expect(question('newHires', '2021-11-30').hint).toBe('新招用且已稳定就业满9个月的人数，没有填0。')
      expect(result(firm('2021-11-30', { newHires: 3 }), '21/hiring')?.toVerify).toEqual(['新吸纳人员已稳定就业9个月以上'])
    })
    withValues('measure21.contract.minMonths', [{ from: '2021-11-01', value: 24 }], () => {
      expect(result(firm('2021-11-30', { difficultHires: 1 }), '21/social-insurance')?.toVerify).toEqual(['与所招用人员签订2年以上劳动合同', '为其足额缴纳社会保险费'])
    })
  })
})

// --- the facts vocabulary ---------------------------------------------------------------------------

describe('facts vocabulary', () => {
  test('api.md facts, in order', () => {
    expect(FACT_NAMES).toEqual([
      'ownership', 'industry', 'employees', 'revenue', 'totalAssets', 'sizeClass', 'insuredStaff', 'layoffsLastYear',
      'uiPremiumsLastYear', 'trainedStaff', 'apprentices', 'newHires', 'difficultHires', 'difficultHireMonths',
      'graduateHires', 'interns', 'internMonths', 'localMinimumWage', 'employerOwnership', 'certificateLevel',
      'uiContributionMonths', 'skillTitle', 'worldSkills', 'nationalContestClass', 'nationalContestPlace',
      'firstTimeFounder', 'operatingMonths',
    ])
  })

  test('every question has a Chinese label and a one-line hint; choices have Chinese options the schema accepts', () => {
    for (const q of questions('2021-11-30')) {
      expect(q.label).toMatch(/[\u4e00-\u9fa5]/)
      expect(q.hint).toMatch(/^[^\n]*[\u4e00-\u9fa5][^\n]*$/)
      if (q.kind === 'enum' || q.kind === 'boolean') {
        expect(q.options?.length).toBeGreaterThan(1)
        expect(q.max).toBeUndefined()
        for (const o of q.options ?? []) {
          expect(o.label).toMatch(/[\u4e00-\u9fa5]/)
          expect(factsSchema.safeParse({ [q.name]: o.value }).success).toBe(true)
        }
        expect(factsSchema.safeParse({ [q.name]: 'not-an-option' }).success).toBe(false)
      } else {
        expect(q.unit).toMatch(/^(人|元|个月)$/)
        const max = q.max as number
        expect(Number.isSafeInteger(max)).toBe(true)
        for (const ok of [0, max]) expect(factsSchema.safeParse({ [q.name]: ok }).success).toBe(true)
        for (const bad of [-1, 0.5, null, max + 1]) expect(factsSchema.safeParse({ [q.name]: bad }).success).toBe(false)
      }
    }
  })

  test('enum options cover exactly the values of api.md', () => {
    const values = (f: FactName) => (question(f, '2021-11-30').options ?? []).map((o) => o.value).filter((v) => v !== null)
    expect(values('ownership')).toEqual([...OWNERSHIPS])
    expect(values('industry')).toEqual([...INDUSTRIES])
    expect(values('sizeClass')).toEqual([...SIZE_CLASSES])
    expect(values('certificateLevel')).toEqual([...CERTIFICATE_LEVELS])
    expect(values('skillTitle')).toEqual([...SKILL_TITLES])
    expect(values('worldSkills')).toEqual([...WORLD_SKILLS])
    expect(values('nationalContestClass')).toEqual([...CONTEST_CLASSES])
    expect(values('nationalContestPlace')).toEqual([...CONTEST_PLACES])
  })

  test('the maxima keep the largest product a rule forms exact (measure 22: 100% × wage × interns × months)', () => {
    const worst = 10_000 * FACTS.localMinimumWage.max * FACTS.interns.max * FACTS.internMonths.max
    expect(worst).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER)
    expect(FACTS.uiPremiumsLastYear.max * 10_000).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER)
    expect(FACTS.employees.max * 10_000).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER)
  })

  test('a part equal to the whole is consistent: 50 new hires among 50 employees', () => {
    expect(() => parseEvaluateInput({ facts: { employees: 50, newHires: 50, insuredStaff: 50 } })).not.toThrow()
  })

  test('calendar dates', () => {
    expect(isCalendarDate('2021-02-28')).toBe(true)
    expect(isCalendarDate('2021-02-29')).toBe(false)
    expect(isCalendarDate('2024-02-29')).toBe(true)
    expect(isCalendarDate('2000-02-29')).toBe(true)
    expect(isCalendarDate('1900-02-29')).toBe(false)
    expect(isCalendarDate('2021-04-31')).toBe(false)
    expect(isCalendarDate('2021-00-10')).toBe(false)
    expect(isCalendarDate('2021-13-01')).toBe(false)
    expect(isCalendarDate('2021-01-00')).toBe(false)
  })

  test('default asOf is today in Asia/Shanghai', () => {
    expect(parseEvaluateInput({}, new Date('2021-12-31T16:30:00Z')).asOf).toBe('2022-01-01')
  })

  test('audience defaults to both and is de-duplicated', () => {
    expect(parseEvaluateInput({ asOf: '2021-11-30' }).audience).toEqual(['enterprise', 'individual'])
    expect(parseEvaluateInput({ asOf: '2021-11-30', audience: ['individual', 'individual'] }).audience).toEqual(['individual'])
    expect(AUDIENCES).toEqual(['enterprise', 'individual'])
  })

  test('invalid input is an AppError INVALID_INPUT with a Chinese message naming the field and details.issues', () => {
    const refusal = (raw: unknown) => {
      try {
        evaluateRequest(raw)
      } catch (e) {
        return e
      }
      return undefined
    }
    const negative = refusal({ asOf: '2021-11-30', facts: { newHires: -1 } }) as AppError
    expect(negative).toBeInstanceOf(AppError)
    expect(negative.code).toBe('INVALID_INPUT')
    expect(negative.message).toBe('「新吸纳人数」须为0至1,000,000的整数（单位：人）')
    expect(negative.details).toEqual({ issues: [{ field: 'newHires', message: '「新吸纳人数」须为0至1,000,000的整数（单位：人）' }] })
    const contradiction = refusal({ asOf: '2021-11-30', facts: { employees: 50, newHires: 150 } }) as AppError
    const said = '「新吸纳人数」150人多于「从业人员数」50人：这些人员都是企业的从业人员，请核对这两项'
    expect(contradiction.message).toBe(said)
    expect(contradiction.details).toEqual({ issues: [{ field: 'newHires', message: said }, { field: 'employees', message: said }] })
  })
})

// --- money ------------------------------------------------------------------------------------------

describe('money', () => {
  test('grouped digits, yuan, percentages and months as the notice words them', () => {
    expect([0, 7, 999, 1000, 12345, 1234567, 144_000_000_000].map(grouped)).toEqual(['0', '7', '999', '1,000', '12,345', '1,234,567', '144,000,000,000'])
    expect(grouped(-1234)).toBe('-1,234')
    expect(yuan(9_007_199_254_740_991)).toBe('9,007,199,254,740,991元')
    expect([6000, 550, 125, 100, 5].map(pct)).toEqual(['60%', '5.5%', '1.25%', '1%', '0.05%'])
    expect([6, 12, 18, 36].map(monthsLabel)).toEqual(['6个月', '1年', '18个月', '3年'])
  })

  test('exact arithmetic: rounding half up once, cross-multiplied rates, and a loud error past 2^53', () => {
    expect(applyRate(6000, 12345)).toEqual({ value: 7407, rounded: false })
    expect(applyRate(6000, 12346)).toEqual({ value: 7408, rounded: true })
    expect(applyRate(3000, 12345)).toEqual({ value: 3704, rounded: true })
    expect(applyRate(6000, 12344)).toEqual({ value: 7406, rounded: true })
    expect(applyRate(5000, 1)).toEqual({ value: 1, rounded: true })
    expect(applyRate(4999, 1)).toEqual({ value: 0, rounded: true })
    expect(rateAtMost(60, 1000, 600)).toBe(true)
    expect(rateAtMost(61, 1000, 600)).toBe(false)
    expect(product(300, 2, 36)).toBe(21_600)
    expect(() => product(Number.MAX_SAFE_INTEGER, 2)).toThrow('money out of exact range')
    expect(() => exact(0.5)).toThrow()
  })
})

// --- size ---------------------------------------------------------------------------------------------

describe('deriveSizeClass', () => {
  test('only the facts of the industry row are asked for', () => {
    expect(sizeFactsOf('agriculture', '2021-11-30')).toEqual(['revenue'])
    expect(sizeFactsOf('construction', '2021-11-30')).toEqual(['revenue', 'totalAssets'])
    expect(sizeFactsOf('real-estate', '2021-11-30')).toEqual(['revenue', 'totalAssets'])
    expect(sizeFactsOf('leasing-business', '2021-11-30')).toEqual(['employees', 'totalAssets'])
    expect(sizeFactsOf('other', '2021-11-30')).toEqual(['employees'])
    for (const i of INDUSTRIES.filter((x) => !['agriculture', 'construction', 'real-estate', 'leasing-business', 'other'].includes(x))) {
      expect(sizeFactsOf(i, '2021-11-30')).toEqual(['employees', 'revenue'])
    }
  })

  test('before the 2011 standard there is no size to derive and nothing to ask', () => {
    expect(sizeFactsOf('industry', '2011-06-17')).toEqual([])
    expect(deriveSizeClass('industry', 10, 100, undefined, { asOf: '2011-06-17' })).toEqual({ missing: [] })
    expect(deriveSizeClass('industry', 10, 100, undefined, { asOf: '2011-06-18' })).toEqual({ sizeClass: 'micro', missing: [] })
  })

  test('signature (industry, employees?, revenue?, totalAssets?) → { sizeClass, missing }', () => {
    expect(deriveSizeClass()).toEqual({ missing: ['industry'] })
    expect(deriveSizeClass('industry')).toEqual({ missing: ['employees', 'revenue'] })
    expect(deriveSizeClass('industry', 1000, 400_000_000)).toEqual({ sizeClass: 'large', missing: [] })
    expect(deriveSizeClass('industry', 999, 400_000_000)).toEqual({ sizeClass: 'medium', missing: [] })
    expect(deriveSizeClass('industry', 10)).toEqual({ sizeClass: 'micro', missing: [] })
    expect(deriveSizeClass('construction', undefined, 100_000_000)).toEqual({ missing: ['totalAssets'] })
    expect(deriveSizeClass('agriculture', 99999)).toEqual({ missing: ['revenue'] })
    expect(deriveSizeClass('agriculture', undefined, 200_000_000)).toEqual({ sizeClass: 'large', missing: [] })
    expect(deriveSizeClass('other', 9)).toEqual({ sizeClass: 'micro', missing: [] })
    expect(deriveSizeClass('other', 100, undefined, undefined, { sizeClass: 'large' })).toEqual({ sizeClass: 'large', missing: [] })
    expect(deriveSizeClass(undefined, undefined, undefined, undefined, { sizeClass: 'small' })).toEqual({ sizeClass: 'small', missing: [] })
  })
})

// --- what the quiz asks -----------------------------------------------------------------------------

describe('provisions and their facts', () => {
  test('the money provision keys of api.md, with their titles and recipients', () => {
    expect(PROVISIONS.filter((p) => p.hasMoney).map((p) => `${p.key} ${p.title} ${p.recipient}`)).toEqual([
      '8/training 政府补贴性培训补贴 enterprise',
      '8/apprenticeship 企业新型学徒培训补贴 enterprise',
      '9/senior-technician-allowance 享受政府津贴高级技师奖励 individual',
      '9/sanjin-expert-selected 三晋技术能手评选奖励 individual',
      '9/sanjin-expert-contest 技能大赛三晋技术能手补助 individual',
      '10/worldskills 世界技能大赛补助 project',
      '10/national-contest 国家级技能大赛补助 project',
      '11/skill-upgrade 失业保险技能提升补贴 individual',
      '15/stabilisation-refund 失业保险稳岗返还 enterprise',
      '20/startup 一次性创业补贴 individual',
      '21/hiring 吸纳就业补助 enterprise',
      '21/difficult-hires 就业困难人员岗位补贴 enterprise',
      '21/social-insurance 社会保险补贴 enterprise',
      '22/internship 就业见习补贴 enterprise',
    ])
    for (const p of PROVISIONS.filter((q) => !q.hasMoney)) expect(p.provision).toBe('general')
  })

  test('an individual is asked no enterprise facts except those of the enterprise they found (measure 20)', () => {
    expect(factsForAudience(['individual'])).toEqual([
      'ownership', 'industry', 'employees', 'revenue', 'totalAssets', 'sizeClass', 'employerOwnership',
      'certificateLevel', 'uiContributionMonths', 'skillTitle', 'worldSkills', 'nationalContestClass',
      'nationalContestPlace', 'firstTimeFounder', 'operatingMonths',
    ])
    expect(factsForAudience(['enterprise'])).not.toContain('employerOwnership')
    expect(factsForAudience(['enterprise'])).toContain('graduateHires')
    expect(factsForAudience()).toEqual(FACT_NAMES)
  })

  test('citations name the part and the section', () => {
    expect(citationOf(21)).toBe('第21条（三、强化用工扶持，提高民营企业用工吸纳能力；（七）积极开展就业创业扶持）')
    expect(citationOf(1)).toBe('第1条（一、支持培育引进人才智力，提高民营企业创新力；（一）支持人才培养）')
    expect(citationOf(15)).toBe('第15条（二、切实维护权益，提高民营企业竞争力；（五）助力企业稳岗减负）')
    expect(citationOf(26)).toBe('第26条（三、强化用工扶持，提高民营企业用工吸纳能力；（八）优化用工服务）')
    expect(() => citationOf(27)).toThrow()
  })

  test('the api.md example: a small private enterprise with 12 new hires', () => {
    const out = evaluateRequest({ asOf: '2021-11-30', audience: ['enterprise'], facts: { ownership: 'private', sizeClass: 'small', newHires: 12 } })
    expect(out.asOf).toBe('2021-11-30')
    expect(out.sizeClass).toBe('small')
    expect(out.results.find((x) => x.provision === 'hiring')).toMatchObject({
      measure: 21,
      provision: 'hiring',
      status: 'eligible',
      amount: 12000,
      working: '1,000元 × 12人 = 12,000元',
    })
    expect(out.total).toEqual({ amount: 12000, amountMax: 12000 })
  })
})
