-- The first page of each stored briefing (what the story page shows
-- before a reader asks for more, package briefings), kept beside the
-- whole briefing so that a story page reads and decodes a few kilobytes,
-- not the whole briefing of a large story. NULL in rows stored before
-- this column: the first reader writes it.
ALTER TABLE briefings ADD COLUMN page BLOB;

-- The first page rendered as the web server shows it, and the version of
-- the server's templates that rendered it (package web): a story page
-- need not render a briefing that has not changed. Cleared whenever the
-- briefing is stored anew.
ALTER TABLE briefings ADD COLUMN fragment BLOB;
ALTER TABLE briefings ADD COLUMN fragment_key TEXT;

-- Each story's related stories as last found (RelatedStories), with the
-- key they were found under: the names looked up and the newest article
-- id of the store then. Any article stored since changes the key, so a
-- list is found again once anything changed, and read as stored while
-- nothing did.
CREATE TABLE related_stories (
	story_id INTEGER PRIMARY KEY REFERENCES stories(id),
	lookup   TEXT NOT NULL,
	related  BLOB NOT NULL
);
