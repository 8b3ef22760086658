// The parser's knowledge of page layouts, kept as data so that supporting a new site means adding
// an entry here, not a branch in the code. Every regex is matched against one line segment.

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
  july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
}

const MONTH = '(?<month>' + Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|') + ')\\.?'
const WEEKDAY = '(?<weekday>' + Object.keys(WEEKDAYS).sort((a, b) => b.length - a.length).join('|') + ')'

export interface TimestampFormat {
  name: string
  /** Named groups: year, month (name or number), day, hour, minute, second?, weekday?. */
  pattern: RegExp
  /**
   * `embedded`: distinctive enough to be cut out of a line it is glued to
   * (`…Baghdad blastGMT 15:45 2017 Tuesday ,29 August`). `whole`: only a segment that is nothing
   * but the timestamp counts, so dates inside prose stay prose.
   */
  match: 'embedded' | 'whole'
}

export const TIMESTAMP_FORMATS: readonly TimestampFormat[] = [
  {
    // Arabs Today network: `GMT 15:47 2017 Tuesday ,29 August`
    name: 'gmt-time-year-weekday-day-month',
    pattern: new RegExp(
      `GMT\\s*(?<hour>\\d{1,2}):(?<minute>\\d{2})\\s+(?<year>\\d{4})\\s+${WEEKDAY}\\s*,\\s*(?<day>\\d{1,2})\\s+${MONTH}`,
      'iu',
    ),
    match: 'embedded',
  },
  {
    // ISO 8601 in UTC: `2017-08-29T15:47:00Z`
    name: 'iso-8601-utc',
    pattern: /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})[T ](?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?:\.\d+)?(?:Z|[+-]00:?00| ?UTC| ?GMT)$/iu,
    match: 'whole',
  },
  {
    // `29 August 2017 15:47 GMT`, `Tuesday 29 August 2017 15:47`
    name: 'day-month-year-time',
    pattern: new RegExp(
      `^(?:${WEEKDAY},?\\s+)?(?<day>\\d{1,2})\\s+${MONTH}\\s+(?<year>\\d{4}),?\\s+(?<hour>\\d{1,2}):(?<minute>\\d{2})(?:\\s*(?:GMT|UTC))?$`,
      'iu',
    ),
    match: 'whole',
  },
]

export interface AttributionPattern {
  name: string
  /** Group `name` is the source. */
  pattern: RegExp
  /** Longer "names" are sentences that happen to start with the prefix. */
  maxWords: number
  /** A dateline (`LONDON (Reuters) - …`) opens a paragraph: the text stays in the article. */
  keepText: boolean
}

export const ATTRIBUTIONS: readonly AttributionPattern[] = [
  { name: 'source-line', pattern: /^Source\s*:\s*(?<name>\S.{0,80}?)\s*\.?$/iu, maxWords: 8, keepText: false },
  { name: 'via-line', pattern: /^Via\s*:?\s+(?<name>[^\s.!?][^.!?]{0,59})$/iu, maxWords: 6, keepText: false },
  {
    name: 'wire-dateline',
    pattern: /^[\p{Lu}][\p{Lu}\p{M} .,'-]{1,60}\((?<name>Reuters|AP|AFP|AFP-JIJI|UPI|Xinhua|dpa|Bloomberg)\)\s*[-–—]/u,
    maxWords: 2,
    keepText: true,
  },
]

export interface FooterPattern {
  name: string
  pattern: RegExp
  /** Group `name`, when present, names the publisher (the copyright holder). */
  namesPublisher: boolean
}

export const FOOTERS: readonly FooterPattern[] = [
  {
    name: 'all-rights-reserved-to',
    pattern: /^All rights reserved to (?<name>.+?)(?:\s*(?:©|\(c\)))?(?:\s*\d{4})?(?:\s*(?:©|\(c\)))?\s*\.?$/iu,
    namesPublisher: true,
  },
  {
    // `© 2021 Example News Ltd. All rights reserved.`, `Copyright 2019 The Daily Planet`: a ©, or
    // the word Copyright followed by © or a year, so prose that starts with "Copyright" stays prose.
    name: 'copyright',
    pattern: /^(?:(?:Copyright\s*)?(?:©|\(c\))|Copyright(?=\s+\d{4}))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?<name>[^©.]+?)\s*\.?\s*(?:All rights reserved\.?)?$/iu,
    namesPublisher: true,
  },
  { name: 'maintained-by', pattern: /^Maintained and developed by\b.*$/iu, namesPublisher: false },
  { name: 'all-rights-reserved', pattern: /^All rights reserved\.?$/iu, namesPublisher: false },
]

/**
 * Where a footer starts inside a line it was glued to (`…in IraqMaintained and developed by…`).
 * `opens` is the text every match starts with: a line without it is not searched.
 */
export const FOOTER_STARTS: readonly { opens: string; pattern: RegExp }[] = [
  { opens: 'Maintained and developed by', pattern: /Maintained and developed by\b/gu },
  { opens: 'All rights reserved', pattern: /All rights reserved\b/gu },
  { opens: 'Copyright', pattern: /Copyright\s*©/gu },
]

/**
 * One regex that matches a line where any of `patterns` does: one call instead of one a pattern,
 * and anchored ones fail together on the line's first characters. For patterns with the same
 * flags and no group of their own (a name would clash, a backreference would point elsewhere).
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  const flags = patterns[0]?.flags ?? ''
  const bad = patterns.find((p) => p.flags !== flags || /\(\?<[^=!]|\\[1-9k]/u.test(p.source))
  if (bad !== undefined || patterns.length === 0) throw new Error(`anyOf: cannot join ${String(bad ?? 'no patterns')}`)
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags)
}

/** Comment, share and similar widget prompts: whole segments, case-insensitive. */
export const PROMPTS: readonly RegExp[] = [
  /^send your comments?$/iu,
  /^your comment as a visitor$/iu,
  /^(?:leave|post|add|write) (?:a|your) comment$/iu,
  /^share (?:this|on \w+)$/iu,
]

/** Reuters-style story codes (`[L5N1GD7JK]`, `[nL5N1GD7JK]`, `[ID:nL5N1GD7JK]`) ending a paragraph. */
export const WIRE_CODE = /\s*\[(?:ID:)?n?(?<code>(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,12})\]/gu

export interface NoisePattern {
  pattern: RegExp
  /**
   * A cheap test that every line `pattern` matches passes, so that the unanchored patterns, which
   * scan the whole line, are not run on every paragraph. `lower` is `text.toLowerCase()`. It must
   * never say false for a line the pattern matches: with /iu, `ſ` (U+017F) matches s but stays `ſ`
   * when lower-cased, so a lower-cased needle holds no `s` (the Kelvin sign matches k and
   * lower-cases to k, so k is safe). A test checks every hint against the corpus lines.
   */
  mayMatch?: (text: string, lower: string) => boolean
}

/** The agency names below end in s, p, o, a or k, before an optional `)`. */
function endsInAgencyLetter(text: string): boolean {
  const last = text.at(text.endsWith(')') ? -2 : -1)
  return last !== undefined && 'spoakſ'.includes(last.toLowerCase())
}

/**
 * Page furniture that is never article text, whole lines, case-insensitive: share and social
 * buttons, ads, "related" headers, account and cookie prompts, captions and photo credits,
 * counters. The generic fallback for every site (jusText's "bad" blocks).
 */
export const NOISE: readonly NoisePattern[] = [
  // Captions whose credit the crawl glued on: `…in Bushwick, Brooklyn.CreditFred R. Conrad/The New York Times`,
  // `Cristina Gil Lladanosa, at the lab | photo by Joan Bardeletti`.
  { pattern: /[.)”"]Credit\p{Lu}[^.]{2,80}$/u, mayMatch: (text) => text.includes('Credit') },
  { pattern: /\|\s*(?:photos?|photograph|image|picture)\s*(?:by|:)\s*[^|]{2,60}$/iu, mayMatch: (text) => text.includes('|') },
  { pattern: /^(?:in this article|tags|topics|filed under|posted in|tagged)\s*:/iu },
  { pattern: /^next up in\b.{0,40}$/iu },
  // Live-blog and ticker entries open with a clock time: `14:44 Accusations de viols : …`, `14:10`.
  { pattern: /^\d{1,2}[:h]\d{2}(?:\s+(?:\S+\s+){0,25}\S+)?$/u },
  // Breadcrumbs: `Mac & i > News > 2015 > KW 15 > 1Password …`, `Home » World`.
  { pattern: /^(?:[^>»›]{1,40}\s[>»›]\s){2,}/u, mayMatch: (text) => text.includes('>') || text.includes('»') || text.includes('›') },
  // A menu glued into one word by the crawl: `espectáculosPersonajesSeriesCineTelevisión…`.
  // (Only unpunctuated lines: a hashtag like #MakeItWork inside a sentence is no menu.)
  { pattern: /^[^.!?]*(?:\p{Ll}\p{Lu}[^\s.!?]*){3,}[^.!?]*$/u, mayMatch: (text) => !/[.!?]/u.test(text) },
  { pattern: /skip to (?:main )?content|skip to (?:site )?(?:index|navigation)/iu, mayMatch: (_, lower) => lower.includes('kip to ') },
  // A row of share buttons glued into one line: `Share Tweet Share`, `tweet share Reddit Pocket Flipboard Email`.
  { pattern: /^(?:(?:share|tweet|reddit|pocket|flipboard|e-?mail|facebook|twitter|linkedin|whatsapp|print|pin it|save|comment)\s*)+$/iu },
  { pattern: /^(?:advertisement|advertising)\s+continue reading(?: the main story)?$/iu },
  { pattern: /^(?:media caption|image caption|image copyright)\s.+$/iu },
  { pattern: /^comments?\s*\(\d+ posted\)$|^comment on this article$/iu },
  // A caption ending in its credit: `Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian`.
  { pattern: /(?:^|[.)]\s+|\s)\(?(?:photograph|photo|foto|bild|image|picture|credit)\s*:\s*[^.:]{2,60}\)?$/iu, mayMatch: (text) => text.includes(':') },
  { pattern: /^\d*(?:click|tap) to (?:share|email|print|tweet|open)\b.*$/iu },
  { pattern: /^(?:share this|like this|like loading\.*|reply|report(?: abuse)?|flag|permalink|compartilhar|partager|compartir|teilen|condividi|veja também|voir aussi|ver también|siehe auch)\s*:?.{0,80}$/iu },
  { pattern: /^(?:share|tweet|pin it|e-?mail|print|reblog|save|copy link|copiar link|facebook|twitter|linkedin|reddit|whatsapp|google\+|instagram|rss|youtube|flipboard|pocket)(?: this(?: story| article| page)?| on \w+| via \w+| by email)?\s*[:>]?$/iu },
  { pattern: /^(?:\w+\s*:\s*)?(?:facebook|twitter|google\+|mail)(?:\s*:?\s*(?:facebook|twitter|google\+|mail))*$/iu },
  { pattern: /^(?:advertisement|advertising|sponsored(?: content)?|ad choices|adchoices|reklama|publicité|anuncio|publicidad|anzeige|werbung|pubblicità)$/iu },
  { pattern: /^(?:read more|read next|related(?: articles| stories| content| coverage)?|more from .{1,40}|recommended(?: for you)?|most (?:read|popular|viewed|shared)|trending(?: now)?|see also|up next|next story|previous story|související|sur le même sujet|lire aussi|à lire aussi|leia (?:mais|também)|mehr zum thema|lesen sie auch|ver más|te puede interesar)(?![\p{L}\p{N}]).{0,120}$/iu },
  { pattern: /^(?:sign (?:in|up|out)|log ?in|log ?out|register|subscribe(?: now)?|newsletters?|my account|my profile|forgot your password\??|remember me|username|password)\b.{0,60}$/iu },
  { pattern: /\b(?:we use cookies|use of cookies|cookie policy|accept (?:all )?cookies|privacy (?:policy|terms))\b/iu, mayMatch: (_, lower) => lower.includes('cookie') || lower.includes('privacy') },
  // Cookie notices in any wording: the word cookies with accepting or using them.
  // (A notice asks for consent; an article that merely mentions cookies does not.)
  { pattern: /^(?=.{0,400}$)(?=.*\bcookies?\b)(?=.*\b(?:accept|agree|consent|acceptez|utilisation|verwend|aceptas|aceita))/iu, mayMatch: (_, lower) => lower.includes('cookie') },
  { pattern: /^(?:abonnez-vous|gérez votre abonnement|s'abonner|assine|assinar|suscríbete|abonnieren|jetzt abonnieren)(?![\p{L}\p{N}]).{0,60}$/iu },
  { pattern: /^(?:\S+\s+){0,5}newsletters?(?:\s+\S+){0,3}$/iu, mayMatch: (_, lower) => lower.includes('letter') },
  { pattern: /^(?:media caption|image caption|image copyright|photo(?:graph)?:|foto:|caption|view photos|full screen|autoplay|skip ad|close|replay|loading\.{0,3}|continue reading(?: the main story)?|skip to (?:content|main content)|back to top|comments?|\d+ comments?|view comments.*|reader comments.*|\d+ shares?|\d[\d,.]*)$/iu },
  { pattern: /(?:\/|\b)(?:getty images|afp|reuters|ap photo|epa|shutterstock|istock)\)?$/iu, mayMatch: endsInAgencyLetter },
  { pattern: /^\(?(?:photo|foto|image|picture|photograph)(?: by| courtesy| credit)?[:\s].{0,80}$/iu },
]

/** A byline: `By Jane Doe`, `by: Laurie Oakes`, `Par Sébastien Farcis`, `Por …`, `Von …`. */
const BY = '(?:by|par|por|von|door|di|av|od)'
export const BYLINE = new RegExp(String.raw`(?:^|[|•]\s*)${BY}\s*:?\s+(?<name>[\p{Lu}@][^|•]{1,80}?)(?:\s*[|•,]\s.*)?$`, 'u')
export const BYLINE_CI = new RegExp(BYLINE.source, 'iu')
const BYLINE_OPENS = new RegExp(`^${BY}`, 'iu')

/**
 * BYLINE_CI on a line, run only when it can match: a byline opens the line with its keyword or
 * follows a `|` or `•`, and most lines do neither (the pattern itself tries every position).
 */
export function bylineMatch(text: string): RegExpExecArray | null {
  return BYLINE_OPENS.test(text) || text.includes('|') || text.includes('•') ? BYLINE_CI.exec(text) : null
}

/**
 * Lines that close an article: what follows is related links, teasers or comments. `hard` ones
 * (comment threads, newsletter and ad-blocker pleas) end a stretch of prose outright; the others
 * ("Related", "More from …") also head boxes set inside long articles, so they only weigh
 * heavily against it.
 */
export const ARTICLE_END: readonly { pattern: RegExp; hard: boolean }[] = [
  {
    pattern: /^(?:related|more stories|more from\b.{0,40}|more on\b.{0,60}|more in\b.{0,40}|other .{1,30} columns|related (?:articles|stories|coverage|content)|recommended(?: for you)?|you (?:may|might) also like|most (?:read|popular|viewed)|más sobre(?![\p{L}\p{N}]).{0,60}|lo más (?:leído|visto)|(?:artículos|notas|noticias) relacionad[ao]s|articles liés|verwandte artikel|mais lidas|les plus lus|à lire aussi|sur le même sujet|leia (?:mais|também)|mehr zum thema|meistgelesen)\s*:?$/iu,
    hard: false,
  },
  {
    pattern: /^(?:(?:\d+\s+)?comments?(?:\s*\(\d+\))?|reader comments|leave a (?:comment|reply)|post a comment|add a comment|join the discussion|view comments(?:\s*\(\d+\))?|there (?:are|is) \d+ comments?|\d+ (?:comments?|responses?|replies) (?:to|on)\b.{0,80})\s*:?$/iu,
    hard: true,
  },
  {
    pattern: /^(?:los comentarios publicados|para poder comentar|os comentários não representam|want to see fewer ads\?|using an ad blocker\?|become a member|from around the web)/iu,
    hard: true,
  },
  {
    // Newsletter pleas close many articles, but some sites set them between paragraphs too.
    pattern: /^(?:(?:recevoir|receive|get) (?:la |our |the )?newsletter|sign up for (?:our|the) newsletter)/iu,
    hard: false,
  },
]

// Most lines close nothing: one joined regex says so in one call instead of four.
const ANY_END = anyOf(ARTICLE_END.map((e) => e.pattern))
export const closesArticle = (text: string): { hard: boolean } | undefined =>
  ANY_END.test(text) ? ARTICLE_END.find((e) => e.pattern.test(text)) : undefined
