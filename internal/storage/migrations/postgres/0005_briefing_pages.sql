-- As migrations/sqlite/0006_briefing_pages.sql.
ALTER TABLE briefings ADD COLUMN page BYTEA;
