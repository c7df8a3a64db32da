-- No query reads articles by body_hash; the index only cost a write per
-- article (as in migrations/sqlite/0003).
DROP INDEX articles_body_hash;
