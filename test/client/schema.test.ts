import { readFileSync } from 'node:fs'
import t from 'tap'
import { generateClientTypes } from '../../scripts/client/generate-types.js'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')

// openapi.test.ts ties openapi.yaml to the routes; this ties the client's types to openapi.yaml.
t.test('src/client/schema.ts is what openapi.yaml generates', async (t) => {
  const committed = read('../../src/client/schema.ts')
  t.equal(committed, await generateClientTypes(read('../../openapi.yaml')), 'run `npm run client:types` and commit src/client/schema.ts')
})

t.test('the types name every operation of openapi.yaml', async (t) => {
  // A guard on the generator itself: a document it could not read would print a near-empty file.
  const operationIds = [...read('../../openapi.yaml').matchAll(/^ {6}operationId: (\w+)$/gmu)].flatMap((m) => m[1] ?? [])
  t.ok(operationIds.length >= 10, `${operationIds.length} operations in openapi.yaml`)
  const types = await generateClientTypes(read('../../openapi.yaml'))
  for (const id of operationIds) t.match(types, new RegExp(`^ {4}${id}: \\{$`, 'mu'), id)
})
