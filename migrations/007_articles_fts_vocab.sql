-- Document frequencies of every indexed term, read by "more like this" (GET /articles/{id}/similar)
-- to weigh an article's words by how rare they are. fts5vocab reads the articles_fts index itself,
-- so it stores nothing and is never stale. IF NOT EXISTS with exactly this definition: another
-- migration may create the same table for its own use.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts_vocab USING fts5vocab(articles_fts, 'row');
