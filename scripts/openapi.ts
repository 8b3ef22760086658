// Writes openapi.yaml from the routes' schemas. A test fails when the committed file drifts.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { generateOpenApiYaml } from '../src/openapi.js'

const target = fileURLToPath(new URL('../openapi.yaml', import.meta.url))
writeFileSync(target, await generateOpenApiYaml())
console.log(`wrote ${target}`)
