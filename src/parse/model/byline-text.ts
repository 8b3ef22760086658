// Reading a byline line: which names it gives, cut from the fields the crawl set beside them.
import { bylineMatch, MONTHS } from '../patterns.js'

/**
 * The names a byline line gives: `By Jane Doe`, `ByJane Doe` (crawl text glues the link),
 * `Author: Jane Doe`, or a short line of capitalised words alone (`Jane Doe`). Cut where the
 * names end: a date, a separator, a comma before a role, the first lower-case word but `and`.
 */
export function bylineText(raw: string, next: string | undefined): string | null {
  return bylineIn(raw, next)
}

/**
 * The name as the page prints it: bylineText reads a copy with glued fields spaced apart, and what
 * the parser returns must be a piece of a page line (nothing invented, not even a space).
 */
export function asOnThePage(raw: string, next: string | undefined, name: string): string | null {
  const pattern = new RegExp(name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s*'), 'u')
  const found = pattern.exec(raw) ?? (next === undefined ? null : pattern.exec(next))
  return found === null ? null : found[0]
}

function bylineIn(raw: string, next: string | undefined): string | null {
  // Most lines are too long for a bare name and say no byline word: they need no closer look.
  if (raw.length > 60 && !BYLINE_HINT.test(raw)) return null
  // A name has two words at least; a lone word is a byline only as `By` (the name on the next line).
  if (!/\s/u.test(raw) && !/^by/iu.test(raw)) return null
  if (/^(?:by|par|por|von|door|di|av|od)\s*:?$/iu.test(raw)) return next && next.split(/\s+/u).length <= 6 ? cutName(next) : null
  // Crawl text glues a name to the field after it (`Jesa Marie CalaorDecember 21`, `Miguel
  // CortinaWriter`): a capital after a word of three or more lower-case letters starts a new
  // field. (Shorter runs are names' own: McDonald, DeVito, MacKenzie.)
  const text = /\p{Ll}\p{Lu}/u.test(raw) ? raw.replace(/(?<=\p{Lu}\p{Ll}{3,})(?=\p{Lu})/gu, ' ') : raw
  const m = /^(?:\p{Lu}\p{Ll}+ [Bb]y|(?:[Ww]ritten |[Ww]ords |[Ss]tory |[Rr]eporting )?[Bb]y|[Aa]uthors?|[Rr]eporter|[Pp]ar|[Pp]or|[Vv]on|[Dd]oor|[Dd]i|[Aa]v|[Oo]d)\s*:?\s*(?=\p{Lu}|@)(?<rest>.+)$/u.exec(text) ??
    /^(?:(?:written |words |story |reporting )?by|author|par|por|von)\s*:?\s+(?<rest>.+)$/iu.exec(text) ?? bylineMatch(text) ??
    // `Getting to Know 'Holding' Star Conleth Hill By Nick Levine | February 28, 2023`: a title glued to its byline.
    (text.length <= 160 ? /\s[Bb]y\s+(?<rest>\p{Lu}.+)$/u.exec(text) : null)
  const rest = m?.groups?.rest ?? m?.groups?.name
  if (rest !== undefined) return cutName(rest)
  // `Eric Berger - Dec 21, 2023`, `Lucy Handley@lucyhandley`, `5dNate Saunders`, `Claire Lower
  // December 22, 2023`: a name beside other header fields, cut where they begin.
  if (text.length > 120 || !NAME_FIRST.test(text)) return null
  const head = cutName((text.split(/\s+[-–—·|•]\s+|@|\s*,\s*/u)[0] ?? text).replace(/^\d+[a-z]{0,3}(?=\p{Lu})/u, '').trim())
  const words = head?.split(/\s+/u).filter((w) => !CONNECTOR.test(w)) ?? []
  return head !== null && words.length >= 2 && words.length <= 6 && head.length <= 60 && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w)) ? head : null
}

/**
 * How a line that is a name beside other fields can start: a capital (after a count glued to it,
 * `5dNate Saunders`) or a name particle. Any other start leaves no name below, so it is ruled out
 * before the splitting.
 */
const NAME_FIRST = /^(?:\d+[a-z]{0,3}(?=\p{Lu}))?(?:\p{Lu}|(?:and|&|de|da|van|von|der|del|la|le)(?:\s|$))/u

/** What a byline line longer than a bare name holds: a byline word or a field separator. */
const BYLINE_HINT = /by|author|reporter|par|por|von|door|di|av|od|[|•·–—@]|\s-\s/iu

/** Words that join or bind names: `Jane Doe and John Roe`, `Ursula von der Leyen`. */
const CONNECTOR = /^(?:and|&|de|da|van|von|der|del|la|le)$/u

/** Where a byline's names end: a separator, a bracket, a comma, a number, a date, a field word. */
const FIELD_AFTER_NAME = new RegExp(
  String.raw`\s+[|•·—–-]\s+|\s*\(|\s*,\s*|\s+(?=\d)|\s+(?=(?:on|updated|published|posted)\b)|\s+(?=(?:${Object.keys(MONTHS).join('|')})\.?\s+\d)`,
  'iu',
)

function cutName(raw: string): string | null {
  const head = raw.split(FIELD_AFTER_NAME)[0] ?? raw
  const words: string[] = []
  for (const w of head.trim().split(/\s+/u)) {
    if (!/^(?:\p{Lu}|@)/u.test(w) && !CONNECTOR.test(w)) break
    words.push(w)
  }
  while (words.length > 0 && CONNECTOR.test(words.at(-1) as string)) words.pop()
  const name = words.join(' ').replace(/[,;:]+$/u, '').trim()
  return name.length >= 3 && words.length <= 12 ? name : null
}

/** A word as the fitted word lists hold it: lower case, no accents, letters only. */
export function listWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}]/gu, '')
}
