/**
 * The catalog is the one backend folder the app imports values from (config/index.ts compiles it
 * into the mini-program; eslint refuses any other value import from cloudfunctions/ in src/). So it
 * imports nothing but itself and dayjs: no zod, no node, no rules, nothing of the functions.
 */
import fs from 'node:fs'
import path from 'node:path'

const folder = __dirname
const modules = fs.readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
const specifiers = (file: string) => [...fs.readFileSync(path.join(folder, file), 'utf8').matchAll(/^(?:import|export)\b[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)].map((m) => m[1] ?? m[2])

describe('cloudfunctions/_shared/catalog', () => {
  it('holds the shared words', () => {
    expect(modules).toEqual(expect.arrayContaining(['firms.ts', 'seekers.ts', 'fairs.ts', 'fair-status.ts', 'regions.ts', 'time.ts']))
  })

  it.each(modules)('%s imports only the catalog and dayjs', (file) => {
    for (const spec of specifiers(file)) {
      const inCatalog = spec.startsWith('./') && modules.includes(`${spec.slice(2)}.ts`)
      expect({ spec, allowed: inCatalog || spec === 'dayjs' || spec.startsWith('dayjs/plugin/') }).toEqual({ spec, allowed: true })
    }
  })
})
