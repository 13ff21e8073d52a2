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
}

const GROUPS: Record<string, Group> = {
  services: {
    mutate: ['cloudfunctions/_shared/services/applications.ts', 'cloudfunctions/_shared/rate-limit.ts'],
    tests: ['test/functions/applications.test.ts', 'test/functions/application-writes.test.ts', 'test/functions/rate-limits.test.ts', 'cloudfunctions/_shared/rate-limit.test.ts'],
  },
  rules: {
    // The evaluator, the size derivation (not the 2011 table: data the notice-text test compares)
    // and exact money: the code every measure's amount and reasons go through.
    mutate: ['cloudfunctions/_shared/rules/engine.ts', 'cloudfunctions/_shared/rules/size.ts:122-237', 'cloudfunctions/_shared/rules/money.ts'],
    // Not the notice-text and api-doc tests: they compare words with documents, and loading them
    // would cost every mutant.
    tests: ['test/rules/engine.test.ts', 'test/rules/cases.test.ts'],
  },
  compliance: {
    mutate: ['cloudfunctions/_shared/compliance/{posting-check,credit-code}.ts'],
    tests: ['test/compliance/posting-check.test.ts', 'test/compliance/corpus.test.ts', 'test/compliance/credit-code.test.ts'],
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
    checkers: ['typescript'],
    tsconfigFile: 'test/mutation/tsconfig.json',
    coverageAnalysis: 'perTest',
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
