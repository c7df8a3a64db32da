-- As migrations/sqlite/0011_analysis_sums.sql: each analysis's SHA-256,
-- and a writer that changes doc without it leaves no sum.
ALTER TABLE analyses ADD COLUMN doc_sum BYTEA;
CREATE FUNCTION analyses_doc_sum_unknown() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.doc IS DISTINCT FROM OLD.doc AND NEW.doc_sum IS NOT DISTINCT FROM OLD.doc_sum THEN
		NEW.doc_sum := NULL;
	END IF;
	RETURN NEW;
END;
$$;
CREATE TRIGGER analyses_doc_sum_unknown BEFORE UPDATE ON analyses
	FOR EACH ROW EXECUTE FUNCTION analyses_doc_sum_unknown();
