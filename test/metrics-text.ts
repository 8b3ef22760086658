/** One sample of the Prometheus text format: a metric name, its labels and its value. */
export interface Sample {
  name: string
  labels: Record<string, string>
  value: number
}

// name{a="x",b="y"} value: label values are escaped, but ours never hold quotes or backslashes.
const LINE = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/u
const LABEL = /(\w+)="([^"]*)"/gu

/** The samples of a scrape; comment lines (# HELP, # TYPE) are skipped. */
export function parseMetrics(text: string): Sample[] {
  return text.split('\n').flatMap((line) => {
    const m = LINE.exec(line)
    if (!m) return []
    const labels = Object.fromEntries([...(m[2] ?? '').matchAll(LABEL)].map(([, k, v]) => [k as string, v as string]))
    return [{ name: m[1] as string, labels, value: Number(m[3]) }]
  })
}

/** The value of the one sample with this name and at least these labels; undefined if there is none. */
export function sample(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`)
  return found[0]?.value
}
