-- Cheaper writes for batched ingestion (measured in BENCHMARKS.md,
-- "Scale").
--
-- FTS5 keeps a transaction's new terms in memory until they reach
-- hashsize, then writes them out as a new segment and merges segments
-- (automerge: once that many share a level). At the default 1 MiB a batch
-- of 2,000 articles became several small segments, each merged up level
-- by level; at 64 MiB a batch is one segment, written at its commit. A
-- merge every 8 segments instead of 4 rewrites each term fewer times as
-- the index grows; searches read a few more segments, which the same
-- bench did not show in their time.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 67108864);
INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);

-- No query reads articles by body_hash: the index only cost a b-tree
-- insert at a random place per article, which at a million articles is
-- a page read and a page written for nearly every one.
DROP INDEX articles_body_hash;
