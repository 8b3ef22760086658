// Response examples for the OpenAPI document: what the API answers to each operation's example
// request on the database `npm start` builds from data/samples (one page: article, source and
// publisher 1, headlines 1–8). Long arrays and texts are cut short; dates that depend on when the
// page was ingested are one such date. test/openapi-examples.test.ts checks them against the
// real answers, so they cannot drift from the data or the code.

const LEAD =
  'U.S. and Iraqi officials believe the leader of IS group, Abu Bakr al-Baghdadi, has left operational commanders behind with diehard followers to fight the battle of Mosul, and is now hiding out in the desert, focusing mainly on his own survival.'
const INGESTED = '2026-11-26T04:42:57Z'

const source = { id: 1, name: 'Ahram online' }
const publisher = { id: 1, name: 'Arab Today Media Group' }

export const ARTICLE_SUMMARY_EXAMPLE = {
  id: 1, title: null, lead: LEAD, source, publisher, date: INGESTED, dateBasis: 'ingested' as const, lang: 'en',
}

export const ARTICLE_SEARCH_HIT_EXAMPLE = {
  ...ARTICLE_SUMMARY_EXAMPLE,
  snippet: '…the <em>caliphate</em> in Iraq.\nThe intelligence sources point to a sharp drop in <em>Islamic State</em> postings on social media as evidence that <em>Baghdadi</em> and…',
}

export const ARTICLE_PAGE_EXAMPLE = {
  items: [ARTICLE_SEARCH_HIT_EXAMPLE],
  next: null,
  ranking: { scope: 'all' as const, ranked: 1, matches: 1, estimated: false },
  facets: { source: [{ value: 'Ahram online', count: 1, id: 1 }], lang: [{ value: 'en', count: 1 }] },
}

export const ARTICLE_EXAMPLE = {
  ...ARTICLE_SUMMARY_EXAMPLE,
  byline: null,
  publishedAt: null,
  provenance: { title: null, byline: null, publishedAt: null },
  evidence: { title: null, byline: null, publishedAt: null },
  sha256: '860250065aeb5f7434fdf050476ea307b2e16b34ac43fb75cf4d2922ac37dd5b',
  url: null,
  crawledAt: null,
  ingestedAt: '2026-11-26T04:42:57.341Z',
  sections: [
    { heading: null, paragraphs: [LEAD] },
    {
      heading: 'ISOLATED',
      paragraphs: ['At the height of its power two years ago, Islamic State ruled over millions of people in territory running from northern Syria through towns and villages along the Tigris and Euphrates river valleys to the outskirts of Baghdad in Iraq.'],
    },
  ],
  references: ['L5N1GD7JK'],
  relatedHeadlines: [
    { id: 1, title: '1 killed, 5 Injured in southern Baghdad blast', publishedAt: '2017-08-29T15:47:00Z' },
    { id: 2, title: '2 killed in suicide car bombing in Iraq', publishedAt: '2017-08-29T15:45:00Z' },
  ],
  versions: [],
  boilerplate: ['Source: Ahram online', 'GMT 15:47 2017 Tuesday ,29 August'],
  warnings: [],
}

// The only stored article has no other to resemble: its similar list is empty.
export const SIMILAR_EXAMPLE = { terms: [], items: [] }

export const RAW_EXAMPLE = `${LEAD}\nIt is impossible to confirm the whereabouts of the Islamic State "caliph", who declared himself the ruler of all Muslims from Mosul's Great Mosque after his forces swept through northern Iraq in 2014.\n`

export const SOURCE_EXAMPLE = { id: 1, name: 'Ahram online', articleCount: 1 }
export const SOURCE_PAGE_EXAMPLE = { items: [SOURCE_EXAMPLE], next: null }

export const HEADLINE_EXAMPLE = { id: 5, title: '2 killed, 6 wounded in car bombing in eastern Baghdad', publishedAt: '2017-08-28T16:38:00Z', articleCount: 1 }
export const HEADLINE_PAGE_EXAMPLE = { items: [HEADLINE_EXAMPLE], next: null }

export const HEADLINE_WITH_ARTICLES_EXAMPLE = {
  id: 1, title: '1 killed, 5 Injured in southern Baghdad blast', publishedAt: '2017-08-29T15:47:00Z', articleCount: 1,
  articles: [ARTICLE_SUMMARY_EXAMPLE],
  articlesNext: null,
}

export const TIMELINE_EXAMPLE = {
  interval: 'day' as const, buckets: [{ bucket: '2017-08-28', count: 3 }, { bucket: '2017-08-29', count: 1 }], total: 4, undated: 0,
}

// The answers to POST /documents with its JSON example on the sample database: a second page.
export const CREATED_EXAMPLE = { status: 'created' as const, id: 2, newVersionOf: null }
export const UNCHANGED_EXAMPLE = { status: 'unchanged' as const, id: 2, newVersionOf: null }
