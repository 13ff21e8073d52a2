/**
 * docs/api.md and the code say the same: the facts table (order, kind, unit, maximum), the error
 * codes and their HTTP statuses, and the examples of `working` it quotes.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { HTTP_STATUS } from '../../cloudfunctions/_shared/errors'
import { FACT_NAMES, FACTS, evaluate, type Facts } from '../../cloudfunctions/_shared/rules'
import { grouped } from '../../cloudfunctions/_shared/rules/money'

const doc = fs.readFileSync(path.resolve(__dirname, '../../docs/api.md'), 'utf8')
/** The rows of the markdown table that follows `heading`, as cells. */
function table(heading: string): string[][] {
  const from = doc.indexOf(heading)
  if (from < 0) throw new Error(`no "${heading}" in docs/api.md`)
  const lines = doc.slice(from).split('\n')
  const start = lines.findIndex((l) => l.startsWith('|'))
  const rows: string[][] = []
  for (let i = start + 2; i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i].split('|').slice(1, -1).map((c) => c.trim()))
  return rows
}

test('the facts table lists every fact in order, with its kind, unit and maximum', () => {
  const rows = table('### evaluate: the facts').map(([name, kind, unit, max]) => [name.replace(/`/g, ''), kind, unit, max])
  expect(rows).toEqual(
    FACT_NAMES.map((name) => {
      const f = FACTS[name]
      return 'max' in f ? [name, f.kind, f.unit, grouped(f.max)] : [name, f.kind, '', '']
    }),
  )
})

test('the error codes and HTTP statuses are those of the code, in its order', () => {
  const rows = table('## The envelope and error codes').map(([code, status]) => [code.replace(/`/g, ''), Number(status)])
  expect(rows).toEqual(Object.entries(HTTP_STATUS))
})

test('every `working` docs/api.md quotes is one the rules write', () => {
  const quoted = (doc.slice(doc.indexOf('- `working`:'), doc.indexOf('- `toVerify`')).match(/`([^`]*元[^`]*)`/g) ?? []).map((q) => q.slice(1, -1))
  const written = new Set(
    (
      [
        { ownership: 'private', interns: 3, internMonths: 6, localMinimumWage: 1880 },
        { employerOwnership: 'private', skillTitle: 'senior-technician-allowance', certificateLevel: 4, uiContributionMonths: 12, worldSkills: 'gold' },
        { ownership: 'private', sizeClass: 'small', firstTimeFounder: true, operatingMonths: 12, difficultHires: 1 },
      ] as Facts[]
    ).flatMap((facts) => evaluate({ facts, asOf: '2021-11-30' }).results.map((r) => r.working)),
  )
  expect(quoted.length).toBeGreaterThan(4)
  for (const q of quoted.filter((x) => x !== '（四舍五入到元）')) expect({ q, written: written.has(q) }).toEqual({ q, written: true })
})
