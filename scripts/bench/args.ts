// The command line of the load benchmarks: the same flags, checks and exits for each.
import { parseArgs } from 'node:util'

type Flag = { type: 'string'; default: string } | { type: 'boolean' }

/**
 * Parses `flags` (plus --help) or exits: 0 after printing `usage` for --help, 2 with the usage
 * for an unknown flag or a number that is not whole (`whole` must be ≥ 1; `--seed` any integer).
 * Ctrl-C and SIGTERM exit through the exit handlers, which stop a server and clean up.
 */
export function benchArgs<const W extends string>(flags: Record<W | 'seed' | 'json' | 'keep', Flag>, usage: string, whole: readonly W[]) {
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({ options: { ...flags, help: { type: 'boolean', short: 'h' } } }).values as typeof values
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${usage}\n`)
    process.exit(2)
  }
  if (values.help) {
    console.log(usage)
    process.exit(0)
  }
  const numbers = Object.fromEntries(whole.map((name) => [name, Number(values[name])])) as Record<W, number>
  const seed = Number(values.seed ?? 1)
  if (!Object.values<number>(numbers).every((n) => Number.isInteger(n) && n >= 1) || !Number.isInteger(seed)) {
    process.stderr.write(`${usage}\n`)
    process.exit(2)
  }
  process.on('SIGINT', () => process.exit(130))
  process.on('SIGTERM', () => process.exit(143))
  return { ...numbers, seed, json: values.json === true, keep: values.keep === true }
}
