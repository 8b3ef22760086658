#!/usr/bin/env node
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { runCompact } from './cli/compact.js'
import { withDatabase } from './cli/database.js'
import { ingestInto } from './cli/ingest.js'
import { runSearch, SearchInputError } from './cli/search.js'
import { runServe } from './cli/serve.js'
import { UsageError } from './cli/usage-error.js'
import { ConfigError, loadConfig } from './config.js'
import { backupDatabase, checkFile, MaintenanceError, openExisting, optimizeDatabase } from './db/maintenance.js'
import { migrate, MigrationError } from './db/migrate.js'
import { openDatabase } from './db/open.js'
import { decodePage } from './ingest/decode.js'
import { formatSummary } from './ingest/index.js'
import { reparseAll } from './ingest/reparse.js'
import { parsePage } from './parse/index.js'

// Exit codes: 0 done; 1 the command failed (usage, database, configuration);
// 2 ingest finished but some inputs could not be read or parsed (listed in the summary).
const EXIT_FAILED = 1
const EXIT_SOME_PAGES_FAILED = 2

interface Command {
  usage: string
  help: string
  example: string
  options: ParseArgsConfig['options']
  run(args: { positionals: string[]; values: Record<string, unknown> }): Promise<number>
}

const dbOption = { db: { type: 'string' } } as const
const dbPath = (values: Record<string, unknown>) => (values.db as string | undefined) ?? loadConfig().dbPath

const commands: Record<string, Command> = {
  parse: {
    usage: 'parse <file|-> [--crawled-at ISO] [--url URL]',
    help: 'Print the parse of one page as JSON (title, byline, date, language, sections, references,\nsource, publisher, related headlines, boilerplate, warnings). Reads no database and writes\nnothing. --crawled-at resolves relative dates such as "Updated 2 hours ago"; --url is where\nthe page was crawled from (its path may give the day and the headline\'s words).',
    example: 'newsstand parse data/samples/000_998e60e0fad79041.txt',
    options: { 'crawled-at': { type: 'string' }, url: { type: 'string' } },
    async run({ positionals, values }) {
      if (positionals.length !== 1) throw new UsageError('parse takes exactly one file (or - for standard input)')
      const path = positionals[0] as string
      const { text, warnings } = decodePage(readFileSync(path === '-' ? 0 : path))
      const parsed = parsePage(text, { crawledAt: values['crawled-at'] as string | undefined, url: values.url as string | undefined })
      parsed.warnings.unshift(...warnings)
      process.stdout.write(`${JSON.stringify(parsed, null, 2)}\n`)
      return 0
    },
  },
  migrate: {
    usage: 'migrate [--db PATH]',
    help: 'Create the database if needed and apply the migrations it has not had yet.',
    example: 'newsstand migrate --db data/newsstand.db',
    options: dbOption,
    async run({ values }) {
      const path = dbPath(values)
      // Opened as is: migrating is this command's work, and what it applies is what it reports.
      const applied = withDatabase(path, (db) => migrate(db), openDatabase)
      console.log(applied.length ? `${path}: applied ${applied.join(', ')}` : `${path}: already up to date`)
      return 0
    },
  },
  ingest: {
    usage: 'ingest <file|dir|->... [--format txt|jsonl] [--threads N] [--max-page-mb N] [--db PATH] [--json]',
    help: 'Parse pages and store them with their records. Inputs: .txt files (one page each), JSONL\n' +
      '({"text", "url"?, "timestamp"?, "title"?, "date"?} per line), .gz of either, directories\n' +
      '(searched recursively), and - for standard input (JSONL unless --format txt). A page already\n' +
      'stored byte for byte is unchanged; a known URL with new text is a new version. Bad inputs are\n' +
      'recorded in the summary and the ingest_errors table and skipped. Progress is shown on a\n' +
      'terminal. Pages are parsed on --threads N parser threads (default 1 on machines with 2+\n' +
      'cores; 0: on the main thread). Pages over --max-page-mb (default 4) are recorded as errors:\n' +
      'parsing needs ~40x a page in memory.\n' +
      'Exit code 2 when any input failed.',
    example: 'newsstand ingest data/samples crawl.jsonl.gz --db data/newsstand.db',
    options: {
      ...dbOption, json: { type: 'boolean' }, format: { type: 'string' }, threads: { type: 'string' }, 'max-page-mb': { type: 'string' },
      workers: { type: 'string' }, // the old name of --threads, until it is removed
    },
    async run({ positionals, values }) {
      if (positionals.length === 0) throw new UsageError('ingest needs at least one file, directory or -')
      const format = values.format as string | undefined
      if (format !== undefined && format !== 'txt' && format !== 'jsonl') throw new UsageError('--format is txt or jsonl')
      const threads = parserThreads(values)
      const maxMb = values['max-page-mb'] === undefined ? 4 : Number(values['max-page-mb'])
      if (!Number.isFinite(maxMb) || maxMb <= 0 || maxMb > 1024) throw new UsageError('--max-page-mb is a number of MiB from 0 to 1024')
      const summary = await ingestInto(dbPath(values), positionals, { format, workers: threads, maxPageBytes: Math.round(maxMb * 1024 * 1024) })
      console.log(values.json ? JSON.stringify(summary) : formatSummary(summary))
      return summary.errors.length > 0 ? EXIT_SOME_PAGES_FAILED : 0
    },
  },
  reparse: {
    usage: 'reparse [--db PATH] [--json]',
    help: 'Re-derive every record from the stored raw pages with the current parser (after a parser\n' +
      'upgrade), in one transaction. Article ids stay as they are; the summary says how many\n' +
      'articles changed. Exit code 2 when a stored page no longer parses (its records are kept).',
    example: 'newsstand reparse --db data/newsstand.db',
    options: { ...dbOption, json: { type: 'boolean' } },
    async run({ values }) {
      const summary = withDatabase(dbPath(values), reparseAll)
      console.log(values.json ? JSON.stringify(summary) : `${formatSummary(summary)}\nchanged     ${summary.articles.changed}`)
      return summary.errors.length > 0 ? EXIT_SOME_PAGES_FAILED : 0
    },
  },
  serve: {
    usage: 'serve [--db PATH] [--ingest PATH]... [--workers N]',
    help: 'Migrate the database, ingest the given paths first if any (already stored pages are\nunchanged), then serve the API on HOST:PORT (default 127.0.0.1:3000), Swagger UI at /docs.\n' +
      '--workers N (or NEWSSTAND_WORKERS) server processes share the port (default: one per core;\n' +
      '1 serves in this process). Rate limits (NEWSSTAND_RATE_LIMIT) are counted in each process.',
    example: 'newsstand serve --ingest data/samples --workers 2   (PORT=8080 HOST=0.0.0.0 to listen elsewhere)',
    options: { ...dbOption, ingest: { type: 'string', multiple: true }, workers: { type: 'string' } },
    async run({ values }) {
      const workers = values.workers === undefined ? undefined : Number(values.workers)
      if (workers !== undefined && (!Number.isInteger(workers) || workers < 1 || workers > 64)) {
        throw new UsageError('--workers is a whole number of server processes from 1 to 64')
      }
      return runServe({ dbPath: dbPath(values), ingest: (values.ingest as string[] | undefined) ?? [], workers })
    },
  },
  search: {
    usage: 'search "query" [--limit N] [--source NAME]... [--json] [--db PATH]',
    help: 'Search articles as GET /articles?q= does: the same query language ("a phrase", -word, a OR b,\n' +
      'bagh*), best match first. --source keeps one source (repeat it for any of several); --limit is\n' +
      '1 to 100 (default 20). On a terminal: a table of id, date, source and title; piped, or with\n' +
      '--json: one JSON object {items, next, ranking} like the API\'s. Opens the database read-only.\n' +
      'A query that starts with - goes last, after --, as in: newsstand search --limit 5 -- "-football premier".',
    example: 'newsstand search \'"prime minister" OR premier -football\' --limit 5 --source Reuters',
    options: { ...dbOption, limit: { type: 'string' }, source: { type: 'string', multiple: true }, json: { type: 'boolean' } },
    async run({ positionals, values }) {
      if (positionals.length !== 1) throw new UsageError('search takes one query: quote it, as in newsstand search "prime minister"')
      return runSearch({
        dbPath: dbPath(values), query: positionals[0] as string, limit: values.limit as string | undefined,
        sources: values.source as string[] | undefined, json: values.json === true, rankCap: loadConfig().rankCap,
      })
    },
  },
  backup: {
    usage: 'backup <file> [--db PATH] [--force]',
    help: 'Copy the database to <file> while it is in use (a running server or ingest goes on): the\n' +
      'copy is consistent, one point in time. Progress is shown on a terminal. An existing <file> is\n' +
      'not replaced unless --force. To restore: stop the server, copy the backup over the database\n' +
      'file, delete its -wal and -shm files, start the server.',
    example: 'newsstand backup backups/newsstand-2024-05-01.db --db data/newsstand.db',
    options: { ...dbOption, force: { type: 'boolean' } },
    async run({ positionals, values }) {
      if (positionals.length !== 1) throw new UsageError('backup takes exactly one destination file')
      const destination = positionals[0] as string
      const tty = process.stderr.isTTY
      return withDatabase(dbPath(values), async (db) => {
        const { pages } = await backupDatabase(db, destination, {
          force: values.force === true,
          onProgress: tty ? (done) => process.stderr.write(`\rbackup ${Math.floor(done * 100)} %`) : undefined,
        })
        if (tty) process.stderr.write('\n')
        console.log(`${db.name} → ${destination}: ${pages} pages copied`)
        return 0
      }, openExisting)
    },
  },
  optimize: {
    usage: 'optimize [--db PATH]',
    help: 'Merge each full-text index into one segment and refresh SQLite\'s query statistics: searches\n' +
      'then cost less (a quarter less CPU on the 100,000-page benchmark, 11 segments merged into 1). A first load\n' +
      'into an empty database does this by itself; run it after large ingests into one that already\n' +
      'had articles. Searches go on meanwhile; writes wait until it ends (about 1.5 s per 100,000 articles).',
    example: 'newsstand optimize --db data/newsstand.db',
    options: dbOption,
    async run({ values }) {
      return withDatabase(dbPath(values), (db) => {
        const { before, after, seconds } = optimizeDatabase(db)
        const tables = Object.keys(before) as (keyof typeof before)[]
        console.log(`${db.name}: ${tables.map((t) => `${t} ${before[t]} segment(s) → ${after[t]}`).join(', ')} (${seconds.toFixed(1)} s)`)
        return 0
      }, openExisting)
    },
  },
  compact: {
    usage: 'compact [--db PATH] [--vacuum]',
    help: 'Store the sections of articles stored before migration 012 as their shape alone (their\n' +
      'texts are the body\'s lines), and compress the raw pages stored before migration 011: in\n' +
      'place, 500 rows a transaction. Stopped at any point, run it again and it carries on; with\n' +
      'nothing left it does nothing. The server can go on serving and ingesting meanwhile. Says how\n' +
      'many articles and pages it converted and the bytes before and after. The freed space is reused\n' +
      'by later ingests; --vacuum then rewrites the file to give it back to the disk (needs free space\n' +
      'as large as the new file, and blocks writes while it runs). Progress is shown on a terminal.',
    example: 'newsstand compact --db data/newsstand.db --vacuum',
    options: { ...dbOption, vacuum: { type: 'boolean' } },
    async run({ values }) {
      return withDatabase(dbPath(values), (db) => runCompact(db, { vacuum: values.vacuum === true }))
    },
  },
  check: {
    usage: 'check [--db PATH]',
    help: 'Check the database: SQLite\'s integrity_check, each full-text index against its table,\n' +
      'and every raw page against its sha256. Exit code 0 when everything is ok, 1 with the problems listed. Run it on a backup\n' +
      'before trusting it.',
    example: 'newsstand check --db backups/newsstand-2024-05-01.db',
    options: dbOption,
    async run({ values }) {
      const path = dbPath(values)
      const problems = checkFile(path)
      for (const p of problems) console.log(p)
      console.log(problems.length === 0 ? `${path}: ok` : `${path}: ${problems.length} problem(s)`)
      return problems.length === 0 ? 0 : EXIT_FAILED
    },
  },
}

/**
 * ingest's parser threads: --threads, or --workers, its name until serve's --workers (server
 * processes) made one word mean two things. The old name still works, with a warning, for now.
 */
function parserThreads(values: Record<string, unknown>): number {
  let flag = '--threads'
  if (values.workers !== undefined) {
    if (values.threads !== undefined) throw new UsageError('--workers is the old name of --threads: give --threads only')
    console.error('newsstand: ingest --workers is now --threads (parser threads); --workers will be removed')
    flag = '--workers'
  }
  const given = (values.threads ?? values.workers) as string | undefined
  // The main thread reads and writes, so one parser thread uses the second core; more do not
  // help (measured: writing is then the bottleneck) and each adds memory.
  const threads = given === undefined ? Math.min(1, availableParallelism() - 1) : Number(given)
  if (!Number.isInteger(threads) || threads < 0 || threads > 64) throw new UsageError(`${flag} is a whole number of parser threads from 0 to 64`)
  return threads
}

function usage(): string {
  const lines = Object.values(commands).map((c) => `  newsstand ${c.usage}`)
  return `newsstand: crawled news pages → linked records in SQLite, served over HTTP\n\nUsage:\n${lines.join('\n')}\n\n` +
    'The database is --db PATH, else $NEWSSTAND_DB, else data/newsstand.db.\nRun `newsstand <command> --help` for details and an example.'
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage())
    return name === undefined ? EXIT_FAILED : 0
  }
  const command = commands[name]
  if (!command) throw new UsageError(`unknown command "${name}"`)
  const { values, positionals } = parseArgs({
    args: rest,
    options: { ...command.options, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  })
  if (values.help) {
    console.log(`Usage: newsstand ${command.usage}\n\n${command.help}\n\nExample:\n  ${command.example}`)
    return 0
  }
  return command.run({ positionals, values })
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    const known = err instanceof UsageError || err instanceof ConfigError || err instanceof MigrationError || err instanceof MaintenanceError ||
      err instanceof SearchInputError ||
      (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') || ['ENOENT', 'EADDRINUSE', 'EACCES'].includes((err as { code?: string }).code ?? '')
    console.error(`newsstand: ${err instanceof Error ? err.message : String(err)}`)
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error('\n' + usage())
    if (!known) console.error(err)
    process.exitCode = EXIT_FAILED
  },
)
