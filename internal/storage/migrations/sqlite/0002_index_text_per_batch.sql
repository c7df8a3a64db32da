-- Articles are added to the full-text index by the statement that ends
-- each batch of inserts (storage.AddArticles), not by a trigger per row:
-- FTS5 writes its pending terms to disk whenever a statement opens a
-- statement journal, so a trigger made every insert a flush.
DROP TRIGGER articles_fts_insert;
