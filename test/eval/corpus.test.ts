// Each set's loader on a tiny hand-made corpus, so the mapping from every gold format to one page
// shape is checked without the shared corpus.
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { CorpusMissingError, loadSets, SEED_NAME } from '../../src/eval/corpus.js'

const json = (o: unknown): string => JSON.stringify(o)
const seedLines = Array.from({ length: 40 }, (_, i) => (i === 25 ? 'Line 26 [L5N1GD7JK]' : `Line ${i + 1}`)).join('\n')

function corpus(t: Test): string {
  const dir = t.testdir({
    corpus: {
      naeb: {
        'www-example-com-1.txt': 'crawl text',
        'www-example-com-1.expected.json': json({
          title: 'Headline', byline: ['Ann Smith', ' '], publishedAt: '2023-12-17', site: 'www.example.com',
          url: 'https://www.example.com/a', paragraphs: ['One.', 'Two.'], headings: [],
        }),
        'example-org-1.txt': 'more text',
        'example-org-1.expected.json': json({ title: 'H', byline: [], publishedAt: null, paragraphs: [] }),
      },
      readability: {
        'nytimes-2.txt': 'page',
        'nytimes-2.expected.json': json({ title: 'T | NYT', byline: 'By Ann Lee and Bob Ray', publishedTime: null, lang: 'en', paragraphs: ['P'], headings: ['H'] }),
      },
      bbc: { 'bbc.jsonl': `${json({ id: 'tech/001', title: 'Title', paragraphs: ['A'], text: 'Title\n\nA' })}\n\n` },
    },
    seeds: { [`${SEED_NAME}.txt`]: seedLines },
  })
  return join(dir, 'corpus')
}

t.test('naeb: host site without www., author list, headline title, headings scored as paragraphs', (t) => {
  const [org, page] = loadSets(corpus(t), ['naeb'])
  t.match(page, {
    set: 'naeb', name: 'www-example-com-1', site: 'example.com', text: 'crawl text', title: 'Headline', titleKind: 'headline',
    authors: ['Ann Smith'], publishedTime: '2023-12-17', lang: null, paragraphs: ['One.', 'Two.'], headings: [], headingsMarked: false,
  })
  t.equal(org?.site, 'example-org', 'a record without a host falls back to the file name')
  t.strictSame(org?.authors, [])
  t.end()
})

t.test('readability, bbc and the seed keep their own rules', (t) => {
  const [r, b, s] = loadSets(corpus(t), ['readability', 'bbc', 'seed'])
  t.match(r, { site: 'nytimes', titleKind: 'document', authors: ['Ann Lee', 'Bob Ray'], headingsMarked: true, headings: ['H'] })
  t.match(b, { set: 'bbc', name: 'tech/001', site: 'bbc', authors: [], paragraphs: ['A'] })
  t.match(s, { set: 'seed', site: 'seed', title: null, headings: ['Line 6', 'Line 15'] })
  t.equal(s?.paragraphs.length, 34)
  t.equal(s?.paragraphs[23], 'Line 26', 'the wire code goes to references, not the paragraph')
  t.end()
})

t.test('a missing folder or an empty set says where it looked', (t) => {
  const dir = t.testdir({ empty: { readability: {} } })
  const caught = (f: () => unknown): unknown => {
    try {
      f()
    } catch (e) {
      return e
    }
    return null
  }
  t.ok(caught(() => loadSets(join(dir, 'nowhere'), ['naeb'])) instanceof CorpusMissingError, 'a CorpusMissingError, so the script exits 2')
  t.throws(() => loadSets(join(dir, 'empty'), ['naeb']), { message: /naeb pages not found/ })
  t.throws(() => loadSets(join(dir, 'empty'), ['readability']), { message: /no \*\.expected\.json pages/ })
  t.end()
})
