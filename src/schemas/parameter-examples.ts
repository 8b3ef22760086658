// Parameter examples where OpenAPI and its tools look for them first.

type Parameter = { schema?: { example?: unknown }; example?: unknown; $ref?: string }
type Document = { paths?: Record<string, Record<string, { parameters?: Parameter[] }>> }

/**
 * Moves each parameter's example from its schema (where the zod `.meta({ example })` lands) up to
 * the Parameter Object. That is OpenAPI's own place for it: linters check it there, and Swagger
 * UI fills "Try it out" from it before it looks into the schema.
 */
export function hoistParameterExamples<T extends object>(doc: T): T {
  const { paths = {} } = doc as Document
  const newPaths: NonNullable<Document['paths']> = {}
  for (const [url, item] of Object.entries(paths)) {
    newPaths[url] = Object.fromEntries(
      Object.entries(item).map(([method, op]) => [method, op.parameters ? { ...op, parameters: op.parameters.map(hoist) } : op]),
    )
  }
  return { ...doc, paths: newPaths }
}

function hoist(param: Parameter): Parameter {
  if (param.schema?.example === undefined) return param
  const { example, ...schema } = param.schema
  return { ...param, schema, example }
}
