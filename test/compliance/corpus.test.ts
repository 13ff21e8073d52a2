/**
 * The check against its labelled corpus (corpus.yaml): precision and recall per category, printed as
 * a table, and at least 98% of each on every category; at least 98% of the lawful phrases pass.
 * Each phrase is normalised as every free-text field is before it is checked.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { checkPostingTexts, type ComplianceHit } from '../../cloudfunctions/_shared/compliance/posting-check'
import { COMPLIANCE_CATEGORIES, CONSTRUCTIONS, type ComplianceCategory } from '../../cloudfunctions/_shared/compliance/posting-words'
import { normaliseText } from '../../cloudfunctions/_shared/validation'

const THRESHOLD = 0.98

interface Labelled {
  phrase: string
  expected: ComplianceCategory[]
}

const CATEGORIES = Object.keys(COMPLIANCE_CATEGORIES) as ComplianceCategory[]
const isCategory = (key: string): key is ComplianceCategory => (CATEGORIES as string[]).includes(key)

function readCorpus(): Labelled[] {
  const raw = parse(readFileSync(join(__dirname, 'corpus.yaml'), 'utf8')) as Record<string, unknown[]>
  return Object.entries(raw).flatMap(([key, items]) =>
    items.map((item): Labelled => {
      if (key === 'pass') return { phrase: item as string, expected: [] }
      if (key === 'mixed') {
        const { phrase, expect: expected } = item as { phrase: string; expect: string[] }
        if (!expected.every(isCategory)) throw new Error(`corpus.yaml: unknown category in ${expected.join(', ')}`)
        return { phrase, expected }
      }
      if (!isCategory(key)) throw new Error(`corpus.yaml: unknown section ${key}`)
      return { phrase: item as string, expected: [key] }
    }),
  )
}

const corpus = readCorpus()
const hitsOf = (phrase: string): ComplianceHit[] => checkPostingTexts([{ field: 'duties', fieldLabel: '岗位职责', text: normaliseText(phrase) }])

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d)
const percent = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7)

/**
 * The corpus checked, and its figures. Each test checks it itself, never at load: then a mutant of
 * the check reruns only the tests that run it (npm run mutate measures coverage per test).
 */
function measured() {
  const results = corpus.map((row) => {
    const hits = hitsOf(row.phrase)
    return { ...row, hits, found: [...new Set(hits.map((h) => h.category))] as ComplianceCategory[] }
  })
  const table = CATEGORIES.map((category) => {
    const tp = results.filter((r) => r.expected.includes(category) && r.found.includes(category)).length
    const fp = results.filter((r) => !r.expected.includes(category) && r.found.includes(category)).length
    const fn = results.filter((r) => r.expected.includes(category) && !r.found.includes(category)).length
    return { category, phrases: tp + fn, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) }
  })
  const lawful = results.filter((r) => r.expected.length === 0)
  const passed = lawful.filter((r) => r.found.length === 0).length
  return { results, table, lawful, passed }
}

describe('the compliance corpus', () => {
  it('is large enough, and covers every category and every construction', () => {
    const { results, table, lawful } = measured()
    expect(corpus.length).toBeGreaterThanOrEqual(300)
    expect(lawful.length).toBeGreaterThanOrEqual(100)
    for (const row of table) expect({ category: row.category, phrases: row.phrases >= 5 }).toEqual({ category: row.category, phrases: true })
    const constructions = new Set(results.flatMap((r) => r.hits.map((h) => h.construction)))
    expect([...constructions].sort()).toEqual(Object.keys(CONSTRUCTIONS).sort())
  })

  it(`finds each category with at least ${THRESHOLD * 100}% precision and recall, and lets the lawful phrases pass`, () => {
    const { results, table, lawful, passed } = measured()
    const lines = [
      'category      phrases   TP   FP   FN  precision  recall',
      ...table.map((r) => `${r.category.padEnd(12)} ${String(r.phrases).padStart(8)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}   ${percent(r.precision)} ${percent(r.recall)}`),
      `lawful phrases passed: ${passed}/${lawful.length} (${percent(ratio(passed, lawful.length)).trim()}); corpus: ${corpus.length} phrases`,
    ]
    const wrong = results.filter((r) => [...r.found].sort().join() !== [...r.expected].sort().join())
    for (const r of wrong) lines.push(`  「${r.phrase}」 expected ${r.expected.join(', ') || 'pass'}, found ${r.found.join(', ') || 'nothing'}`)
    console.log(lines.join('\n'))

    for (const r of table) {
      expect({ category: r.category, precision: r.precision >= THRESHOLD, recall: r.recall >= THRESHOLD }).toEqual({ category: r.category, precision: true, recall: true })
    }
    expect(ratio(passed, lawful.length)).toBeGreaterThanOrEqual(THRESHOLD)
  })
})
