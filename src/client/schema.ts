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
         * @description Current articles (the newest version of each URL). Without `q`: newest first. With `q`: best match first (bm25; title and lead count more than the body), each with a highlighted `snippet`; when very many articles match, only the most recently stored ones are ranked, and `ranking` says so. Filters combine with AND. Each page has a `next` cursor, also sent as an RFC 8288 `Link: <…>; rel="next"` header; a cursor holds the last row's sort key, so articles stored between two pages never repeat or skip one already seen.
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
        /** One source */
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
        /** Is the service up and its database readable? */
        get: operations["getHealth"];
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
         * @description Parses and stores pages as `ingest` does. One page: `text/plain` (the page itself) or `application/json` (`{text, url?, timestamp?, title?, date?, domain?}`): 201 with `Location` for a new page, 200 when these exact bytes are stored already (nothing is written). A batch: `application/x-ndjson`, one such JSON object per line: 200 with each line's fate; bad lines are reported and the rest stored. A batch is written in chunks (at most 50 pages), each in its own transaction; if writing fails part-way (a 500 that says from which line), sending the batch again is safe: stored pages come back `unchanged`. Bodies may be up to NEWSSTAND_MAX_BODY_MB (16 MiB unless set), one page up to 4 MiB; bodies are taken uncompressed.
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
         *       "detail": "querystring/limit: Too big: expected number to be <=100",
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
            /** @enum {string} */
            status: "created" | "unchanged" | "error";
            /** @description The id of the document, and of its article (`/articles/{id}`) */
            id?: number;
            /** @description When the URL was stored with other text: the id of the version this one replaces as current */
            newVersionOf?: number | null;
            /** @description Why the line was not stored */
            error?: string;
        };
        BatchReport: {
            created: number;
            unchanged: number;
            /** @description Lines not stored; each says why in `results` */
            failed: number;
            /** @description One per non-blank line, in order */
            results: components["schemas"]["BatchLine"][];
        };
        NamedRef: {
            id: number;
            name: string;
        };
        ArticleSummary: {
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
             * @description `all`: every match was ranked; `newest`: only the `ranked` most recently stored matches were (a word found in very many articles)
             * @enum {string}
             */
            scope: "all" | "newest";
            /** @description How many matches were ranked */
            ranked: number;
            /** @description How many articles match: counted when `scope` is `all`, else an estimate */
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
            heading: string | null;
            paragraphs: string[];
        };
        Article: {
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
                title: ("page" | "page, relative to the crawl time" | "metadata") | null;
                byline: ("page" | "page, relative to the crawl time" | "metadata") | null;
                publishedAt: ("page" | "page, relative to the crawl time" | "metadata") | null;
            };
            /** @description SHA-256 of the raw page bytes */
            sha256: string;
            url: string | null;
            crawledAt: string | null;
            ingestedAt: string;
            sections: components["schemas"]["Section"][];
            /** @description Wire-service codes found in the text */
            references: string[];
            relatedHeadlines: {
                id: number;
                title: string;
                publishedAt: string | null;
            }[];
            /** @description Ids of every stored version of this URL, oldest first (the last is current); empty when the page had no URL */
            versions: number[];
            /** @description Page text that is not the article, in page order */
            boilerplate: string[];
            warnings: string[];
        };
        SimilarArticles: {
            /** @description The article's most distinctive words (by tf·idf) that the search used, most distinctive first; empty when none is shared with another article */
            terms: string[];
            /** @description Current articles sharing those words, best match first; never the article itself or another version of its URL */
            items: components["schemas"]["ArticleSummary"][];
        };
        Headline: {
            id: number;
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
            id: number;
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
            /** @enum {string} */
            interval: "day" | "week" | "month";
            /** @description Oldest first, every bucket from `since` (else the first match) to `until` (else the last), empty ones with count 0 */
            buckets: {
                /** @description `2017-08-28` (day; week: its Monday) or `2017-08` (month) */
                bucket: string;
                count: number;
            }[];
            /** @description Dated matches: the sum of the counts */
            total: number;
            /** @description Matches without a time, in no bucket; since and until do not apply to them */
            undated: number;
        };
        Health: {
            /** @constant */
            status: "ok";
            /** @description Articles stored */
            articles: number;
            parserVersion: number;
        };
        Source: {
            id: number;
            /** @description As first seen, e.g. `Ahram online` */
            name: string;
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
                /** @description Full-text search over title, lead and body. Every word must match; `"an exact phrase"`; `-word` or `-"a phrase"` excludes (with at least one word to search for); `a OR b` (in capitals) matches either and binds tighter than the spaces between words; `bagh*` matches words starting with `bagh`. Anything else (`AND`, `NOT`, `NEAR(`, `col:`, `^`, `+`, brackets) is searched as text; an unclosed quote runs to the end. A query with nothing to search for is a 400. */
                q?: string;
                /** @description `relevance` (best match first; needs `q`, and is the default with it), `newest` (the default without `q`) or `oldest`, by the article's `date` */
                sort?: "relevance" | "newest" | "oldest";
                /** @description Only articles from this source, by name (case and spacing ignored); repeat the parameter for any of several */
                source?: string[];
                /** @description Only articles from this publisher (the copyright holder), by name; repeat for any of several */
                publisher?: string[];
                /** @description Only articles in this language (ISO 639-1 code as detected, e.g. `en`); several as `en,fr` */
                lang?: string[];
                /** @description Only articles dated at or after this date (`2017-08-28`: from its start, UTC) or time (`2017-08-28T16:00:00Z`). The date is `date`: published, else crawled, else ingested */
                since?: string;
                /** @description Only articles dated at or before this time, or on or before this date (the whole day, UTC). The example reaches far ahead because the sample page has no date of its own: it is dated by its ingest */
                until?: string;
                /** @description `true`: only articles with a title (the page's own, or the crawl record's); `false`: only those without */
                hasTitle?: "true" | "false";
                /** @description Also count the selected articles by `source`, `publisher`, `month`, `lang` (`month`: YYYY-MM of `date`): the top 20 values of each, most frequent first */
                facets?: ("source" | "publisher" | "month" | "lang")[];
                /** @description Put before each match in `snippet`, as given (default `<mark>`; at most 64 characters); the snippet text itself is HTML-escaped */
                highlightStart?: string;
                /** @description Put after each match in `snippet`, as given (default `</mark>`) */
                highlightEnd?: string;
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description The `next` value of the previous page */
                cursor?: string;
                /** @description `json` (the default): one page of `{items, next}`. `ndjson` or `csv`: every match in one streamed download (`limit` is ignored; it starts after `cursor` when one is given). Without this parameter, an `Accept` header that ranks `application/x-ndjson` or `text/csv` above `application/json` asks for the same. An error after the first byte of a download closes the connection before the end of the body, so a cut-off download never looks complete. */
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
                    "application/json": components["schemas"]["ArticlePage"];
                    "application/x-ndjson": components["schemas"]["ArticleSummary"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description The query ran past its time budget and was stopped (narrow it), or too many queries are waiting (retry; see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                /** @description The record id */
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSimilarArticles: {
        parameters: {
            query?: {
                /** @description How many similar articles, 1–50 */
                limit?: number;
            };
            header?: {
                /** @description ETags of answers you hold (a comma-separated list, or `*`): when one is current, the answer is `304` with no body */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /** @description The record id */
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description The query ran past its time budget and was stopped (narrow it), or too many queries are waiting (retry; see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                /** @description The record id */
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description The query ran past its time budget and was stopped (narrow it), or too many queries are waiting (retry; see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                /** @description The record id */
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listHeadlines: {
        parameters: {
            query?: {
                /** @description Full-text search over headline titles. Every word must match; `"an exact phrase"`; `-word` or `-"a phrase"` excludes (with at least one word to search for); `a OR b` (in capitals) matches either and binds tighter than the spaces between words; `bagh*` matches words starting with `bagh`. Anything else (`AND`, `NOT`, `NEAR(`, `col:`, `^`, `+`, brackets) is searched as text; an unclosed quote runs to the end. A query with nothing to search for is a 400. */
                q?: string;
                /** @description `newest` first (the default) or `oldest` first, undated headlines last in both; `relevance` (best match first) needs `q` */
                sort?: "newest" | "oldest" | "relevance";
                /** @description `true`: only headlines with a time; `false`: only those without */
                hasDate?: "true" | "false";
                /** @description Only headlines listed on this article (its id) */
                article?: number;
                /** @description Published at or after this date (`2017-08-28`) or time (`2017-08-28T16:00:00Z`) */
                since?: string;
                /** @description Published at or before this time, or on or before this date */
                until?: string;
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description The `next` value of the previous page */
                cursor?: string;
                /** @description `json` (the default): one page of `{items, next}`. `ndjson` or `csv`: every match in one streamed download (`limit` is ignored; it starts after `cursor` when one is given). Without this parameter, an `Accept` header that ranks `application/x-ndjson` or `text/csv` above `application/json` asks for the same. An error after the first byte of a download closes the connection before the end of the body, so a cut-off download never looks complete. */
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
                    "application/json": components["schemas"]["HeadlinePage"];
                    "application/x-ndjson": components["schemas"]["Headline"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description The query ran past its time budget and was stopped (narrow it), or too many queries are waiting (retry; see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHeadlineTimeline: {
        parameters: {
            query?: {
                /** @description Full-text search over headline titles (without it: every headline). Every word must match; `"an exact phrase"`; `-word` or `-"a phrase"` excludes (with at least one word to search for); `a OR b` (in capitals) matches either and binds tighter than the spaces between words; `bagh*` matches words starting with `bagh`. Anything else (`AND`, `NOT`, `NEAR(`, `col:`, `^`, `+`, brackets) is searched as text; an unclosed quote runs to the end. A query with nothing to search for is a 400. */
                q?: string;
                /** @description Bucket size, in UTC: `day` (labelled `2017-08-28`), `week` (ISO week from Monday, labelled by its Monday: `2017-08-28`) or `month` (`2017-08`) */
                interval?: "day" | "week" | "month";
                /** @description Published at or after this date (`2017-08-28`) or time (`2017-08-28T16:00:00Z`) */
                since?: string;
                /** @description Published at or before this time, or on or before this date */
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description The query ran past its time budget and was stopped (narrow it), or too many queries are waiting (retry; see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHeadline: {
        parameters: {
            query?: {
                /** @description Articles embedded, 1–100 (`articleCount` is the total) */
                limit?: number;
                /** @description The `articlesNext` value of the previous response */
                cursor?: string;
            };
            header?: {
                /** @description ETags of answers you hold (a comma-separated list, or `*`): when one is current, the answer is `304` with no body */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /** @description The record id */
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description The query ran past its time budget and was stopped (narrow it), or too many queries are waiting (retry; see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description An unexpected error; the body never carries internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                    /** @description Where it was crawled from: a known URL with other text is a new version; its host is the publisher when the page names none */
                    url?: string;
                    /** @description When it was crawled (ISO 8601): resolves relative dates such as "Updated 2 hours ago" */
                    timestamp?: string;
                    /** @description Used when the page has no title of its own */
                    title?: string;
                    /** @description Publication date, used when the page shows none */
                    date?: string;
                    /** @description The site, when there is no URL (the publisher when the page names none) */
                    domain?: string;
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
                    "application/json": components["schemas"]["StoredDocument"];
                };
            };
            /** @description The request is invalid: a parameter is missing, malformed or out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writing is turned off on this server: it has no API keys (NEWSSTAND_API_KEYS). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit (NEWSSTAND_MAX_BODY_MB), or the page over the limit on one page. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Content-Type, or a Content-Encoding, is not one this route accepts (`Accept` lists the types). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is well-formed but holds no page: empty, only white space, or binary data. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                /** @description The record id */
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writing is turned off on this server: it has no API keys (NEWSSTAND_API_KEYS). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
