-- Sections are stored as their shape alone from now on (src/db/sections-codec.ts): their texts are
-- the body's lines, which full-text search keeps anyway, so storing them twice doubled the largest
-- table. Rows stored before keep their sections in full (JSON starting `[{`), read as they are until
-- `newsstand compact` converts them, batch by batch; nothing in the schema changes. This index finds
-- the rows left to convert without reading every article; rows written from now on never enter it
-- (a shape starts `[` and a digit or `-`, sections kept in full start `{"verbatim":`).
CREATE INDEX articles_sections_unconverted ON articles (id) WHERE substr(sections, 1, 2) = '[{';
