import { PROVISIONS } from '../rules/engine'

const TITLES = new Map(PROVISIONS.map((p) => [p.key, p.title]))

/** '15/stabilisation-refund' → 失业保险稳岗返还 (the rules' provision titles). */
export function provisionTitle(key: string): string {
  return TITLES.get(key) ?? key
}
