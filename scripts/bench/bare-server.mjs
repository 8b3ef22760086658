// The least an HTTP server can do for GET /articles/{id}: answer every request with the same
// stored bytes, through node:http alone (`http`) or one Fastify route (`fastify`). Used by
// bench:http-floor to show what this machine allows before newsstand does any work.
// usage: PORT=… HOST=… node scripts/bench/bare-server.mjs http|fastify BODY_FILE
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const [mode, file] = process.argv.slice(2)
const body = readFileSync(file)
const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': String(body.length) }
const port = Number(process.env.PORT)
const host = process.env.HOST ?? '127.0.0.1'

if (mode === 'http') {
  const server = createServer((_req, res) => { res.writeHead(200, headers); res.end(body) })
  server.listen(port, host)
  process.on('SIGTERM', () => server.close(() => process.exit(0)))
} else if (mode === 'fastify') {
  const { default: Fastify } = await import('fastify')
  const app = Fastify()
  app.get('/*', (_req, reply) => { reply.headers(headers).send(body) })
  await app.listen({ port, host })
  process.on('SIGTERM', () => app.close().then(() => process.exit(0)))
} else {
  process.stderr.write('usage: bare-server.mjs http|fastify BODY_FILE\n')
  process.exit(2)
}
