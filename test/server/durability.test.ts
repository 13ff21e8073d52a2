import { useApiDataDir } from '../helpers/api-process'
import { CODES, jobContent, profile } from '../helpers/firms'

const FIRM = 'durable-firm'

async function call(origin: string, fn: string, body: Record<string, unknown>) {
  const response = await fetch(`${origin}/fn/${fn}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', 'X-Dev-OpenId': FIRM },
  })
  return (await response.json()) as { ok: boolean; data: Record<string, unknown> }
}

describe('the local server under kill -9', () => {
  const api = useApiDataDir('jqt-durable-')

  it('keeps every acknowledged write after SIGKILL and a restart', async () => {
    let server = await api.start()
    const { origin } = server
    expect((await call(origin, 'account', { action: 'registerEmployer', ...profile({ creditCode: CODES.spare2 }) })).ok).toBe(true)

    // Drafts written one after another; the kill lands while more are in flight.
    const acknowledged: string[] = []
    let stop = false
    const writer = (async () => {
      for (let i = 0; !stop; i++) {
        const title = `持久化测试岗位${i}`
        const res = await call(origin, 'jobs', { action: 'create', ...jobContent({ title }) }).catch(() => undefined)
        if (res?.ok) acknowledged.push(title)
      }
    })()
    while (acknowledged.length < 15) await new Promise((resolve) => setTimeout(resolve, 10))
    const killed = server.kill()
    stop = true
    await Promise.all([writer, killed])

    server = await api.start()
    const me = await call(server.origin, 'account', { action: 'me' })
    expect(me.data).toEqual(expect.objectContaining({ role: 'employer' }))
    const mine = await call(server.origin, 'jobs', { action: 'mine' })
    const titles = JSON.stringify(mine.data)
    for (const title of acknowledged) expect(titles).toContain(`"${title}"`)
  }, 60000)
})
