// Summarise a raw TAP stream (tap 21 `--reporter=tap` output) as one line
// "N passed, N failed".  Usage: node scripts/tap-summary.mjs [file]  (else stdin)
// Exits 1 if anything failed or nothing passed (an empty/non-TAP log is a failure).
//
// What counts: individual test points (`ok` / `not ok`) at ANY nesting depth,
// except the point that closes a subtest.  tap wraps every test file and every
// t.test() in a subtest whose closing point only aggregates its children, so
// counting those too would count one failing assertion 2-3 times.  A closing
// point IS counted when it carries news its children don't: the subtest has no
// child points (e.g. the file crashed before asserting) or it failed while
// none of its children did (timeout, plan mismatch, non-zero exit).
// `# SKIP` / `# TODO` points are neither passed nor failed; a separate
// "# N skipped/todo" line reports them.
// Parsing is done by tap-parser (tap's own parser, installed with tap and
// pinned in package-lock.json), so YAML diagnostics, buffered subtests and
// stray non-TAP output are interpreted exactly as tap interprets them.
import { createReadStream } from 'node:fs'
import { Parser } from 'tap-parser'

// A frame holds the counts of one subtest's subtree; bump() updates ancestors too.
const root = { up: null, pass: 0, fail: 0, other: 0 }
const bump = (frame, kind) => { for (let f = frame; f; f = f.up) f[kind]++ }

function watch(parser, frame) {
  let child = null // frame of a subtest opened since this parser's last point
  parser.on('child', p => watch(p, (child = { up: frame, pass: 0, fail: 0, other: 0 })))
  parser.on('assert', res => {
    // tap-parser ends a child before emitting the point that closes it.
    const sub = child
    child = null
    const kind = res.skip || res.todo ? 'other' : res.ok ? 'pass' : 'fail'
    const hasPoints = sub && sub.pass + sub.fail + sub.other > 0
    if (hasPoints && !(kind === 'fail' && sub.fail === 0)) return // aggregate only
    bump(frame, kind)
  })
}

const parser = new Parser()
watch(parser, root)
// Bail out / top-level plan mismatch make the run not ok even if no point failed.
parser.on('complete', r => { if (!r.ok && root.fail === 0) root.fail = 1 })
parser.on('finish', () => {
  if (root.other) console.log(`# ${root.other} skipped/todo`)
  console.log(`${root.pass} passed, ${root.fail} failed`)
  process.exitCode = root.fail > 0 || root.pass === 0 ? 1 : 0
})
const input = process.argv[2] ? createReadStream(process.argv[2]) : process.stdin
input.on('error', e => { console.error(`tap-summary: ${e.message}`); process.exit(2) })
input.pipe(parser)
