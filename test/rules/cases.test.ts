/**
 * Runs every case of test/rules/cases/*.yaml, one `it` per case. Each measure's cases are in the file
 * named like its rules module (rules/measures/<nn>-<name>.ts ↔ cases/<nn>-<name>.yaml); the other
 * files cover what no one measure owns (CROSS_CUTTING).
 *
 * A case file: `title` (what it covers) and `cases:`. A case:
 *   name, asOf, facts, audience (optional)   — or `raw:` for a whole request as sent
 *   expect: list of { measure, provision (default general), status, title, recipient, amount,
 *                     amountMax, referenceAmount (null = absent), missing (exact), working (exact,
 *                     null = absent; `workingHas:` a substring), reason (substring of some
 *                     reason; a list = each), reasons (the exact list), toVerify (the exact list;
 *                     [] = absent), endedOn (null = absent), absent: true }
 *   total: { amount, amountMax }   totals: { enterprise|individual|project: { amount, amountMax } }
 *   sizeClass (null = absent)   general: [measures]  the exact list of measures without money
 *   error: INVALID_INPUT, message (substring; a list = each), fields (each in details.issues)
 * Or a call of the `policy` function: `action: list | get`, `params`, then
 *   listed / notListed: [ids] (list), measure: { status, audience, hasMoney, deadlines (what, exact) },
 *   or `error:` as above (the envelope's code).
 * Expected numbers are worked out by hand from the notice (docs/policy-rules.md), never from the rules.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { RequestContext } from '../../cloudfunctions/_shared/context'
import { AppError } from '../../cloudfunctions/_shared/errors'
import { MEASURES, evaluate, parseEvaluateInput, type EvaluateOutput, type EvaluateResult } from '../../cloudfunctions/_shared/rules'

interface Expect {
  measure: number
  provision?: string
  status?: string
  title?: string
  recipient?: string
  amount?: number | null
  amountMax?: number | null
  referenceAmount?: number | null
  missing?: string[]
  working?: string | null
  workingHas?: string
  reason?: string | string[]
  reasons?: string[]
  toVerify?: string[]
  endedOn?: string | null
  absent?: boolean
}

interface MeasureExpect {
  status?: string
  audience?: string
  hasMoney?: boolean
  deadlines?: string[]
}

interface Case {
  name: string
  asOf?: string
  facts?: Record<string, unknown>
  audience?: string[]
  raw?: unknown
  expect?: Expect[]
  total?: { amount: number; amountMax: number }
  totals?: Record<string, { amount: number; amountMax: number }>
  sizeClass?: string | null
  general?: number[]
  error?: string
  message?: string | string[]
  fields?: string[]
  action?: 'list' | 'get'
  params?: Record<string, unknown>
  listed?: number[]
  notListed?: number[]
  measure?: MeasureExpect
}

interface CaseFile {
  title: string
  cases: Case[]
}

const DIR = path.join(__dirname, 'cases')
/** Fixed "now" for cases without asOf: 2021-12-01 10:00 in Shanghai. */
const NOW = new Date('2021-12-01T02:00:00Z')
/** Files no one measure owns. */
const CROSS_CUTTING = ['invalid-input', 'size-classes', 'relevant', 'api']
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
  for (const k of ['status', 'title', 'recipient'] as const) {
    if (e[k] !== undefined) expect(view(k, r[k])).toEqual(view(k, e[k]))
  }
  for (const k of ['amount', 'amountMax', 'referenceAmount', 'working', 'endedOn'] as const) {
    if (k in e) expect(view(k, r[k] ?? null)).toEqual(view(k, e[k] ?? null))
  }
  if (e.missing !== undefined) expect(view('missing', r.missing ?? [])).toEqual(view('missing', e.missing))
  if (e.workingHas !== undefined) expect(view('working', r.working ?? '')).toEqual(view('working', expect.stringContaining(e.workingHas)))
  if (e.reasons !== undefined) expect(view('reasons', r.reasons)).toEqual(view('reasons', e.reasons))
  if (e.toVerify !== undefined) expect(view('toVerify', r.toVerify ?? [])).toEqual(view('toVerify', e.toVerify))
  for (const s of list(e.reason)) {
    expect(view('reasons', r.reasons)).toEqual(view('reasons', expect.arrayContaining([expect.stringContaining(s)])))
  }
  expect(r.citation).toMatch(new RegExp(`^第${e.measure}条（`))
}

function checkEvaluation(c: Case, out: EvaluateOutput): void {
  for (const e of c.expect ?? []) checkResult(out.results, e)
  if (c.total !== undefined) expect(out.total).toEqual(c.total)
  if (c.totals !== undefined) expect(out.totals).toEqual(expect.objectContaining(c.totals))
  if (c.sizeClass !== undefined) expect({ sizeClass: out.sizeClass ?? null }).toEqual({ sizeClass: c.sizeClass })
  if (c.general !== undefined) expect(out.results.filter((r) => r.provision === 'general').map((r) => r.measure)).toEqual(c.general)
  if (c.asOf !== undefined) expect(out.asOf).toBe(c.asOf)
}

// The policy function never touches the database.
const ctx = { db: undefined, openId: null, config: { adminOpenIds: [], local: true, rateLimits: {} }, now: () => NOW } as unknown as RequestContext

interface Listed {
  measures: { id: number }[]
}
interface Detail {
  measure: { status: string; audience: string; hasMoney: boolean; deadlines: { what: string }[] }
}

async function runAction(c: Case): Promise<void> {
  // Loaded by the few cases that call the function, not by every run of the evaluator's cases.
  const { default: policy } = await import('../../cloudfunctions/policy')
  const envelope = await policy.dispatch({ action: c.action, ...c.params }, ctx)
  if (c.error) {
    expect(envelope.ok ? 'ok' : envelope.error.code).toBe(c.error)
    if (!envelope.ok) for (const m of list(c.message)) expect(envelope.error.message).toContain(m)
    return
  }
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`)
  if (c.action === 'list') {
    const ids = (envelope.data as Listed).measures.map((m) => m.id)
    for (const id of c.listed ?? []) expect({ listed: id, in: ids.includes(id) }).toEqual({ listed: id, in: true })
    for (const id of c.notListed ?? []) expect({ notListed: id, in: ids.includes(id) }).toEqual({ notListed: id, in: false })
    return
  }
  const m = (envelope.data as Detail).measure
  const e = c.measure ?? {}
  if (e.status !== undefined) expect(m.status).toBe(e.status)
  if (e.audience !== undefined) expect(m.audience).toBe(e.audience)
  if (e.hasMoney !== undefined) expect(m.hasMoney).toBe(e.hasMoney)
  if (e.deadlines !== undefined) expect(m.deadlines.map((d) => d.what)).toEqual(e.deadlines)
}

function runEvaluate(c: Case): void {
  const request = requestOf(c)
  if (!c.error) {
    checkEvaluation(c, evaluate(parseEvaluateInput(request, NOW)))
    return
  }
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
}

const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort()

test('every measure has its case file, named like its rules module, and no file is anyone else’s', () => {
  const names = MEASURES.map((m) => m.name)
  expect(names.map((n) => `${n}.yaml`).filter((f) => !files.includes(f))).toEqual([])
  expect(files.map((f) => f.replace(/\.yaml$/, '')).filter((f) => !names.includes(f) && !CROSS_CUTTING.includes(f))).toEqual([])
  for (const m of MEASURES) expect(m.name.startsWith(`${String(m.id).padStart(2, '0')}-`)).toBe(true)
})

for (const file of files) {
  // Parsed by test/helpers/yaml-transform.mjs, once: jest caches it.
  const doc = jest.requireActual<CaseFile>(path.join(DIR, file))
  describe(`${file}: ${doc.title}`, () => {
    const names = new Set<string>()
    for (const c of doc.cases) {
      if (names.has(c.name)) throw new Error(`${file}: duplicate case name ${c.name}`)
      names.add(c.name)
      it(c.name, async () => {
        if (c.action) await runAction(c)
        else runEvaluate(c)
      })
    }
  })
}
