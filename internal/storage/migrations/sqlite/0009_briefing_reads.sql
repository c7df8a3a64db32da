-- What a reader of a stored briefing reads on every request, in a table
-- of its own: the story page's head and rendered page (fragment, with
-- its renderer's version) and the briefing compressed as the API sends
-- it to a client that accepts gzip (a whole gzip member of the JSON,
-- made when the briefing is built). In the briefings table these came
-- after the briefing itself, and SQLite reaches a column after a large
-- blob by walking the blob's overflow pages: every story page of a
-- 1,000-article story read its 6.9 MB briefing and 5 MB alignment from
-- disk on a fresh connection to get at a head of 112 bytes. A row here
-- is written with its briefing, of the same version and revision.
CREATE TABLE briefing_reads (
	story_id      INTEGER PRIMARY KEY REFERENCES stories(id),
	version       TEXT NOT NULL,
	revision      INTEGER NOT NULL,
	built_at      TIMESTAMP NOT NULL,
	fragment_key  TEXT,
	head          BLOB,
	fragment      BLOB,
	briefing_gzip BLOB
);
-- The briefings' own columns keep what they hold, unread: rewriting
-- every stored briefing to clear them would cost more than the space.
INSERT INTO briefing_reads (story_id, version, revision, built_at, fragment_key, head, fragment)
	SELECT story_id, version, revision, built_at, fragment_key, head, fragment FROM briefings;
