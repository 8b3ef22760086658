import { isHeadingLike, isHeadlineLike } from './classify.js'
import { WIRE_CODE } from './patterns.js'
import type { Classified, ParsedPage, RelatedHeadline, Section } from './types.js'

/**
 * Puts classified segments in their place. The article is the run of text before the first
 * end-of-article marker (an attribution line, a footer, or a timestamp after the first paragraph);
 * after it, a timestamp belongs to the headline that follows it, and anything else is boilerplate.
 */
export function assemble(segments: readonly Classified[], warnings: string[]): ParsedPage {
  const body: string[] = []
  const references: string[] = []
  const boilerplate: string[] = []
  const relatedHeadlines: RelatedHeadline[] = []
  let source: string | null = null
  let publisher: string | null = null
  let afterArticle = false
  let pending: (Classified & { kind: 'timestamp' }) | null = null
  const hasParagraph = () => body.some((t) => !isHeadingLike(t))

  for (const seg of segments) {
    switch (seg.kind) {
      case 'timestamp':
        warnings.push(...seg.warnings.map((w) => `line ${seg.line}: ${w}`))
        boilerplate.push(seg.text)
        if (hasParagraph()) afterArticle = true
        pending = seg
        break
      case 'attribution':
        if (source !== null && source !== seg.source) {
          warnings.push(`line ${seg.line}: a second source "${seg.source}" was ignored (kept "${source}")`)
        }
        source ??= seg.source
        if (seg.keepText && !afterArticle) pushBody(body, seg.text, references)
        else boilerplate.push(seg.text)
        if (!seg.keepText && hasParagraph()) afterArticle = true
        break
      case 'footer':
        // The last copyright line wins: footers close the page, credits inside it come earlier.
        publisher = seg.publisher ?? publisher
        boilerplate.push(seg.text)
        if (hasParagraph()) afterArticle = true
        pending = null
        break
      case 'prompt':
        boilerplate.push(seg.text)
        break
      case 'text':
        if (!afterArticle) pushBody(body, seg.text, references)
        else if (pending && isHeadlineLike(seg.text)) relatedHeadlines.push({ title: seg.text, publishedAt: pending.iso })
        else boilerplate.push(seg.text)
        pending = null
        break
    }
  }

  const { title, sections, leading } = buildSections(body)
  return {
    title,
    sections,
    references,
    source: source === null ? null : { name: source },
    publisher: publisher === null ? null : { name: publisher },
    relatedHeadlines,
    boilerplate: [...leading, ...boilerplate],
    warnings,
  }
}

/**
 * Wire codes come off before a line is judged, so `He declined to comment. [nL5N1GD7JK]` is a
 * sentence, not a heading; a line that was nothing but codes leaves no empty paragraph.
 */
function pushBody(body: string[], text: string, references: string[]) {
  const bare = takeWireCodes(text, references)
  if (bare !== '') body.push(bare)
}

/**
 * A heading-like line directly followed by a paragraph opens a section; before the first
 * paragraph it is the title (the one nearest the text: earlier short lines are navigation).
 * Short lines that head nothing (list items, one-line quotes) stay paragraphs.
 */
function buildSections(body: readonly string[]): { title: string | null; sections: Section[]; leading: string[] } {
  const firstParagraph = body.findIndex((t) => !isHeadingLike(t))
  if (firstParagraph === -1) return { title: null, sections: body.length ? [{ heading: null, paragraphs: [...body] }] : [], leading: [] }
  const leading = body.slice(0, firstParagraph)
  const title = leading.pop() ?? null
  const sections: Section[] = [{ heading: null, paragraphs: [] }]
  for (let i = firstParagraph; i < body.length; i++) {
    const text = body[i] as string
    if (opensSection(body, i)) sections.push({ heading: text, paragraphs: [] })
    else (sections[sections.length - 1] as Section).paragraphs.push(text)
  }
  return { title, sections: sections.filter((s) => s.heading !== null || s.paragraphs.length > 0), leading }
}

function opensSection(body: readonly string[], i: number): boolean {
  const next = body[i + 1]
  return isHeadingLike(body[i] as string) && next !== undefined && !isHeadingLike(next)
}

/** Removes wire codes from a paragraph, collecting each code once. */
function takeWireCodes(paragraph: string, references: string[]): string {
  return paragraph
    .replace(WIRE_CODE, (_m, ...args) => {
      const code = (args.at(-1) as { code: string }).code
      if (!references.includes(code)) references.push(code)
      return ''
    })
    .trim()
}
