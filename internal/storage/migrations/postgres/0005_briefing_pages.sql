-- As migrations/sqlite/0006_briefing_pages.sql.
ALTER TABLE briefings ADD COLUMN page BYTEA;
ALTER TABLE briefings ADD COLUMN fragment BYTEA;
ALTER TABLE briefings ADD COLUMN fragment_key TEXT;

CREATE TABLE related_stories (
	story_id BIGINT PRIMARY KEY REFERENCES stories(id),
	lookup   TEXT NOT NULL,
	related  BYTEA NOT NULL
);
