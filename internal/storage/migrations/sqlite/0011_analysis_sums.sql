-- A sum of each stored analysis (SHA-256 of doc), so that the update of a
-- story's briefing reads the sums of its analyses and only the rows whose
-- sum is not the one it holds, not every analysis (8.4 MB for a
-- 1,000-article story) at every update (package briefings). NULL for the
-- analyses stored before this column, and read whole.
ALTER TABLE analyses ADD COLUMN doc_sum BLOB;
-- A writer that does not know the column (a release before it, still
-- running beside this one) changes doc and leaves the sum: the sum is
-- then no longer known.
CREATE TRIGGER analyses_doc_sum_unknown AFTER UPDATE OF doc ON analyses
	WHEN NEW.doc IS NOT OLD.doc AND NEW.doc_sum IS OLD.doc_sum
BEGIN
	UPDATE analyses SET doc_sum = NULL WHERE article_id = NEW.article_id;
END;
