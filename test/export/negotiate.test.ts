import t from 'tap'
import { chooseFormat } from '../../src/export/negotiate.js'

t.test('format wins over Accept', async (t) => {
  t.equal(chooseFormat('csv', 'application/json'), 'csv')
  t.equal(chooseFormat('json', 'text/csv'), 'json')
  t.equal(chooseFormat('ndjson', undefined), 'ndjson')
})

t.test('Accept picks the highest-ranked format; JSON on ties and when nothing fits', async (t) => {
  const cases: [string | undefined, string][] = [
    [undefined, 'json'],
    ['', 'json'],
    ['*/*', 'json'],
    ['application/json', 'json'],
    ['text/csv', 'csv'],
    ['application/x-ndjson', 'ndjson'],
    ['TEXT/CSV; charset=utf-8', 'csv'],
    ['text/csv, application/json', 'json'],
    ['text/csv, application/json;q=0.9', 'csv'],
    ['application/x-ndjson;q=0.5, text/csv;q=0.4, */*;q=0.1', 'ndjson'],
    ['text/*', 'csv'],
    ['text/csv;q=0, */*', 'json'],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'json'],
    ['image/png', 'json'],
    ['text/csv;q=oops', 'csv'],
  ]
  for (const [accept, expected] of cases) t.equal(chooseFormat(undefined, accept), expected, `Accept: ${accept}`)
})
