// How answers may be cached: the constants the http-cache plugin applies, and their description
// in the OpenAPI document (zod route schemas cannot declare response headers or a bodiless 304).

/** Routes whose answers depend on nothing but the stored data and the request: they get validators. */
export const DATA_ROUTES = ['/articles', '/sources', '/headlines']

// A stored answer may be reused only once the server confirmed it: a revalidation costs one read
// of the data version and an empty 304, and nobody is shown data older than the last write.
export const REVALIDATE = 'public, max-age=0, must-revalidate'
// Lowercase on purpose: @fastify/compress appends its own `accept-encoding` unless it finds it so.
export const VARY = 'accept, accept-encoding'

export const isDataRoute = (url: string | undefined): boolean =>
  url !== undefined && DATA_ROUTES.some((p) => url === p || url.startsWith(`${p}/`))

const header = (description: string) => ({ description, schema: { type: 'string' } })

// Fresh objects each time: the YAML writer would turn shared ones into anchors and aliases.
function validatorHeaders() {
  return {
    ETag: { $ref: '#/components/headers/ETag' },
    'Cache-Control': { $ref: '#/components/headers/CacheControl' },
    Vary: { $ref: '#/components/headers/Vary' },
  }
}

/** Shared pieces of the OpenAPI document, referenced from every data route's GET. */
const COMPONENTS = {
  parameters: {
    IfNoneMatch: {
      in: 'header',
      name: 'If-None-Match',
      required: false,
      description: 'ETags of answers you hold (a comma-separated list, or `*`): when one is current, the answer is `304` with no body',
      schema: { type: 'string' },
      // Swagger UI would send a first example that is a tag, and then show an empty 304.
      examples: {
        none: { summary: 'None: always get the answer', value: '' },
        held: { summary: 'The ETag of an answer you hold (from its ETag header)', value: 'W/"3-24d526eded227c111a4403e5"' },
      },
    },
  },
  headers: {
    ETag: header('A weak validator of this answer at the current data version; it changes with every ingest, reparse or write over HTTP'),
    CacheControl: header(`\`${REVALIDATE}\`: store it, but revalidate (If-None-Match) before each reuse. Errors are \`no-store\``),
    Vary: header(`\`${VARY}\``),
  },
  responses: {
    NotModified: {
      description: 'Not Modified: an ETag in `If-None-Match` is current, so the answer you hold is still right. No body.',
      headers: validatorHeaders(),
    },
  },
}

interface Operation {
  parameters?: unknown[]
  responses?: Record<string, { headers?: Record<string, unknown> } | { $ref: string }>
}
interface Document {
  paths?: Record<string, { get?: Operation }>
  components?: Record<string, Record<string, unknown> | undefined>
}

/**
 * Adds conditional requests to the GETs of data routes in the finished document (zod route
 * schemas cannot declare response headers or a bodiless 304): the If-None-Match parameter, the
 * validator headers on 200 and the 304 response, each defined once under `components`.
 */
export function documentCaching<T extends object>(doc: T): T {
  const { paths = {}, components = {} } = doc as Document
  const documented = Object.entries(paths).filter(([url, item]) => isDataRoute(url) && item.get?.responses?.[200])
  if (documented.length === 0) return doc
  const newPaths = { ...paths }
  for (const [url, item] of documented) {
    const get = item.get as Operation
    const responses = get.responses as NonNullable<Operation['responses']>
    const ok = responses[200] as { headers?: Record<string, unknown> }
    newPaths[url] = {
      ...item,
      get: {
        ...get,
        parameters: [...(get.parameters ?? []), { $ref: '#/components/parameters/IfNoneMatch' }],
        responses: {
          ...responses,
          200: { ...ok, headers: { ...ok.headers, ...validatorHeaders() } },
          304: { $ref: '#/components/responses/NotModified' },
        },
      },
    }
  }
  const merged = { ...components }
  for (const [kind, entries] of Object.entries(COMPONENTS)) merged[kind] = { ...components[kind], ...entries }
  return { ...doc, paths: newPaths, components: merged }
}
