// `npm run fit`: fits the parser's line, title, date and byline models on the shared corpus and
// writes them to src/parse/model/weights.json, which the parser loads. `--check` writes nothing
// and exits 1 when the committed weights are not the current fit (a test runs the same check).
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { CorpusMissingError, corpusDir } from '../src/eval/corpus.js'
import { fitOnCorpus, TRAINING_SETS, weightsFile } from '../src/eval/training.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const target = fileURLToPath(new URL('../src/parse/model/weights.json', import.meta.url))
const { values } = parseArgs({ options: { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } })
if (values.help) {
  console.log(`usage: npm run fit [-- --check]
  fits the parser's models on ${TRAINING_SETS.join(', ')} and writes src/parse/model/weights.json
  --check  write nothing; exit 1 when the committed weights are not the current fit
env NEWSSTAND_CORPUS: corpus folder (default ../shared/corpus from the repo root)`)
  process.exit(0)
}

const started = Date.now()
let text: string
try {
  text = weightsFile(fitOnCorpus(corpusDir(root)))
} catch (e) {
  if (!(e instanceof CorpusMissingError)) throw e
  console.error(`fit: ${e.message}`)
  process.exit(2)
}
const seconds = ((Date.now() - started) / 1000).toFixed(1)
if (values.check) {
  const current = readFileSync(target, 'utf8') === text
  console.log(current ? `weights.json is the current fit (${seconds} s)` : 'weights.json is stale: run `npm run fit` and commit it')
  process.exit(current ? 0 : 1)
}
writeFileSync(target, text)
console.log(`wrote ${target} in ${seconds} s`)
