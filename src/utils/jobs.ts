import { formatYuan, inShanghai } from './format'

/** ¥5,000–8,000/月 */
export const formatPay = (pay: { min: number; max: number }) =>
  pay.min === pay.max ? `${formatYuan(pay.min)}/月` : `${formatYuan(pay.min)}–${formatYuan(pay.max).slice(1)}/月`

/** An ISO time as its date in Shanghai: 2026年12月28日. */
export const formatDateOf = (iso: string) => inShanghai(iso).format('YYYY年M月D日')

/**
 * A firm's money (revenue, assets, premiums) the way firms state it, in the unit the firm form asks:
 * 12000000 → 1,200万元, 125000 → 12.5万元; under 1万 in yuan (1,980元). Thousands separated.
 */
export const formatWan = (yuan: number) =>
  yuan >= 10_000 ? `${(yuan / 10_000).toLocaleString('en-US', { maximumFractionDigits: 2 })}万元` : `${yuan.toLocaleString('en-US')}元`

/** What the user typed as a whole number, or undefined (empty or not a whole number). */
export function wholeNumber(text: string): number | undefined {
  const t = text.trim().replace(/[,，\s]/g, '')
  return /^\d+$/.test(t) ? Number(t) : undefined
}

/** 万元 as typed (up to 4 decimals) → whole yuan, or undefined. */
export function wanToYuan(text: string): number | undefined {
  const t = text.trim().replace(/[,，\s]/g, '')
  if (!/^\d+(\.\d{1,4})?$/.test(t)) return undefined
  return Math.round(Number(t) * 10_000)
}
