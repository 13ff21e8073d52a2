/**
 * Check-in codes a seeker shows at the venue: 8 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), drawn with a cryptographic generator — 31⁸ ≈ 8.5 × 10¹¹ codes, so a code
 * cannot be guessed. Unique per fair by a unique index; a collision is retried with a new code.
 */
import { randomInt } from 'node:crypto'

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const CODE_LENGTH = 8

export function randomCheckInCode(): string {
  let code = ''
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  return code
}

/** What staff type or scan: case, spaces and dashes do not matter (`abcd-efgh` → `ABCDEFGH`). */
export const normaliseCheckInCode = (input: string) => input.toUpperCase().replace(/[\s-]/g, '')

export const isCheckInCode = (code: string) =>
  code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c))
