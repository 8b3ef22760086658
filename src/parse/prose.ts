import type { Language } from './lang.js'
import { anyOf, NOISE } from './patterns.js'

export type LineClass = 'prose' | 'short' | 'noise'

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu
const SENTENCE_END = /[.!?。！？…:;]["”’»)\]]*$/u
const UNSPACED_SENTENCE = /[。！？，、；：]/u

export interface LineFeatures {
  cls: LineClass
  words: number
  /** Lower-cased words of four letters or more that are not stopwords: what the line is about. */
  content: string[]
  stopwordDensity: number
  endsSentence: boolean
}

/**
 * jusText's context-free judgement of one line, adapted to crawl text (no markup, so no link
 * density): long lines dense in stopwords are prose; page furniture matched by NOISE is noise;
 * everything else is short and is decided later by its neighbours.
 */
export function lineFeatures(text: string, lang: Language): LineFeatures {
  const lower = text.toLowerCase()
  const words = lower.match(WORD) ?? []
  let stop = 0
  const content: string[] = []
  for (const w of words) {
    if (lang.stopwords.has(w)) stop++
    // `Georgia's` is about Georgia: the possessive goes, as a title and its lead word it differently.
    else if (w.length >= 4) content.push(w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w)
  }
  const stopwordDensity = words.length ? stop / words.length : 0
  const endsSentence = SENTENCE_END.test(text)
  if (isNoise(text, lower)) return { words: words.length, content, stopwordDensity, endsSentence, cls: 'noise' }
  if (!lang.spaced || !/[\s]/u.test(text)) {
    // Unspaced scripts: a long line with sentence punctuation is prose.
    const chars = text.replace(/\s/gu, '').length
    const prose = chars >= 40 && UNSPACED_SENTENCE.test(text)
    return { words: words.length, content, stopwordDensity, endsSentence, cls: prose ? 'prose' : 'short' }
  }
  // An unpunctuated line of up to 20 words is a title, heading or link text, however long.
  const titleLike = !endsSentence && words.length <= 20
  // `Le Monde | 04.05.2015 à 13h36 • Mis à jour … | Par …`: fields joined by separators, not prose.
  const fields = (text.includes('|') || text.includes('•')) && (text.match(/\s[|•]\s/gu) ?? []).length >= 2
  const prose =
    !titleLike && !fields &&
    ((text.length >= 70 && stopwordDensity >= 0.25) ||
      (text.length >= 40 && endsSentence && stopwordDensity >= 0.3) ||
      // Long punctuated sentences are prose whatever the stopword list says (Czech lists are thin).
      (text.length >= 100 && endsSentence && words.length >= 12) ||
      (text.length >= 200 && stopwordDensity >= 0.15))
  return { words: words.length, content, stopwordDensity, endsSentence, cls: prose ? 'prose' : 'short' }
}

// The NOISE patterns without a hint are anchored at the line start and fail on its first
// letters: joined, they cost one call a set of flags instead of one a pattern.
const UNHINTED: readonly RegExp[] = (() => {
  const byFlags = new Map<string, RegExp[]>()
  for (const { pattern, mayMatch } of NOISE) {
    if (mayMatch === undefined) byFlags.set(pattern.flags, [...(byFlags.get(pattern.flags) ?? []), pattern])
  }
  return [...byFlags.values()].map((patterns) => anyOf(patterns))
})()
const HINTED = NOISE.filter((n) => n.mayMatch !== undefined)

/** Whether a NOISE pattern matches; most lines are ruled out by the patterns' cheap hints alone. */
function isNoise(text: string, lower: string): boolean {
  return UNHINTED.some((re) => re.test(text)) || HINTED.some(({ pattern, mayMatch }) => mayMatch?.(text, lower) === true && pattern.test(text))
}

/** A short line that reads as a sentence (a one-line quote, "He declined to comment."). */
export function isSentenceLike(text: string, f: LineFeatures, lang: Language): boolean {
  if (!lang.spaced) return text.replace(/\s/gu, '').length >= 10 && UNSPACED_SENTENCE.test(text)
  return f.endsSentence && f.words >= 3
}
