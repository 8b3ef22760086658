// Site keys decide which pages leave-site-out holds out together, and the author split decides
// what readability's bylines are scored against: both checked on the forms the corpus has.
import t from 'tap'
import { foldGroup, hostSite, splitAuthors, stemSite } from '../../src/eval/sites.js'

t.test('site keys: host without www., readability name before its first dash', (t) => {
  t.equal(hostSite('www.abcnews.go.com'), 'abcnews.go.com')
  t.equal(hostSite('WWW.CNN.com '), 'cnn.com')
  t.equal(hostSite('news.sky.com'), 'news.sky.com', 'only a leading www. goes')
  t.equal(stemSite('nytimes-2'), 'nytimes')
  t.equal(stemSite('cnet-svg-classes'), 'cnet')
  t.equal(stemSite('qq'), 'qq')
  t.end()
})

t.test('fold groups join one publisher across sets and hosts', (t) => {
  t.equal(foldGroup('nytimes.com'), 'nytimes')
  t.equal(foldGroup('nytimes'), 'nytimes', 'a short name is its own group')
  t.equal(foldGroup('telegraph.co.uk'), 'telegraph', 'a country second-level suffix is part of the suffix')
  t.equal(foldGroup('espn.co.uk'), foldGroup('espn.com'))
  t.equal(foldGroup('smh.com.au'), 'smh')
  t.equal(foldGroup('news.sky.com'), 'sky')
  t.equal(foldGroup('abcnews.go.com'), 'go')
  t.equal(foldGroup('politico.eu'), 'politico', 'a two-letter TLD after a long name is the whole suffix')
  t.equal(foldGroup('thebottomline.as.ucsb.edu'), 'ucsb')
  t.end()
})

t.test('readability bylines become author lists', (t) => {
  t.strictSame(splitAuthors(null), [])
  t.strictSame(splitAuthors('   '), [])
  t.strictSame(splitAuthors('By Erin Cunningham'), ['Erin Cunningham'])
  t.strictSame(splitAuthors('Stella Kim, Jennifer Jett'), ['Stella Kim', 'Jennifer Jett'])
  t.strictSame(splitAuthors('Ann Lee and Bob Ray & Cy Doe; Di Fox'), ['Ann Lee', 'Bob Ray', 'Cy Doe', 'Di Fox'])
  t.strictSame(splitAuthors('By Brenda  Goodman, MA\n     WebMD Health News'), ['Brenda Goodman', 'MA', 'WebMD Health News'])
  t.strictSame(splitAuthors('By Nathan Willis\n   March 25, 2015'), ['Nathan Willis', 'March 25', '2015'], 'a line break ends the name')
  t.strictSame(splitAuthors('Alexandra Andersen'), ['Alexandra Andersen'], '"and" inside a word does not split')
  t.strictSame(splitAuthors('Byron Smith'), ['Byron Smith'], 'a name starting with By keeps it')
  t.end()
})
