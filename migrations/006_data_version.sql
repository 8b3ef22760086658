-- A counter that changes whenever served data changes, so HTTP responses can carry an ETag tied
-- to it and a client's revalidation costs one cheap read instead of a query (src/plugins/http-cache.ts).
-- It is bumped by triggers, so every writer (ingest, reparse, later HTTP writes and deletes) is
-- covered without remembering to; measured on a 20,000-page first ingest, the triggers cost
-- less than run-to-run noise (see the README, Performance).
--
-- `database_id` is random per database: counters of two databases (a test's, a restored copy)
-- start alike, and an ETag must never match across them.
INSERT INTO settings (key, value) VALUES ('data_version', '0'), ('database_id', lower(hex(randomblob(8))));

-- Every served record is an article or hangs off one: sources, publishers and headlines are
-- created, re-linked and removed only together with an article row, whose trigger fires.
CREATE TRIGGER data_version_documents_insert AFTER INSERT ON documents BEGIN
  UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER data_version_documents_update AFTER UPDATE ON documents BEGIN
  UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER data_version_documents_delete AFTER DELETE ON documents BEGIN
  UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER data_version_articles_insert AFTER INSERT ON articles BEGIN
  UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER data_version_articles_update AFTER UPDATE ON articles BEGIN
  UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER data_version_articles_delete AFTER DELETE ON articles BEGIN
  UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
-- Lookup rows changed on their own (a rename, a removal) change what /sources and /headlines
-- serve; inserts need no trigger, as they only happen while an article is written.
CREATE TRIGGER data_version_sources_change AFTER UPDATE ON sources BEGIN
  UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER data_version_sources_delete AFTER DELETE ON sources BEGIN
  UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER data_version_publishers_change AFTER UPDATE ON publishers BEGIN
  UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER data_version_publishers_delete AFTER DELETE ON publishers BEGIN
  UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER data_version_headlines_change AFTER UPDATE ON headlines BEGIN
  UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER data_version_headlines_delete AFTER DELETE ON headlines BEGIN
  UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
-- Search results change when a deferred first load's indexes are built, with no article written.
CREATE TRIGGER data_version_fts_built AFTER DELETE ON settings WHEN old.key = 'fts_deferred' BEGIN
  UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
