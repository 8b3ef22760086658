// The committed weights must be what `npm run fit` gives today: a parser change that moves a
// feature, or a corpus change, without a refit would leave the parser deciding with stale numbers.
import { existsSync, readFileSync } from 'node:fs'
import t from 'tap'
import { corpusDir } from '../../src/eval/corpus.js'
import { fitOnCorpus, weightsFile } from '../../src/eval/training.js'
import { DEFAULT_MODEL } from '../../src/parse/model/index.js'

const root = new URL('../../', import.meta.url).pathname
const corpus = corpusDir(root)

t.test('weights.json is the current fit of the corpus', { skip: existsSync(corpus) ? false : `no corpus at ${corpus}` }, (t) => {
  const committed = readFileSync(new URL('../../src/parse/model/weights.json', import.meta.url), 'utf8')
  t.equal(weightsFile(fitOnCorpus(corpus)), committed, 'refit and commit with `npm run fit`')
  t.end()
})

t.test('the parser loads every model the fit writes', (t) => {
  const { line, lineContext, title, date, byline } = DEFAULT_MODEL
  t.ok(line.features.length > 0 && line.trees.length > 0, 'the line model has features and trees')
  for (const [name, m] of Object.entries({ lineContext, title, date, byline })) {
    t.ok(m.features.length > 0, `${name} has features`)
    t.equal(m.weights.length, m.features.length, `${name} has one weight a feature`)
  }
  t.end()
})
