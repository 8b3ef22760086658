// Running the CLI as users do, for the tests that spawn it: from the repository root, through
// tsx. Not a test file (.taprc runs only *.test.ts).
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** tsx's CLI, run by this node: `node TSX_CLI src/cli.ts …` is what `npx tsx src/cli.ts …` runs. */
export const TSX_CLI = join(ROOT, 'node_modules/tsx/dist/cli.mjs')

/** Runs `newsstand <args>` to the end and never rejects: a failing command is a result to check. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [TSX_CLI, 'src/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}
