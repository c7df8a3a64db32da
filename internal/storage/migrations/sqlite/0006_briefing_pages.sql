-- The first page of each stored briefing (what the story page shows
-- before a reader asks for more, package briefings), kept beside the
-- whole briefing so that a story page reads and decodes a few kilobytes,
-- not the whole briefing of a large story. NULL in rows stored before
-- this column: the first reader writes it.
ALTER TABLE briefings ADD COLUMN page BLOB;
