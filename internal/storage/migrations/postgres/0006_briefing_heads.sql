-- As migrations/sqlite/0007_briefing_heads.sql.
ALTER TABLE briefings ADD COLUMN head BYTEA;
