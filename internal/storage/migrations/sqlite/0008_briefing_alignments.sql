-- What the alignment of a story's briefing keeps for the next one
-- (align.Kept, encoded: the links between its sentences and a sum of
-- what each link was computed from), so that when an article joins the
-- story only the links of its sentences and of those that changed are
-- computed again (package briefings). NULL when none is kept: the next
-- build computes all, as before this column.
ALTER TABLE briefings ADD COLUMN alignment BLOB;
