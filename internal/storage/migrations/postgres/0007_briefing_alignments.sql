-- As migrations/sqlite/0008_briefing_alignments.sql.
ALTER TABLE briefings ADD COLUMN alignment BYTEA;
