-- The parser now finds who wrote an article, when it was published and in which language.
-- Existing rows keep NULL until they are re-derived from their raw page.
ALTER TABLE articles ADD COLUMN byline TEXT;
ALTER TABLE articles ADD COLUMN published_at TEXT;
ALTER TABLE articles ADD COLUMN lang TEXT;
-- Where title, byline and published_at came from: the page text, or JSONL metadata.
ALTER TABLE articles ADD COLUMN provenance TEXT CHECK (provenance IS NULL OR json_valid(provenance));
CREATE INDEX articles_published_at ON articles (published_at);
