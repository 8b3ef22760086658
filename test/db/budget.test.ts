import t from 'tap'
import { BUDGET_EXCEEDED, budgetCheck, withDeadline } from '../../src/db/budget.js'
import { freshDb } from '../helpers.js'

t.test('within_budget() passes outside a budget and aborts the statement once the deadline is past', async (t) => {
  const db = freshDb(t)
  const count = db.prepare('SELECT count(*) FROM (SELECT value FROM json_each(?) WHERE within_budget())').pluck()
  t.equal(count.get('[1,2,3]'), 3, 'no budget: every row passes')
  t.equal(withDeadline(Date.now() + 60_000, () => count.get('[1,2,3]')), 3, 'within the budget: every row passes')
  t.throws(() => withDeadline(Date.now() - 1, () => count.get('[1,2,3]')), { name: BUDGET_EXCEEDED }, 'past it: the statement fails')
  t.equal(count.get('[1,2]'), 2, 'the deadline ends with its read')
})

t.test('budgetCheck() asks within_budget() on one row in 256, by id: a long walk still stops', async (t) => {
  const db = freshDb(t)
  const count = db.prepare(`SELECT count(*) FROM json_each(?) WHERE ${budgetCheck('value')}`).pluck()
  const ids = (from: number, n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => from + i))
  const past = Date.now() - 1
  t.equal(withDeadline(past, () => count.get(ids(1, 255))), 255, 'rows 1–255 never ask: past the deadline they still pass')
  t.throws(() => withDeadline(past, () => count.get(ids(1, 256))), { name: BUDGET_EXCEEDED }, 'row 256 asks, and the statement fails')
  t.throws(() => withDeadline(past, () => count.get(ids(1_000_001, 1000))), { name: BUDGET_EXCEEDED }, 'any 256 consecutive ids include one that asks')
  t.equal(withDeadline(Date.now() + 60_000, () => count.get(ids(1, 1000))), 1000, 'within the budget every row passes')
})
