-- As migrations/sqlite/0010_story_counts_index.sql: the counts of a story
-- answered from the index (an index-only scan where the table's pages are
-- all visible).
CREATE INDEX articles_story_counts ON articles(story_id, outlet, duplicate_of);
