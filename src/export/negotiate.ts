/** What a list can be answered as; json is the page of `{items, next}`, the others stream every match. */
export const FORMATS = ['json', 'ndjson', 'csv'] as const
export type Format = (typeof FORMATS)[number]

export const MEDIA_TYPES: Record<Format, string> = {
  json: 'application/json',
  ndjson: 'application/x-ndjson',
  csv: 'text/csv',
}

/** How well an Accept header takes one media type: the q of its most specific matching range. */
function quality(accept: string, mediaType: string): number {
  const [type] = mediaType.split('/')
  let best = { specificity: 0, q: 0 }
  for (const range of accept.split(',')) {
    const [media = '', ...params] = range.split(';').map((p) => p.trim().toLowerCase())
    const specificity = media === mediaType ? 3 : media === `${type}/*` ? 2 : media === '*/*' ? 1 : 0
    if (specificity <= best.specificity) continue
    const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? 1)
    best = { specificity, q: Number.isFinite(q) ? q : 1 }
  }
  return best.q
}

/**
 * The format of a list answer: the `format` parameter when given, else the one the Accept header
 * ranks highest; JSON on a tie, without Accept, or when Accept takes none of them (the API has
 * always answered JSON there, so no 406).
 */
export function chooseFormat(format: Format | undefined, accept: string | undefined): Format {
  if (format !== undefined) return format
  if (accept === undefined || accept.trim() === '') return 'json'
  let chosen: Format = 'json'
  let best = quality(accept, MEDIA_TYPES.json)
  for (const f of ['ndjson', 'csv'] as const) {
    const q = quality(accept, MEDIA_TYPES[f])
    if (q > best) [chosen, best] = [f, q]
  }
  return chosen
}
