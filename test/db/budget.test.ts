import t from 'tap'
import { BUDGET_EXCEEDED, withDeadline } from '../../src/db/budget.js'
import { freshDb } from '../helpers.js'

t.test('within_budget() passes outside a budget and aborts the statement once the deadline is past', async (t) => {
  const db = freshDb(t)
  const count = db.prepare('SELECT count(*) FROM (SELECT value FROM json_each(?) WHERE within_budget())').pluck()
  t.equal(count.get('[1,2,3]'), 3, 'no budget: every row passes')
  t.equal(withDeadline(Date.now() + 60_000, () => count.get('[1,2,3]')), 3, 'within the budget: every row passes')
  t.throws(() => withDeadline(Date.now() - 1, () => count.get('[1,2,3]')), { name: BUDGET_EXCEEDED }, 'past it: the statement fails')
  t.equal(count.get('[1,2]'), 2, 'the deadline ends with its read')
})
