/** GB 32100-2015 check characters: real codes pass, a changed character is caught. */
import { checkCreditCode, creditCodeCheckCharacter, CREDIT_CODE_ALPHABET, normaliseCreditCode } from './credit-code'

describe('统一社会信用代码 (GB 32100-2015)', () => {
  // Published codes of well-known enterprises (from their business licences), and seeded local ones.
  it.each([
    '91440300708461136T',
    '91330100716105852F',
    '914403001922038216',
    '91110108551385082Q',
    '91140100MA0KXXXX1U',
    '91140200MA0JT5R7W0',
  ])('accepts %s', (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true, code })
  })

  it('computes the check character as 31 − (Σ value × weight mod 31), 31 giving 0', () => {
    expect(creditCodeCheckCharacter('91440300708461136')).toBe('T')
    expect(creditCodeCheckCharacter('91440300192203821')).toBe('6')
    // 0 when the weighted sum is a multiple of 31: 17 zeros.
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0')
  })

  it('refuses to compute a check character from a character outside the alphabet', () => {
    expect(() => creditCodeCheckCharacter('9144030070846113I')).toThrow(new RangeError('not a credit-code character: I'))
  })

  it('catches a wrong check character, saying so', () => {
    const result = checkCreditCode('91440300708461136X')
    expect(result).toMatchObject({ ok: false, problem: 'check' })
    expect(!result.ok && result.message).toContain('校验位不正确')
  })

  it('catches any single changed character (the point of a check character)', () => {
    const code = '91440300708461136T'
    for (let i = 0; i < 17; i++) {
      for (const c of CREDIT_CODE_ALPHABET) {
        if (c === code[i] || (i >= 2 && i < 8 && !/\d/.test(c))) continue
        const changed = code.slice(0, i) + c + code.slice(i + 1)
        expect(checkCreditCode(changed)).toMatchObject({ ok: false, problem: 'check' })
      }
    }
  })

  it.each([
    ['9144030070846113', 'length', '应为18位，填写的是16位'],
    ['91440300708461136TT', 'length', '应为18位'],
    ['91440300708461I36T', 'characters', '「I」不是有效字符'],
    ['9144030O708461136T', 'characters', '「O」'],
    ['9144030O708461I36T', 'characters', '「OI」不是有效字符'],
    ['91A40300708461136T', 'region', '行政区划码'],
  ])('explains what is wrong with %s', (code, problem, message) => {
    const result = checkCreditCode(code)
    expect(result).toMatchObject({ ok: false, problem })
    expect(!result.ok && result.message).toContain(message)
  })

  it('accepts lower case and spaces as typed, normalising them', () => {
    expect(normaliseCreditCode(' 9144 0300 7084 6113 6t ')).toBe('91440300708461136T')
    expect(checkCreditCode('91440300708461136t')).toEqual({ ok: true, code: '91440300708461136T' })
  })
})
