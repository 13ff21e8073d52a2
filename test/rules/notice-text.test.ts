/**
 * data/notice.json against the notice itself (docs/notice/notice.txt, a PDF extraction) and the
 * product's reading of it (docs/policy-rules.md).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import {
  closing,
  measureText as measureById,
  measureTexts as measures,
  notice,
  partOf,
  parts,
  preamble,
  sectionOf,
  sections,
} from '../../cloudfunctions/_shared/rules/notice'
import { MEASURES } from '../../cloudfunctions/_shared/rules/measures'
import { fillValues, valuesNamed } from '../../cloudfunctions/_shared/rules/prose'

const SEED = path.resolve(__dirname, '../../docs/notice/notice.txt')
const PAGE_NUMBER = /^\s*-\s*\d+\s*-\s*$/gm
const seedRaw = fs.readFileSync(SEED, 'utf8')
/** the seed with its page number(s) and every whitespace character removed */
const seed = seedRaw.replace(PAGE_NUMBER, '').replace(/\s+/g, '')
const strip = (s: string) => s.replace(/\s+/g, '')

const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef\\u2018-\\u201f'
const SPACE_NEXT_TO_CJK = new RegExp(`\\s[${CJK}]|[${CJK}]\\s`)

const STRUCTURE: Array<[string, string, number, number]> = [
  ['一', '（一）', 1, 4],
  ['一', '（二）', 5, 7],
  ['一', '（三）', 8, 11],
  ['二', '（四）', 12, 13],
  ['二', '（五）', 14, 16],
  ['二', '（六）', 17, 19],
  ['三', '（七）', 20, 23],
  ['三', '（八）', 24, 26],
]
const TAGS = new Set([
  '职称', '人才', '流动', '培训', '技能', '竞赛', '补贴', '奖励', '审批', '人力资源服务', '社保',
  '降费', '减负', '稳岗', '工伤', '新业态', '创业', '吸纳就业', '见习', '招聘', '人事代理',
  '便利办事', '执法',
])
const chars = (s: string) => [...s].length

describe('the seed', () => {
  it('is the notice, with the page number that the data must drop', () => {
    expect(seedRaw).toContain('关于加强人力资源服务')
    expect(seedRaw).toMatch(PAGE_NUMBER)
    expect(seed).not.toContain('-6-')
  })
})

describe('notice.json: the text, word for word', () => {
  it('has 26 measures with ids 1..26 in order', () => {
    expect(measures).toHaveLength(26)
    expect(measures.map((m) => m.id)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1))
  })

  it('starts every text with its number as in the notice', () => {
    for (const m of measures) {
      expect(m.text.startsWith(`${m.id}.`)).toBe(true)
      expect(m.text.slice(String(m.id).length + 1)).not.toMatch(/^\d/)
    }
  })

  it('finds preamble, every measure text and closing, in order, inside the seed', () => {
    const pieces = [preamble, ...measures.map((m) => m.text), closing]
    let from = 0
    for (const piece of pieces) {
      const at = seed.indexOf(strip(piece), from)
      expect({ piece: piece.slice(0, 20), found: at >= 0 }).toEqual({ piece: piece.slice(0, 20), found: true })
      from = at + strip(piece).length
    }
  })

  it('rebuilds the whole body of the notice, headings included, with nothing left out', () => {
    const out: string[] = [preamble]
    let part = ''
    let section = ''
    for (const m of measures) {
      if (m.part !== part) out.push(`${m.part}、${partOf(m).title}`)
      if (m.section !== section) out.push(`${m.section}${sectionOf(m).title}`)
      part = m.part
      section = m.section
      out.push(m.text)
    }
    out.push(closing)
    const start = seed.indexOf(strip(preamble))
    const end = seed.indexOf(strip(closing)) + strip(closing).length
    expect(start).toBeGreaterThan(0)
    expect(out.join('')).toBe(seed.slice(start, end))
  })

  it('keeps no PDF artefacts: line breaks, page number, spaces next to CJK', () => {
    const texts = [notice.title, notice.issuer, notice.addressee, preamble, closing,
      ...parts.map((p) => p.title), ...sections.map((s) => s.title),
      ...measures.flatMap((m) => [m.text, m.title, m.summary])]
    for (const t of texts) {
      expect(t).not.toContain('\n')
      expect(t).not.toContain('- 6 -')
      expect(t).not.toMatch(SPACE_NEXT_TO_CJK)
    }
    for (const t of [preamble, closing, ...measures.map((m) => m.text)]) {
      expect(t).not.toMatch(/\s/) // the notice has no real whitespace inside its paragraphs
      expect(t).not.toContain('-6-')
    }
  })

  it('normalises numbers and keeps the source punctuation', () => {
    expect(measureById(8)!.text).toContain('按照每人300元给予企业培训补贴')
    expect(measureById(8)!.text).toContain('其中60%以上用于一线职工')
    expect(measureById(3)!.text).toContain('3年内可在原单位')
    expect(measureById(15)!.text).toContain('2021年12月31日前')
    expect(measureById(17)!.text).toContain('应鉴尽鉴、应支尽支，有效分散')
    expect(measureById(18)!.text).toContain('优先理念,加强')
    expect(measureById(18)!.text).toContain('（2021-2025年）')
    expect(measureById(26)!.text).toContain('县级以上(含县级)')
  })

  it('takes titles from the lead sentence, or writes short ones where it is no heading', () => {
    for (const m of measures) {
      expect(m.title).not.toMatch(/。$/)
      if (m.titleFromText) {
        expect(m.text.startsWith(`${m.id}.${m.title}。`)).toBe(true)
      } else {
        expect(chars(m.title)).toBeGreaterThan(0)
        expect(chars(m.title)).toBeLessThanOrEqual(16)
      }
    }
    expect(measureById(1)!.title).toBe('健全民营企业职称评审机制')
    expect(measureById(3)!.titleFromText).toBe(false)
    expect(measureById(7)!.titleFromText).toBe(false)
  })

  it('has the notice metadata', () => {
    expect(notice.title).toBe('关于加强人力资源服务支持民营经济发展的通知')
    expect(notice.issuer).toBe('山西省人力资源和社会保障厅')
    expect(notice.issued).toBe('2021-11')
    expect(seed).toContain(`${notice.addressee}：${strip(preamble)}`)
    expect(preamble.startsWith('为深入学习贯彻')).toBe(true)
    expect(preamble.endsWith('通知如下：')).toBe(true)
    expect(closing.startsWith('各市、县（市、区）人社局要')).toBe(true)
    expect(closing.endsWith('发展壮大。')).toBe(true)
  })
})

describe('notice.json: structure', () => {
  it('has 3 parts and 8 sections, each section in its part', () => {
    expect(parts.map((p) => p.no)).toEqual(['一', '二', '三'])
    expect(sections.map((s) => [s.part, s.no])).toEqual(STRUCTURE.map(([p, s]) => [p, s]))
    for (const p of parts) expect(seed).toContain(`${p.no}、${p.title}`)
    for (const s of sections) expect(seed).toContain(`${s.no}${s.title}`)
  })

  it('puts every measure in its section and part', () => {
    for (const [part, section, first, last] of STRUCTURE) {
      const inSection = measures.filter((m) => m.section === section).map((m) => m.id)
      expect(inSection).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i))
      for (const id of inSection) expect(measureById(id)!.part).toBe(part)
    }
  })

  it('looks measures up by id', () => {
    expect(measureById(21)!.id).toBe(21)
    expect(measureById(0)).toBeUndefined()
    expect(measureById(27)).toBeUndefined()
  })
})

describe('notice.json: the plain-language reading', () => {
  it('has summaries of 30 to 200 characters, in 2 or 3 sentences', () => {
    for (const m of measures) {
      const summary = fillValues(m.summary, '2021-11-30')
      expect(chars(summary)).toBeGreaterThanOrEqual(30)
      expect(chars(summary)).toBeLessThanOrEqual(200)
      expect(summary.endsWith('。')).toBe(true)
      const sentences = summary.split('。').filter(Boolean).length
      expect({ id: m.id, sentences: sentences >= 2 && sentences <= 3 }).toEqual({ id: m.id, sentences: true })
    }
  })

  it('restates no number a rule uses: those are its measure’s parameters, by name', () => {
    for (const m of measures) {
      const own = Object.keys(MEASURES[m.id - 1].parameters)
      for (const name of valuesNamed(m.summary)) expect({ id: m.id, name, own: own.includes(name) }).toEqual({ id: m.id, name, own: true })
      const values = Object.values(MEASURES[m.id - 1].parameters).flatMap((p) => p.values.map((v) => v.value)).filter((v) => typeof v === 'number')
      const literal = m.summary.replace(/\{[^}]*\}/g, '')
      for (const n of literal.match(/\d+/g) ?? []) expect({ id: m.id, n, isParameter: values.includes(Number(n)) }).toEqual({ id: m.id, n, isParameter: false })
    }
    expect(fillValues(measureById(21)!.summary, '2021-11-30')).toContain('新吸纳100人以下按每人1,000元、100人及以上按每人1,500元补助')
    expect(fillValues(measureById(11)!.summary, '2021-11-30')).toContain('满1年）只到2021年12月31日')
  })

  it('invents no numbers: every other number in a summary is in its measure text', () => {
    for (const m of measures) {
      for (const n of m.summary.replace(/\{[^}]*\}/g, '').match(/\d+/g) ?? []) {
        expect({ id: m.id, n, inText: new RegExp(`(?<!\\d)${n}(?!\\d)`).test(m.text) })
          .toEqual({ id: m.id, n, inText: true })
      }
    }
  })

  it('has 2–5 tags from the shared vocabulary', () => {
    for (const m of measures) {
      expect(m.tags.length).toBeGreaterThanOrEqual(2)
      expect(m.tags.length).toBeLessThanOrEqual(5)
      expect(new Set(m.tags).size).toBe(m.tags.length)
      for (const t of m.tags) expect(TAGS.has(t)).toBe(true)
    }
  })

  it('relates measures to 1–3 other existing measures, both ways', () => {
    for (const m of measures) {
      expect(m.related.length).toBeGreaterThanOrEqual(1)
      expect(m.related.length).toBeLessThanOrEqual(3)
      expect(new Set(m.related).size).toBe(m.related.length)
      expect(m.related).not.toContain(m.id)
      for (const r of m.related) {
        expect(measureById(r)).toBeDefined()
        expect({ from: m.id, to: r, back: measureById(r)!.related.includes(m.id) })
          .toEqual({ from: m.id, to: r, back: true })
      }
    }
    for (const [a, b] of [[20, 23], [21, 23], [14, 15], [24, 25], [8, 11]]) {
      expect(measureById(a)!.related).toContain(b)
    }
  })
})
