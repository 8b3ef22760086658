import t from 'tap'
import { deserializeError, QueryTimeoutError, ReadsOverloadedError, serializeError } from '../../src/db/reads/errors.js'
import { InvalidSearchError } from '../../src/search/query.js'
import { assertProblem, buildTestApp } from '../helpers.js'

t.test('errors cross the thread boundary as data and come back as their class', async (t) => {
  const search = deserializeError(serializeError(new InvalidSearchError('only excluded terms')))
  t.ok(search instanceof InvalidSearchError, 'a client error stays one (a 400)')
  t.equal(search.message, 'only excluded terms')
  const other = deserializeError(serializeError(new RangeError('boom')))
  t.notOk(other instanceof InvalidSearchError, 'anything else stays a plain error (a 500)')
  t.match(other, { name: 'RangeError', message: 'boom' })
  t.match(deserializeError(serializeError('a string')), { name: 'Error', message: 'a string' }, 'a thrown non-error')
})

t.test('the error handler answers an over-budget or overloaded read with a 503 problem', async (t) => {
  const app = await buildTestApp(t, { seed: false })
  app.get('/slow', async () => { throw new QueryTimeoutError(250) })
  app.get('/busy', async () => { throw new ReadsOverloadedError('1024 reads are already waiting') })
  const slow = await app.inject('/slow')
  assertProblem(t, slow, 503)
  t.match(slow.json(), { detail: /longer than 250 ms and was stopped\. Narrow it/ })
  const busy = await app.inject('/busy')
  assertProblem(t, busy, 503)
  t.equal(busy.headers['retry-after'], '1', 'says when to retry')
})
