/**
 * The notice 《关于加强人力资源服务支持民营经济发展的通知》 (山西省人力资源和社会保障厅, 2021-11) as data.
 *
 * The text fields of data/measures.json are the original wording, word for word, with the PDF's line
 * breaks, page number and stray spaces removed (test/rules/measures-data.test.ts checks them against
 * shared/seed). `summary`, `tags`, `audience`, `related` and provision titles are the product's own
 * plain-language reading (shared/spec/policy-rules.md).
 */
import raw from './data/measures.json'

export type PartNo = '一' | '二' | '三'
export type SectionNo = '（一）' | '（二）' | '（三）' | '（四）' | '（五）' | '（六）' | '（七）' | '（八）'
export type Audience = 'enterprise' | 'individual' | 'both'

/** Provision keys of shared/spec/api.md; measures without money have the single provision `general`. */
export type ProvisionKey =
  | 'general'
  | 'training'
  | 'apprenticeship'
  | 'senior-technician-allowance'
  | 'sanjin-expert-selected'
  | 'sanjin-expert-contest'
  | 'worldskills'
  | 'national-contest'
  | 'skill-upgrade'
  | 'stabilisation-refund'
  | 'startup'
  | 'hiring'
  | 'difficult-hires'
  | 'social-insurance'
  | 'internship'

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

export interface Provision {
  key: ProvisionKey
  /** short Chinese name, e.g. 政府补贴性培训补贴 */
  title: string
}

export interface Measure {
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
  audience: Audience
  tags: string[]
  /** true for the measures that pay money: 8, 9, 10, 11, 15, 20, 21, 22 */
  hasMoney: boolean
  provisions: Provision[]
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
  measures: Measure[]
}

export const notice: Notice = raw as Notice

export const measures: Measure[] = notice.measures
export const parts: Part[] = notice.parts
export const sections: Section[] = notice.sections
export const preamble: string = notice.preamble
export const closing: string = notice.closing

const byId = new Map<number, Measure>(measures.map((m) => [m.id, m]))

/** The measure with this number (1–26), or undefined. */
export function measureById(id: number): Measure | undefined {
  return byId.get(id)
}

/** The part (一、二、三) a measure belongs to. */
export function partOf(measure: Measure): Part {
  return parts.find((p) => p.no === measure.part) as Part
}

/** The section (（一）…（八）) a measure belongs to. */
export function sectionOf(measure: Measure): Section {
  return sections.find((s) => s.no === measure.section) as Section
}
