-- The page line each of title, byline and publishedAt was read from, the choosing model's
-- confidence, and the date as the page gives it (its own zone). JSON, like provenance; rows
-- stored before this migration keep NULL until `reparse` re-derives them (parser version 4).
ALTER TABLE articles ADD COLUMN evidence TEXT CHECK (evidence IS NULL OR json_valid(evidence));
