-- As migrations/sqlite/0005_analyses_briefings.sql.
CREATE TABLE analyses (
	article_id  BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
	version     TEXT NOT NULL,
	doc         BYTEA NOT NULL,
	analyzed_at TIMESTAMPTZ NOT NULL
);

ALTER TABLE stories ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;

CREATE TABLE briefings (
	story_id BIGINT PRIMARY KEY REFERENCES stories(id),
	version  TEXT NOT NULL,
	revision BIGINT NOT NULL,
	briefing BYTEA NOT NULL,
	built_at TIMESTAMPTZ NOT NULL
);
