// The primary's policy for dead workers: quick first replacement, doubling, a cap, and giving up
// on a crash loop, with deaths counted over a sliding window.
import t from 'tap'
import { RestartBudget } from '../../src/cluster/restarts.js'

const policy = { windowMs: 60_000, maxDeaths: 3, firstDelayMs: 100, maxDelayMs: 300 }

t.test('delays double up to the cap, then a crash loop gives up', async (t) => {
  const budget = new RestartBudget(policy)
  t.equal(budget.died(0), 100)
  t.equal(budget.died(1000), 200)
  t.equal(budget.died(2000), 300, 'capped')
  t.equal(budget.died(3000), null, 'a fourth death within the window: give up')
  t.match(budget.describe(), /4 deaths within 60 s/)
})

t.test('deaths older than the window are forgotten', async (t) => {
  const budget = new RestartBudget(policy)
  t.equal(budget.died(0), 100)
  t.equal(budget.died(30_000), 200)
  t.equal(budget.died(60_000), 200, 'the first one has left the window')
  t.equal(budget.died(200_000), 100, 'a death long after the others starts over')
})

t.test('the default policy replaces a single death within a second', async (t) => {
  const delay = new RestartBudget().died(Date.now())
  t.ok(delay !== null && delay <= 1000)
})
