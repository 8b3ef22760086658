// The committed weights must be what `npm run fit` gives today: a parser change that moves a
// feature, or a corpus change, without a refit would leave the parser deciding with stale numbers.
import { existsSync, readFileSync } from 'node:fs'
import t from 'tap'
import { corpusDir } from '../../src/eval/corpus.js'
import { fitOnCorpus, weightsFile } from '../../src/eval/training.js'
import { analyse } from '../../src/parse/analyse.js'
import { DEFAULT_MODEL, usesModel } from '../../src/parse/model/index.js'

const root = new URL('../../', import.meta.url).pathname
const corpus = corpusDir(root)

t.test('weights.json is the current fit of the corpus', { skip: existsSync(corpus) ? false : `no corpus at ${corpus}` }, (t) => {
  const committed = readFileSync(new URL('../../src/parse/model/weights.json', import.meta.url), 'utf8')
  const fitted = weightsFile(fitOnCorpus(corpus))
  // The same text on the Node the weights were fitted with; another Node's Math.exp may differ in
  // a last digit, so numbers are compared to 1e-5 and everything else exactly.
  const diff = firstDifference(JSON.parse(fitted), JSON.parse(committed), '$')
  t.equal(diff, null, 'refit and commit with `npm run fit`')
  t.end()
})

function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-5 ? null : `${path}: ${a} ≠ ${b}`
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items ≠ ${b.length}`
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`)
      if (d !== null) return d
    }
    return null
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a)
    if (keys.join() !== Object.keys(b).join()) return `${path}: keys differ`
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`)
      if (d !== null) return d
    }
    return null
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`
}

t.test('the parser loads every model the fit writes', (t) => {
  const { line, lineContext, title, date, byline } = DEFAULT_MODEL
  t.ok(line.features.length > 0 && line.trees.length > 0, 'the line model has features and trees')
  for (const [name, m] of Object.entries({ lineContext, title, date, byline })) {
    t.ok(m.features.length > 0, `${name} has features`)
    t.equal(m.weights.length, m.features.length, `${name} has one weight a feature`)
  }
  t.end()
})

const READABILITY = new URL('../../../shared/corpus/readability/', import.meta.url)
t.test('pages in a script without spaces are left to the rules', { skip: existsSync(READABILITY) ? false : 'no readability corpus' }, (t) => {
  // qq.txt is a Chinese news page; the corpus has three such pages, too few to fit on.
  const a = analyse(readFileSync(new URL('qq.txt', READABILITY), 'utf8'))
  t.equal(a.lang.code, 'zh')
  t.notOk(usesModel(a), 'the models do not decide')
  const en = analyse(readFileSync(new URL('bbc-1.txt', READABILITY), 'utf8'))
  t.ok(usesModel(en), 'an English page of the same kind is the models’')
  t.end()
})
