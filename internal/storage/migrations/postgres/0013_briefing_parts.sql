-- As migrations/sqlite/0014_briefing_parts.sql: the Kept of a briefing in
-- parts cut by its content, listed in order by alignment_parts.
CREATE TABLE briefing_parts (
	story_id BIGINT NOT NULL REFERENCES stories(id),
	part_sum BYTEA NOT NULL,
	body     BYTEA NOT NULL,
	PRIMARY KEY (story_id, part_sum)
);
ALTER TABLE briefings ADD COLUMN alignment_parts BYTEA;
