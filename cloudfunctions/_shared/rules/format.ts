/** Chinese formatting and exact integer money arithmetic for the rules. */

/** 12000 → '12,000元' */
export function yuan(n: number): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}元`
}

/** Basis points as a percentage for display: 6000 → '60%', 550 → '5.5%'. */
export function pct(bp: number): string {
  const whole = Math.trunc(bp / 100)
  const frac = bp % 100
  if (frac === 0) return `${whole}%`
  return `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}%`
}

/** '2021-12-31' → '2021年12月31日' */
export function dateLabel(iso: string): string {
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`
}

/**
 * The product of `factors` times a rate in basis points, in whole yuan. Exact (BigInt) until the one
 * rounding at the end, half up: the notice states percentages (15: 30%/60%; 22: 60%) but no rounding,
 * and money is whole yuan, so a fraction of a yuan is rounded once, on the total.
 */
export function applyRate(bp: number, ...factors: number[]): { value: number; rounded: boolean } {
  let num = BigInt(bp)
  for (const f of factors) num *= BigInt(f)
  const q = num / 10_000n
  const r = num % 10_000n
  return { value: Number(r * 2n >= 10_000n ? q + 1n : q), rounded: r !== 0n }
}

/** Exact product of whole numbers (money × persons × months), as a number. */
export function product(...factors: number[]): number {
  let p = 1n
  for (const f of factors) p *= BigInt(f)
  return Number(p)
}

/** a ÷ b ≤ bp/10000, by integer cross-multiplication (no floats). */
export function rateAtMost(numerator: number, denominator: number, bp: number): boolean {
  return BigInt(numerator) * 10_000n <= BigInt(bp) * BigInt(denominator)
}
