/**
 * 政策找企业 (issue 8): a whole matching run over 10,000 verified enterprises with stated facts, in
 * a temporary embedded database (on disk, as `npm start` uses it), through admin.runMatching and
 * admin.continueMatching as the local UI calls them.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import admin from '../cloudfunctions/admin/index.ts'
import type { RequestContext } from '../cloudfunctions/_shared/context'
import { openEmbeddedDatabase } from '../server/db/embedded'
import { EMPLOYERS } from '../cloudfunctions/_shared/repositories/employers'
import { ENTERPRISE_FACTS } from '../cloudfunctions/_shared/repositories/enterprise-facts'
import { collections } from '../cloudfunctions/_shared/repositories/schema'
import { CITIES } from '../cloudfunctions/_shared/catalog'

const FIRMS = 10_000
const SIZES = ['large', 'medium', 'small', 'micro'] as const

export async function benchMatching(firms = FIRMS) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-bench-matching-'))
  const db = openEmbeddedDatabase(path.join(dir, 'bench.db'), { schema: collections })
  try {
    const at = '2021-11-15T00:00:00.000Z'
    // Seeding in transactions of 500 documents (not timed).
    for (let start = 0; start < firms; start += 500) {
      await db.runTransaction(async (tx) => {
        for (let i = start; i < Math.min(firms, start + 500); i++) {
          const id = `firm${String(i).padStart(6, '0')}`
          await tx.collection(EMPLOYERS).doc(id).set({
            ownerOpenId: `bench-${i}`, name: `测试企业${i}`, creditCode: `BENCH${String(i).padStart(13, '0')}`, ownership: 'private', industry: 'other',
            employees: 10 + (i % 400), city: CITIES[i % CITIES.length], district: '—', address: '—', contactName: '—', contactPhone: '—',
            status: i % 20 === 0 ? 'pending' : 'verified', submittedAt: at, createdAt: at, updatedAt: at,
          })
          const s = (value: unknown) => ({ value, statedAt: at })
          await tx.collection(ENTERPRISE_FACTS).doc(id).set({
            ownerOpenId: `bench-${i}`, version: 1, updatedAt: at,
            facts: {
              sizeClass: s(SIZES[i % 4]), insuredStaff: s(5 + (i % 200)), layoffsLastYear: s(i % 9), uiPremiumsLastYear: s(1000 * (1 + (i % 50))),
              newHires: s(i % 130), ...(i % 3 === 0 ? { difficultHires: s(i % 4), difficultHireMonths: s(i % 40) } : {}),
              ...(i % 5 === 0 ? { interns: s(1 + (i % 6)), internMonths: s(6) } : {}), trainedStaff: s(i % 7),
            },
          })
        }
      })
    }
    const verified = firms - Math.ceil(firms / 20)
    const ctx: RequestContext = { db, openId: 'bench-admin', config: { adminOpenIds: ['bench-admin'], local: true, rateLimits: {} }, now: () => new Date('2021-12-01T02:00:00Z') }
    const t0 = performance.now()
    let calls = 1
    let res = await admin.dispatch({ action: 'runMatching', asOf: '2021-12-01' }, ctx)
    while (res.ok && (res.data as { status: string }).status === 'running') {
      res = await admin.dispatch({ action: 'continueMatching', runId: (res.data as { runId: string }).runId }, ctx)
      calls++
    }
    const seconds = (performance.now() - t0) / 1000
    if (!res.ok) throw new Error(`matching failed: ${res.error.message}`)
    const done = res.data as { processed: number; total: number; batches: number }
    if (done.processed !== verified) throw new Error(`processed ${done.processed} of ${verified}`)
    const t1 = performance.now()
    const csv = await admin.dispatch({ action: 'exportMatching', runId: (res.data as { runId: string }).runId }, ctx)
    const csvSeconds = (performance.now() - t1) / 1000
    const rows = csv.ok ? (csv.data as { rows: number }).rows : 0
    console.log(
      `matching run (admin.runMatching + continueMatching): ${done.processed.toLocaleString('en-US')} verified enterprises of ${firms.toLocaleString('en-US')} in ${seconds.toFixed(2)} s ` +
        `(${done.batches} batches, ${calls} calls, ${Math.round(done.processed / seconds).toLocaleString('en-US')} firms/s); CSV export of ${rows.toLocaleString('en-US')} matches in ${csvSeconds.toFixed(2)} s`,
    )
  } finally {
    db.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
