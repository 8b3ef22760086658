// The environment, parsed once: API keys and the body limit (issue 6), server processes (issue 7).
import t from 'tap'
import { ConfigError, loadConfig, MIN_API_KEY_LENGTH, readThreadsPerProcess } from '../src/config.js'

const KEY = 'k'.repeat(MIN_API_KEY_LENGTH)

t.test('defaults: writing off, 16 MiB bodies', async (t) => {
  t.match(loadConfig({}), { apiKeys: [], maxBodyBytes: 16 * 1024 * 1024, port: 3000 })
  t.same(loadConfig({ NEWSSTAND_API_KEYS: '' }).apiKeys, [], 'empty is none')
  t.same(loadConfig({ NEWSSTAND_API_KEYS: ' , ' }).apiKeys, [], 'so are commas and spaces')
})

t.test('API keys: comma-separated, trimmed, each long enough and sendable as a Bearer token', async (t) => {
  const other = `${'Ab0-._~+/'.repeat(4)}==`
  t.same(loadConfig({ NEWSSTAND_API_KEYS: ` ${KEY} ,${other},` }).apiKeys, [KEY, other])
  const refused: [string, RegExp][] = [
    ['short-key', /NEWSSTAND_API_KEYS\.0: each key needs at least 32 characters/],
    [`${KEY},${'x'.repeat(31)}`, /NEWSSTAND_API_KEYS\.1: each key needs at least 32/],
    [`${KEY} with spaces`, /NEWSSTAND_API_KEYS\.0: a key is letters, digits/],
    [`${KEY}"`, /a key is letters, digits/],
    ['x'.repeat(1025), /at most 1024/],
  ]
  for (const [value, message] of refused) {
    const err = t.throws(() => loadConfig({ NEWSSTAND_API_KEYS: value })) as Error
    t.ok(err instanceof ConfigError)
    t.match(err.message, message)
    t.notOk(err.message.includes(value.slice(0, 20)), 'the message never repeats a key')
  }
})

t.test('body limit: whole MiB from 1 to 1024', async (t) => {
  t.equal(loadConfig({ NEWSSTAND_MAX_BODY_MB: '64' }).maxBodyBytes, 64 * 1024 * 1024)
  for (const value of ['0', '1.5', '2048', 'lots']) {
    t.throws(() => loadConfig({ NEWSSTAND_MAX_BODY_MB: value }), /NEWSSTAND_MAX_BODY_MB/, value)
  }
})

t.test('workers: NEWSSTAND_WORKERS or the flag; read threads shared out between them', async (t) => {
  t.equal(loadConfig({ NEWSSTAND_WORKERS: '3' }).workers, 3)
  t.equal(loadConfig({ NEWSSTAND_WORKERS: '3' }, { workers: 1 }).workers, 1, 'the flag wins')
  t.equal(readThreadsPerProcess(1, 8), 8, 'one process keeps one read thread per core, as before')
  t.equal(readThreadsPerProcess(2, 8), 4)
  t.equal(readThreadsPerProcess(3, 8), 2)
  t.equal(readThreadsPerProcess(8, 8), 1)
  t.equal(readThreadsPerProcess(16, 8), 1, 'never none: a slow search would block its process')
  t.equal(loadConfig({ NEWSSTAND_WORKERS: '64' }).readWorkers, 1)
  t.equal(loadConfig({ NEWSSTAND_WORKERS: '64', NEWSSTAND_READ_WORKERS: '3' }).readWorkers, 3, 'an explicit count is kept')
  for (const value of ['0', 'abc', '1.5', '65']) {
    t.throws(() => loadConfig({ NEWSSTAND_WORKERS: value }), /NEWSSTAND_WORKERS/, value)
  }
})

t.test('rank cap: 1000 matches by default, a whole number from 1', async (t) => {
  t.equal(loadConfig({}).rankCap, 1000)
  t.equal(loadConfig({ NEWSSTAND_RANK_CAP: '5000' }).rankCap, 5000)
  for (const value of ['0', '-1', '2.5', 'many', '1000001']) {
    t.throws(() => loadConfig({ NEWSSTAND_RANK_CAP: value }), /NEWSSTAND_RANK_CAP/, value)
  }
})
