/**
 * Checks a posting's texts with the grammar of posting-words.ts: protected attributes × the
 * constructions that make naming one a restriction, on either side of it, less what a negation
 * undoes; unlawful practices; sensitive words. Every hit says the field, the words as written, the
 * sentence they are in, the category and the construction, so the firm knows what to change.
 * Pure and synchronous.
 *
 * The texts are expected as every free-text field stores them (validation.ts `normaliseText`:
 * format characters removed, NFKC). Here each clause is read with everything but letters and
 * digits removed, so spaces, brackets and dashes inside words (限（男）性, 仅-限-男-性) change nothing.
 */
import {
  ATTRIBUTES,
  COMPLIANCE_CATEGORIES,
  CONSTRUCTIONS,
  EXCLUDING,
  GENDER_EXEMPTION,
  LABEL_LINK,
  LABELS,
  MARKERS,
  NEUTRAL,
  PRACTICE_NEGATION,
  PRACTICE_UNDONE,
  PLACE_NAME,
  PLACE_TOKEN,
  PRACTICES,
  SENSITIVE_WORDS,
  anyOf,
  type ComplianceCategory,
  type Construction,
  type ProtectedAttribute,
} from './posting-words'

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
  /** The offending words as they appear in the field (限（男）性). */
  word: string
  category: ComplianceCategory | 'wechat'
  categoryLabel: string
  kind: 'discrimination' | 'sensitive'
  reason: string
  /** Which construction of the grammar matched (`exclude`: 「……勿扰」), or WeChat's own finding. */
  construction: Construction | 'wechat'
  constructionLabel: string
  /** The sentence the words are in, as written. WeChat's findings say no place. */
  sentence?: string
  /** Where the words are in the field's text: [start, end) in UTF-16 code units. */
  span?: [number, number]
  /** Who found it: the local grammar and word list, or WeChat's content security check (cloud only). */
  source: 'word-list' | 'wechat'
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const SENTENCE_END = /[。！？!?；;\n]/
const CLAUSE_END = /[，,。！？!?；;\n]/
const EXEMPT_FROM_GENDER = new RegExp(GENDER_EXEMPTION)
const BRACKETED = /[（(【[「『]([^（(【[「『）)】\]」』]+)[）)】\]」』]/g

/** A stretch of the text with only its letters and digits (Latin upper-cased), and where each came from. */
interface View {
  text: string
  /** `at[i]`: the index in the field's text of the view's i-th code unit. */
  at: number[]
}

function viewOf(text: string, from: number, to: number): View {
  let out = ''
  const at: number[] = []
  for (let i = from; i < to; ) {
    const char = String.fromCodePoint(text.codePointAt(i) as number)
    if (LETTER_OR_DIGIT.test(char)) {
      // Stryker disable next-line ConditionalExpression: the word lists hold no cased letter but Latin ones, so upper-casing every letter finds the same words
      const read = char >= 'a' && char <= 'z' ? char.toUpperCase() : char
      for (let k = 0; k < read.length; k++) at.push(i + k)
      out += read
    }
    i += char.length
  }
  return { text: out, at }
}

/**
 * The grammar reads a view in layers. First every place name (太原, 河南, 本地…) becomes one
 * character, PLACE_TOKEN; then each protected attribute (本地户口, 女性, 乙肝携带者…) becomes one
 * token, a private-use character standing for its entry in ATTRIBUTES; then the constructions run
 * over that token string, where an attribute is one character: 「限本地户口男性」 reads 「限」 and
 * two tokens. So the long alternations (every prefecture) are compiled once, in the place reader.
 */
const TOKEN_BASE = 0xe000
const TOKEN = '[\\ue000-\\ue0ff]'
const IS_TOKEN = new RegExp(`^${TOKEN}$`)
const PLACE_LEXEME = new RegExp(PLACE_NAME, 'y')
const ATTRIBUTE_LEXEME = new RegExp(ATTRIBUTES.map((a) => `(${a.pattern})`).join('|'), 'y')

/** A string read from another: its i-th character stands for `from[i]`–`to[i]` there. */
interface Layer {
  text: string
  from: number[]
  to: number[]
}

/** Each match of a sticky expression, wherever one starts, as the one character `as(match)`; the rest as it is. */
function layer(text: string, lexeme: RegExp, as: (m: RegExpExecArray) => string): Layer {
  let out = ''
  const from: number[] = []
  const to: number[] = []
  for (let i = 0; i < text.length; ) {
    lexeme.lastIndex = i
    const m = lexeme.exec(text)
    const end = m && m[0] ? i + m[0].length : i + 1
    out += m && m[0] ? as(m) : text[i]
    from.push(i)
    to.push(end)
    i = end
  }
  return { text: out, from, to }
}

/** Where a stretch of a layer came from in the text below it. */
const below = (l: Layer, start: number, end: number) => ({ start: l.from[start], end: l.to[end - 1] })

const attributeOf = (token: string) => ATTRIBUTES[token.charCodeAt(0) - TOKEN_BASE]

const CHAIN = `${TOKEN}(?:${MARKERS.conjunction}?${TOKEN})*`
/** Not inside a longer chain: 「未育女性不予考虑」 is read whole, never as 「女性不予考虑」. */
const WHOLE_CHAIN = `(?<!${TOKEN}${MARKERS.conjunction}?)(?<chain>${CHAIN})`
const ANY_LABEL = anyOf([...LABELS.map((l) => l.label), '地域', '出身'])
/** A list of up to six: labels overlap (宗教信仰 is also 宗教 + 信仰), and an unbounded list of them would backtrack without end. */
const LABELS_OR_ATTRIBUTES = `(?:${ANY_LABEL}|${TOKEN})(?:${MARKERS.conjunction}?(?:${ANY_LABEL}|${TOKEN})){0,5}`

/** Constructions around a chain of attributes (本地户口男性): each attribute in it is judged. Over tokens. */
const CHAINED: readonly { construction: Construction; re: RegExp }[] = [
  { construction: 'limit', re: new RegExp(`${MARKERS.limit}(?<chain>${CHAIN})`, 'g') },
  { construction: 'recruit', re: new RegExp(`${MARKERS.recruit}(?<chain>${CHAIN})`, 'g') },
  { construction: 'require', re: new RegExp(`${MARKERS.require}(?<chain>${CHAIN})`, 'g') },
  { construction: 'refuse', re: new RegExp(`${MARKERS.refuse}(?<chain>${CHAIN})`, 'g') },
  { construction: 'prefer', re: new RegExp(`${MARKERS.preferBefore}(?<chain>${CHAIN})`, 'g') },
  { construction: 'prefer', re: new RegExp(`${WHOLE_CHAIN}${MARKERS.preferAfter}`, 'g') },
  { construction: 'exclude', re: new RegExp(`${WHOLE_CHAIN}(?:${MARKERS.exclude})`, 'g') },
  { construction: 'bare', re: new RegExp(`^(?<chain>${CHAIN})${MARKERS.job}$`, 'g') },
  { construction: 'absence', re: new RegExp(`(?<chain>${TOKEN})`, 'g') },
]

/** 「性别：男」「籍贯：山西」: over the places. */
const LABELLED = LABELS.map((l) => ({ category: l.category, re: new RegExp(`${l.label}${LABEL_LINK}${l.value}`, 'g') }))

/** The practices and the sensitive words: over the view. */
const UNLAWFUL_ANYWHERE: readonly { category: ComplianceCategory; construction: Construction; re: RegExp }[] = [
  ...PRACTICES.map((p) => ({
    category: p.category,
    construction: 'practice' as const,
    re: new RegExp(`(?<!${PRACTICE_NEGATION})(?:${p.pattern})(?!${PRACTICE_UNDONE})`, 'g'),
  })),
  ...SENSITIVE_WORDS.map((w) => ({ category: w.category, construction: 'word' as const, re: new RegExp(anyOf(w.words), 'g') })),
]

/** Where a negation undoes what is inside it: 不限户籍, 男女不限, 性别、民族不限 (over tokens); 无宗教信仰要求 (over the view). */
const NEUTRAL_TOKENS: readonly RegExp[] = [
  new RegExp(`${NEUTRAL.before}${LABELS_OR_ATTRIBUTES}`, 'g'),
  new RegExp(`${LABELS_OR_ATTRIBUTES}(?:方面)?的?${NEUTRAL.after}`, 'g'),
]
const NEUTRAL_VIEW = new RegExp(`${NEUTRAL.beforeLabel}${ANY_LABEL}(?:${MARKERS.conjunction}?${ANY_LABEL}){0,5}(?:方面)?的?${NEUTRAL.requirement}`, 'g')

/** The categories a construction makes unlawful among the attributes of its chain. */
function unlawfulCategories(construction: Construction, chain: readonly ProtectedAttribute[]): Set<ComplianceCategory> {
  const categories = new Set<ComplianceCategory>()
  chain.forEach((attribute, i) => {
    if (!attribute.unlawfulIn.includes(construction)) return
    // 「孕期女性勿扰」 excludes pregnancy: the head noun after another attribute is not what is excluded.
    const modifiedHead = (EXCLUDING as readonly Construction[]).includes(construction) && attribute.head && i === chain.length - 1 && chain.slice(0, i).some((a) => !a.head)
    if (!modifiedHead) categories.add(attribute.category)
  })
  return categories
}

/** Every match of a global expression, overlapping ones included (限本地户口 within 仅限本地户口). */
function* allMatches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m
    re.lastIndex = m.index + 1
  }
}

interface Found {
  category: ComplianceCategory
  construction: Construction
  /** In the view. */
  start: number
  end: number
}

function foundIn(view: string): Found[] {
  const places = layer(view, PLACE_LEXEME, () => PLACE_TOKEN)
  const tokens = layer(places.text, ATTRIBUTE_LEXEME, (m) => String.fromCharCode(TOKEN_BASE + m.slice(1).findIndex((g) => g !== undefined)))
  const fromPlaces = (start: number, end: number) => below(places, start, end)
  const fromTokens = (start: number, end: number) => {
    const inPlaces = below(tokens, start, end)
    return fromPlaces(inPlaces.start, inPlaces.end)
  }
  const found: Found[] = []
  for (const { construction, re } of CHAINED) {
    for (const m of allMatches(re, tokens.text)) {
      const chain = [...(m.groups as { chain: string }).chain].filter((c) => IS_TOKEN.test(c)).map(attributeOf)
      for (const category of unlawfulCategories(construction, chain)) found.push({ category, construction, ...fromTokens(m.index, m.index + m[0].length) })
    }
  }
  for (const { category, re } of LABELLED) {
    for (const m of allMatches(re, places.text)) found.push({ category, construction: 'label', ...fromPlaces(m.index, m.index + m[0].length) })
  }
  for (const { category, construction, re } of UNLAWFUL_ANYWHERE) {
    for (const m of allMatches(re, view)) if (m[0]) found.push({ category, construction, start: m.index, end: m.index + m[0].length })
  }
  const neutral = [
    ...NEUTRAL_TOKENS.flatMap((re) => [...allMatches(re, tokens.text)].map((m) => fromTokens(m.index, m.index + m[0].length))),
    ...[...allMatches(NEUTRAL_VIEW, view)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  ]
  return found.filter((f) => !neutral.some((n) => n.start <= f.start && f.end <= n.end))
}

/**
 * Where the stretches of a text between breaks start and end: sentences (their 。！？； kept, as
 * the firm wrote them) or clauses (split at commas too).
 */
function spans(text: string, end: RegExp, keepEnd: boolean): [number, number][] {
  const out: [number, number][] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || end.test(text[i])) {
      // Stryker disable next-line ConditionalExpression,StringLiteral: a newline kept at a sentence's end is no letter of its view and is trimmed from the sentence reported
      const stop = keepEnd && i < text.length && text[i] !== '\n' ? i + 1 : i
      // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty stretch holds no words, so keeping it finds nothing more
      if (stop > start) out.push([start, stop])
      start = i + 1
    }
  }
  return out
}

interface Located {
  category: ComplianceCategory
  construction: Construction
  /** In the field's text. */
  start: number
  end: number
  sentence: [number, number]
}

/** Each clause, and what is in brackets inside it (「保安（男）」 says 男 on its own), read as a view. */
function locate(text: string): Located[] {
  const located: Located[] = []
  for (const sentence of spans(text, SENTENCE_END, true)) {
    const exempt = EXEMPT_FROM_GENDER.test(viewOf(text, ...sentence).text)
    // Stryker disable next-line BooleanLiteral: a clause's closing comma is no letter of its view and no bracket
    const clauses = spans(text.slice(...sentence), CLAUSE_END, false).map(([s, e]): [number, number] => [sentence[0] + s, sentence[0] + e])
    const bracketed = clauses.flatMap(([s, e]) =>
      [...text.slice(s, e).matchAll(BRACKETED)].map((m): [number, number] => [s + (m.index ?? 0) + 1, s + (m.index ?? 0) + 1 + m[1].length]),
    )
    for (const [from, to] of [...clauses, ...bracketed]) {
      const view = viewOf(text, from, to)
      for (const f of foundIn(view.text)) {
        if (exempt && f.category === 'gender') continue
        located.push({ category: f.category, construction: f.construction, start: view.at[f.start], end: view.at[f.end - 1] + 1, sentence })
      }
    }
  }
  // One hit per place and category: the earliest, longest match (限男性 over the 男 inside it).
  located.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Located[] = []
  for (const l of located) if (!kept.some((k) => k.category === l.category && l.start < k.end && k.start < l.end)) kept.push(l)
  return kept
}

/** Every hit in every text, in field order and then position; the same words in one field once. */
export function checkPostingTexts(texts: readonly CheckedText[]): ComplianceHit[] {
  const hits: ComplianceHit[] = []
  for (const { field, fieldLabel, text } of texts) {
    const seen = new Set<string>()
    for (const l of locate(text)) {
      const word = text.slice(l.start, l.end)
      const key = `${l.category}\u0000${word}`
      if (seen.has(key)) continue
      seen.add(key)
      const { label, kind, reason } = COMPLIANCE_CATEGORIES[l.category]
      hits.push({
        field,
        fieldLabel,
        word,
        category: l.category,
        categoryLabel: label,
        kind,
        reason,
        construction: l.construction,
        constructionLabel: CONSTRUCTIONS[l.construction],
        sentence: text.slice(...l.sentence).trim(),
        span: [l.start, l.end],
        source: 'word-list',
      })
    }
  }
  return hits
}

/** 「限男性」（性别歧视）、「仅限本地户口」（户籍限制）: the hits in one line, for an error message. */
export const summariseHits = (hits: readonly ComplianceHit[]) =>
  [...new Map(hits.map((h) => [`${h.word}${h.categoryLabel}`, `「${h.word}」（${h.categoryLabel}）`])).values()].join('、')
