// Worker threads do not inherit the TypeScript loader the main thread runs under (tsx's hooks
// are per thread on Node 20), so the worker registers it itself before loading the real entry.
import { register } from 'tsx/esm/api'

register()
await import('./worker.ts')
