import type { IngestProgress } from './index.js'

/**
 * A one-line progress display for terminals: pages, pages/s, MB/s and, when the input size is
 * known, an ETA. Redrawn at most four times a second; silent when stderr is not a terminal
 * (CI logs and pipes want only the summary).
 */
export function terminalProgress(out: NodeJS.WriteStream, totalBytes?: number) {
  if (!out.isTTY) return { onProgress: undefined, done: () => {} }
  const started = Date.now()
  let last = 0
  const draw = (p: IngestProgress) => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001)
    const mb = p.bytesRead / 1e6
    let line = `${p.pagesRead} pages  ${Math.round(p.pagesRead / seconds)} pages/s  ${(mb / seconds).toFixed(1)} MB/s`
    if (totalBytes && p.bytesRead > 0 && p.bytesRead < totalBytes) {
      line += `  ETA ${Math.ceil(((totalBytes - p.bytesRead) / p.bytesRead) * seconds)} s`
    }
    out.write(`\r${line}\u001b[K`)
  }
  return {
    onProgress: (p: IngestProgress) => {
      const now = Date.now()
      if (now - last >= 250) {
        last = now
        draw(p)
      }
    },
    done: () => out.write('\r\u001b[K'),
  }
}
