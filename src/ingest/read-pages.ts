import { opendir, readFile, realpath, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'

/** One page's bytes and where they came from, or why they could not be read. */
export type RawPage = { origin: string; bytes: Buffer } | { origin: string; error: string }

/** Extensions read when walking a directory; a file named explicitly is read whatever its name. */
const PAGE_EXTENSIONS = new Set(['.txt'])

/**
 * Yields the pages under each input in a stable (sorted) order: a file is one page, a directory
 * is searched recursively for `.txt` files. Problems are yielded as errors, never thrown, so one
 * bad path cannot stop a run.
 */
export async function* readPages(inputs: readonly string[]): AsyncGenerator<RawPage> {
  const seen = new Set<string>()
  for (const input of inputs) yield* readInput(input, true, seen)
}

async function* readInput(path: string, explicit: boolean, seen: Set<string>): AsyncGenerator<RawPage> {
  let info
  try {
    info = await stat(path)
  } catch (err) {
    yield { origin: path, error: describe(err) }
    return
  }
  // A directory reached twice through links would otherwise be walked forever.
  const real = await realpath(path)
  if (seen.has(real)) return
  seen.add(real)
  if (info.isDirectory()) {
    const names: string[] = []
    try {
      for await (const entry of await opendir(path)) names.push(entry.name)
    } catch (err) {
      yield { origin: path, error: describe(err) }
      return
    }
    for (const name of names.sort()) {
      const child = join(path, name)
      const childInfo = await stat(child).catch(() => null)
      if (childInfo?.isDirectory() || PAGE_EXTENSIONS.has(extname(name).toLowerCase())) yield* readInput(child, false, seen)
    }
  } else if (info.isFile() || explicit) {
    try {
      yield { origin: path, bytes: await readFile(path) }
    } catch (err) {
      yield { origin: path, error: describe(err) }
    }
  }
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory'
  return err instanceof Error ? err.message : String(err)
}
