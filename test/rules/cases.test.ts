/**
 * Runs every case of test/rules/cases/*.yaml against the rules engine, one `it` per case.
 *
 * A case file: `title` (what it covers) and `cases:`. A case:
 *   name, asOf, facts, audience (optional)   — or `raw:` for a whole request as sent
 *   expect: list of { measure, provision (default general), status, amount, amountMax,
 *                     referenceAmount (null = absent), missing (exact), working (substring),
 *                     reason (substring of some reason; a list = each), absent: true }
 *   total: { amount, amountMax }   sizeClass (null = absent)
 *   general: [measures]  the exact list of measures without money in the results
 *   error: INVALID_INPUT, message (substring; a list = each), fields (each must be in details.issues)
 * Expected numbers are worked out by hand from the notice (shared/spec/policy-rules.md).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { parse } from 'yaml'
import { AppError } from '../../cloudfunctions/_shared/errors'
import { evaluate, parseEvaluateInput, type EvaluateResult } from '../../cloudfunctions/_shared/rules'

interface Expect {
  measure: number
  provision?: string
  status?: string
  amount?: number | null
  amountMax?: number | null
  referenceAmount?: number | null
  missing?: string[]
  working?: string
  reason?: string | string[]
  absent?: boolean
}

interface Case {
  name: string
  asOf?: string
  facts?: Record<string, unknown>
  audience?: string[]
  raw?: unknown
  expect?: Expect[]
  total?: { amount: number; amountMax: number }
  sizeClass?: string | null
  general?: number[]
  error?: string
  message?: string | string[]
  fields?: string[]
}

interface CaseFile {
  title: string
  cases: Case[]
}

const DIR = path.join(__dirname, 'cases')
/** Fixed "now" for cases without asOf: 2021-12-01 10:00 in Shanghai. */
const NOW = new Date('2021-12-01T02:00:00Z')
const list = (x: string | string[] | undefined): string[] => (x === undefined ? [] : Array.isArray(x) ? x : [x])

function requestOf(c: Case): unknown {
  if ('raw' in c) return c.raw
  const r: Record<string, unknown> = {}
  if (c.asOf !== undefined) r.asOf = c.asOf
  if (c.facts !== undefined) r.facts = c.facts
  if (c.audience !== undefined) r.audience = c.audience
  return r
}

function checkResult(results: EvaluateResult[], e: Expect): void {
  const provision = e.provision ?? 'general'
  const label = `${e.measure}/${provision}`
  const found = results.filter((r) => r.measure === e.measure && r.provision === provision)
  if (e.absent) {
    expect({ [label]: found }).toEqual({ [label]: [] })
    return
  }
  expect({ [label]: found.length }).toEqual({ [label]: 1 })
  const r = found[0]
  const view = (k: string, v: unknown) => ({ [`${label} ${k}`]: v })
  if (e.status !== undefined) expect(view('status', r.status)).toEqual(view('status', e.status))
  for (const k of ['amount', 'amountMax', 'referenceAmount'] as const) {
    if (k in e) expect(view(k, r[k] ?? null)).toEqual(view(k, e[k] ?? null))
  }
  if (e.missing !== undefined) expect(view('missing', r.missing ?? [])).toEqual(view('missing', e.missing))
  if (e.working !== undefined) expect(view('working', r.working ?? '')).toEqual(view('working', expect.stringContaining(e.working)))
  for (const s of list(e.reason)) {
    expect(view('reasons', r.reasons)).toEqual(view('reasons', expect.arrayContaining([expect.stringContaining(s)])))
  }
  expect(r.citation).toMatch(new RegExp(`^第${e.measure}条（`))
}

const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort()

test('case files exist', () => {
  const expected = ['measure-08', 'measure-09', 'measure-10', 'measure-11', 'measure-15', 'measure-20', 'measure-21', 'measure-22']
  for (const f of [...expected, 'relevant', 'size-classes', 'invalid-input']) expect(files).toContain(`${f}.yaml`)
})

for (const file of files) {
  const doc = parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as CaseFile
  describe(`${file}: ${doc.title}`, () => {
    const names = new Set<string>()
    for (const c of doc.cases) {
      if (names.has(c.name)) throw new Error(`${file}: duplicate case name ${c.name}`)
      names.add(c.name)
      it(c.name, () => {
        const request = requestOf(c)
        if (c.error) {
          let err: unknown
          try {
            evaluate(parseEvaluateInput(request, NOW))
          } catch (e) {
            err = e
          }
          expect(err).toBeInstanceOf(AppError)
          const a = err as AppError
          expect(a.code).toBe(c.error)
          for (const m of list(c.message)) expect(a.message).toContain(m)
          const issues = (a.details?.issues ?? []) as { field: string; message: string }[]
          expect(issues.length).toBeGreaterThan(0)
          for (const f of c.fields ?? []) expect(issues.map((i) => i.field)).toContain(f)
          return
        }
        const out = evaluate(parseEvaluateInput(request, NOW))
        for (const e of c.expect ?? []) checkResult(out.results, e)
        if (c.total !== undefined) expect(out.total).toEqual(c.total)
        if (c.sizeClass !== undefined) expect({ sizeClass: out.sizeClass ?? null }).toEqual({ sizeClass: c.sizeClass })
        if (c.general !== undefined) {
          expect(out.results.filter((r) => r.provision === 'general').map((r) => r.measure)).toEqual(c.general)
        }
        if (c.asOf !== undefined) expect(out.asOf).toBe(c.asOf)
      })
    }
  })
}
