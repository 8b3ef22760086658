// A batch stopped by a shutdown: the chunks written stay, the rest is reported as not stored, and
// the answer matches the database line for line.
import t from 'tap'
import { migrate } from '../../src/db/migrate.js'
import { openDatabase } from '../../src/db/open.js'
import { DEFAULT_MAX_PAGE_BYTES } from '../../src/model/defaults.js'
import { CHUNK_PAGES, createDocumentWriter, NOT_STORED_STOPPING } from '../../src/ingest/submit.js'

const page = (n: number) =>
  `Report number ${n} from the river\nHeavy rain flooded road ${n} on Monday, and the council closed it to traffic until the water goes down, officials said.`
const LINES = CHUNK_PAGES * 3
const body = Buffer.from(Array.from({ length: LINES }, (_, i) => JSON.stringify({ text: page(i) })).join('\n\n'))

t.test('stopped after a chunk: the rest is reported as not stored, and nothing of it is written', async (t) => {
  const db = openDatabase(':memory:')
  t.teardown(() => db.close())
  migrate(db)
  const writer = createDocumentWriter(db, { maxPageBytes: DEFAULT_MAX_PAGE_BYTES })
  let asked = 0
  const report = await writer.storeBatch(body, 'test', () => ++asked >= 1)
  const stored = db.prepare('SELECT count(*) FROM documents').pluck().get() as number
  t.equal(asked, 1, 'asked once, after the first chunk')
  t.ok(report.created > 0 && report.created <= CHUNK_PAGES, `one chunk written (${report.created} pages)`)
  t.equal(stored, report.created, 'the database holds exactly the pages reported created')
  t.equal(report.results.length, LINES, 'every non-blank line has a result (blank lines none)')
  t.same(report.results.map((r) => r.line), Array.from({ length: LINES }, (_, i) => 2 * i + 1), 'in line order')
  const rest = report.results.slice(report.created)
  t.ok(rest.every((r) => r.status === 'error' && r.error === NOT_STORED_STOPPING), 'the rest: not stored, send again')
  t.equal(report.failed, LINES - report.created)

  const again = await writer.storeBatch(body, 'test')
  t.match(again, { created: LINES - report.created, unchanged: report.created, failed: 0 }, 'sending it again completes it')
})

t.test('never stopped: the whole batch', async (t) => {
  const db = openDatabase(':memory:')
  t.teardown(() => db.close())
  migrate(db)
  const writer = createDocumentWriter(db, { maxPageBytes: DEFAULT_MAX_PAGE_BYTES })
  let asked = 0
  t.match(await writer.storeBatch(body, 'test', () => { asked++; return false }), { created: LINES, failed: 0 })
  t.ok(asked >= 2, `asked after each chunk (${asked} times)`)
})
