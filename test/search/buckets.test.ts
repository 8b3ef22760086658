import t from 'tap'
import { bucketize } from '../../src/search/buckets.js'

const days = (...pairs: [string, number][]) => pairs.map(([day, count]) => ({ day, count }))

t.test('labels: a day, the Monday of its ISO week, its month', async (t) => {
  const one = days(['2017-09-03', 1]) // a Sunday
  const label = (interval: 'day' | 'week' | 'month') => {
    const tl = bucketize(one, interval, { max: 10 })
    return tl.ok ? tl.buckets : tl
  }
  t.same(label('day'), [{ bucket: '2017-09-03', count: 1 }])
  t.same(label('week'), [{ bucket: '2017-08-28', count: 1 }], 'Sunday belongs to the week that started on Monday')
  t.same(label('month'), [{ bucket: '2017-09', count: 1 }])
  const monday = bucketize(days(['2017-09-04', 2]), 'week', { max: 10 })
  t.same(monday.ok && monday.buckets, [{ bucket: '2017-09-04', count: 2 }], 'a Monday starts its own week')
})

t.test('zero fill across month and year ends, and the window', async (t) => {
  const tl = bucketize(days(['2016-11-30', 1], ['2017-02-01', 3]), 'month', { max: 10 })
  t.same(tl.ok && tl.buckets, [
    { bucket: '2016-11', count: 1 }, { bucket: '2016-12', count: 0 }, { bucket: '2017-01', count: 0 }, { bucket: '2017-02', count: 3 },
  ])
  const window = bucketize(days(['2017-01-02', 1]), 'day', { since: '2016-12-31T10:00:00Z', before: '2017-01-04T00:00:00Z', max: 10 })
  t.same(window.ok && window.buckets.map((b) => b.bucket), ['2016-12-31', '2017-01-01', '2017-01-02', '2017-01-03'],
    'from the day of since to the day before an exclusive midnight')
  const open = bucketize(days(['2017-01-02', 1]), 'day', { since: '2017-01-01T00:00:00Z', max: 10 })
  t.same(open.ok && open.buckets.length, 2, 'no until: up to the last count')
  t.same(bucketize([], 'week', { max: 10 }), { ok: true, buckets: [], total: 0, unplaced: 0 })
  t.same(bucketize([], 'day', { since: '2017-01-01T00:00:00Z', max: 10 }), { ok: true, buckets: [], total: 0, unplaced: 0 }, 'half a window and no data: nothing to draw')
})

t.test('early years and days that cannot be placed', async (t) => {
  const early = bucketize(days(['0099-12-31', 1], ['0100-01-01', 1]), 'day', { max: 10 })
  t.same(early.ok && early.buckets, [{ bucket: '0099-12-31', count: 1 }, { bucket: '0100-01-01', count: 1 }], 'year 99 is not 1999')
  const odd = bucketize(days(['+01000', 4], ['2017-01-01', 1]), 'day', { max: 10 })
  t.same(odd, { ok: true, buckets: [{ bucket: '2017-01-01', count: 1 }], total: 1, unplaced: 4 })
})

t.test('too many buckets is refused with the range and its size', async (t) => {
  const spread = days(['2000-01-01', 1], ['2017-08-28', 1])
  t.same(bucketize(spread, 'day', { max: 5000 }), { ok: false, from: '2000-01-01', to: '2017-08-28', buckets: 6450 })
  t.same(bucketize(spread, 'week', { max: 100 }), { ok: false, from: '1999-12-27', to: '2017-08-28', buckets: 923 })
  const month = bucketize(spread, 'month', { max: 5000 })
  t.same(month.ok && [month.buckets.length, month.total], [212, 2])
})
