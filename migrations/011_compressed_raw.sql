-- Raw pages are stored compressed (src/db/raw-codec.ts): `raw_codec` says how each row's `raw`
-- holds its page. Rows stored before keep NULL, meaning "as is, not yet converted", so they are
-- served unchanged while `newsstand compact` converts them, batch by batch. `sha256` stays the
-- hash of the original bytes: a page's identity does not depend on how it is stored.
ALTER TABLE documents ADD COLUMN raw_codec TEXT CHECK (raw_codec IS NULL OR raw_codec IN ('identity', 'br'));

-- The rows `compact` has left to convert. Without it, finding them means reading past each
-- page's `raw` (raw_codec comes after it in the row) on every rerun; with it, a database with
-- nothing left to convert answers at once, and new rows (never NULL) do not enter it.
CREATE INDEX documents_raw_unconverted ON documents (id) WHERE raw_codec IS NULL;
