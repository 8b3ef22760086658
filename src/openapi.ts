import { buildApp } from './app.js'

/** The OpenAPI document of the booted app as YAML: what `npm run openapi` commits as openapi.yaml. */
export async function generateOpenApiYaml(): Promise<string> {
  const app = await buildApp({ dbPath: ':memory:' })
  try {
    await app.ready()
    return app.swagger({ yaml: true })
  } finally {
    await app.close()
  }
}
