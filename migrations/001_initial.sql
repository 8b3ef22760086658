-- The first schema: raw documents, and the records derived from them.
-- Everything but `documents` can be rebuilt from `documents.raw` by re-running the parser.

-- The exact bytes of each ingested page, stored once per content hash.
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
  raw BLOB NOT NULL,
  url TEXT,
  crawled_at TEXT,
  -- Where the page was read from (a file path or `file.jsonl:LINE`), for error reports.
  origin TEXT,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  parser_version INTEGER NOT NULL
);

-- Lookup tables are get-or-create on a case- and space-folded key, so `Ahram online` and
-- `Ahram  Online` are one source; `name` keeps the spelling first seen.
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  key TEXT NOT NULL UNIQUE
);

CREATE TABLE publishers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  key TEXT NOT NULL UNIQUE
);

-- One article per document; it shares the document's id, so ids survive a re-parse.
CREATE TABLE articles (
  id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  title TEXT,
  lead TEXT,
  -- Headings and paragraphs in page order, one per line: what full-text search reads.
  body TEXT NOT NULL,
  sections TEXT NOT NULL CHECK (json_valid(sections)),
  refs TEXT NOT NULL CHECK (json_valid(refs)),
  boilerplate TEXT NOT NULL CHECK (json_valid(boilerplate)),
  warnings TEXT NOT NULL CHECK (json_valid(warnings)),
  source_id INTEGER REFERENCES sources (id),
  publisher_id INTEGER REFERENCES publishers (id)
);
CREATE INDEX articles_source ON articles (source_id);
CREATE INDEX articles_publisher ON articles (publisher_id);

-- A related headline is its title at its time: the same pair on many pages is one row.
CREATE TABLE headlines (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  published_at TEXT
);
CREATE UNIQUE INDEX headlines_identity ON headlines (title, ifnull(published_at, ''));
CREATE INDEX headlines_published_at ON headlines (published_at);

CREATE TABLE article_headlines (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  headline_id INTEGER NOT NULL REFERENCES headlines (id),
  -- Order on the page.
  position INTEGER NOT NULL,
  PRIMARY KEY (article_id, headline_id)
) WITHOUT ROWID;
CREATE INDEX article_headlines_headline ON article_headlines (headline_id);

-- Full-text indexes read their text from the tables above (external content) and are kept in
-- step by triggers, so a write can never leave them behind.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, lead, body,
  content = 'articles', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, lead, body) VALUES (new.id, new.title, new.lead, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, lead, body) VALUES ('delete', old.id, old.title, old.lead, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, lead, body ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, lead, body) VALUES ('delete', old.id, old.title, old.lead, old.body);
  INSERT INTO articles_fts (rowid, title, lead, body) VALUES (new.id, new.title, new.lead, new.body);
END;

CREATE VIRTUAL TABLE headlines_fts USING fts5 (
  title,
  content = 'headlines', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER headlines_fts_insert AFTER INSERT ON headlines BEGIN
  INSERT INTO headlines_fts (rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER headlines_fts_delete AFTER DELETE ON headlines BEGIN
  INSERT INTO headlines_fts (headlines_fts, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER headlines_fts_update AFTER UPDATE OF title ON headlines BEGIN
  INSERT INTO headlines_fts (headlines_fts, rowid, title) VALUES ('delete', old.id, old.title);
  INSERT INTO headlines_fts (rowid, title) VALUES (new.id, new.title);
END;
