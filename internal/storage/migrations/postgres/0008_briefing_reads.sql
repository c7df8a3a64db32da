-- As migrations/sqlite/0009_briefing_reads.sql (PostgreSQL keeps large
-- values out of line, but a row of its own keeps the story page's read
-- apart from the briefing's all the same).
CREATE TABLE briefing_reads (
	story_id      BIGINT PRIMARY KEY REFERENCES stories(id),
	version       TEXT NOT NULL,
	revision      BIGINT NOT NULL,
	built_at      TIMESTAMPTZ NOT NULL,
	fragment_key  TEXT,
	head          BYTEA,
	fragment      BYTEA,
	briefing_gzip BYTEA
);
INSERT INTO briefing_reads (story_id, version, revision, built_at, fragment_key, head, fragment)
	SELECT story_id, version, revision, built_at, fragment_key, head, fragment FROM briefings;
