/**
 * `npm run mutate [-- <group>…] [--incremental] [--dry-run] [--concurrency=N]`: mutation testing with Stryker
 * (jest runner, TypeScript checker, coverage per test) over the code whose every branch a test must
 * pin: the write path of applications and the rate limits, the rules of the notice, the posting
 * check. Not part of `npm test`: a group takes minutes. With no group named it runs all of them, one
 * after the other; each ends with its figures per file, and fails under its threshold. Mutants known
 * to be equivalent carry a `// Stryker disable next-line <mutator>: <why>` comment beside the code;
 * docs/mutation-testing.md lists them and the last figures.
 */
import path from 'node:path'
import type { MutantResult, PartialStrykerOptions } from '@stryker-mutator/api/core'

interface Group {
  /** what is mutated */
  mutate: string[]
  /** the tests that pin it: the only ones a mutant reruns */
  tests: string[]
  /**
   * false: no TypeScript checker. A mutant the compiler would refuse then runs as JavaScript: the
   * tests kill it or it is read as a survivor. On the rules and the posting check the checker took
   * two to three times the CPU of the test runs it saved.
   */
  typeCheck?: false
  /**
   * 'all': every mutant reruns all the group's tests. For code every test runs anyway, and whose
   * caches make the first test to fill one the only test seen to cover it.
   */
  coverage?: 'all'
}

const GROUPS: Record<string, Group> = {
  services: {
    mutate: ['cloudfunctions/_shared/services/applications/index.ts', 'cloudfunctions/_shared/rate-limit.ts'],
    tests: ['test/functions/applications.test.ts', 'test/functions/application-writes.test.ts', 'test/functions/rate-limits.test.ts', 'cloudfunctions/_shared/rate-limit.test.ts'],
  },
  rules: {
    // The evaluator's decisions for a money provision (what is still needed, ineligible, expired
    // and its reference amount) and the size derivation: the sample the figures in
    // docs/mutation-testing.md are for. The rest of engine.ts, size.ts and money.ts is next.
    mutate: ['cloudfunctions/_shared/rules/engine.ts:125-231', 'cloudfunctions/_shared/rules/size.ts:186-222'],
    // Not the notice-text and api-doc tests: they compare words with documents, and loading them
    // would cost every mutant.
    tests: ['cloudfunctions/_shared/rules/engine.test.ts', 'test/rules/cases.test.ts'],
    typeCheck: false,
    coverage: 'all',
  },
  compliance: {
    // The credit code, and how the posting check splits, locates and reports (not the grammar built
    // at load, whose every mutant reruns the whole corpus).
    mutate: ['cloudfunctions/_shared/compliance/credit-code.ts', 'cloudfunctions/_shared/compliance/posting-check.ts:234-315'],
    tests: ['cloudfunctions/_shared/compliance/posting-check.test.ts', 'test/compliance/corpus.test.ts', 'cloudfunctions/_shared/compliance/credit-code.test.ts'],
    typeCheck: false,
  },
}

const REPORTS = 'reports/mutation'
/** Killed among the mutants that are not marked equivalent: under this a run fails. */
const BREAK_AT = 90

function optionsOf(name: string, group: Group, incremental: boolean, concurrency: number, dryRunOnly: boolean): PartialStrykerOptions {
  return {
    dryRunOnly,
    mutate: group.mutate,
    testRunner: 'jest',
    jest: {
      projectType: 'custom',
      configFile: 'test/mutation/jest.config.js',
      config: { testMatch: group.tests.map((t) => `<rootDir>/${t}`) },
      enableFindRelatedTests: true,
    },
    checkers: group.typeCheck === false ? [] : ['typescript'],
    tsconfigFile: 'test/mutation/tsconfig.json',
    coverageAnalysis: group.coverage ?? 'perTest',
    concurrency,
    incremental,
    incrementalFile: `${REPORTS}/${name}.incremental.json`,
    // Never copied into the sandbox: builds, local data and the front end no mutated code imports.
    ignorePatterns: ['dist', '.data', 'coverage', 'test-results', 'src', 'config', 'docs/screenshots', 'bench', `${REPORTS}`],
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: `${REPORTS}/${name}.html` },
    jsonReporter: { fileName: `${REPORTS}/${name}.json` },
    clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
    thresholds: { high: 95, low: BREAK_AT, break: BREAK_AT },
    timeoutMS: 10_000,
  }
}

const COUNTED = ['Killed', 'Survived', 'Timeout', 'NoCoverage', 'CompileError', 'RuntimeError', 'Ignored'] as const

/** Mutants by status per file, and the share killed (timeouts count as killed) among those not ignored. */
function figures(results: readonly MutantResult[]): string {
  const byFile = new Map<string, Record<string, number>>()
  for (const r of results) {
    const file = path.relative(process.cwd(), r.fileName)
    const row = byFile.get(file) ?? Object.fromEntries(COUNTED.map((s) => [s, 0]))
    row[r.status] = (row[r.status] ?? 0) + 1
    byFile.set(file, row)
  }
  const lines = [['file', ...COUNTED, 'score'].join('\t')]
  const score = (row: Record<string, number>) => {
    const detected = row.Killed + row.Timeout
    const valid = detected + row.Survived + row.NoCoverage
    return valid ? `${((100 * detected) / valid).toFixed(1)}%` : '-'
  }
  const all: Record<string, number> = Object.fromEntries(COUNTED.map((s) => [s, 0]))
  for (const [file, row] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push([file, ...COUNTED.map((s) => row[s]), score(row)].join('\t'))
    for (const s of COUNTED) all[s] += row[s]
  }
  lines.push(['all', ...COUNTED.map((s) => all[s]), score(all)].join('\t'))
  return lines.join('\n')
}

async function main() {
  const args = process.argv.slice(2)
  const incremental = args.includes('--incremental')
  const dryRunOnly = args.includes('--dry-run')
  const concurrencyArg = args.find((a) => a.startsWith('--concurrency='))
  const concurrency = concurrencyArg ? Number(concurrencyArg.split('=')[1]) : 2
  const named = args.filter((a) => !a.startsWith('--'))
  const unknown = named.filter((n) => !(n in GROUPS))
  if (unknown.length || !(concurrency >= 1)) {
    console.error(`usage: npm run mutate -- [${Object.keys(GROUPS).join('|')}]… [--incremental] [--dry-run] [--concurrency=N]`)
    process.exit(2)
  }
  const { Stryker } = await import('@stryker-mutator/core')
  const summaries: string[] = []
  for (const name of named.length ? named : Object.keys(GROUPS)) {
    const started = Date.now()
    const results = await new Stryker(optionsOf(name, GROUPS[name], incremental, concurrency, dryRunOnly)).runMutationTest()
    const minutes = ((Date.now() - started) / 60_000).toFixed(1)
    summaries.push(`## ${name}: ${minutes} min at concurrency ${concurrency}\n${figures(results)}`)
  }
  console.log(`\n${summaries.join('\n\n')}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
