/**
 * Checks a posting's texts against the word list (posting-words.ts): every hit, with the field it
 * is in, the words as written, the category and the reason. Pure and synchronous.
 */
import { COMPLIANCE_RULES, type ComplianceCategory } from './posting-words'

export interface CheckedText {
  /** The input field, e.g. `duties` or `requirements.other`. */
  field: string
  /** Its Chinese name, e.g. 岗位职责. */
  fieldLabel: string
  text: string
}

export interface ComplianceHit {
  field: string
  fieldLabel: string
  /** The offending words as they appear (spaces removed). */
  word: string
  category: ComplianceCategory | 'wechat'
  categoryLabel: string
  kind: 'discrimination' | 'sensitive'
  reason: string
  /** Who found it: the local word list, or WeChat's content security check (cloud only). */
  source: 'word-list' | 'wechat'
}

/** Spaces, zero-width characters and full-width letters would otherwise let 「限 男 性」 through. */
export function normaliseForCheck(text: string): string {
  return text
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')
    .replace(/[\uff01-\uff5e]/g, (c) => {
      const half = String.fromCharCode(c.charCodeAt(0) - 0xfee0)
      // Keep Chinese punctuation as is: the patterns stop at ，。； etc.
      return /[A-Za-z0-9]/.test(half) ? half : c
    })
    .toUpperCase()
}

interface Match {
  start: number
  end: number
  category: ComplianceCategory
}

function matchesIn(text: string): Match[] {
  const found: Match[] = []
  for (const rule of COMPLIANCE_RULES) {
    for (const word of rule.words) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        found.push({ start: at, end: at + word.length, category: rule.category })
      }
    }
    for (const pattern of rule.patterns) {
      for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
        if (m[0]) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, category: rule.category })
      }
    }
  }
  // One hit per phrase and category: overlapping matches of a category merge into one
  // (「已婚已育」 and 「已育优先」 in 「已婚已育优先」).
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Match[] = []
  for (const m of found) {
    const overlapping = kept.find((k) => k.category === m.category && m.start < k.end)
    if (overlapping) overlapping.end = Math.max(overlapping.end, m.end)
    else kept.push({ ...m })
  }
  return kept
}

const ruleOf = new Map(COMPLIANCE_RULES.map((r) => [r.category, r]))

/** Every hit in every text, in field order and then position; the same words in one field once. */
export function checkPostingTexts(texts: readonly CheckedText[]): ComplianceHit[] {
  const hits: ComplianceHit[] = []
  for (const { field, fieldLabel, text } of texts) {
    const normalised = normaliseForCheck(text)
    const seen = new Set<string>()
    for (const m of matchesIn(normalised)) {
      const word = normalised.slice(m.start, m.end)
      const key = `${m.category}\u0000${word}`
      if (seen.has(key)) continue
      seen.add(key)
      const rule = ruleOf.get(m.category)!
      hits.push({ field, fieldLabel, word, category: m.category, categoryLabel: rule.label, kind: rule.kind, reason: rule.reason, source: 'word-list' })
    }
  }
  return hits
}

/** 「限男性」（性别歧视）、「仅限本地户口」（户籍限制）: the hits in one line, for an error message. */
export const summariseHits = (hits: readonly ComplianceHit[]) =>
  [...new Map(hits.map((h) => [`${h.word}${h.categoryLabel}`, `「${h.word}」（${h.categoryLabel}）`])).values()].join('、')
