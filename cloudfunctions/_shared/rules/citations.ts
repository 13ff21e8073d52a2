/**
 * 「第N条（part；section）」 for every measure. A small table of its own, so the engine does not depend
 * on the notice's text (notice.ts) for anything it computes.
 */

const PARTS = {
  一: '一、支持培育引进人才智力，提高民营企业创新力',
  二: '二、切实维护权益，提高民营企业竞争力',
  三: '三、强化用工扶持，提高民营企业用工吸纳能力',
} as const

type Part = keyof typeof PARTS

/** Sections with their part and their first and last measure. */
const SECTIONS: readonly { title: string; part: Part; first: number; last: number }[] = [
  { title: '（一）支持人才培养', part: '一', first: 1, last: 4 },
  { title: '（二）鼓励人才流动', part: '一', first: 5, last: 7 },
  { title: '（三）支持职工技能提升', part: '一', first: 8, last: 11 },
  { title: '（四）优化经营许可审批', part: '二', first: 12, last: 13 },
  { title: '（五）助力企业稳岗减负', part: '二', first: 14, last: 16 },
  { title: '（六）降低企业用工风险', part: '二', first: 17, last: 19 },
  { title: '（七）积极开展就业创业扶持', part: '三', first: 20, last: 23 },
  { title: '（八）优化用工服务', part: '三', first: 24, last: 26 },
]

export const MEASURE_COUNT = 26

const CITATIONS: readonly string[] = Array.from({ length: MEASURE_COUNT + 1 }, (_, n) => {
  const s = SECTIONS.find((x) => n >= x.first && n <= x.last)
  return s ? `第${n}条（${PARTS[s.part]}；${s.title}）` : ''
})

/** e.g. '第21条（三、强化用工扶持，提高民营企业用工吸纳能力；（七）积极开展就业创业扶持）' */
export function citationOf(measure: number): string {
  const c = CITATIONS[measure]
  if (!c) throw new Error(`no measure ${measure}`)
  return c
}
