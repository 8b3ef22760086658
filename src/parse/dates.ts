import { MONTHS } from './patterns.js'

// Zones pages print after a time; anything else is read as UTC (and said so by the caller).
const ZONES: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  aest: 600, aedt: 660, ist: 330, jst: 540,
}
const FRENCH_MONTHS: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
}
// Arabic: the Egyptian/Maghrebi names and the Levantine ones (كانون الثاني = January).
const ARABIC_MONTHS: Record<string, number> = {
  يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, ابريل: 4, إبريل: 4, مايو: 5, يونيو: 6, يوليو: 7, أغسطس: 8, اغسطس: 8,
  سبتمبر: 9, أكتوبر: 10, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  'كانون الثاني': 1, شباط: 2, آذار: 3, نيسان: 4, أيار: 5, حزيران: 6, تموز: 7, آب: 8, أيلول: 9,
  'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
}
const ALL_MONTHS: Record<string, number> = { ...MONTHS, ...FRENCH_MONTHS, ...ARABIC_MONTHS }
const MONTH = `(?<month>${Object.keys(ALL_MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`
const TIME = String.raw`(?:[,\s|:•]+(?:at|à|a las|um)?\s*(?<hour>\d{1,2})[:.h](?<minute>\d{2})(?::(?<second>\d{2}))?\s*(?<ampm>[ap]\.?m\.?)?\s*(?<zone>[A-Z]{1,4}\b)?)?`

/**
 * `12/14/2023`, `12-19-2023`, `12/18/23`: month first, as US sites write it; a first number over
 * 12 is a day, and a two-digit year is this century's (see absoluteDate).
 */
const SLASHED = new RegExp(String.raw`\b(?<month>\d{1,2})(?<sep>[/-])(?<day>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})\b${TIME}`, 'u')

/** Date forms seen in article headers, most specific first. */
const FORMS: readonly RegExp[] = [
  new RegExp(String.raw`(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[T\s]+(?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?:\.\d+)?\s*(?<zone>Z|[+-]\d{2}:?\d{2})?)?`, 'u'),
  // A month name may follow a letter or digit the crawl glued it to (`ESPNDec 22, 2023`, `F1Dec 19,
  // 2023`): the day and year after it say it is a date. Likewise a day glued to the name before it
  // (`By Hannah Jackson24 December 2023`).
  new RegExp(String.raw`(?:\b|(?<=[\p{L}\d]))${MONTH}\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})${TIME}`, 'iu'),
  new RegExp(String.raw`(?:\b|(?<=\p{L}))(?<day>\d{1,2})(?:er)?\.?\s+${MONTH}\s*,?\s+(?<year>\d{4})${TIME}`, 'iu'),
  new RegExp(String.raw`\b(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})${TIME}`, 'u'),
  SLASHED,
  new RegExp(String.raw`\b(?<year>\d{4})/(?<month>\d{1,2})/(?<day>\d{1,2})\b${TIME}`, 'u'),
  // Chinese and Japanese: 2016年10月14日07:17
  new RegExp(String.raw`(?<year>\d{4})年(?<month>\d{1,2})月(?<day>\d{1,2})日\s*(?:(?<hour>\d{1,2}):(?<minute>\d{2}))?`, 'u'),
]

/**
 * The first date (and time, when given) in a header line such as `April 5, 2018 | 6:00 PM`,
 * `by Steven Musil January 18, 2017 11:00 PM PST`, `08.04.2015 12:46`, `30 avril 2015 à 07:19`.
 * A time with no zone is taken as UTC.
 */
export function findDate(raw: string, crawledAt?: number): string | null {
  return findDateOf(raw, crawledAt)?.iso ?? null
}

export interface FoundDate {
  /** ISO 8601 in UTC; a time with no zone is taken as UTC. */
  iso: string
  /**
   * The same date as the page gives it, in ISO 8601: with the UTC offset of the zone it names,
   * without an offset when it names none, the day alone when it gives no time. A date counted
   * back from the crawl time is the crawl's, in UTC.
   */
  local: string
  /** Whether it was counted back from the crawl time (`2 hours ago`). */
  relative: boolean
}

/** findDate, also saying whether the date was counted back from the crawl time, and as the page gives it. */
export function findDateOf(raw: string, crawledAt?: number): FoundDate | null {
  // Arabic-Indic and Persian digits read as ASCII ones.
  const digits = /[٠-٩۰-۹]/u.test(raw) ? raw.replace(/[٠-٩۰-۹]/gu, (d) => String((d.codePointAt(0) as number) % 16)) : raw
  // Every absolute form has a year (four digits, or two in a numeric date), and most lines have
  // none: they skip the rest.
  if (/\d{4}|\d[/-]\d{1,2}[/-]\d\d\b/u.test(digits)) {
    // Crawl text glues a link to what follows (`By Jane DoeDecember 21, 2023`): a lower-case
    // letter followed by a capital is where two blocks met.
    const date = absoluteDate(digits.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))
    if (date !== null) return { ...date, relative: false }
  }
  const relative = crawledAt === undefined ? null : relativeDate(digits, crawledAt)
  return relative === null ? null : { iso: relative, local: relative, relative: true }
}

function absoluteDate(text: string): { iso: string; local: string } | null {
  for (const form of FORMS) {
    const g = form.exec(text)?.groups
    if (!g) continue
    let month = /^\d+$/u.test(g.month ?? '') ? Number(g.month) : ALL_MONTHS[(g.month ?? '').toLowerCase()]
    const year = (g.year?.length === 2 ? 2000 : 0) + Number(g.year)
    let day = Number(g.day)
    // `14/12/2023`: a day first, as most of the world writes it.
    if (form === SLASHED && month !== undefined && month > 12 && day <= 12) [month, day] = [day, month]
    let hour = g.hour === undefined ? 0 : Number(g.hour)
    const minute = g.minute === undefined ? 0 : Number(g.minute)
    if (g.ampm && /^p/iu.test(g.ampm) && hour < 12) hour += 12
    if (g.ampm && /^a/iu.test(g.ampm) && hour === 12) hour = 0
    if (month === undefined || month > 12 || hour > 23 || minute > 59) continue
    const local = new Date(Date.UTC(year, month - 1, day, hour, minute, Number(g.second ?? 0)))
    // 31 June would roll over into July: a day the month does not have is no date.
    if (local.getUTCDate() !== day || local.getUTCMonth() !== month - 1 || year < 1990) continue
    const offset = zoneOffset(g.zone, local)
    const date = new Date(local.getTime() - (offset ?? 0) * 60_000)
    return { iso: date.toISOString().replace('.000Z', 'Z'), local: asGiven(local, g.hour !== undefined, offset) }
  }
  return null
}

/**
 * A timestamp line's time as the page gives it. The timestamp forms (TIMESTAMP_FORMATS) name
 * UTC (`GMT`, `UTC`, `Z`, `+00:00`) or no zone at all: an offset of zero, or none.
 */
export function timestampLocal(text: string, iso: string): string {
  return asGiven(new Date(iso), true, /GMT|UTC|Z$|[+-]00:?00$/iu.test(text) ? 0 : undefined)
}

/**
 * A wall-clock time (held as if UTC) in ISO 8601 as the page gave it: the day alone, or the time
 * with the zone's offset, or with none when the page named no zone.
 */
function asGiven(wall: Date, timed: boolean, offset: number | undefined): string {
  const iso = wall.toISOString()
  const day = iso.slice(0, 10)
  if (!timed) return day
  const time = iso.slice(11, 19)
  if (offset === undefined) return `${day}T${time}`
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return `${day}T${time}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

const UNIT_MS: Record<string, number> = { s: 1000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }
const UNITS: readonly [RegExp, string][] = [
  [/^(?:second|seconde|segundo|sekunde|sekund)/iu, 's'],
  [/^(?:minute|minuto|minut)/iu, 'min'],
  [/^(?:hour|heure|hora|stunde|hodin)/iu, 'h'],
  [/^(?:day|jour|día|dia|tag|dn|den)/iu, 'd'],
  [/^(?:week|semaine|semana|woche|týd)/iu, 'w'],
]
// Each with a word it cannot match without, looked for in the lower-cased line first (none holds
// an s, which /iu also matches as ſ: see NoisePattern).
const RELATIVE: readonly (readonly [RegExp, string])[] = [
  [/\b(?<n>\d+|an?|one)\s+(?<unit>second|minute|hour|day|week)s?\s+ago\b/iu, 'ago'],
  [/\bil y a\s+(?<n>\d+|une?)\s+(?<unit>seconde|minute|heure|jour|semaine)s?/iu, 'il y a'],
  [/\bhace\s+(?<n>\d+|una?)\s+(?<unit>segundo|minuto|hora|día|dia|semana)s?/iu, 'hace'],
  [/\bvor\s+(?<n>\d+|einer?|einem)\s+(?<unit>sekunde|minute|stunde|tag|woche)/iu, 'vor'],
  [/před\s+(?<n>\d+)\s+(?<unit>sekund|minut|hodin|dn|týd)/iu, 'před'],
]

/**
 * `Updated 2 hours ago`, `il y a 3 jours`, `před 2 hodinami`: counted back from the crawl time.
 * `15:47 GMT` alone: that time on the crawl's day, or the day before if it is later than the crawl.
 */
function relativeDate(text: string, crawledAt: number): string | null {
  const clock = /^(?:updated:?\s*|published:?\s*)?(?<hour>\d{1,2}):(?<minute>\d{2})\s*(?<zone>GMT|UTC|Z)$/iu.exec(text.trim())?.groups
  if (clock && Number(clock.hour) < 24 && Number(clock.minute) < 60) {
    const day = new Date(crawledAt)
    let ms = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), Number(clock.hour), Number(clock.minute))
    if (ms > crawledAt) ms -= 86_400_000
    return new Date(ms).toISOString().replace('.000Z', 'Z')
  }
  const lower = text.toLowerCase()
  for (const [re, word] of RELATIVE) {
    const g = lower.includes(word) ? re.exec(text)?.groups : undefined
    if (!g) continue
    const n = /^\d+$/u.test(g.n ?? '') ? Number(g.n) : 1
    const unit = UNITS.find(([u]) => u.test(g.unit ?? ''))?.[1]
    if (!unit) continue
    const ms = crawledAt - n * (UNIT_MS[unit] as number)
    return new Date(ms - (ms % 60_000)).toISOString().replace('.000Z', 'Z')
  }
  return null
}

/** Minutes east of UTC of a zone the page names; undefined for none or one not known (read as UTC). */
function zoneOffset(zone: string | undefined, local: Date): number | undefined {
  if (!zone) return undefined
  if (zone === 'Z') return 0
  // US sites print bare ET/CT/MT/PT: standard or daylight time by the date.
  const us = { ET: -300, CT: -360, MT: -420, PT: -480 }[zone.toUpperCase()]
  if (us !== undefined) return us + (usDaylightTime(local) ? 60 : 0)
  const m = /^([+-])(\d{2}):?(\d{2})$/u.exec(zone)
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]))
  return ZONES[zone.toLowerCase()]
}

/** US daylight saving time: from the second Sunday of March to the first Sunday of November. */
function usDaylightTime(d: Date): boolean {
  const y = d.getUTCFullYear()
  const nthSunday = (month: number, n: number) => {
    const first = new Date(Date.UTC(y, month, 1)).getUTCDay()
    return Date.UTC(y, month, 1 + ((7 - first) % 7) + 7 * (n - 1), 2)
  }
  return d.getTime() >= nthSunday(2, 2) && d.getTime() < nthSunday(10, 1)
}
