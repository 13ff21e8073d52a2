/**
 * The notice 《关于加强人力资源服务支持民营经济发展的通知》 (山西省人力资源和社会保障厅, 2021-11) as text.
 *
 * The text fields of data/notice.json are the original wording, word for word, with the PDF's line
 * breaks, page number and stray spaces removed (test/rules/notice-text.test.ts checks them against
 * docs/notice/notice.txt). `summary`, `tags` and `related` are the product's own plain-language
 * reading (docs/policy-rules.md). Who a measure is for, whether it pays money and its provisions are
 * the rules' (rules/measures), never this file's: the evaluator does not read the text.
 */
import raw from './data/notice.json'

export type PartNo = '一' | '二' | '三'
export type SectionNo = '（一）' | '（二）' | '（三）' | '（四）' | '（五）' | '（六）' | '（七）' | '（八）'

export interface Part {
  /** 一, 二, 三 */
  no: PartNo
  title: string
}

export interface Section {
  /** （一）…（八）, with full-width parentheses as in the notice */
  no: SectionNo
  part: PartNo
  title: string
}

export interface MeasureText {
  /** the measure's number in the notice, 1–26; cited as 第N条 */
  id: number
  part: PartNo
  section: SectionNo
  /** the lead sentence without number and final 。, or a short title when `titleFromText` is false */
  title: string
  /** false when the first sentence is not a heading and `title` was written for the product */
  titleFromText: boolean
  /** the original text, word for word, starting with "N." */
  text: string
  /** 通俗解读: 2–3 plain-language sentences */
  summary: string
  tags: string[]
  /** ids of closely related measures */
  related: number[]
}

export interface Notice {
  title: string
  issuer: string
  /** YYYY-MM; the notice gives no day */
  issued: string
  /** 各市人力资源和社会保障局 */
  addressee: string
  preamble: string
  closing: string
  parts: Part[]
  sections: Section[]
  measures: MeasureText[]
}

export const notice: Notice = raw as Notice

export const measureTexts: MeasureText[] = notice.measures
export const parts: Part[] = notice.parts
export const sections: Section[] = notice.sections
export const preamble: string = notice.preamble
export const closing: string = notice.closing

const byId = new Map<number, MeasureText>(measureTexts.map((m) => [m.id, m]))

/** The text of measure `id` (1–26), or undefined. */
export function measureText(id: number): MeasureText | undefined {
  return byId.get(id)
}

/** The part (一、二、三) a measure belongs to. */
export function partOf(measure: MeasureText): Part {
  return parts.find((p) => p.no === measure.part) as Part
}

/** The section (（一）…（八）) a measure belongs to. */
export function sectionOf(measure: MeasureText): Section {
  return sections.find((s) => s.no === measure.section) as Section
}
