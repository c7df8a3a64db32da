-- Each stored briefing compressed as the API sends it to a client that
-- accepts gzip (package briefings): a whole gzip member of the briefing
-- column's JSON, so that answering for a large story (6.8 MB of JSON for
-- a thousand articles) reads and sends a tenth of that, compressed once
-- when the briefing is built. NULL in rows stored before this column:
-- those are sent uncompressed until the briefing is built again.
ALTER TABLE briefings ADD COLUMN briefing_gzip BLOB;
