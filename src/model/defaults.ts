// Every default the service starts with, each said once: config.ts reads the environment with
// them, buildApp falls back on them when its caller gives none, and the API's documented examples
// and descriptions quote them, so changing one here changes all of those together.
// Imports nothing, so every layer can use it.

/** NEWSSTAND_QUERY_BUDGET_MS: how long one read query may run before it is stopped with a 503. */
export const DEFAULT_QUERY_BUDGET_MS = 1000

/** NEWSSTAND_MAX_BODY_MB: the largest request body, in MiB. */
export const DEFAULT_MAX_BODY_MB = 16

/** NEWSSTAND_RATE_LIMIT: requests a minute per client IP (buildApp alone applies none). */
export const DEFAULT_RATE_LIMIT = 600

/**
 * NEWSSTAND_RANK_CAP: relevance ranks at most this many matches, the newest. On the 100,000-page
 * benchmark, ranking the newest 1,000 matches of `the` takes 4.6 ms where 5,000 took 9.8, and the
 * mixed searches cost 31% less CPU: the difference between a loaded server answering in 25 ms or
 * in 50.
 */
export const DEFAULT_RANK_CAP = 1000

/** The largest page parsed, in bytes: parsing needs about 40 times a page's size in memory. */
export const DEFAULT_MAX_PAGE_BYTES = 4 * 1024 * 1024

/** Items on a page of a list when `limit` is not given, and the most it may ask for. */
export const DEFAULT_PAGE_LIMIT = 20
export const MAX_PAGE_LIMIT = 100

/** What snippets put around each match when the client names nothing else. */
export const DEFAULT_HIGHLIGHT = { start: '<mark>', end: '</mark>' } as const
