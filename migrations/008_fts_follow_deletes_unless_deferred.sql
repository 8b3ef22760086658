-- While `fts_deferred` is set (migration 004) rows are written without being indexed, and the
-- indexes are rebuilt from their tables when the flag is cleared. The delete and update triggers
-- still told FTS5 to remove those never-indexed rows, which it refuses as corruption
-- (SQLITE_CORRUPT_VTAB): a reparse after a killed first load failed, and so would deleting a page
-- over HTTP during a first load. Skipping them while deferred is safe: the rebuild that clears the
-- flag indexes the tables as they then are, whatever was deleted or changed meanwhile.
DROP TRIGGER articles_fts_delete;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, lead, body) VALUES ('delete', old.id, old.title, old.lead, old.body);
END;

DROP TRIGGER articles_fts_update;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, lead, body ON articles
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, lead, body) VALUES ('delete', old.id, old.title, old.lead, old.body);
  INSERT INTO articles_fts (rowid, title, lead, body) VALUES (new.id, new.title, new.lead, new.body);
END;

DROP TRIGGER headlines_fts_delete;
CREATE TRIGGER headlines_fts_delete AFTER DELETE ON headlines
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO headlines_fts (headlines_fts, rowid, title) VALUES ('delete', old.id, old.title);
END;

DROP TRIGGER headlines_fts_update;
CREATE TRIGGER headlines_fts_update AFTER UPDATE OF title ON headlines
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO headlines_fts (headlines_fts, rowid, title) VALUES ('delete', old.id, old.title);
  INSERT INTO headlines_fts (rowid, title) VALUES (new.id, new.title);
END;
