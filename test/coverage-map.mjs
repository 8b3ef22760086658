// tap's coverage map: which source files each test file counts towards.
// Some tests run the code compiled by tsx (esbuild) rather than tap's loader: the CLI tests and the
// crash test spawn `tsx src/cli.ts`, the worker test parses on worker threads that load tsx. Their
// coverage merges wrongly with the in-process runs (code that ran showed as never run), so their
// behaviour is asserted and their coverage is not counted.
// The README test runs `npm start` (tsx) and curl: it checks the README, not coverage.
const OWN_LOADER = [/test\/cli\//, /test\/ingest\/crash\.test\.ts$/, /test\/ingest\/workers\.test\.ts$/, /test\/readme\.test\.ts$/]

// The read-pool test runs repositories on worker threads (tsx) too; it counts only for the files
// that run on the main thread alone.
const MAIN_THREAD_ONLY = { 'test/reads/pool.test.ts': ['src/db/reads/pool.ts', 'src/db/reads/facade.ts'] }

// A test under test/cli/ that calls its module in process, with tap's loader, counts as usual.
const IN_PROCESS = [/test\/cli\/table\.test\.ts$/, /test\/cli\/database\.test\.ts$/]

export default function coverageMap(testFile) {
  const path = testFile.replaceAll('\\', '/')
  if (IN_PROCESS.some((re) => re.test(path))) return []
  const only = Object.entries(MAIN_THREAD_ONLY).find(([test]) => path.endsWith(test))
  if (only) return only[1]
  return OWN_LOADER.some((re) => re.test(path)) ? null : []
}
