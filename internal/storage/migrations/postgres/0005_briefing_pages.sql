-- As migrations/sqlite/0006_briefing_pages.sql.
ALTER TABLE briefings ADD COLUMN page BYTEA;
ALTER TABLE briefings ADD COLUMN fragment BYTEA;
ALTER TABLE briefings ADD COLUMN fragment_key TEXT;
