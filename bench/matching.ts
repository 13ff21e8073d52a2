/**
 * 政策找企业: a whole matching run over 10,000 enterprises with stated facts, in a
 * temporary embedded database on disk under the CloudBase profile, through admin.runMatching and
 * admin.continueMatching as the matching page calls them, each call one invocation of the admin
 * function (server/invoke.ts). Time is the profile's model — a round trip per database request,
 * never slept — so the figures say how a batch and a call fare against CloudBase's 30 s (the admin
 * function's timeout, and a transaction's deadline).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import admin from '../cloudfunctions/admin/index.ts'
import { CITIES } from '../cloudfunctions/_shared/catalog/regions'
import { TRANSACTION_DEADLINE_MS } from '../cloudfunctions/_shared/db/cloudbase-limits'
import { EMPLOYERS } from '../cloudfunctions/_shared/repositories/employers'
import { ENTERPRISE_FACTS } from '../cloudfunctions/_shared/repositories/enterprise-facts'
import { collections } from '../cloudfunctions/_shared/repositories/schema'
import { cloudBaseProfile } from '../server/db/cloudbase-profile'
import { openEmbeddedDatabase } from '../server/db/embedded'
import { invoke, type HostContext, type Invoked } from '../server/invoke'
import { embeddedStorage } from '../server/storage'
import { inTransactions } from './board'

const FIRMS = 10_000
const SIZES = ['large', 'medium', 'small', 'micro'] as const
/** Round trips of the transaction that commits a batch: its start, the run read, the run written, commit. */
const COMMIT_REQUESTS = 4

interface Progress {
  runId: string
  status: 'running' | 'done'
  processed: number
  total: number
  batches: number
  elapsedMs: number
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const n = (x: number) => Math.round(x).toLocaleString('en-US')

export async function benchMatching(firms = FIRMS) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-bench-matching-'))
  const profile = cloudBaseProfile()
  const db = openEmbeddedDatabase(path.join(dir, 'bench.db'), { schema: collections, profile })
  try {
    const at = '2021-11-15T00:00:00.000Z'
    const ids = Array.from({ length: firms }, (_, i) => i)
    await inTransactions(db, ids, (tx, i) =>
      tx.collection(EMPLOYERS).doc(`firm${String(i).padStart(6, '0')}`).set({
        ownerOpenId: `bench-${i}`, name: `测试企业${i}`, creditCode: `BENCH${String(i).padStart(13, '0')}`, ownership: 'private', industry: 'other',
        employees: 10 + (i % 400), city: CITIES[i % CITIES.length], district: '—', address: '—', contactName: '—', contactPhone: '—',
        status: i % 20 === 0 ? 'pending' : 'verified', submittedAt: at, createdAt: at, updatedAt: at,
      }),
    )
    const stated = (value: unknown) => ({ value, statedAt: at })
    await inTransactions(db, ids, (tx, i) =>
      tx.collection(ENTERPRISE_FACTS).doc(`firm${String(i).padStart(6, '0')}`).set({
        ownerOpenId: `bench-${i}`, version: 1, updatedAt: at,
        facts: {
          sizeClass: stated(SIZES[i % 4]), insuredStaff: stated(5 + (i % 200)), layoffsLastYear: stated(i % 9), uiPremiumsLastYear: stated(1000 * (1 + (i % 50))),
          newHires: stated(i % 130), ...(i % 3 === 0 ? { difficultHires: stated(i % 4), difficultHireMonths: stated(i % 40) } : {}),
          ...(i % 5 === 0 ? { interns: stated(1 + (i % 6)), internMonths: stated(6) } : {}), trainedStaff: stated(i % 7),
        },
      }),
    )
    const verified = firms - Math.ceil(firms / 20)
    const host: HostContext = {
      db, openId: 'bench-admin', config: { adminOpenIds: ['bench-admin'], local: true, rateLimits: {} },
      // As of today: a live run, writing recommendations and messages as well as matches.
      now: () => new Date('2021-12-01T02:00:00Z'), storage: embeddedStorage(path.join(dir, 'files')).at('http://127.0.0.1'),
    }
    const call = async (event: Record<string, unknown>): Promise<Invoked & { progress: Progress }> => {
      const invoked = await invoke(admin, event, host, profile)
      if (!invoked.answer.ok) throw new Error(`${String(event.action)}: ${invoked.answer.error.code} ${invoked.answer.error.message}`)
      return Object.assign(invoked, { progress: invoked.answer.data as Progress })
    }

    const started = performance.now()
    const calls = [await call({ action: 'runMatching', asOf: '2021-12-01' })]
    while (calls[calls.length - 1].progress.status === 'running') calls.push(await call({ action: 'continueMatching', runId: calls[0].progress.runId }))
    const realSeconds = (performance.now() - started) / 1000
    const done = calls[calls.length - 1].progress
    if (done.processed !== verified) throw new Error(`processed ${done.processed} of ${verified}`)

    // Per call: its batches, their modelled time (the run's own sum) and requests.
    const perCall = calls.map((c, i) => {
      const before = i ? calls[i - 1].progress : { batches: 0, elapsedMs: 0 }
      const batches = c.progress.batches - before.batches
      return { batches, callMs: c.elapsedMs, batchMs: batches ? (c.progress.elapsedMs - before.elapsedMs) / batches : 0, requests: c.requests, maxInFlight: c.maxInFlight }
    })
    const withBatches = perCall.filter((c) => c.batches > 0)
    const batchMs = withBatches.map((c) => c.batchMs)
    const requestsPerBatch = Math.max(...withBatches.map((c) => c.requests / c.batches))
    const timeoutMs = profile.functionTimeoutMs.admin

    const exportStarted = performance.now()
    const exported = await call({ action: 'exportMatching', runId: done.runId })
    const csv = exported.answer.ok ? (exported.answer.data as { rows: number; file: { url: string } }) : null
    const stored = csv ? fs.statSync(path.join(dir, 'files', new URL(csv.file.url).pathname.split('/')[2])).size : 0

    console.log(
      [
        `matching run under the CloudBase profile (${profile.roundTripMs} ms a database round trip, modelled, never slept): ` +
          `${n(done.processed)} verified enterprises of ${n(firms)}, ${done.batches} batches in ${calls.length} calls, ${realSeconds.toFixed(1)} s of real time`,
        `  per batch: mean ${s(batchMs.reduce((a, b) => a + b, 0) / batchMs.length)}, max ${s(Math.max(...batchMs))} of the 30 s budget ` +
          `(the admin function's ${s(timeoutMs)} timeout; a transaction's ${s(TRANSACTION_DEADLINE_MS)} deadline); ` +
          `up to ${n(requestsPerBatch)} requests a batch, at most ${Math.max(...perCall.map((c) => c.maxInFlight))} in flight; ` +
          `its transaction ${COMMIT_REQUESTS} requests (${s(COMMIT_REQUESTS * profile.roundTripMs)}) — the same writes inside one transaction would take ${s(requestsPerBatch * profile.roundTripMs)}`,
        `  per call: max ${s(Math.max(...perCall.map((c) => c.callMs)))} of the ${s(timeoutMs)} timeout, ${Math.max(...perCall.map((c) => c.batches))} batches at most`,
        `  CSV export: ${n(csv?.rows ?? 0)} matches, a ${(stored / 1024 / 1024).toFixed(1)} MB file in storage, an answer of ${exported.body.length} bytes, ` +
          `${s(exported.elapsedMs)} modelled, ${((performance.now() - exportStarted) / 1000).toFixed(1)} s real`,
      ].join('\n'),
    )
  } finally {
    db.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
