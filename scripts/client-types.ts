// Writes src/client/schema.ts from the committed openapi.yaml. A test fails when it drifts.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { generateClientTypes } from './client/generate-types.js'

const source = fileURLToPath(new URL('../openapi.yaml', import.meta.url))
const target = fileURLToPath(new URL('../src/client/schema.ts', import.meta.url))
writeFileSync(target, await generateClientTypes(readFileSync(source, 'utf8')))
console.log(`wrote ${target}`)
