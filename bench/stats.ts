import fs from 'node:fs'

/** Latency percentiles in milliseconds from a list of samples. */
export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] }
}

export const ms = (n: number) => `${n.toFixed(2)} ms`

/** Runs `task` `total` times with at most `concurrency` in flight; returns each call's latency. */
export async function runConcurrently(total: number, concurrency: number, task: (i: number) => Promise<void>) {
  const latencies: number[] = []
  let next = 0
  const worker = async () => {
    while (next < total) {
      const i = next++
      const start = performance.now()
      await task(i)
      latencies.push(performance.now() - start)
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  return { latencies, seconds: (performance.now() - started) / 1000 }
}

/**
 * CPU time (user + system) a process and its children alive now (the server's read workers) have
 * used so far, in ms, from /proc (Linux); null elsewhere. On a machine shared with other work, CPU
 * per call says more about the code than calls per second.
 */
export function processCpuMs(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    const own = ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND
    return own + childrenOf(pid).reduce((sum, child) => sum + (processCpuMs(child) ?? 0), 0)
  } catch {
    return null
  }
}

/** The pids of a process's children, from each of its threads' list. */
export function childrenOf(pid: number): number[] {
  return fs.readdirSync(`/proc/${pid}/task`).flatMap((task) => {
    const listed = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim()
    return listed ? listed.split(' ').map(Number) : []
  })
}

/** The unit of /proc's CPU times: USER_HZ, 100 on every Linux architecture node runs on. */
const CLOCK_TICKS_PER_SECOND = 100
