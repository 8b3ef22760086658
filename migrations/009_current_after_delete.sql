-- Deleting a page (DELETE /documents/{id}) can remove the newest version of its URL: the newest
-- version left is then the current one again. article_keys.current (migration 005) is set when a
-- version is stored and cleared when a newer one arrives; this is the third case. The article's
-- own keys go with it (the foreign key cascades), so only the survivor needs an update.
CREATE TRIGGER article_keys_current_after_delete AFTER DELETE ON documents
WHEN old.url IS NOT NULL BEGIN
  UPDATE article_keys SET current = 1
  WHERE current = 0 AND id = (SELECT max(id) FROM documents WHERE url = old.url);
END;
