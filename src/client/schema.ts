// Generated from openapi.yaml by `npm run client:types` (openapi-typescript): do not edit by hand.
// After a route or schema change: `npm run generate` (openapi.yaml, then this file).
// test/client/schema.test.ts fails when this file no longer matches openapi.yaml.

export interface paths {
    "/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List, search and facet articles
         * @description Current articles (the newest version of each URL). Without `q`: newest first. With `q`: best match first (bm25; title and lead count more than the body), each with a highlighted `snippet`; when very many articles match, only the most recently stored ones are ranked (the pages after them list the older matches, newest first), and a query of words found in most articles (`the`) is not ranked at all (the newest come first); `ranking` says which. Filters combine with AND. Each page has a `next` cursor, also sent as an RFC 8288 `Link: <…>; rel="next"` header; a cursor holds the last row's sort key, so articles stored between two pages never repeat or skip one already seen.
         */
        get: operations["listArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One whole article
         * @description Its sections, references, source, publisher, related headlines, boilerplate and the hash of the raw page.
         */
        get: operations["getArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Articles like this one
         * @description More like this: the article's most distinctive words (frequent in it, rare in the collection) searched for together, best match first.
         */
        get: operations["getSimilarArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles/{id}/raw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The original page
         * @description The bytes the article was parsed from, as stored when it was ingested (`sha256` in the article is their hash).
         */
        get: operations["getArticleRaw"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources
         * @description Every source articles are attributed to, in name order, with its article count.
         */
        get: operations["listSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One source
         * @description Its name as first seen and how many stored articles (every version) are attributed to it; `GET /articles?source=<name>` lists them.
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/headlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List or search related headlines
         * @description Newest first (undated last) unless `sort` says otherwise. The same title at the same time on many pages is one headline.
         */
        get: operations["listHeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/headlines/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many headlines match, per day, week or month
         * @description Volume over time (UTC), oldest first, with empty buckets filled in: from `since` (else the first match) to `until` (else the last). More than 5000 buckets is a 400: use a coarser interval or a narrower window. Headlines without a time are counted in `undated`.
         */
        get: operations["getHeadlineTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/headlines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One headline and the articles that list it
         * @description `articleCount` pages list it; `articles` holds the newest `limit` of them, and `articlesNext` continues.
         */
        get: operations["getHeadline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Is the service up and its database readable?
         * @description For liveness probes: counts the stored articles, so a database that cannot be read fails the check. Never rate-limited and never cached (`Cache-Control: no-store`). It takes no parameters, so no client error applies.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metrics for Prometheus
         * @description Prometheus text format (`text/plain; version=0.0.4`): request latency by route pattern, read-query time, database file sizes, pages written through POST /documents, and the process's CPU, memory, event-loop lag and GC. Each server process keeps its own: with several processes behind one port, a scrape sees the one that answered it. Public like the rest of the read API (it holds no article data and nothing per client); not rate-limited, so monitoring keeps working under load.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store a page, or a batch of pages
         * @description Parses and stores pages as `ingest` does. One page: `text/plain` (the page itself) or `application/json` (`{text, url?, timestamp?, title?, date?, domain?}`): 201 with `Location` for a new page, 200 when these exact bytes are stored already (nothing is written). A batch: `application/x-ndjson`, one such JSON object per line: 200 with each line's fate; bad lines are reported and the rest stored. A batch is written in chunks (at most 50 pages), each in its own transaction; if writing fails part-way (a 500 that says from which line), sending the batch again is safe: stored pages come back `unchanged`. Bodies may be up to NEWSSTAND_MAX_BODY_MB (16 MiB unless set), one page up to 4 MiB; bodies are taken uncompressed. A batch still being written 5 s after the server began shutting down stops at a chunk's end: the lines not stored say so (`error`), and can be sent again.
         */
        post: operations["createDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a page and what only it named
         * @description Removes the stored page, its article and its links, and the headlines, source and publisher that no other page names (those still named elsewhere stay). When it was the newest version of its URL, the previous version is current again.
         */
        delete: operations["deleteDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ProblemField: {
            /**
             * @description Where the failing value was sent
             * @enum {string}
             */
            in: "query" | "path" | "header" | "body";
            /** @description The parameter or body field, `.`-separated for nested fields */
            name: string;
            /** @description What is wrong with it */
            detail: string;
        };
        /**
         * @description An error, as RFC 9457 problem details (`application/problem+json`).
         * @example {
         *       "type": "about:blank",
         *       "title": "Bad Request",
         *       "status": 400,
         *       "detail": "limit: Too big: expected number to be <=100",
         *       "instance": "/articles?limit=500",
         *       "errors": [
         *         {
         *           "in": "query",
         *           "name": "limit",
         *           "detail": "Too big: expected number to be <=100"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /** @description A URI naming the problem type; `about:blank` means the status says it all */
            type: string;
            /** @description The HTTP status phrase */
            title: string;
            /** @description The HTTP status code, repeated for convenience */
            status: number;
            /** @description What went wrong for this request, and how to fix it */
            detail: string;
            /** @description The request path */
            instance?: string;
            /** @description For validation errors: each failing parameter */
            errors?: components["schemas"]["ProblemField"][];
        };
        NamedRef: {
            /** @description Its id (`/sources/{id}` for a source) */
            id: number;
            /** @description As first seen */
            name: string;
        };
        ArticleSummary: {
            /** @description The id of the article, and of the page it came from */
            id: number;
            /** @description The page's own title; null when it has none */
            title: string | null;
            /** @description The first paragraph */
            lead: string | null;
            source: components["schemas"]["NamedRef"] | null;
            publisher: components["schemas"]["NamedRef"] | null;
            /** @description The article's date, ISO 8601 UTC: when it was published, else when its page was crawled, else when it was ingested */
            date: string;
            /**
             * @description Which of the three `date` is
             * @enum {string}
             */
            dateBasis: "published" | "crawled" | "ingested";
            /** @description ISO 639-1 language code detected from the text */
            lang: string | null;
            /** @description With `q`: the best-matching passage as HTML, each match between `highlightStart` and `highlightEnd` (default `<mark>`…`</mark>`); all other text is HTML-escaped */
            snippet?: string;
        };
        /** @description With `sort=relevance`: how much of the match set was ranked; fixed for a walk through the pages by its first page */
        Ranking: {
            /**
             * @description `all`: every match was ranked; `newest`: only the `ranked` most recently stored matches were (a word found in very many articles), and the pages after them list the older matches, most recently stored first; `none`: every word of the query is in more than half of the articles, where bm25 gives it no weight, so the matches come most recently stored first, unscored
             * @enum {string}
             */
            scope: "all" | "newest" | "none";
            /** @description How many matches were ranked (0 with `scope` `none`) */
            ranked: number;
            /** @description How many articles match: counted unless `estimated` */
            matches: number;
            /** @description Whether `matches` is an estimate */
            estimated: boolean;
        };
        FacetValue: {
            /** @description A source or publisher name, a month (`2017-08`) or a language code */
            value: string;
            /** @description Articles with this value among all those selected (every page) */
            count: number;
            /** @description For sources and publishers: the id (`/sources/{id}`) */
            id?: number;
        };
        /** @description With `facets`: for each facet asked, its top 20 values, most frequent first, then by value */
        Facets: {
            source?: components["schemas"]["FacetValue"][];
            publisher?: components["schemas"]["FacetValue"][];
            month?: components["schemas"]["FacetValue"][];
            lang?: components["schemas"]["FacetValue"][];
        };
        ArticlePage: {
            items: components["schemas"]["ArticleSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            next: string | null;
            ranking?: components["schemas"]["Ranking"];
            facets?: components["schemas"]["Facets"];
        };
        Section: {
            /** @description The subhead that opens the section; null for the text before the first one */
            heading: string | null;
            /** @description In page order */
            paragraphs: string[];
        };
        Article: {
            /** @description The id of the article, and of the page it came from */
            id: number;
            /** @description The page's own title; null when it has none */
            title: string | null;
            /** @description The first paragraph */
            lead: string | null;
            source: components["schemas"]["NamedRef"] | null;
            publisher: components["schemas"]["NamedRef"] | null;
            /** @description The article's date, ISO 8601 UTC: when it was published, else when its page was crawled, else when it was ingested */
            date: string;
            /**
             * @description Which of the three `date` is
             * @enum {string}
             */
            dateBasis: "published" | "crawled" | "ingested";
            /** @description ISO 639-1 language code detected from the text */
            lang: string | null;
            /** @description Who wrote it, from a `By …` line near the title */
            byline: string | null;
            /** @description When it was published (ISO 8601 UTC), from a date near the title */
            publishedAt: string | null;
            /** @description Where title, byline and publishedAt came from */
            provenance: {
                title: ("page" | "page, relative to the crawl time" | "url" | "metadata") | null;
                byline: ("page" | "page, relative to the crawl time" | "url" | "metadata") | null;
                publishedAt: ("page" | "page, relative to the crawl time" | "url" | "metadata") | null;
            };
            /** @description For each of title, byline and publishedAt read off the page: the line it was read from and how sure the parser was; null for a field not read off the page */
            evidence: {
                title: {
                    /** @description The line of the raw page (1-based) the field was read from: `/articles/{id}/raw` shows it */
                    line: number;
                    /** @description The fitted model's probability that this line holds the field; 0.5 when the rules chose alone */
                    confidence: number;
                } | null;
                byline: {
                    /** @description The line of the raw page (1-based) the field was read from: `/articles/{id}/raw` shows it */
                    line: number;
                    /** @description The fitted model's probability that this line holds the field; 0.5 when the rules chose alone */
                    confidence: number;
                } | null;
                publishedAt: {
                    /** @description The line of the raw page (1-based) the field was read from: `/articles/{id}/raw` shows it */
                    line: number;
                    /** @description The fitted model's probability that this line holds the field; 0.5 when the rules chose alone */
                    confidence: number;
                    /** @description The date as the page gives it, ISO 8601: with the UTC offset of the zone the page names (`2017-01-18T23:00:00-08:00`), without an offset when it names none (`publishedAt` then reads that clock as UTC), the day alone when it gives no time */
                    local: string;
                } | null;
            };
            /** @description SHA-256 of the raw page bytes */
            sha256: string;
            /** @description Where the page was crawled from, when the crawl said */
            url: string | null;
            /** @description When it was crawled (ISO 8601 UTC), when the crawl said */
            crawledAt: string | null;
            /** @description When this page was stored (ISO 8601 UTC, to the millisecond) */
            ingestedAt: string;
            /** @description The article text, in page order */
            sections: components["schemas"]["Section"][];
            /** @description Wire-service codes found in the text */
            references: string[];
            /** @description Headlines the page lists, in page order (`/headlines/{id}`) */
            relatedHeadlines: {
                id: number;
                title: string;
                publishedAt: string | null;
            }[];
            /** @description Ids of every stored version of this URL, oldest first (the last is current); empty when the page had no URL */
            versions: number[];
            /** @description Page text that is not the article, in page order */
            boilerplate: string[];
            /** @description What looked wrong in the page but did not stop it being parsed, e.g. a weekday that does not match its date */
            warnings: string[];
        };
        SimilarArticles: {
            /** @description The article's most distinctive words (by tf·idf) that the search used, most distinctive first; empty when none is shared with another article */
            terms: string[];
            /** @description Current articles sharing those words, best match first; never the article itself or another version of its URL */
            items: components["schemas"]["ArticleSummary"][];
        };
        StoredDocument: {
            /**
             * @description `unchanged`: these exact bytes were stored already, and nothing was written
             * @enum {string}
             */
            status: "created" | "unchanged";
            /** @description The id of the document, and of its article (`/articles/{id}`) */
            id: number;
            /** @description When the URL was stored with other text: the id of the version this one replaces as current */
            newVersionOf: number | null;
        };
        BatchLine: {
            /** @description Line number in the body, from 1; blank lines count but get no result */
            line: number;
            /**
             * @description As for one page, or `error`: not stored (see `error`)
             * @enum {string}
             */
            status: "created" | "unchanged" | "error";
            /** @description The id of the document, and of its article (`/articles/{id}`) */
            id?: number;
            /** @description When the URL was stored with other text: the id of the version this one replaces as current */
            newVersionOf?: number | null;
            /** @description Why the line was not stored */
            error?: string;
        };
        BatchReport: {
            /** @description Lines stored as new pages (or new versions of their URL) */
            created: number;
            /** @description Lines whose exact bytes were stored already */
            unchanged: number;
            /** @description Lines not stored; each says why in `results` */
            failed: number;
            /** @description One per non-blank line, in order */
            results: components["schemas"]["BatchLine"][];
        };
        Headline: {
            /** @description Its id, as in `relatedHeadlines` of the articles that list it */
            id: number;
            /** @description As listed on the page */
            title: string;
            /** @description ISO 8601 UTC; null when the page gave no time */
            publishedAt: string | null;
            /** @description How many stored pages list this headline */
            articleCount: number;
        };
        HeadlinePage: {
            items: components["schemas"]["Headline"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            next: string | null;
        };
        HeadlineWithArticles: {
            /** @description Its id, as in `relatedHeadlines` of the articles that list it */
            id: number;
            /** @description As listed on the page */
            title: string;
            /** @description ISO 8601 UTC; null when the page gave no time */
            publishedAt: string | null;
            /** @description How many stored pages list this headline */
            articleCount: number;
            /** @description The pages that list it, newest first, at most `limit` */
            articles: components["schemas"]["ArticleSummary"][];
            /** @description Pass as `cursor` for the next articles; null when these are the last */
            articlesNext: string | null;
        };
        Timeline: {
            /**
             * @description The bucket size asked for
             * @enum {string}
             */
            interval: "day" | "week" | "month";
            /** @description Oldest first, every bucket from `since` (else the first match) to `until` (else the last), empty ones with count 0 */
            buckets: {
                /** @description `2017-08-28` (day; week: its Monday) or `2017-08` (month) */
                bucket: string;
                /** @description Matching headlines published in it */
                count: number;
            }[];
            /** @description Dated matches: the sum of the counts */
            total: number;
            /** @description Matches without a time, in no bucket; since and until do not apply to them */
            undated: number;
        };
        Health: {
            /**
             * @description Always `ok`: a service that cannot read its database answers 500 or 503
             * @constant
             */
            status: "ok";
            /** @description Articles stored */
            articles: number;
            /** @description The parser that new pages go through; records made by an older one are updated by `reparse` */
            parserVersion: number;
        };
        Source: {
            /** @description Its id, also in the articles attributed to it */
            id: number;
            /** @description As first seen, e.g. `Ahram online` */
            name: string;
            /** @description Stored articles attributed to it, every version counted */
            articleCount: number;
        };
        SourcePage: {
            items: components["schemas"]["Source"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            next: string | null;
        };
    };
    responses: {
        /** @description Not Modified: an ETag in `If-None-Match` is current, so the answer you hold is still right. No body. */
        NotModified: {
            headers: {
                ETag: components["headers"]["ETag"];
                "Cache-Control": components["headers"]["CacheControl"];
                Vary: components["headers"]["Vary"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Too many requests from this client in the current window (NEWSSTAND_RATE_LIMIT per minute per IP); every answer carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset. */
        TooManyRequests: {
            headers: {
                /** @description Seconds until a request will be accepted again */
                "Retry-After"?: number;
                /** @description Requests allowed per window */
                "RateLimit-Limit"?: number;
                /** @description Requests left in the current window */
                "RateLimit-Remaining"?: number;
                /** @description Seconds until the window resets */
                "RateLimit-Reset"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Too Many Requests",
                 *       "status": 429,
                 *       "detail": "More than 600 requests a minute from your address; retry in 42 s (see Retry-After).",
                 *       "instance": "/articles"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description ETags of answers you hold (a comma-separated list, or `*`): when one is current, the answer is `304` with no body */
        IfNoneMatch: string;
    };
    requestBodies: never;
    headers: {
        /** @description A weak validator of this answer at the current data version; it changes with every ingest, reparse or write over HTTP */
        ETag: string;
        /** @description `public, max-age=0, must-revalidate`: store it, but revalidate (If-None-Match) before each reuse. Errors are `no-store` */
        CacheControl: string;
        /** @description `accept, accept-encoding` */
        Vary: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listArticles: {
        parameters: {
            query?: {
                /**
                 * @description Full-text search over title, lead and body. Every word must match; `"an exact phrase"`; `-word` or `-"a phrase"` excludes (with at least one word to search for); `a OR b` (in capitals) matches either and binds tighter than the spaces between words; `bagh*` matches words starting with `bagh`. Anything else (`AND`, `NOT`, `NEAR(`, `col:`, `^`, `+`, brackets) is searched as text; an unclosed quote runs to the end. A query with nothing to search for is a 400.
                 * @example "Islamic State" Baghdadi OR caliph* -Aleppo
                 */
                q?: string;
                /**
                 * @description `relevance` (best match first; needs `q`, and is the default with it), `newest` (the default without `q`) or `oldest`, by the article's `date`
                 * @example relevance
                 */
                sort?: "relevance" | "newest" | "oldest";
                /**
                 * @description Only articles from this source, by name (case and spacing ignored); repeat the parameter for any of several
                 * @example [
                 *       "Ahram online"
                 *     ]
                 */
                source?: string[];
                /**
                 * @description Only articles from this publisher (the copyright holder), by name; repeat for any of several
                 * @example [
                 *       "Arab Today Media Group"
                 *     ]
                 */
                publisher?: string[];
                /**
                 * @description Only articles in this language (ISO 639-1 code as detected, e.g. `en`); several as `en,fr`
                 * @example [
                 *       "en"
                 *     ]
                 */
                lang?: string[];
                /**
                 * @description Only articles dated at or after this date (`2017-08-28`: from its start, UTC) or time (`2017-08-28T16:00:00Z`). The date is `date`: published, else crawled, else ingested
                 * @example 2017-08-28
                 */
                since?: string;
                /**
                 * @description Only articles dated at or before this time, or on or before this date (the whole day, UTC). The example reaches far ahead because the sample page has no date of its own: it is dated by its ingest
                 * @example 2099-12-31
                 */
                until?: string;
                /**
                 * @description `true`: only articles with a title (the page's own, or the crawl record's); `false`: only those without
                 * @example false
                 */
                hasTitle?: "true" | "false";
                /**
                 * @description Also count the selected articles by `source`, `publisher`, `month`, `lang` (`month`: YYYY-MM of `date`): the top 20 values of each, most frequent first
                 * @example [
                 *       "source",
                 *       "lang"
                 *     ]
                 */
                facets?: ("source" | "publisher" | "month" | "lang")[];
                /**
                 * @description Put before each match in `snippet`, as given (default `<mark>`; at most 64 characters); the snippet text itself is HTML-escaped
                 * @example <em>
                 */
                highlightStart?: string;
                /**
                 * @description Put after each match in `snippet`, as given (default `</mark>`)
                 * @example </em>
                 */
                highlightEnd?: string;
                /**
                 * @description Items per page, 1–100
                 * @example 20
                 */
                limit?: number;
                /** @description The `next` value of the previous page */
                cursor?: string;
                /**
                 * @description `json` (the default): one page of `{items, next}`. `ndjson` or `csv`: every match in one streamed download (`limit` is ignored; it starts after `cursor` when one is given). Without this parameter, an `Accept` header that ranks `application/x-ndjson` or `text/csv` above `application/json` asks for the same. An error after the first byte of a download closes the connection before the end of the body, so a cut-off download never looks complete.
                 * @example json
                 */
                format?: "json" | "ndjson" | "csv";
            };
            header?: {
                /** @description ETags of answers you hold (a comma-separated list, or `*`): when one is current, the answer is `304` with no body */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of articles (`application/json`), or with `format` (or `Accept`) every matching one: one JSON object per line (`application/x-ndjson`, each line one item of the page) or CSV (`text/csv`), sent as an attachment (`Content-Disposition`). */
            200: {
                headers: {
                    /** @description RFC 8288 `<…?cursor=…>; rel="next"` when there is a next page */
                    link?: string;
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": 1,
                     *           "title": null,
                     *           "lead": "U.S. and Iraqi officials believe the leader of IS group, Abu Bakr al-Baghdadi, has left operational commanders behind with diehard followers to fight the battle of Mosul, and is now hiding out in the desert, focusing mainly on his own survival.",
                     *           "source": {
                     *             "id": 1,
                     *             "name": "Ahram online"
                     *           },
                     *           "publisher": {
                     *             "id": 1,
                     *             "name": "Arab Today Media Group"
                     *           },
                     *           "date": "2026-11-26T04:42:57Z",
                     *           "dateBasis": "ingested",
                     *           "lang": "en",
                     *           "snippet": "…the <em>caliphate</em> in Iraq.\nThe intelligence sources point to a sharp drop in <em>Islamic State</em> postings on social media as evidence that <em>Baghdadi</em> and…"
                     *         }
                     *       ],
                     *       "next": null,
                     *       "ranking": {
                     *         "scope": "all",
                     *         "ranked": 1,
                     *         "matches": 1,
                     *         "estimated": false
                     *       },
                     *       "facets": {
                     *         "source": [
                     *           {
                     *             "value": "Ahram online",
                     *             "count": 1,
                     *             "id": 1
                     *           }
                     *         ],
                     *         "lang": [
                     *           {
                     *             "value": "en",
                     *             "count": 1
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ArticlePage"];
                    /**
                     * @example {
                     *       "id": 1,
                     *       "title": null,
                     *       "lead": "U.S. and Iraqi officials believe the leader of IS group, Abu Bakr al-Baghdadi, has left operational commanders behind with diehard followers to fight the battle of Mosul, and is now hiding out in the desert, focusing mainly on his own survival.",
                     *       "source": {
                     *         "id": 1,
                     *         "name": "Ahram online"
                     *       },
                     *       "publisher": {
                     *         "id": 1,
                     *         "name": "Arab Today Media Group"
                     *       },
                     *       "date": "2026-11-26T04:42:57Z",
                     *       "dateBasis": "ingested",
                     *       "lang": "en",
                     *       "snippet": "…the <em>caliphate</em> in Iraq.\nThe intelligence sources point to a sharp drop in <em>Islamic State</em> postings on social media as evidence that <em>Baghdadi</em> and…"
                     *     }
                     */
                    "application/x-ndjson": components["schemas"]["ArticleSummary"];
                    /**
                     * @example id,title,lead,source_id,source_name,publisher_id,publisher_name,date,date_basis,lang,snippet
                     *     1,,"U.S. and Iraqi officials believe the leader of IS group, Abu Bakr al-Baghdadi, has left operational commanders behind with diehard followers to fight the battle of Mosul, and is now hiding out in the desert, focusing mainly on his own survival.",1,Ahram online,1,Arab Today Media Group,2026-11-26T04:42:57Z,ingested,en,"…the <em>caliphate</em> in Iraq.
                     *     The intelligence sources point to a sharp drop in <em>Islamic State</em> postings on social media as evidence that <em>Baghdadi</em> and…"
                     */
                    "text/csv": string;
                };
            };
            304: components["responses"]["NotModified"];
            /** @description The request is invalid: a parameter is missing, malformed or out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "/articles?limit=500",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description The query ran past its time budget and was stopped (narrow it), too many queries are waiting, or the server is shutting down (retry; see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The query took longer than 1000 ms and was stopped. Narrow it: more or rarer words, a phrase, a source, a since/until range.",
                     *       "instance": "/articles?q=the"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of answers you hold (a comma-separated list, or `*`): when one is current, the answer is `304` with no body */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The record id
                 * @example 1
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "title": null,
                     *       "lead": "U.S. and Iraqi officials believe the leader of IS group, Abu Bakr al-Baghdadi, has left operational commanders behind with diehard followers to fight the battle of Mosul, and is now hiding out in the desert, focusing mainly on his own survival.",
                     *       "source": {
                     *         "id": 1,
                     *         "name": "Ahram online"
                     *       },
                     *       "publisher": {
                     *         "id": 1,
                     *         "name": "Arab Today Media Group"
                     *       },
                     *       "date": "2026-11-26T04:42:57Z",
                     *       "dateBasis": "ingested",
                     *       "lang": "en",
                     *       "byline": null,
                     *       "publishedAt": null,
                     *       "provenance": {
                     *         "title": null,
                     *         "byline": null,
                     *         "publishedAt": null
                     *       },
                     *       "evidence": {
                     *         "title": null,
                     *         "byline": null,
                     *         "publishedAt": null
                     *       },
                     *       "sha256": "860250065aeb5f7434fdf050476ea307b2e16b34ac43fb75cf4d2922ac37dd5b",
                     *       "url": null,
                     *       "crawledAt": null,
                     *       "ingestedAt": "2026-11-26T04:42:57.341Z",
                     *       "sections": [
                     *         {
                     *           "heading": null,
                     *           "paragraphs": [
                     *             "U.S. and Iraqi officials believe the leader of IS group, Abu Bakr al-Baghdadi, has left operational commanders behind with diehard followers to fight the battle of Mosul, and is now hiding out in the desert, focusing mainly on his own survival."
                     *           ]
                     *         },
                     *         {
                     *           "heading": "ISOLATED",
                     *           "paragraphs": [
                     *             "At the height of its power two years ago, Islamic State ruled over millions of people in territory running from northern Syria through towns and villages along the Tigris and Euphrates river valleys to the outskirts of Baghdad in Iraq."
                     *           ]
                     *         }
                     *       ],
                     *       "references": [
                     *         "L5N1GD7JK"
                     *       ],
                     *       "relatedHeadlines": [
                     *         {
                     *           "id": 1,
                     *           "title": "1 killed, 5 Injured in southern Baghdad blast",
                     *           "publishedAt": "2017-08-29T15:47:00Z"
                     *         },
                     *         {
                     *           "id": 2,
                     *           "title": "2 killed in suicide car bombing in Iraq",
                     *           "publishedAt": "2017-08-29T15:45:00Z"
                     *         }
                     *       ],
                     *       "versions": [],
                     *       "boilerplate": [
                     *         "Source: Ahram online",
                     *         "GMT 15:47 2017 Tuesday ,29 August"
                     *       ],
                     *       "warnings": []
                     *     }
                     */
                    "application/json": components["schemas"]["Article"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description The request is invalid: a parameter is missing, malformed or out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "/articles?limit=500",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "article 999999 does not exist",
                     *       "instance": "/articles/999999"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSimilarArticles: {
        parameters: {
            query?: {
                /**
                 * @description How many similar articles, 1–50
                 * @example 10
                 */
                limit?: number;
            };
            header?: {
                /** @description ETags of answers you hold (a comma-separated list, or `*`): when one is current, the answer is `304` with no body */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The record id
                 * @example 1
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Similar articles and the words that found them */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "terms": [],
                     *       "items": []
                     *     }
                     */
                    "application/json": components["schemas"]["SimilarArticles"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description The request is invalid: a parameter is missing, malformed or out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "/articles?limit=500",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "article 999999 does not exist",
                     *       "instance": "/articles/999999/similar"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description The query ran past its time budget and was stopped (narrow it), too many queries are waiting, or the server is shutting down (retry; see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The query took longer than 1000 ms and was stopped. Narrow it: more or rarer words, a phrase, a source, a since/until range.",
                     *       "instance": "/articles?q=the"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticleRaw: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of answers you hold (a comma-separated list, or `*`): when one is current, the answer is `304` with no body */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The record id
                 * @example 1
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page exactly as ingested, byte for byte, as `text/plain; charset=utf-8`. A page that was not valid UTF-8 is still sent as stored (its article says so in `warnings`). */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example U.S. and Iraqi officials believe the leader of IS group, Abu Bakr al-Baghdadi, has left operational commanders behind with diehard followers to fight the battle of Mosul, and is now hiding out in the desert, focusing mainly on his own survival.
                     *     It is impossible to confirm the whereabouts of the Islamic State "caliph", who declared himself the ruler of all Muslims from Mosul's Great Mosque after his forces swept through northern Iraq in 2014.
                     */
                    "text/plain": string;
                };
            };
            304: components["responses"]["NotModified"];
            /** @description The request is invalid: a parameter is missing, malformed or out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "/articles?limit=500",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "article 999999 does not exist",
                     *       "instance": "/articles/999999/raw"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSources: {
        parameters: {
            query?: {
                /**
                 * @description Items per page, 1–100
                 * @example 20
                 */
                limit?: number;
                /** @description The `next` value of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description ETags of answers you hold (a comma-separated list, or `*`): when one is current, the answer is `304` with no body */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sources */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": 1,
                     *           "name": "Ahram online",
                     *           "articleCount": 1
                     *         }
                     *       ],
                     *       "next": null
                     *     }
                     */
                    "application/json": components["schemas"]["SourcePage"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description The request is invalid: a parameter is missing, malformed or out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "/articles?limit=500",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description The query ran past its time budget and was stopped (narrow it), too many queries are waiting, or the server is shutting down (retry; see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The query took longer than 1000 ms and was stopped. Narrow it: more or rarer words, a phrase, a source, a since/until range.",
                     *       "instance": "/articles?q=the"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags of answers you hold (a comma-separated list, or `*`): when one is current, the answer is `304` with no body */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The record id
                 * @example 1
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "name": "Ahram online",
                     *       "articleCount": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Source"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description The request is invalid: a parameter is missing, malformed or out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "/articles?limit=500",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "source 999999 does not exist",
                     *       "instance": "/sources/999999"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listHeadlines: {
        parameters: {
            query?: {
                /**
                 * @description Full-text search over headline titles. Every word must match; `"an exact phrase"`; `-word` or `-"a phrase"` excludes (with at least one word to search for); `a OR b` (in capitals) matches either and binds tighter than the spaces between words; `bagh*` matches words starting with `bagh`. Anything else (`AND`, `NOT`, `NEAR(`, `col:`, `^`, `+`, brackets) is searched as text; an unclosed quote runs to the end. A query with nothing to search for is a 400.
                 * @example Baghdad blast OR bombing -southern
                 */
                q?: string;
                /**
                 * @description `newest` first (the default) or `oldest` first, undated headlines last in both; `relevance` (best match first) needs `q`
                 * @example newest
                 */
                sort?: "newest" | "oldest" | "relevance";
                /**
                 * @description `true`: only headlines with a time; `false`: only those without
                 * @example true
                 */
                hasDate?: "true" | "false";
                /**
                 * @description Only headlines listed on this article (its id)
                 * @example 1
                 */
                article?: number;
                /**
                 * @description Published at or after this date (`2017-08-28`) or time (`2017-08-28T16:00:00Z`)
                 * @example 2017-08-28
                 */
                since?: string;
                /**
                 * @description Published at or before this time, or on or before this date
                 * @example 2017-08-29
                 */
                until?: string;
                /**
                 * @description Items per page, 1–100
                 * @example 20
                 */
                limit?: number;
                /** @description The `next` value of the previous page */
                cursor?: string;
                /**
                 * @description `json` (the default): one page of `{items, next}`. `ndjson` or `csv`: every match in one streamed download (`limit` is ignored; it starts after `cursor` when one is given). Without this parameter, an `Accept` header that ranks `application/x-ndjson` or `text/csv` above `application/json` asks for the same. An error after the first byte of a download closes the connection before the end of the body, so a cut-off download never looks complete.
                 * @example json
                 */
                format?: "json" | "ndjson" | "csv";
            };
            header?: {
                /** @description ETags of answers you hold (a comma-separated list, or `*`): when one is current, the answer is `304` with no body */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of headlines (`application/json`), or with `format` (or `Accept`) every matching one: one JSON object per line (`application/x-ndjson`, each line one item of the page) or CSV (`text/csv`), sent as an attachment (`Content-Disposition`). */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": 5,
                     *           "title": "2 killed, 6 wounded in car bombing in eastern Baghdad",
                     *           "publishedAt": "2017-08-28T16:38:00Z",
                     *           "articleCount": 1
                     *         }
                     *       ],
                     *       "next": null
                     *     }
                     */
                    "application/json": components["schemas"]["HeadlinePage"];
                    /**
                     * @example {
                     *       "id": 5,
                     *       "title": "2 killed, 6 wounded in car bombing in eastern Baghdad",
                     *       "publishedAt": "2017-08-28T16:38:00Z",
                     *       "articleCount": 1
                     *     }
                     */
                    "application/x-ndjson": components["schemas"]["Headline"];
                    /**
                     * @example id,title,published_at,article_count
                     *     5,"2 killed, 6 wounded in car bombing in eastern Baghdad",2017-08-28T16:38:00Z,1
                     */
                    "text/csv": string;
                };
            };
            304: components["responses"]["NotModified"];
            /** @description The request is invalid: a parameter is missing, malformed or out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "/articles?limit=500",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description The query ran past its time budget and was stopped (narrow it), too many queries are waiting, or the server is shutting down (retry; see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The query took longer than 1000 ms and was stopped. Narrow it: more or rarer words, a phrase, a source, a since/until range.",
                     *       "instance": "/articles?q=the"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHeadlineTimeline: {
        parameters: {
            query?: {
                /**
                 * @description Full-text search over headline titles (without it: every headline). Every word must match; `"an exact phrase"`; `-word` or `-"a phrase"` excludes (with at least one word to search for); `a OR b` (in capitals) matches either and binds tighter than the spaces between words; `bagh*` matches words starting with `bagh`. Anything else (`AND`, `NOT`, `NEAR(`, `col:`, `^`, `+`, brackets) is searched as text; an unclosed quote runs to the end. A query with nothing to search for is a 400.
                 * @example Baghdad
                 */
                q?: string;
                /**
                 * @description Bucket size, in UTC: `day` (labelled `2017-08-28`), `week` (ISO week from Monday, labelled by its Monday: `2017-08-28`) or `month` (`2017-08`)
                 * @example day
                 */
                interval?: "day" | "week" | "month";
                /**
                 * @description Published at or after this date (`2017-08-28`) or time (`2017-08-28T16:00:00Z`)
                 * @example 2017-08-28
                 */
                since?: string;
                /**
                 * @description Published at or before this time, or on or before this date
                 * @example 2017-08-29
                 */
                until?: string;
            };
            header?: {
                /** @description ETags of answers you hold (a comma-separated list, or `*`): when one is current, the answer is `304` with no body */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts per bucket */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "interval": "day",
                     *       "buckets": [
                     *         {
                     *           "bucket": "2017-08-28",
                     *           "count": 3
                     *         },
                     *         {
                     *           "bucket": "2017-08-29",
                     *           "count": 1
                     *         }
                     *       ],
                     *       "total": 4,
                     *       "undated": 0
                     *     }
                     */
                    "application/json": components["schemas"]["Timeline"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description The request is invalid: a parameter is missing, malformed or out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "/articles?limit=500",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description The query ran past its time budget and was stopped (narrow it), too many queries are waiting, or the server is shutting down (retry; see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The query took longer than 1000 ms and was stopped. Narrow it: more or rarer words, a phrase, a source, a since/until range.",
                     *       "instance": "/articles?q=the"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHeadline: {
        parameters: {
            query?: {
                /**
                 * @description Articles embedded, 1–100 (`articleCount` is the total)
                 * @example 20
                 */
                limit?: number;
                /** @description The `articlesNext` value of the previous response */
                cursor?: string;
            };
            header?: {
                /** @description ETags of answers you hold (a comma-separated list, or `*`): when one is current, the answer is `304` with no body */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The record id
                 * @example 1
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The headline and the articles that list it */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "title": "1 killed, 5 Injured in southern Baghdad blast",
                     *       "publishedAt": "2017-08-29T15:47:00Z",
                     *       "articleCount": 1,
                     *       "articles": [
                     *         {
                     *           "id": 1,
                     *           "title": null,
                     *           "lead": "U.S. and Iraqi officials believe the leader of IS group, Abu Bakr al-Baghdadi, has left operational commanders behind with diehard followers to fight the battle of Mosul, and is now hiding out in the desert, focusing mainly on his own survival.",
                     *           "source": {
                     *             "id": 1,
                     *             "name": "Ahram online"
                     *           },
                     *           "publisher": {
                     *             "id": 1,
                     *             "name": "Arab Today Media Group"
                     *           },
                     *           "date": "2026-11-26T04:42:57Z",
                     *           "dateBasis": "ingested",
                     *           "lang": "en"
                     *         }
                     *       ],
                     *       "articlesNext": null
                     *     }
                     */
                    "application/json": components["schemas"]["HeadlineWithArticles"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description The request is invalid: a parameter is missing, malformed or out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "/articles?limit=500",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "headline 999999 does not exist",
                     *       "instance": "/headlines/999999"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description The query ran past its time budget and was stopped (narrow it), too many queries are waiting, or the server is shutting down (retry; see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The query took longer than 1000 ms and was stopped. Narrow it: more or rarer words, a phrase, a source, a since/until range.",
                     *       "instance": "/articles?q=the"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "articles": 1,
                     *       "parserVersion": 5
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description An unexpected error; the body never carries internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; the error is logged under request id req-2f.",
                     *       "instance": "/health"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The query ran past its time budget and was stopped (narrow it), too many queries are waiting, or the server is shutting down (retry; see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The query took longer than 1000 ms and was stopped. Narrow it: more or rarer words, a phrase, a source, a since/until range.",
                     *       "instance": "/articles?q=the"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics of the process that answered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example # HELP process_cpu_user_seconds_total Total user CPU time spent in seconds.
                     *     # TYPE process_cpu_user_seconds_total counter
                     */
                    "text/plain": string;
                };
            };
            /** @description An unexpected error; the body never carries internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; the error is logged under request id req-2f.",
                     *       "instance": "/health"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/plain": string;
                "application/json": {
                    /** @description The page as crawled, clutter and all */
                    text: string;
                    /** @description Where it was crawled from: a known URL with other text is a new version; its host is the publisher when the page names none, and a day in its path dates a page that prints none */
                    url?: string | null;
                    /** @description When it was crawled (ISO 8601): resolves relative dates such as "Updated 2 hours ago" */
                    timestamp?: string | null;
                    /** @description Used when the page has no title of its own */
                    title?: string | null;
                    /** @description Publication date, used when the page shows none */
                    date?: string | null;
                    /** @description The site, when there is no URL (the publisher when the page names none) */
                    domain?: string | null;
                };
                "application/x-ndjson": string;
            };
        };
        responses: {
            /** @description One page already stored (`StoredDocument`), or the report of a batch (`BatchReport`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "unchanged",
                     *       "id": 2,
                     *       "newVersionOf": null
                     *     }
                     */
                    "application/json": components["schemas"]["StoredDocument"] | components["schemas"]["BatchReport"];
                };
            };
            /** @description The page is stored: a new page, or a new version of its URL */
            201: {
                headers: {
                    /** @description `/articles/{id}`: the article made from the page */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "created",
                     *       "id": 2,
                     *       "newVersionOf": null
                     *     }
                     */
                    "application/json": components["schemas"]["StoredDocument"];
                };
            };
            /** @description The request is invalid: a parameter is missing, malformed or out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "/articles?limit=500",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not one this server accepts: send `Authorization: Bearer <key>` (the `WWW-Authenticate` header says which it was). */
            401: {
                headers: {
                    /** @description `Bearer realm="newsstand"`, with `error="invalid_token"` when a key was sent but is not valid (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This route needs an API key: send \"Authorization: Bearer <key>\".",
                     *       "instance": "/documents"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writing is turned off on this server: it has no API keys (NEWSSTAND_API_KEYS). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Writing is turned off on this server: start it with NEWSSTAND_API_KEYS set to one or more keys (comma-separated, at least 32 characters each), then send one as \"Authorization: Bearer <key>\".",
                     *       "instance": "/documents"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit (NEWSSTAND_MAX_BODY_MB), or the page over the limit on one page. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is over this server's limit of 16 MiB (NEWSSTAND_MAX_BODY_MB): send fewer pages per request.",
                     *       "instance": "/documents"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Content-Type, or a Content-Encoding, is not one this route accepts (`Accept` lists the types). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/html is not accepted here: send text/plain, application/json, application/x-ndjson.",
                     *       "instance": "/documents"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but holds no page: empty, only white space, or binary data. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Not stored: the page holds only white space.",
                     *       "instance": "/documents"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description An unexpected error; the body never carries internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; the error is logged under request id req-2f.",
                     *       "instance": "/health"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The record id
                 * @example 1
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted: the page, its article and links, and the headlines, source and publisher no other page names */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a parameter is missing, malformed or out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "/articles?limit=500",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not one this server accepts: send `Authorization: Bearer <key>` (the `WWW-Authenticate` header says which it was). */
            401: {
                headers: {
                    /** @description `Bearer realm="newsstand"`, with `error="invalid_token"` when a key was sent but is not valid (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This route needs an API key: send \"Authorization: Bearer <key>\".",
                     *       "instance": "/documents"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writing is turned off on this server: it has no API keys (NEWSSTAND_API_KEYS). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Writing is turned off on this server: start it with NEWSSTAND_API_KEYS set to one or more keys (comma-separated, at least 32 characters each), then send one as \"Authorization: Bearer <key>\".",
                     *       "instance": "/documents"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "document 999999 does not exist",
                     *       "instance": "/documents/999999"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description An unexpected error; the body never carries internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; the error is logged under request id req-2f.",
                     *       "instance": "/health"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
