import type { Middleware } from 'openapi-fetch'
import type { components } from './schema.js'

const PROBLEM_TYPE = /^application\/problem\+json/iu

/** How much of a foreign error body goes into `detail`: enough to recognise a proxy's page. */
const DETAIL_CHARS = 300

/**
 * Every error answer reaches the caller as a problem. The API sends problem+json itself, but
 * whatever stands in front of it (a proxy, a load balancer, a gateway timing out) may answer 502
 * or 504 with HTML, and openapi-fetch would then hand back that text where the types promise a
 * Problem. Such an answer is rewritten into one, its status and headers kept.
 */
export const problemsOnly: Middleware = {
  async onResponse({ response }) {
    // 304 (a conditional GET) is not an error and has no body: left alone, as is every success.
    const sent = response.headers.get('content-type')
    if (response.status < 400 || PROBLEM_TYPE.test(sent ?? '')) return undefined
    const text = (await response.text()).replace(/\s+/gu, ' ').trim()
    const problem: components['schemas']['Problem'] = {
      type: 'about:blank',
      title: response.statusText || `HTTP ${response.status}`,
      status: response.status,
      detail: `The answer was not a problem from the API (${sent ?? 'no Content-Type'})${text ? `: ${text.slice(0, DETAIL_CHARS)}` : ''}`,
    }
    const headers = new Headers(response.headers)
    // The new body is plain JSON of another length.
    headers.delete('content-length')
    headers.delete('content-encoding')
    headers.set('content-type', 'application/problem+json')
    return new Response(JSON.stringify(problem), { status: response.status, statusText: response.statusText, headers })
  },
}
