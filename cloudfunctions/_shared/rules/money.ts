/**
 * Exact money and its Chinese formatting.
 *
 * Every count and amount a request may carry has a maximum (facts.ts), chosen so that the largest
 * product a rule forms (measure 22: rate × wage × interns × months) stays below 2^53: plain integer
 * arithmetic is then exact, and `exact` turns any result that is not a safe integer into a loud
 * internal error instead of wrong digits. Rates are basis points (1% = 100).
 */

/** `n` itself when it is a safe integer; throws otherwise (a bound in facts.ts is too loose). */
export function exact(n: number): number {
  if (!Number.isSafeInteger(n)) throw new Error(`money out of exact range: ${n}`)
  return n
}

/** The exact product of whole numbers. */
export function product(...factors: readonly number[]): number {
  let p = 1
  for (const f of factors) p *= f
  return exact(p)
}

/**
 * `bp` basis points of the product of `factors`, in whole yuan: exact until the one rounding at the
 * end, half up. The notice states percentages (15: 30%/60%; 22: 60%) but no rounding, and money is
 * whole yuan, so a fraction of a yuan is rounded once, on the total.
 */
export function applyRate(bp: number, ...factors: readonly number[]): { value: number; rounded: boolean } {
  const numerator = product(bp, ...factors)
  const whole = Math.floor(numerator / 10_000)
  const rest = numerator - whole * 10_000
  return { value: rest * 2 >= 10_000 ? whole + 1 : whole, rounded: rest !== 0 }
}

/** numerator ÷ denominator ≤ bp / 10000, by integer cross-multiplication (no division). */
export function rateAtMost(numerator: number, denominator: number, bp: number): boolean {
  return exact(numerator * 10_000) <= exact(bp * denominator)
}

/** 1234567 → '1,234,567' (a safe integer; digits exactly as they are). */
export function grouped(n: number): string {
  const s = String(exact(n))
  if (n < 1000 && n > -1000) return s
  const sign = n < 0 ? '-' : ''
  const digits = sign ? s.slice(1) : s
  let head = digits.length % 3 || 3
  let out = sign + digits.slice(0, head)
  for (; head < digits.length; head += 3) out += `,${digits.slice(head, head + 3)}`
  return out
}

/** 12000 → '12,000元' */
export const yuan = (n: number): string => `${grouped(n)}元`

/** Basis points as a percentage: 6000 → '60%', 550 → '5.5%', 125 → '1.25%'. */
export function pct(bp: number): string {
  const whole = Math.trunc(bp / 100)
  const frac = bp % 100
  if (frac === 0) return `${whole}%`
  return `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}%`
}

/** '2021-12-31' → '2021年12月31日' */
export const dateLabel = (iso: string): string =>
  `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`

/** 12 → '1年', 36 → '3年', 18 → '18个月': a duration in months, in whole years when it is. */
export const monthsLabel = (months: number): string => (months % 12 === 0 ? `${months / 12}年` : `${months}个月`)
