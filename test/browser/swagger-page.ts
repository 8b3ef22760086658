import type { Locator, Page } from 'playwright-core'

/** What Swagger UI shows after "Execute": the URL it requested, the status code and the body. */
export interface Executed {
  operation: Locator
  requestUrl: URL
  status: string
  body: string
}

/**
 * Runs one operation as a reader of /docs does: expand it, "Try it out", "Execute" with only
 * what Swagger UI prefilled (the documented examples), then read the answer from the page.
 * The id is Swagger UI's own: `operations-<tag>-<operationId>`.
 */
export async function executeWithExamples(page: Page, tag: string, operationId: string): Promise<Executed> {
  const operation = page.locator(`#operations-${tag}-${operationId}`)
  await operation.locator('.opblock-summary-control').click()
  await operation.getByRole('button', { name: 'Try it out' }).click()
  await operation.getByRole('button', { name: 'Execute' }).click()
  // The documented responses have a table too; only the live one appears after a request.
  const live = operation.locator('.live-responses-table tbody tr.response')
  const status = (await live.locator('.response-col_status').textContent())?.trim() ?? ''
  const body = (await live.locator('.highlight-code pre').first().textContent()) ?? ''
  const requestUrl = new URL((await operation.locator('.request-url pre').textContent()) ?? '')
  return { operation, requestUrl, status, body }
}

/**
 * A picture of the executed operation: its filled parameters, the request and the live answer.
 * The documented responses below them (thousands of pixels of schemas) are left out.
 */
export async function screenshotExecuted(run: Executed, path: string): Promise<void> {
  // Swagger UI 5 puts the live answer one level deeper than the documented ones and their heading.
  const style = '.responses-inner > div > h4, .responses-inner > table.responses-table { display: none !important }'
  await run.operation.screenshot({ path, style, animations: 'disabled' })
}
