-- What lists sort and filter on, in a narrow table of its own. Every column added to `articles`
-- lands after the page text in each row, and reading it means walking the row's overflow pages:
-- on 100,000 pages, filtering full-text matches on `articles.source_id` took 315 ms against 115 ms
-- on `title`, and the old "newest version of its URL" test (documents.url sits after the raw
-- bytes) 510 ms. Here each row is a few dozen bytes, so a lookup per match stays cheap and the
-- indexes below answer lists, date ranges and facet counts without touching the wide rows.
CREATE TABLE article_keys (
  id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  -- The article's date, ISO 8601 UTC to the second: when it was published according to the page,
  -- else when its page was crawled, else when it was ingested; `date_basis` says which.
  date TEXT NOT NULL,
  date_basis TEXT NOT NULL CHECK (date_basis IN ('published', 'crawled', 'ingested')),
  -- 1 for the newest stored version of its URL (and for every page without a URL), 0 once a
  -- newer version is stored: lists and search show current articles only.
  current INTEGER NOT NULL CHECK (current IN (0, 1)),
  source_id INTEGER,
  publisher_id INTEGER,
  lang TEXT,
  has_title INTEGER NOT NULL CHECK (has_title IN (0, 1))
);

-- Lists walk these in date order (the rowid, the article id, breaks ties) and stop after a page;
-- facet counts read them whole. (Without the language index, SQLite counted languages through
-- another index and a row lookup each: 346 ms on 100,000 articles, against 40 ms.)
CREATE INDEX article_keys_date ON article_keys (date) WHERE current = 1;
CREATE INDEX article_keys_source ON article_keys (source_id, date) WHERE current = 1;
CREATE INDEX article_keys_publisher ON article_keys (publisher_id, date) WHERE current = 1;
CREATE INDEX article_keys_lang ON article_keys (lang, date) WHERE current = 1;

-- The keys as derived from an article and its document, for the first fill below and for
-- updates in place (the insert trigger spells the same expressions over `new`). A date counts only when it reads as an ISO 8601 date or date-time
-- (strftime alone would take a bare number for a Julian day); anything else falls through to
-- the next basis.
CREATE VIEW article_keys_derived AS
SELECT id, coalesce(p, c, i) AS date,
       CASE WHEN p IS NOT NULL THEN 'published' WHEN c IS NOT NULL THEN 'crawled' ELSE 'ingested' END AS date_basis,
       current, source_id, publisher_id, lang, has_title
FROM (
  SELECT a.id, a.source_id, a.publisher_id, a.lang, a.title IS NOT NULL AS has_title,
         CASE WHEN a.published_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN strftime('%Y-%m-%dT%H:%M:%SZ', a.published_at) END AS p,
         CASE WHEN d.crawled_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN strftime('%Y-%m-%dT%H:%M:%SZ', d.crawled_at) END AS c,
         strftime('%Y-%m-%dT%H:%M:%SZ', d.ingested_at) AS i,
         NOT EXISTS (SELECT 1 FROM documents newer WHERE newer.url = d.url AND newer.id > d.id) AS current
  FROM articles a JOIN documents d ON d.id = a.id
);

INSERT INTO article_keys (id, date, date_basis, current, source_id, publisher_id, lang, has_title)
SELECT id, date, date_basis, current, source_id, publisher_id, lang, has_title FROM article_keys_derived;

-- Kept in step by triggers, as the full-text index is, so no write path can leave it behind.
-- On insert the article's values come from `new` (the view would read the wide row back): the
-- same expressions as the view, for the document's half.
CREATE TRIGGER article_keys_insert AFTER INSERT ON articles BEGIN
  -- OR REPLACE: a connection with foreign keys off (the sqlite3 shell's default) deletes an
  -- article without its keys; storing the article again must not fail on them.
  INSERT OR REPLACE INTO article_keys (id, date, date_basis, current, source_id, publisher_id, lang, has_title)
  SELECT new.id, coalesce(p, c, i), CASE WHEN p IS NOT NULL THEN 'published' WHEN c IS NOT NULL THEN 'crawled' ELSE 'ingested' END,
         current, new.source_id, new.publisher_id, new.lang, new.title IS NOT NULL
  FROM (
    SELECT CASE WHEN new.published_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN strftime('%Y-%m-%dT%H:%M:%SZ', new.published_at) END AS p,
           CASE WHEN d.crawled_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN strftime('%Y-%m-%dT%H:%M:%SZ', d.crawled_at) END AS c,
           strftime('%Y-%m-%dT%H:%M:%SZ', d.ingested_at) AS i,
           NOT EXISTS (SELECT 1 FROM documents newer WHERE newer.url = d.url AND newer.id > d.id) AS current
    FROM documents d WHERE d.id = new.id
  );
  -- A new version of a URL retires the older ones.
  UPDATE article_keys SET current = 0
  WHERE current = 1 AND id IN (
    SELECT older.id FROM documents d JOIN documents older ON older.url = d.url AND older.id < d.id WHERE d.id = new.id
  );
END;

-- Nothing updates these columns in place today (reparse deletes and re-inserts); should anything
-- start to, the keys follow. Deleting an article deletes its keys (the foreign key cascades).
CREATE TRIGGER article_keys_update AFTER UPDATE OF title, published_at, lang, source_id, publisher_id ON articles BEGIN
  INSERT OR REPLACE INTO article_keys (id, date, date_basis, current, source_id, publisher_id, lang, has_title)
  SELECT id, date, date_basis, current, source_id, publisher_id, lang, has_title FROM article_keys_derived WHERE id = new.id;
END;
