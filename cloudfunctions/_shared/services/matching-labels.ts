import { measureById } from '../rules/measures'

/** '15/stabilisation-refund' → 失业保险稳岗返还 (the provision titles of the notice's data). */
export function provisionTitle(key: string): string {
  const [measure, provision] = key.split('/')
  return measureById(Number(measure))?.provisions.find((p) => p.key === provision)?.title ?? key
}
