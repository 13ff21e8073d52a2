/**
 * The seed writes the same province every time, dated relative to the moment of seeding, once:
 * seeded twice at one moment the data are the same; seeded ten days later, everything but the
 * fairs (which follow the calendar's seasons) is the same ten days later.
 */
import { seedIfEmpty } from '../../server/seed'
import type { EmbeddedDatabase } from '../../server/db/embedded'
import { freshDatabase } from '../helpers/context'
import { allOf, SEEDED_AT } from './seeded'

const COLLECTIONS = ['employers', 'creditCodes', 'jobs', 'enterprise_facts', 'seekers', 'applications', 'messages', 'applicationCounts', 'countedApplicants', 'reports', 'fairs', 'fairBookings', 'fairSignups']
/** What the fairs decide: left out when comparing seeds on different days. */
const FAIR_COLLECTIONS = new Set(['fairs', 'fairBookings', 'fairSignups'])

type Doc = Record<string, unknown> & { _id: string }

/** A name for a document that does not depend on its random id (checked unique). */
function nameOf(collection: string, doc: Doc): string {
  const d = doc as Record<string, string>
  if (collection === 'employers') return `firm:${d.ownerOpenId}`
  if (collection === 'jobs') return `job:${d.ownerOpenId}/${d.title}`
  if (collection === 'fairs') return `fair:${d.name}`
  return ''
}

const mapStrings = (value: unknown, f: (s: string) => string): unknown =>
  typeof value === 'string' ? f(value)
  : Array.isArray(value) ? value.map((v) => mapStrings(v, f))
  : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]))
  : value

/**
 * Each collection's documents with every random id (32 hex digits, alone or inside another id)
 * replaced by the name of what it identifies, ids of documents nothing refers to dropped, sorted.
 */
async function canonical(db: EmbeddedDatabase, collections: readonly string[]): Promise<Record<string, unknown[]>> {
  const docs = Object.fromEntries(await Promise.all(collections.map(async (c) => [c, await allOf<Doc>(db, c)] as const)))
  const names = new Map<string, string>()
  for (const c of ['employers', 'jobs', 'fairs']) {
    for (const doc of docs[c] ?? []) {
      if ([...names.values()].includes(nameOf(c, doc))) throw new Error(`two documents named ${nameOf(c, doc)}`)
      names.set(doc._id, nameOf(c, doc))
    }
  }
  const out: Record<string, unknown[]> = {}
  for (const c of collections) {
    out[c] = docs[c]
      .map((doc) => {
        const rest: Record<string, unknown> = { ...doc }
        // Random ids of documents nothing points at (applications, messages, reports) carry no information.
        if (/^[0-9a-f]{32}$/.test(doc._id) && !names.has(doc._id)) delete rest._id
        if (c === 'applications') {
          names.set(doc._id, `application:${String(doc.seekerOpenId)}/${names.get(String(doc.jobId))}`)
        }
        return mapStrings(rest, (s) => s.replace(/[0-9a-f]{32}/g, (id) => names.get(id) ?? id))
      })
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  }
  return out
}

const DAY_MS = 86_400_000
/** Every instant and date in the data, `days` later. */
const shifted = (value: unknown, days: number) =>
  mapStrings(value, (s) =>
    s.replace(/(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}:\d{2}\.\d{3}Z)?/g, (text, date: string, time?: string) =>
      time ? new Date(Date.parse(text) + days * DAY_MS).toISOString() : new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10),
    ),
  )

async function seededAt(now: Date): Promise<EmbeddedDatabase> {
  const db = freshDatabase()
  await seedIfEmpty(db, now)
  return db
}

/** Days between the first seeding and the later one. */
const LATER_DAYS = 10
let first: EmbeddedDatabase
let again: EmbeddedDatabase
let later: EmbeddedDatabase
beforeAll(async () => {
  first = await seededAt(SEEDED_AT)
  again = await seededAt(SEEDED_AT)
  later = await seededAt(new Date(SEEDED_AT.getTime() + LATER_DAYS * DAY_MS))
})
afterAll(() => [first, again, later].forEach((db) => db.close()))

describe('seeding', () => {
  it('writes the same province for the same moment', async () => {
    const [x, y] = [await canonical(first, COLLECTIONS), await canonical(again, COLLECTIONS)]
    expect(x.jobs.length).toBeGreaterThan(300)
    expect(y).toEqual(x)
  })

  it('dates it relative to the moment of seeding: ten days later, all but the fairs is ten days later', async () => {
    const kept = COLLECTIONS.filter((c) => !FAIR_COLLECTIONS.has(c))
    const withoutFairs = (data: Record<string, unknown[]>): Record<string, unknown[]> => ({
      ...data,
      applications: data.applications.map((app) => ({ ...(app as Record<string, unknown>), fairId: undefined })),
    })
    const sorted = (data: unknown) => Object.fromEntries(Object.entries(data as Record<string, unknown[]>).map(([c, docs]) => [c, [...docs].sort((p, q) => JSON.stringify(p).localeCompare(JSON.stringify(q)))]))
    const [x, y] = [withoutFairs(await canonical(first, kept)), withoutFairs(await canonical(later, kept))]
    expect(x.jobs.length).toBeGreaterThan(300)
    expect(sorted(y)).toEqual(sorted(shifted(x, LATER_DAYS)))
  })

  it('dates nothing after the moment of seeding but a posting’s validity and a fair’s days; the newest postings hours old', async () => {
    const nowIso = SEEDED_AT.toISOString()
    const ahead = new Set<string>()
    for (const c of COLLECTIONS) {
      for (const doc of await allOf<Doc>(first, c)) {
        for (const [field, value] of Object.entries(doc)) if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && value > nowIso) ahead.add(`${c}.${field}`)
      }
    }
    expect([...ahead].sort()).toEqual(['fairs.endAt', 'fairs.startAt', 'jobs.validUntil'])
    const published = (await allOf<Doc>(first, 'jobs')).flatMap((j) => (typeof j.publishedAt === 'string' ? [j.publishedAt] : [])).sort()
    expect(Date.parse(nowIso) - Date.parse(published[published.length - 1])).toBeLessThan(DAY_MS)
  })

  it('happens once: a second start finds the province and writes nothing', async () => {
    const before = await Promise.all(COLLECTIONS.map(async (c) => (await again.collection(c).count()).total))
    expect(await seedIfEmpty(again, new Date(SEEDED_AT.getTime() + DAY_MS))).toBe(false)
    expect(await Promise.all(COLLECTIONS.map(async (c) => (await again.collection(c).count()).total))).toEqual(before)
  })
})
