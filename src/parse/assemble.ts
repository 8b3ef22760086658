import type { DateEvidence, Evidence, Section } from '../model/articles.js'
import { type Analysis, headsRelatedHeadline } from './analyse.js'
import { isHeadingLike } from './classify.js'
import type { Language } from './lang.js'
import { bodyVerdicts } from './model/body.js'
import { chooseHeader } from './model/header.js'
import type { ParserModel } from './model/index.js'
import { WIRE_CODE } from './patterns.js'
import { isSentenceLike, type LineFeatures } from './prose.js'
import type { Classified, ParsedPage, RelatedHeadline } from './types.js'

interface BodyLine {
  text: string
  f: LineFeatures
}

/**
 * Puts classified segments in their place. The article is the page's densest run of prose
 * (see region.ts), corrected line by line by the fitted line model; its title, byline and date
 * come from the lines just above it; after it, a timestamp belongs to the headline that follows
 * it; everything else is boilerplate, in order.
 */
export function assemble(a: Analysis, model: ParserModel): ParsedPage {
  const { segments, features, lang, warnings } = a
  const isBody = bodyVerdicts(a, model)
  const header = chooseHeader(a, isBody, model)
  const titleAt = header.title?.index ?? null

  const body: BodyLine[] = []
  const references: string[] = []
  const boilerplate: string[] = []
  const relatedHeadlines: RelatedHeadline[] = []
  let source: string | null = null
  let publisher: string | null = null

  segments.forEach((seg, i) => {
    if (i === titleAt) return
    switch (seg.kind) {
      case 'timestamp':
        warnings.push(...seg.warnings.map((w) => `line ${seg.line}: ${w}`))
        boilerplate.push(seg.text)
        return
      case 'attribution':
        if (source !== null && source !== seg.source) {
          warnings.push(`line ${seg.line}: a second source "${seg.source}" was ignored (kept "${source}")`)
        }
        source ??= seg.source
        if (isBody[i]) pushBody(body, seg.text, features[i] as LineFeatures, references)
        else boilerplate.push(seg.text)
        return
      case 'footer':
        // The last copyright line wins: footers close the page, credits inside it come earlier.
        publisher = seg.publisher ?? publisher
        boilerplate.push(seg.text)
        return
      case 'prompt':
        boilerplate.push(seg.text)
        return
      case 'text': {
        const f = features[i] as LineFeatures
        const prev = segments[i - 1]
        if (isBody[i]) pushBody(body, seg.text, f, references)
        // After the article, a timestamp heads the text right after it (a related headline).
        else if (prev?.kind === 'timestamp' && headsRelatedHeadline(a, isBody, i - 1)) {
          relatedHeadlines.push({ title: seg.text, publishedAt: prev.iso })
        } else boilerplate.push(seg.text)
      }
    }
  })

  return {
    title: titleAt === null ? null : headline((segments[titleAt] as Classified).text),
    byline: header.byline?.name ?? null,
    // A page that prints no date of its own may still have been filed under a day in its URL.
    publishedAt: header.date?.iso ?? (a.url?.day ? `${a.url.day}T00:00:00Z` : null),
    lang: lang.code,
    provenance: {
      title: titleAt === null ? null : 'page',
      byline: header.byline ? 'page' : null,
      publishedAt: header.date ? (header.date.relative ? 'page, relative to the crawl time' : 'page') : a.url?.day ? 'url' : null,
    },
    evidence: {
      title: evidence(a, header.title),
      byline: evidence(a, header.byline),
      publishedAt: header.date === null ? null : withLocal(evidence(a, header.date), header.date.local),
    },
    sections: buildSections(body, lang),
    references,
    source: source === null ? null : { name: source },
    publisher: publisher === null ? null : { name: publisher },
    relatedHeadlines,
    boilerplate,
    warnings,
  }
}

/**
 * A title line that prints a section or the site beside the headline (`Politics | Gov. Hochul
 * vetoes …`, `… | Editorial`, `Opinion|I Know …`): the headline is the one part of four words or more among parts of
 * at most three.
 */
export function headline(text: string): string {
  // Crawl text may lose the spaces around the bar (`Opinion|I Know My Mother Loved Me.`).
  const parts = text.split(/\s*\|\s*/u)
  if (parts.length < 2) return text
  const long = parts.filter((p) => p.split(/\s+/u).length >= 4)
  return long.length === 1 && long[0] !== undefined ? long[0].trim() : text
}

/** The page line a field was read from, and how sure the model that chose it was. */
function evidence(a: Analysis, found: { index: number; confidence: number } | null): Evidence | null {
  const seg = found === null ? undefined : a.segments[found.index]
  return seg === undefined || found === null ? null : { line: seg.line, confidence: Math.round(found.confidence * 1000) / 1000 }
}

function withLocal(found: Evidence | null, local: string): DateEvidence | null {
  return found === null ? null : { ...found, local }
}

/** Wire codes move to the references; a line that was nothing but codes leaves no empty paragraph. */
function pushBody(body: BodyLine[], text: string, f: LineFeatures, references: string[]) {
  const bare = takeWireCodes(text, references)
  if (bare !== '') body.push({ text: bare, f })
}

/** A heading-like line directly followed by prose (or a sentence) opens a section. */
function buildSections(body: readonly BodyLine[], lang: Language): Section[] {
  const sections: Section[] = [{ heading: null, paragraphs: [] }]
  body.forEach((line, i) => {
    const next = body[i + 1]
    const opens = isHeadingLike(line.text) && next !== undefined &&
      (next.f.cls === 'prose' || isSentenceLike(next.text, next.f, lang))
    if (opens) sections.push({ heading: line.text, paragraphs: [] })
    else (sections[sections.length - 1] as Section).paragraphs.push(line.text)
  })
  return sections.filter((s) => s.heading !== null || s.paragraphs.length > 0)
}

/** Removes wire codes from a line, collecting each code once. */
function takeWireCodes(text: string, references: string[]): string {
  if (!text.includes('[')) return text.trim()
  return text
    .replace(WIRE_CODE, (_m, ...args) => {
      const code = (args.at(-1) as { code: string }).code
      if (!references.includes(code)) references.push(code)
      return ''
    })
    .trim()
}
