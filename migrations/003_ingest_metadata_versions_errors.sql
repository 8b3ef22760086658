-- JSONL pages come with metadata (url, crawl timestamp, title, date, domain): kept with the raw
-- page so that records re-derived later see exactly what the first ingest saw.
ALTER TABLE documents ADD COLUMN meta TEXT CHECK (meta IS NULL OR json_valid(meta));

-- The same URL with new text is a new version: the newest document of a URL is the current one.
CREATE INDEX documents_url ON documents (url) WHERE url IS NOT NULL;

-- Every input that could not be stored, with where and why: bad input never stops a run and is
-- never silent.
CREATE TABLE ingest_errors (
  id INTEGER PRIMARY KEY,
  origin TEXT NOT NULL,
  line INTEGER,
  reason TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
-- The same failure seen again (a rerun, a resumed run) is one row, so reruns converge.
CREATE UNIQUE INDEX ingest_errors_identity ON ingest_errors (origin, ifnull(line, 0), reason);
