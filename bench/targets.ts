/**
 * Issue 17's targets as `npm run bench` prints them: each beside the value measured, the ratio to
 * its baseline measured in the same run where it has one, and the machine it ran on — the benches
 * share their cores with whatever else runs, so every figure carries the load average of its moment.
 */
import os from 'node:os'

/** Cores and the 1-, 5- and 15-minute load averages now. */
export function machine(): string {
  return `${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ')}`
}

export interface Target {
  /** What is measured, e.g. "keyword, one firm (rare), 100,000 postings: p95". */
  what: string
  value: number
  unit: 'ms' | 'calls/s' | 'req/s' | '×'
  /** The bound: at most (`≤`) or at least (`≥`). */
  sign: '≤' | '≥'
  bound: number
  /** The same figure's baseline from this run, when the target is a ratio to it or the reader wants one. */
  baseline?: { what: string; value: number }
}

const figure = (n: number, unit: Target['unit']) => (unit === '×' ? `${n.toFixed(2)}×` : `${n.toLocaleString('en-US', { maximumFractionDigits: unit === 'ms' ? 2 : 0 })} ${unit}`)

/** One line: the target, the value, met or missed, the ratio to the baseline, the machine. */
export function printTarget(t: Target): boolean {
  const met = t.sign === '≤' ? t.value <= t.bound : t.value >= t.bound
  const ratio = t.baseline ? `; ${(t.value / t.baseline.value).toFixed(2)}× ${t.baseline.what} (${figure(t.baseline.value, t.unit)})` : ''
  console.log(`  TARGET ${t.what}: ${figure(t.value, t.unit)}, target ${t.sign} ${figure(t.bound, t.unit)}: ${met ? 'met' : 'MISSED'}${ratio} [${machine()}]`)
  return met
}
