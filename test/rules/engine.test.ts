/**
 * Properties of the rules engine over random valid facts, plus the parameter table, the facts
 * vocabulary and size derivation as units. The worked examples live in cases/*.yaml.
 */
import { AppError } from '../../cloudfunctions/_shared/errors'
import {
  AUDIENCES,
  CERTIFICATE_LEVELS,
  CONTEST_CLASSES,
  CONTEST_PLACES,
  FACT_NAMES,
  INDUSTRIES,
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
  factHints,
  factKinds,
  factLabels,
  factOptions,
  factsForAudience,
  factsSchema,
  findParameter,
  isCalendarDate,
  parameter,
  parameterHistory,
  parseEvaluateInput,
  sizeFactsOf,
  todayInShanghai,
  type Audience,
  type EvaluateOutput,
  type Facts,
} from '../../cloudfunctions/_shared/rules'

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
const COUNTS = [0, 1, 2, 5, 9, 10, 19, 20, 29, 30, 31, 99, 100, 101, 299, 300, 999, 1000, 5000]
const MONTHS = [0, 1, 6, 11, 12, 13, 35, 36, 37, 120]
const MONEY = [0, 1, 1860, 12345, 12346, 100000, 3000000, 20000000, 400000000, 2000000000, 123456789012]
const DATES = [
  '2020-02-29', '2021-10-31', '2021-11-01', '2021-11-30', '2021-12-31', '2022-01-01', '2022-04-30', '2022-05-01',
  '2023-06-15', '2025-12-31', '2026-01-01', '2030-01-01',
]

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
  for (const n of ['insuredStaff', 'layoffsLastYear', 'trainedStaff', 'apprentices', 'newHires', 'difficultHires', 'interns']) {
    maybe(n, () => pick(r, COUNTS))
  }
  for (const n of ['difficultHireMonths', 'internMonths', 'uiContributionMonths', 'operatingMonths']) maybe(n, () => pick(r, MONTHS))
  maybe('uiPremiumsLastYear', () => pick(r, MONEY))
  maybe('localMinimumWage', () => pick(r, [1700, 1760, 1860, 1861, 2000]))
  maybe('employerOwnership', () => pick(r, OWNERSHIPS))
  maybe('certificateLevel', () => pick(r, [...CERTIFICATE_LEVELS, null]))
  maybe('skillTitle', () => pick(r, [...SKILL_TITLES, null]))
  maybe('worldSkills', () => pick(r, [...WORLD_SKILLS, null]))
  maybe('nationalContestClass', () => pick(r, [...CONTEST_CLASSES, null]))
  maybe('nationalContestPlace', () => pick(r, [...CONTEST_PLACES, null]))
  maybe('firstTimeFounder', () => r() < 0.5)
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

const RUNS = 3000
const samples: { req: ReturnType<typeof randomRequest>; out: EvaluateOutput }[] = []
beforeAll(() => {
  const r = rng(20211130)
  for (let i = 0; i < RUNS; i++) {
    const req = randomRequest(r)
    samples.push({ req, out: evaluate(req) })
  }
})

describe('properties over random valid facts', () => {
  test('every random request is valid input', () => {
    for (const { req } of samples) expect(() => parseEvaluateInput(req)).not.toThrow()
  })

  test('total.amount is the sum of eligible amounts; amountMax adds amountMax ?? amount', () => {
    for (const { out } of samples) {
      const eligible = out.results.filter((x) => x.status === 'eligible')
      expect(out.total.amount).toBe(eligible.reduce((s, x) => s + (x.amount ?? 0), 0))
      expect(out.total.amountMax).toBe(eligible.reduce((s, x) => s + (x.amountMax ?? x.amount ?? 0), 0))
    }
  })

  test('only eligible results carry amount or amountMax; only expired ones carry referenceAmount', () => {
    for (const { out } of samples) {
      for (const x of out.results) {
        if (x.status !== 'eligible') {
          expect(x.amount).toBeUndefined()
          expect(x.amountMax).toBeUndefined()
        }
        if (x.status !== 'expired') expect(x.referenceAmount).toBeUndefined()
        for (const v of [x.amount, x.amountMax, x.referenceAmount]) {
          if (v !== undefined) {
            expect(Number.isSafeInteger(v)).toBe(true)
            expect(v).toBeGreaterThanOrEqual(0)
          }
        }
      }
    }
  })

  test('every result has a citation of its own measure and at least one reason', () => {
    for (const { out } of samples) {
      for (const x of out.results) {
        expect(x.citation.startsWith(`第${x.measure}条（`)).toBe(true)
        expect(x.reasons.length).toBeGreaterThan(0)
        for (const s of x.reasons) expect(s.length).toBeGreaterThan(0)
      }
    }
  })

  test('needs-info lists only facts that were not given and that the provision depends on', () => {
    for (const { req, out } of samples) {
      for (const x of out.results) {
        if (x.status === 'needs-info') {
          expect(x.missing?.length).toBeGreaterThan(0)
          for (const f of x.missing ?? []) {
            expect(req.facts[f]).toBeUndefined()
            expect(PROVISION_FACTS[`${x.measure}/${x.provision}`]).toContain(f)
          }
        } else expect(x.missing).toBeUndefined()
      }
    }
  })

  test('money provisions all appear for the audience, in measure order, each once; no other audience leaks in', () => {
    for (const { req, out } of samples) {
      const keys = out.results.map((x) => `${x.measure}/${x.provision}`)
      expect(new Set(keys).size).toBe(keys.length)
      const measures = out.results.map((x) => x.measure)
      expect([...measures].sort((a, b) => a - b)).toEqual(measures)
      const wanted = PROVISIONS.filter((p) => p.hasMoney && p.audiences.some((a) => req.audience.includes(a))).map((p) => p.key)
      expect(keys.filter((k) => !k.endsWith('/general'))).toEqual(wanted)
      for (const x of out.results) {
        const p = PROVISIONS.find((q) => q.key === `${x.measure}/${x.provision}`)
        expect(p?.audiences.some((a) => req.audience.includes(a))).toBe(true)
      }
    }
  })

  test('nothing is payable before the notice, and expired provisions never pay', () => {
    for (const { req, out } of samples) {
      if (req.asOf < '2021-11-01') {
        expect(out.total).toEqual({ amount: 0, amountMax: 0 })
        expect(out.results.every((x) => x.status === 'ineligible' && x.provision !== 'general')).toBe(true)
      }
      if (req.asOf > '2021-12-31') {
        for (const x of out.results.filter((y) => y.measure === 11 || y.measure === 15)) expect(x.status).toBe('expired')
      }
    }
  })

  test('evaluate neither mutates its input nor depends on anything but it', () => {
    const r = rng(7)
    for (let i = 0; i < 300; i++) {
      const req = randomRequest(r)
      const before = JSON.stringify(req)
      const frozen = deepFreeze(JSON.parse(before))
      const a = evaluate(frozen)
      expect(JSON.stringify(frozen)).toBe(before)
      expect(evaluate(JSON.parse(before))).toEqual(a)
    }
  })

  test('the result is plain JSON (no undefined fields survive a round trip differently)', () => {
    for (const { out } of samples.slice(0, 200)) expect(JSON.parse(JSON.stringify(out))).toEqual(out)
  })
})

// --- parameters -------------------------------------------------------------------------------------

describe('parameters', () => {
  test('every parameter has a Chinese description, a clause reference with a quote, and ordered periods', () => {
    for (const name of PARAMETER_NAMES) {
      const p = PARAMETERS[name]
      expect(p.description).toMatch(/[\u4e00-\u9fa5]/)
      expect(p.reference.clause.length).toBeGreaterThan(0)
      expect(p.reference.quote.length).toBeGreaterThan(0)
      if (!name.startsWith('size.')) expect(p.reference.clause).toMatch(/第\d+条|落款/)
      const values = parameterHistory(name)
      expect(values.length).toBeGreaterThan(0)
      let prevUntil = ''
      for (const v of values) {
        expect(isCalendarDate(v.from)).toBe(true)
        if (v.until !== undefined) {
          expect(isCalendarDate(v.until)).toBe(true)
          expect(v.from <= v.until).toBe(true)
        }
        expect(v.from > prevUntil).toBe(true)
        prevUntil = v.until ?? '9999-12-31'
      }
    }
  })

  test('national surveyed-unemployment-rate targets: 2020 6.0%, 2021–2025 5.5%, in basis points', () => {
    expect(parameter('unemployment.surveyedRateTarget', '2020-12-31')).toBe(600)
    expect(parameter('unemployment.surveyedRateTarget', '2021-01-01')).toBe(550)
    expect(parameter('unemployment.surveyedRateTarget', '2025-12-31')).toBe(550)
    expect(findParameter('unemployment.surveyedRateTarget', '2026-01-01')).toBeUndefined()
    expect(findParameter('unemployment.surveyedRateTarget', '2019-12-31')).toBeUndefined()
    expect(() => parameter('unemployment.surveyedRateTarget', '2019-12-31')).toThrow()
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

  test('changing an amount is a data edit: the engine reads the parameter as of asOf', () => {
    const p = PARAMETERS['measure8.training.perPerson'] as unknown as { values: { from: string; until?: string; value: number }[] }
    const saved = p.values
    try {
      p.values = [
        { from: '2021-11-01', until: '2022-12-31', value: 300 },
        { from: '2023-01-01', value: 400 },
      ]
      const req = (asOf: string) => ({ asOf, audience: ['enterprise'] as Audience[], facts: { ownership: 'private' as const, trainedStaff: 2 } })
      expect(evaluate(req('2022-12-31')).results.find((x) => x.provision === 'training')?.amount).toBe(600)
      expect(evaluate(req('2023-01-01')).results.find((x) => x.provision === 'training')?.amount).toBe(800)
    } finally {
      p.values = saved
    }
  })
})

// --- facts vocabulary ---------------------------------------------------------------------------------

describe('facts vocabulary', () => {
  test('api.md facts, in order', () => {
    expect(FACT_NAMES).toEqual([
      'ownership', 'industry', 'employees', 'revenue', 'totalAssets', 'sizeClass', 'insuredStaff', 'layoffsLastYear',
      'uiPremiumsLastYear', 'trainedStaff', 'apprentices', 'newHires', 'difficultHires', 'difficultHireMonths', 'interns',
      'internMonths', 'localMinimumWage', 'employerOwnership', 'certificateLevel', 'uiContributionMonths', 'skillTitle',
      'worldSkills', 'nationalContestClass', 'nationalContestPlace', 'firstTimeFounder', 'operatingMonths',
    ])
  })

  test('every fact has a kind, a Chinese label and a Chinese hint; every enum has Chinese option labels the schema accepts', () => {
    for (const f of FACT_NAMES) {
      expect(factKinds[f]).toBeDefined()
      expect(factLabels[f]).toMatch(/[\u4e00-\u9fa5]/)
      expect(factHints[f]).toMatch(/[\u4e00-\u9fa5]/)
      if (factKinds[f] === 'enum' || factKinds[f] === 'boolean') {
        const opts = factOptions[f] ?? []
        expect(opts.length).toBeGreaterThan(1)
        for (const o of opts) {
          expect(o.label).toMatch(/[\u4e00-\u9fa5]/)
          expect(factsSchema.safeParse({ [f]: o.value }).success).toBe(true)
        }
        expect(factsSchema.safeParse({ [f]: 'not-an-option' }).success).toBe(false)
      } else {
        expect(factsSchema.safeParse({ [f]: 0 }).success).toBe(true)
        expect(factsSchema.safeParse({ [f]: -1 }).success).toBe(false)
        expect(factsSchema.safeParse({ [f]: 0.5 }).success).toBe(false)
        expect(factsSchema.safeParse({ [f]: null }).success).toBe(false)
      }
    }
  })

  test('enum options cover exactly the values of api.md', () => {
    const values = (f: keyof typeof factOptions) => (factOptions[f] ?? []).map((o) => o.value).filter((v) => v !== null)
    expect(values('ownership')).toEqual([...OWNERSHIPS])
    expect(values('industry')).toEqual([...INDUSTRIES])
    expect(values('sizeClass')).toEqual([...SIZE_CLASSES])
    expect(values('certificateLevel')).toEqual([...CERTIFICATE_LEVELS])
    expect(values('skillTitle')).toEqual([...SKILL_TITLES])
    expect(values('worldSkills')).toEqual([...WORLD_SKILLS])
    expect(values('nationalContestClass')).toEqual([...CONTEST_CLASSES])
    expect(values('nationalContestPlace')).toEqual([...CONTEST_PLACES])
  })

  test('calendar dates', () => {
    expect(isCalendarDate('2021-02-28')).toBe(true)
    expect(isCalendarDate('2021-02-29')).toBe(false)
    expect(isCalendarDate('2024-02-29')).toBe(true)
    expect(isCalendarDate('2000-02-29')).toBe(true)
    expect(isCalendarDate('1900-02-29')).toBe(false)
    expect(isCalendarDate('2021-04-31')).toBe(false)
    expect(isCalendarDate('2021-00-10')).toBe(false)
    expect(isCalendarDate('2021-01-00')).toBe(false)
  })

  test('default asOf is today in Asia/Shanghai', () => {
    expect(todayInShanghai(new Date('2021-11-30T15:59:59Z'))).toBe('2021-11-30')
    expect(todayInShanghai(new Date('2021-11-30T16:00:00Z'))).toBe('2021-12-01')
    expect(parseEvaluateInput({}, new Date('2021-12-31T16:30:00Z')).asOf).toBe('2022-01-01')
  })

  test('audience defaults to both and is de-duplicated', () => {
    expect(parseEvaluateInput({ asOf: '2021-11-30' }).audience).toEqual(['enterprise', 'individual'])
    expect(parseEvaluateInput({ asOf: '2021-11-30', audience: ['individual', 'individual'] }).audience).toEqual(['individual'])
    expect(AUDIENCES).toEqual(['enterprise', 'individual'])
  })

  test('invalid input is an AppError INVALID_INPUT with a Chinese message naming the field and details.issues', () => {
    let err: unknown
    try {
      evaluateRequest({ asOf: '2021-11-30', facts: { newHires: -1 } })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).code).toBe('INVALID_INPUT')
    expect((err as AppError).message).toBe('「newHires」（新吸纳人数）须为不小于0的整数')
    expect((err as AppError).details).toEqual({
      issues: [{ field: 'newHires', message: '「newHires」（新吸纳人数）须为不小于0的整数' }],
    })
  })
})

// --- size -----------------------------------------------------------------------------------------

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
  test('the money provision keys of api.md', () => {
    expect(PROVISIONS.filter((p) => p.hasMoney).map((p) => p.key)).toEqual([
      '8/training', '8/apprenticeship', '9/senior-technician-allowance', '9/sanjin-expert-selected',
      '9/sanjin-expert-contest', '10/worldskills', '10/national-contest', '11/skill-upgrade',
      '15/stabilisation-refund', '20/startup', '21/hiring', '21/difficult-hires', '21/social-insurance',
      '22/internship',
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
