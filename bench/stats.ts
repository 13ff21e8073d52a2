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
