// `npm run bench:compress`: how small, and how fast, each codec makes the raw pages, to choose the
// one documents.raw is stored with (src/db/raw-codec.ts). A benchmark, not a test: it prints
// figures and exits 0. Pages: every page of ../shared/corpus (the .txt files and bbc.jsonl) and,
// with --pages FILE, a JSONL of generated bench pages (`npx tsx scripts/bench/corpus.ts --out DIR`).
// With --db FILE it also prints what each table and index of that database takes (dbstat), to
// see what compressing the raw pages can save at all. zstd is measured where this Node has it.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import zlib from 'node:zlib'

const USAGE = 'usage: npm run bench:compress -- [--pages pages.jsonl] [--limit N] [--db FILE]'
let args
try {
  args = parseArgs({ options: { pages: { type: 'string' }, limit: { type: 'string', default: '5000' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n${USAGE}\n`)
  process.exit(2)
}
if (args.help) { console.log(USAGE); process.exit(0) }
const limit = Number(args.limit)

const corpusDir = fileURLToPath(new URL('../../../shared/corpus', import.meta.url))
const textOf = (line: string) => Buffer.from((JSON.parse(line) as { text: string }).text, 'utf8')
const jsonlPages = (path: string, max = Infinity) =>
  readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, max).map(textOf)

function corpusPages(dir: string): Buffer[] {
  const out: Buffer[] = []
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, entry)
    if (entry.endsWith('.txt')) out.push(readFileSync(path))
    else if (entry.endsWith('.jsonl')) out.push(...jsonlPages(path))
  }
  return out
}

type Codec = { name: string; compress: (b: Buffer) => Buffer; decompress: (b: Buffer) => Buffer }
const brotli = (quality: number): Codec => ({
  name: `brotli q${quality}`,
  compress: (b) => zlib.brotliCompressSync(b, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length },
  }),
  decompress: (b) => zlib.brotliDecompressSync(b),
})
const deflate = (level: number): Codec => ({
  name: `deflate-raw ${level}`,
  compress: (b) => zlib.deflateRawSync(b, { level }),
  decompress: (b) => zlib.inflateRawSync(b),
})
const codecs: Codec[] = [deflate(1), deflate(6), deflate(9), brotli(1), brotli(4), brotli(5), brotli(6), brotli(9), brotli(11)]
// zstd arrived in node:zlib with Node 22.15 / 23.8; Node 20 has none.
const z = zlib as unknown as Record<string, ((b: Buffer, o?: object) => Buffer) | undefined> & { constants: Record<string, number> }
const zstdCompress = z.zstdCompressSync
const zstdDecompress = z.zstdDecompressSync
if (zstdCompress && zstdDecompress) {
  for (const level of [1, 3, 9, 19]) {
    const key = z.constants.ZSTD_c_compressionLevel as number
    codecs.push({ name: `zstd ${level}`, compress: (b) => zstdCompress(b, { params: { [key]: level } }), decompress: (b) => zstdDecompress(b) })
  }
}

function measure(label: string, pages: Buffer[]) {
  const input = pages.reduce((n, p) => n + p.length, 0)
  console.log(`\n${label}: ${pages.length} pages, ${(input / 1e6).toFixed(1)} MB, median ${median(pages.map((p) => p.length))} B/page (Node ${process.version})`)
  console.log('codec            ratio  stored/input  compress µs/page  decompress µs/page')
  for (const codec of codecs) {
    for (const p of pages.slice(0, 50)) codec.decompress(codec.compress(p)) // warm-up
    let t0 = performance.now()
    const packed = pages.map(codec.compress)
    const compressUs = ((performance.now() - t0) * 1000) / pages.length
    t0 = performance.now()
    const unpacked = packed.map(codec.decompress)
    const decompressUs = ((performance.now() - t0) * 1000) / pages.length
    if (!unpacked.every((u, i) => u.equals(pages[i] as Buffer))) throw new Error(`${codec.name} did not round-trip`)
    const stored = packed.reduce((n, p) => n + p.length, 0)
    console.log(`${codec.name.padEnd(15)} ${(input / stored).toFixed(2).padStart(6)}  ${`${((stored / input) * 100).toFixed(1)} %`.padStart(12)}  ${compressUs.toFixed(0).padStart(16)}  ${decompressUs.toFixed(0).padStart(18)}`)
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}

async function dbstat(path: string) {
  const { default: Database } = await import('better-sqlite3')
  const db = new Database(path, { readonly: true })
  const rows = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC').all() as { name: string; bytes: number }[]
  const total = rows.reduce((n, r) => n + r.bytes, 0)
  const raw = db.prepare("SELECT count(*) AS n, sum(length(raw)) AS bytes FROM documents").get() as { n: number; bytes: number }
  db.close()
  console.log(`\n${path}: ${(statSync(path).size / 1e6).toFixed(1)} MB on disk; ${raw.n} documents, ${(raw.bytes / 1e6).toFixed(1)} MB in documents.raw`)
  for (const r of rows) console.log(`${r.name.padEnd(36)} ${(r.bytes / 1e6).toFixed(1).padStart(8)} MB ${((r.bytes / total) * 100).toFixed(1).padStart(5)} %`)
}

measure('../shared/corpus (all sets)', corpusPages(corpusDir))
if (args.pages) measure(`${args.pages} (first ${limit})`, jsonlPages(args.pages, limit))
if (args.db) await dbstat(args.db)
