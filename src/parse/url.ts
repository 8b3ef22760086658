/**
 * What a page's URL says about its article. Crawls store the URL beside the text (JSONL `url`),
 * and news sites put two things in it that the text may lack: the publication day
 * (`/2023/12/19/…`, `/news/2023-12-20/…`) and the headline's words as a slug
 * (`/federal-agency-quashes-georgias-plan-…`). Both are evidence for the header models, never
 * the answer on their own when the page prints one.
 */
export interface UrlEvidence {
  /** `YYYY-MM-DD` when the path carries a whole, real date; null otherwise. */
  day: string | null
  /** `YYYY-MM` when the path carries a year and month (`/2023/12/`, `/news/2023-12-statins-…`). */
  month: string | null
  /** Lower-cased words of the path (letters or letters with digits; bare numbers are ids). */
  words: ReadonlySet<string>
}

/**
 * A date in a path: `2023/12/19`, `2023-12-19`, `2023_12_19` or `20231219`, standing between
 * separators, so ids that happen to hold eight digits inside a longer number are not read.
 */
const PATH_DATE = /(?:^|[/_-])(20\d\d|19\d\d)([/_-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/u
const PATH_MONTH = /(?:^|[/_-])(20\d\d|19\d\d)[/_-](0[1-9]|1[0-2])(?=[/_.-]|$)/u

export function readUrl(url: string | null | undefined): UrlEvidence | null {
  if (!url) return null
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    return null
  }
  path = decodePath(path)
  const day = dayOf(path)
  const month = day?.slice(0, 7) ?? PATH_MONTH.exec(path)?.slice(1, 3).join('-') ?? null
  return { day, month, words: new Set(slugWords(path)) }
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

function dayOf(path: string): string | null {
  const m = PATH_DATE.exec(path)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  // 2023-02-30 is no day: Date rolls it into March.
  if (date.getUTCMonth() !== mo - 1) return null
  return `${m[1]}-${m[3]}-${m[4]}`
}

/** Apostrophes vanish from slugs (`georgias`), so they are dropped before splitting. */
export function slugWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !/^\d+$/u.test(w))
}

/**
 * How well a line and the URL's words agree: the share of the line's words the path holds, and
 * the share of the path's words the line holds (a slug may drop a headline's small words, and a
 * path holds section names the headline lacks, so neither share alone says it).
 */
export function urlOverlap(text: string, url: UrlEvidence | null): { line: number; path: number } {
  if (url === null || url.words.size === 0) return { line: 0, path: 0 }
  const own = new Set(slugWords(text))
  if (own.size === 0) return { line: 0, path: 0 }
  let hits = 0
  for (const w of own) if (url.words.has(w)) hits++
  return { line: hits / own.size, path: hits / url.words.size }
}
