// Random queries against a real FTS5 table, with a fixed seed so a failure replays.
// 1. Hostile strings: FTS5 never raises an error, whatever the mix of its syntax characters.
// 2. Well-formed queries built from a known meaning: FTS5 finds exactly the rows that a plain
//    JavaScript reading of that meaning finds, so the compiler does not just run, it means it.
import t from 'tap'
import { compileQuery } from '../../src/search/query.js'
import { ftsTable } from './fts-table.js'

/** mulberry32: small, seedable, good enough to pick from lists. */
function rng(seed: number) {
  let a = seed
  const next = () => {
    a = (a + 0x6d2b79f5) | 0
    let x = Math.imul(a ^ (a >>> 15), 1 | a)
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T
  return { next, int, pick }
}

const VOCAB = ['bread', 'butter', 'and', 'not', 'near', 'or', 'café', 'cafe', '中国', 'al-baghdadi', 'baghdad', 'mosul', 'tal', 'afar', 'x1', '2017']
const r = rng(20170828)
const ROWS = Array.from({ length: 40 }, () => Array.from({ length: 3 + r.int(6) }, () => r.pick(VOCAB)).join(' '))
const table = ftsTable(t, ROWS)

t.test('hostile strings never make FTS5 raise', (t) => {
  const PIECES = ['"', '-', '*', '(', ')', ':', '^', '+', 'OR', 'AND', 'NOT', 'NEAR', 'NEAR(', '{', '}', '\u0000', 'é', '中',
    ' ', ' ', ' ', '\t', 'bread', 'a', 'x1', ',', '.', "'", '\u0301', '\uD800']
  let ran = 0
  let refused = 0
  for (let i = 0; i < 3000; i++) {
    const q = Array.from({ length: 1 + r.int(16) }, () => r.pick(PIECES)).join('')
    const c = compileQuery(q)
    if (!c.ok) {
      refused++
      if (!/^(nothing to search for|only excluded terms)/.test(c.reason)) t.fail(`${JSON.stringify(q)}: unexpected reason ${c.reason}`)
      continue
    }
    try {
      table.run(c.fts)
      ran++
    } catch (err) {
      t.fail(`${JSON.stringify(q)} → ${c.fts}: ${(err as Error).message}`)
    }
  }
  t.equal(ran + refused, 3000, `${ran} ran, ${refused} had nothing to search for`)
  t.ok(ran > 1000 && refused > 100, 'both outcomes are exercised')
  t.end()
})

// The reference reading. unicode61 with remove_diacritics 2 on this vocabulary: split on anything
// but letters and digits, fold case and diacritics.
const tokens = (s: string): string[] => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
const ROW_TOKENS = ROWS.map(tokens)

interface Term { text: string; prefix: boolean }
function contains(row: string[], term: Term): boolean {
  const want = tokens(term.text)
  return row.some((_, i) => want.every((w, j) => {
    const got = row[i + j]
    return got !== undefined && (term.prefix && j === want.length - 1 ? got.startsWith(w) : got === w)
  }))
}

/** A random term and how to write it: a word (any case, but `or` stays lower case), a prefix of one, or a phrase. */
function randomTerm(): { written: string; term: Term } {
  const word = () => { const w = r.pick(VOCAB); return w === 'or' || r.next() < 0.7 ? w : w.toUpperCase() }
  const kind = r.int(3)
  if (kind === 0) { const w = word(); return { written: w, term: { text: w, prefix: false } } }
  if (kind === 1) { const w = word().slice(0, 1 + r.int(4)); return { written: `${w}*`, term: { text: w, prefix: true } } }
  const words = Array.from({ length: 1 + r.int(3) }, word).join(r.pick([' ', '  ', '\t', '\u0000']))
  return { written: `"${words}"`, term: { text: words, prefix: false } }
}

t.test('well-formed queries find what they mean', (t) => {
  let compared = 0
  let nonEmpty = 0
  for (let i = 0; i < 2000; i++) {
    const groups: Term[][] = []
    const excluded: Term[] = []
    const written: string[] = []
    for (let n = 1 + r.int(4); n > 0; n--) {
      if (r.next() < 0.25) {
        const { written: w, term } = randomTerm()
        excluded.push(term)
        written.push(`-${w}`)
      } else {
        const alternatives = Array.from({ length: r.next() < 0.3 ? 2 + r.int(2) : 1 }, randomTerm)
        groups.push(alternatives.map((a) => a.term))
        written.push(alternatives.map((a) => a.written).join(' OR '))
      }
    }
    const q = written.join(r.pick([' ', '   ', '\n', '\u0000']))
    const c = compileQuery(q)
    if (groups.length === 0) {
      t.notOk(c.ok, `${JSON.stringify(q)}: only exclusions is refused`)
      continue
    }
    if (!c.ok) { t.fail(`${JSON.stringify(q)}: ${c.reason}`); continue }
    const expected = ROW_TOKENS.flatMap((row, k) =>
      groups.every((g) => g.some((term) => contains(row, term))) && !excluded.some((term) => contains(row, term)) ? [k + 1] : [])
    const got = table.run(c.fts)
    if (JSON.stringify(got) !== JSON.stringify(expected)) t.same(got, expected, `${JSON.stringify(q)} → ${c.fts}`)
    compared++
    if (expected.length > 0) nonEmpty++
  }
  t.ok(compared > 1500, `${compared} queries compared with the reference reading`)
  t.ok(nonEmpty > 300, `${nonEmpty} of them found rows, so matching is tested, not only missing`)
  t.end()
})
