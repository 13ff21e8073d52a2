/**
 * 统一社会信用代码 by GB 32100-2015《法人和其他组织统一社会信用代码编码规则》: 18 characters —
 * 登记管理部门代码 (1), 机构类别代码 (1), 登记管理机关行政区划码 (6 digits), 主体标识码 (9, the
 * 组织机构代码) and a check character. The alphabet is the digits and the capital letters without
 * I, O, Z, S, V (31 characters); the check character is 31 − (Σ value × weight mod 31), 31 → 0.
 * Pure: no I/O, usable anywhere.
 */

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const

export type CreditCodeProblem = 'length' | 'characters' | 'region' | 'check'

export type CreditCodeResult = { ok: true; code: string } | { ok: false; problem: CreditCodeProblem; message: string }

/** Upper-cases and removes spaces, as people type codes off a licence. */
// Stryker disable next-line Regex: removing whitespace a run or a character at a time leaves the same string
export const normaliseCreditCode = (raw: string) => raw.replace(/\s+/g, '').toUpperCase()

/** The check character the first 17 characters call for (they must be in the alphabet). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i])
    if (value < 0) throw new RangeError(`not a credit-code character: ${first17[i]}`)
    sum += value * WEIGHTS[i]
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]
}

/** Checks a code's form and its check character; the message says what is wrong, in Chinese. */
export function checkCreditCode(raw: string): CreditCodeResult {
  const code = normaliseCreditCode(raw)
  if (code.length !== 18) {
    return { ok: false, problem: 'length', message: `统一社会信用代码应为18位，填写的是${code.length}位` }
  }
  const bad = [...code].filter((c) => !CREDIT_CODE_ALPHABET.includes(c))
  if (bad.length) {
    return {
      ok: false,
      problem: 'characters',
      message: `统一社会信用代码只由数字和大写字母组成（不含I、O、Z、S、V），「${[...new Set(bad)].join('')}」不是有效字符`,
    }
  }
  // Stryker disable next-line Regex: the slice is 6 characters long, so either anchor alone matches the same
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return { ok: false, problem: 'region', message: '统一社会信用代码第3至8位应为登记管理机关的行政区划码（6位数字）' }
  }
  if (creditCodeCheckCharacter(code) !== code[17]) {
    return {
      ok: false,
      problem: 'check',
      message: '统一社会信用代码校验位不正确（按GB 32100-2015计算，第18位与前17位不符），请对照营业执照逐位核对',
    }
  }
  return { ok: true, code }
}
