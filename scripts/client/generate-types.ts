import openapiTS, { astToString } from 'openapi-typescript'

/** The first lines of src/client/schema.ts: where it comes from, and how to remake it. */
const HEADER = [
  '// Generated from openapi.yaml by `npm run client:types` (openapi-typescript): do not edit by hand.',
  '// After a route or schema change: `npm run generate` (openapi.yaml, then this file).',
  '// test/client/schema.test.ts fails when this file no longer matches openapi.yaml.',
  '',
  '',
].join('\n')

/**
 * The TypeScript types of the API (`paths`, `components`, `operations`) from openapi.yaml's text.
 * Only the text is read, with openapi-typescript's default settings: no redocly.yaml found in the
 * working directory, no clock or path in the output, so the same document always prints the same
 * file (for a given openapi-typescript and TypeScript, both pinned by the lockfile).
 */
export async function generateClientTypes(openapiYaml: string): Promise<string> {
  const ast = await openapiTS(openapiYaml, { silent: true })
  return HEADER + astToString(ast)
}
