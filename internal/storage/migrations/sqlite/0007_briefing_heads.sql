-- What a story page shows around the stored rendered briefing (its
-- headline, date, names and whether lists are cut; package briefings),
-- a few hundred bytes kept apart from the first page, so that a story
-- page whose rendered page is stored reads and decodes only this, not
-- the first page (445 kB of JSON for a story of a thousand articles).
-- NULL in rows stored before this column: the first reader writes it.
ALTER TABLE briefings ADD COLUMN head BLOB;
