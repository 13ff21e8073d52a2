/**
 * The seed's dice: a small seeded pseudo-random generator (mulberry32), so that every first start
 * writes the same province. Each part of the seed draws from its own named stream: what one part
 * draws never changes what another gets (the fairs, which depend on the calendar, leave the firms
 * and postings as they are).
 */

export interface Random {
  /** A number in [0, 1). */
  next(): number
  /** A whole number in [min, max]. */
  int(min: number, max: number): number
  /** True with probability `p`. */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** One of the items, each as likely as its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T
  /** `count` different items, in a random order. */
  sample<T>(items: readonly T[], count: number): T[]
}

/** 32 bits of FNV-1a: a stream's name as its starting state. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

export function seededRandom(stream: string): Random {
  let state = hash(stream)
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(0, items.length - 1)],
    weighted(items) {
      const total = items.reduce((sum, [, w]) => sum + w, 0)
      let roll = next() * total
      for (const [item, w] of items) {
        roll -= w
        if (roll < 0) return item
      }
      return items[items.length - 1][0]
    },
    sample(items, count) {
      const pool = [...items]
      for (let i = pool.length - 1; i > 0; i--) {
        const j = int(0, i)
        ;[pool[i], pool[j]] = [pool[j], pool[i]]
      }
      return pool.slice(0, count)
    },
  }
}
