-- What the alignment of a story's briefing keeps (briefings.alignment) is
-- stored in parts cut by its content (storage/parts.go): when an article
-- joins a 1,000-article story, most of its 8 MB is unchanged, and only
-- the parts not stored yet are written. alignment_parts lists the parts
-- in order (their sums and lengths); the column alignment is then NULL.
-- A row written before this column keeps its alignment whole.
CREATE TABLE briefing_parts (
	story_id INTEGER NOT NULL REFERENCES stories(id),
	part_sum BLOB NOT NULL,
	body     BLOB NOT NULL,
	PRIMARY KEY (story_id, part_sum)
);
ALTER TABLE briefings ADD COLUMN alignment_parts BLOB;
