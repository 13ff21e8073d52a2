/**
 * Keyword search by index (the board's `q`), the same on CloudBase and on the embedded engine: a
 * posting stores its search terms — the two-character pieces (bigrams) of each word of its title
 * and of its firm's name, and every single character of its title — and a multikey index on them
 * (schema.ts jobs_keyword_*) finds the postings holding all of a keyword's terms with `_.all(...)`.
 *
 * A posting whose title or firm name contains a keyword holds every bigram of it, so nothing is
 * missed. A keyword of one or two characters is then matched exactly (one character: in the title
 * only); a longer one's bigrams may also come from different places of the title and the name, so
 * the postings found are checked for the whole keyword as well — on those postings only, never by
 * reading the board. Text is compared in NFKC and lower case.
 */

const searchText = (text: string) => text.normalize('NFKC').toLowerCase()

/** Whitespace-separated words, compared as they are searched. */
const wordsOf = (text: string) => searchText(text).split(/\s+/).filter(Boolean)

/** A word's characters in pairs (by code point, so a character outside the BMP stays whole). */
function bigramsOf(word: string): string[] {
  const chars = [...word]
  return chars.slice(1).map((char, i) => chars[i] + char)
}

/** A posting's search terms: what it must store whenever its title or firm name is written. */
export function searchTermsOf(posting: { title: string; employerName: string }): string[] {
  const terms = new Set<string>()
  for (const word of wordsOf(posting.title)) {
    for (const char of word) terms.add(char)
    for (const bigram of bigramsOf(word)) terms.add(bigram)
  }
  for (const word of wordsOf(posting.employerName)) for (const bigram of bigramsOf(word)) terms.add(bigram)
  return [...terms]
}

/** What one keyword (no whitespace in it) asks of a posting. */
export interface KeywordQuery {
  /** Terms a matching posting holds, all of them. */
  terms: string[]
  /** Whether the postings holding them must also be checked for the whole keyword (title or firm name). */
  checkWhole: boolean
}

export function keywordQuery(keyword: string): KeywordQuery {
  // One word as typed; normalising may still split it (a compatibility character becoming a space).
  const words = wordsOf(keyword)
  const terms = new Set(words.flatMap((word) => ([...word].length === 1 ? [word] : bigramsOf(word))))
  return { terms: [...terms], checkWhole: words.length > 1 || words.some((word) => [...word].length > 2) }
}
