import { randomHex } from './random-hex'

describe('randomHex', () => {
  test('gives the number of bytes asked for as lowercase hex, never the same twice across refills of its pool', () => {
    // 1,000 ids of 16 bytes draw the 4 KB pool four times over.
    const ids = Array.from({ length: 1000 }, () => randomHex(16))
    expect(ids.every((id) => /^[0-9a-f]{32}$/.test(id))).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
    expect(randomHex(4)).toMatch(/^[0-9a-f]{8}$/)
    expect(randomHex(6)).toMatch(/^[0-9a-f]{12}$/)
  })

  test('uses every bit: each hex digit appears at each position of many ids', () => {
    const ids = Array.from({ length: 2000 }, () => randomHex(16))
    for (let position = 0; position < 32; position++) expect(new Set(ids.map((id) => id[position])).size).toBe(16)
  })

  test('refuses more bytes than its pool holds', () => {
    expect(() => randomHex(4097)).toThrow(RangeError)
  })
})
