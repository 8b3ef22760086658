import t, { type Test } from 'tap'
import { ingestPaths } from '../../src/ingest/index.js'
import { assertProblem, buildTestApp } from '../helpers.js'
import { pageWithHeadlines, type FixtureHeadline } from './headline-pages.js'

type Timeline = { interval: string; buckets: { bucket: string; count: number }[]; total: number; undated: number }

// Times on each side of a year, a week (Sunday 8 and Monday 9 January 2017) and a month boundary;
// beside the example page's eight headlines of 28 and 29 August 2017.
const FIXTURE: FixtureHeadline[] = [
  { title: 'Lorry drivers stage protest over fuel prices', at: '2016-12-31T23:59:00Z' },
  { title: 'Parliament debates new budget proposal today', at: '2017-01-01T00:00:00Z' },
  { title: 'Football club appoints new head coach', at: '2017-01-08T23:59:00Z' },
  { title: 'Election results expected late on Monday', at: '2017-01-09T00:00:00Z' },
  { title: 'Storm brings heavy rain to northern coast', at: null },
  { title: 'Central bank keeps interest rates unchanged', at: '2017-01-31T12:30:00Z' },
  { title: 'Central bank governor warns of slower growth', at: '2017-02-01T00:00:00Z' },
  { title: 'Storm damage estimated at two million pounds', at: '2017-08-28T07:00:00Z' },
]

async function timelineApp(t: Test) {
  const app = await buildTestApp(t)
  await ingestPaths(app.db, [t.testdir({ 'more.txt': pageWithHeadlines(FIXTURE, 'A second page, with headlines of its own.') })])
  const get = async (query: string) => {
    const res = await app.inject(`/headlines/timeline?${query}`)
    t.equal(res.statusCode, 200, query)
    return res.json() as Timeline
  }
  // The independent count: headlines in [from, to) straight from the table, no grouping involved.
  const count = app.db.prepare<[string, string], number>('SELECT count(*) FROM headlines WHERE published_at >= ? AND published_at < ?').pluck()
  return { app, get, count }
}

const nextLabel = (label: string, interval: string): string => {
  if (interval === 'month') {
    const [y, m] = label.split('-').map(Number) as [number, number]
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
  }
  return new Date(Date.parse(label) + (interval === 'week' ? 7 : 1) * 86_400_000).toISOString().slice(0, 10)
}

t.test('every interval: contiguous zero-filled buckets whose counts match an independent count', async (t) => {
  const { get, count } = await timelineApp(t)
  const expected = {
    day: { first: '2016-12-31', last: '2017-08-29', n: 242 },
    week: { first: '2016-12-26', last: '2017-08-28', n: 36 },
    month: { first: '2016-12', last: '2017-08', n: 9 },
  }
  for (const interval of ['day', 'week', 'month'] as const) {
    const tl = await get(`interval=${interval}`)
    t.equal(tl.interval, interval)
    t.equal(tl.buckets.length, expected[interval].n, `${interval}: one bucket per ${interval} from first to last`)
    t.equal(tl.buckets[0]?.bucket, expected[interval].first)
    t.equal(tl.buckets.at(-1)?.bucket, expected[interval].last)
    tl.buckets.slice(1).forEach((b, i) => {
      if (b.bucket !== nextLabel(tl.buckets[i]!.bucket, interval)) t.fail(`${interval}: ${b.bucket} follows ${tl.buckets[i]!.bucket}`)
    })
    for (const b of tl.buckets) {
      const from = interval === 'month' ? `${b.bucket}-01` : b.bucket
      const to = interval === 'month' ? `${nextLabel(b.bucket, 'month')}-01` : nextLabel(b.bucket, interval)
      if (b.count !== count.get(from, to)) t.fail(`${interval} ${b.bucket}: ${b.count}, but ${count.get(from, to)} in the table`)
    }
    t.equal(tl.total, 15, 'every dated headline once')
    t.equal(tl.undated, 1)
  }
  const week = await get('interval=week')
  const at = (label: string) => week.buckets.find((b) => b.bucket === label)?.count
  t.equal(at('2016-12-26'), 2, 'Saturday 31 December and Sunday 1 January share a week')
  t.equal(at('2017-01-02'), 1, 'Sunday 8 January closes the next one')
  t.equal(at('2017-01-09'), 1, 'Monday 9 January starts a week')
  t.equal(at('2017-08-28'), 9, 'the example page\'s week')
  t.equal(at('2017-05-01'), 0, 'empty weeks are there with 0')
  const month = await get('interval=month')
  t.same(month.buckets.map((b) => b.count), [1, 4, 1, 0, 0, 0, 0, 0, 9])
})

t.test('q, since and until', async (t) => {
  const { get } = await timelineApp(t)
  const storm = await get('q=storm&interval=month')
  t.same(storm.buckets, [{ bucket: '2017-08', count: 1 }])
  t.equal(storm.undated, 1, 'the undated storm headline is counted apart')
  const baghdad = await get('q=Baghdad')
  t.same(baghdad.buckets, [{ bucket: '2017-08-28', count: 3 }, { bucket: '2017-08-29', count: 1 }])
  t.equal(baghdad.undated, 0)

  const january = await get('interval=week&since=2017-01-01&until=2017-01-31')
  t.same(january.buckets.map((b) => b.bucket), ['2016-12-26', '2017-01-02', '2017-01-09', '2017-01-16', '2017-01-23', '2017-01-30'],
    'the whole window, even where nothing matched')
  t.same(january.buckets.map((b) => b.count), [1, 1, 1, 0, 0, 1], 'since and until are inclusive')
  t.equal(january.total, 4)
  const window = await get('q=bank&since=2017-01-31T12:30:00Z&until=2017-01-31T23:00:00Z')
  t.same(window.buckets, [{ bucket: '2017-01-31', count: 1 }], 'times narrow within a day')
  t.same(await get('q=zzzunknown'), { interval: 'day', buckets: [], total: 0, undated: 0 }, 'nothing matches: no buckets')
  const quiet = await get('q=zzzunknown&since=2017-03-01&until=2017-03-03')
  t.same(quiet.buckets, [{ bucket: '2017-03-01', count: 0 }, { bucket: '2017-03-02', count: 0 }, { bucket: '2017-03-03', count: 0 }], 'a closed window is filled even when empty')
})

t.test('without any headline', async (t) => {
  const app = await buildTestApp(t, { seed: false })
  t.same((await app.inject('/headlines/timeline')).json(), { interval: 'day', buckets: [], total: 0, undated: 0 })
})

t.test('too many buckets and bad parameters are 400 problems', async (t) => {
  const { app, get } = await timelineApp(t)
  const tooMany = assertProblem(t, await app.inject('/headlines/timeline?since=2000-01-01'), 400, { in: 'query', name: 'interval' })
  t.match(tooMany.detail, /2000-01-01 to 2017-08-29 would be 6451 days, more than 5000 buckets: use interval=week or month, or narrow since\/until/)
  t.equal((await get('since=2000-01-01&interval=week')).buckets.length, weeksBetween('2000-01-01', '2017-08-28'), 'a coarser interval answers')
  const months = assertProblem(t, await app.inject('/headlines/timeline?interval=month&since=1000-01-01&until=9999-12-31'), 400, { in: 'query', name: 'interval' })
  t.match(months.detail, /use narrow since\/until$/, 'no coarser interval than month to suggest')
  assertProblem(t, await app.inject('/headlines/timeline?interval=year'), 400, { in: 'query', name: 'interval' })
  assertProblem(t, await app.inject('/headlines/timeline?since=2017-09-01&until=2017-08-01'), 400, { in: 'query', name: 'until' })
  assertProblem(t, await app.inject('/headlines/timeline?until=2017-02-30'), 400, { in: 'query', name: 'until' })
  assertProblem(t, await app.inject({ url: '/headlines/timeline', query: { q: '-storm' } }), 400, { in: 'query', name: 'q' })
})

/** Mondays from the week of `from` to the week of `to`. */
function weeksBetween(from: string, to: string): number {
  const monday = (d: string) => Date.parse(d) - ((new Date(d).getUTCDay() + 6) % 7) * 86_400_000
  return (monday(to) - monday(from)) / (7 * 86_400_000) + 1
}
