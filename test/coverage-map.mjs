// tap's coverage map: which source files each test file counts towards.
// The CLI tests spawn `tsx src/cli.ts`; tap follows those children, but their coverage comes from
// esbuild-compiled code and merges wrongly with the in-process runs (handlers that ran showed as
// never run). Their behaviour is asserted; their coverage is not counted.
export default function coverageMap(testFile) {
  return testFile.replaceAll('\\', '/').includes('test/cli/') ? null : []
}
