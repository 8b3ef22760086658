import { readFileSync } from 'node:fs'
import t from 'tap'
import { parse } from 'yaml'
import { generateOpenApiYaml } from '../src/openapi.js'

t.test('openapi.yaml is what the app generates', async (t) => {
  const committed = readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')
  const generated = await generateOpenApiYaml()
  // Compare parsed documents for a readable diff, then the text so formatting drift is caught too.
  t.same(parse(committed), parse(generated), 'run `npm run openapi` and commit openapi.yaml')
  t.equal(committed, generated, 'byte for byte')
})
