import type { Language } from './lang.js'
import { NOISE } from './patterns.js'

export type LineClass = 'prose' | 'short' | 'noise'

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu
const SENTENCE_END = /[.!?。！？…:;]["”’»)\]]*$/u
const UNSPACED_SENTENCE = /[。！？，、；：]/u

export interface LineFeatures {
  cls: LineClass
  words: number
  stopwordDensity: number
  endsSentence: boolean
}

/**
 * jusText's context-free judgement of one line, adapted to crawl text (no markup, so no link
 * density): long lines dense in stopwords are prose; page furniture matched by NOISE is noise;
 * everything else is short and is decided later by its neighbours.
 */
export function lineFeatures(text: string, lang: Language): LineFeatures {
  const words = text.toLowerCase().match(WORD) ?? []
  const stop = words.filter((w) => lang.stopwords.has(w)).length
  const stopwordDensity = words.length ? stop / words.length : 0
  const endsSentence = SENTENCE_END.test(text)
  const base = { words: words.length, stopwordDensity, endsSentence }
  if (NOISE.some((re) => re.test(text))) return { ...base, cls: 'noise' }
  if (!lang.spaced || !/[\s]/u.test(text)) {
    // Unspaced scripts: a long line with sentence punctuation is prose.
    const chars = text.replace(/\s/gu, '').length
    const prose = chars >= 40 && UNSPACED_SENTENCE.test(text)
    return { ...base, cls: prose ? 'prose' : 'short' }
  }
  // An unpunctuated line of up to 20 words is a title, heading or link text, however long.
  const titleLike = !endsSentence && words.length <= 20
  // `Le Monde | 04.05.2015 à 13h36 • Mis à jour … | Par …`: fields joined by separators, not prose.
  const fields = (text.match(/\s[|•]\s/gu) ?? []).length >= 2
  const prose =
    !titleLike && !fields &&
    ((text.length >= 70 && stopwordDensity >= 0.25) ||
      (text.length >= 40 && endsSentence && stopwordDensity >= 0.3) ||
      // Long punctuated sentences are prose whatever the stopword list says (Czech lists are thin).
      (text.length >= 100 && endsSentence && words.length >= 12) ||
      (text.length >= 200 && stopwordDensity >= 0.15))
  return { ...base, cls: prose ? 'prose' : 'short' }
}

/** A short line that reads as a sentence (a one-line quote, "He declined to comment."). */
export function isSentenceLike(text: string, f: LineFeatures, lang: Language): boolean {
  if (!lang.spaced) return text.replace(/\s/gu, '').length >= 10 && UNSPACED_SENTENCE.test(text)
  return f.endsSentence && f.words >= 3
}
