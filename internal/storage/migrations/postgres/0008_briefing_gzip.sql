-- As migrations/sqlite/0009_briefing_gzip.sql.
ALTER TABLE briefings ADD COLUMN briefing_gzip BYTEA;
