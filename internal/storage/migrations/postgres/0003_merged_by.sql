-- merged_by is the article whose placement folded the story into
-- merged_into. A process sharing the store reads the merges made since
-- the last article it knows (storage.MergesAfter), so its placer folds
-- the same stories the other process did.
ALTER TABLE stories ADD COLUMN merged_by BIGINT;
CREATE INDEX stories_merged_by ON stories(merged_by) WHERE merged_by IS NOT NULL;
