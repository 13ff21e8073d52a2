import { randomFillSync } from 'node:crypto'

/**
 * Random bytes from the system's CSPRNG, drawn 4 KB at a time: `randomBytes(16)` for each new
 * document's id cost 5 µs, a fortieth of that from the pool (an application writes four ids).
 */
const pool = Buffer.alloc(4096)
let used = pool.length

/** `bytes` random bytes as lowercase hex (e.g. 16 for a 32-character document id). */
export function randomHex(bytes: number): string {
  if (bytes > pool.length) throw new RangeError(`randomHex: at most ${pool.length} bytes`)
  if (used + bytes > pool.length) {
    randomFillSync(pool)
    used = 0
  }
  const hex = pool.toString('hex', used, used + bytes)
  used += bytes
  return hex
}
