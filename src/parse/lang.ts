import { createRequire } from 'node:module'
import { franc } from 'franc-min'
import { iso6393 } from 'iso-639-3'

const require = createRequire(import.meta.url)
// stopwords-iso: per-language stopword lists (MIT), keyed by ISO 639-1.
const STOPWORDS = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>

// franc names individual languages (ISO 639-3); a few macrolanguages have no 639-1 code of their own.
const TO_ISO1 = new Map<string, string>([
  ...iso6393.filter((l) => l.iso6391).map((l) => [l.iso6393, l.iso6391 as string] as const),
  ['cmn', 'zh'], ['arb', 'ar'], ['pes', 'fa'], ['zlm', 'ms'], ['ekk', 'et'], ['lvs', 'lv'], ['swh', 'sw'], ['uzn', 'uz'],
])

/** Only languages we have stopwords for are worth telling apart; fewer candidates, faster. */
const CANDIDATES = [...TO_ISO1].filter(([, iso1]) => iso1 in STOPWORDS).map(([iso3]) => iso3)
/** The franc codes (ISO 639-3) that name each language with stopwords. */
const ISO3_OF = new Map(Object.keys(STOPWORDS).map((iso1) => [iso1, CANDIDATES.filter((c) => TO_ISO1.get(c) === iso1)]))
/** The languages with stopwords, numbered: counting hits in an array is cheaper than in a Map. */
const LANGS = Object.keys(STOPWORDS)
/** Stopword → the numbers of the languages it is a stopword of: one lookup a word instead of one a language. */
const LANGUAGES_OF = new Map<string, number[]>()
LANGS.forEach((iso1, n) => {
  for (const word of STOPWORDS[iso1] as string[]) {
    const langs = LANGUAGES_OF.get(word)
    if (langs) langs.push(n)
    else LANGUAGES_OF.set(word, [n])
  }
})

/** Scripts written without spaces between words: stopword density means nothing there. */
const UNSPACED = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my'])

export interface Language {
  /** ISO 639-1, or null when the text is too short or mixed to tell. */
  code: string | null
  stopwords: ReadonlySet<string>
  spaced: boolean
}

const cache = new Map<string, ReadonlySet<string>>()
/** The stopwords of an ISO 639-1 language; English for an unknown or unlisted one. */
export function stopwordsFor(code: string | null): ReadonlySet<string> {
  const key = code ?? 'en'
  let set = cache.get(key)
  if (!set) {
    set = new Set(STOPWORDS[key] ?? STOPWORDS.en)
    cache.set(key, set)
  }
  return set
}

/**
 * The page language from its longest lines (the prose, not the menus). Unknown or undetectable
 * text falls back to English stopwords so that scoring still works, but `code` stays null.
 */
export function detectLanguage(lines: readonly string[]): Language {
  const sample = longest(lines, 6).join('\n').slice(0, 800)
  const ranked = rankByStopwords(sample)
  const [first, second] = ranked
  // Clear stopword evidence decides alone; franc's trigrams settle the close and unspaced cases.
  const decisive = first !== undefined && first[1] >= 8 && first[1] >= 1.5 * (second?.[1] ?? 0)
  const code = decisive ? first[0] : fromFranc(sample, ranked)
  return { code, stopwords: stopwordsFor(code), spaced: code === null || !UNSPACED.has(code) }
}

function fromFranc(sample: string, ranked: readonly [string, number][]): string | null {
  const top = ranked.filter(([, n]) => n >= 3).slice(0, 3)
  const only = top.length > 0 ? top.flatMap(([iso1]) => ISO3_OF.get(iso1) ?? []) : CANDIDATES
  const iso3 = franc(sample, { minLength: 20, only })
  return iso3 === 'und' ? null : (TO_ISO1.get(iso3) ?? null)
}

/**
 * Languages by how many of the sample's words are their stopwords, most first. franc's trigram
 * comparison was half of all parsing; this ranking is one map lookup a word.
 */
function rankByStopwords(sample: string): [string, number][] {
  const hits = new Uint32Array(LANGS.length)
  // Languages in the order of their first hit: the sort is stable, so ties keep that order.
  const seen: number[] = []
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? []
  for (let w = 0; w < words.length && w < 300; w++) {
    const langs = LANGUAGES_OF.get(words[w] as string)
    if (langs === undefined) continue
    for (const n of langs) {
      const count = hits[n] as number
      if (count === 0) seen.push(n)
      hits[n] = count + 1
    }
  }
  return seen.map((n): [string, number] => [LANGS[n] as string, hits[n] as number]).sort((a, b) => b[1] - a[1])
}

/** The `n` longest lines, longest first; lines of equal length keep their order (as a stable sort would). */
function longest(lines: readonly string[], n: number): string[] {
  const top: string[] = []
  for (const line of lines) {
    if (top.length === n && line.length <= (top[n - 1] as string).length) continue
    let at = top.length
    while (at > 0 && (top[at - 1] as string).length < line.length) at--
    top.splice(at, 0, line)
    if (top.length > n) top.pop()
  }
  return top
}
