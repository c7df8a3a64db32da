-- As migrations/sqlite/0012_dated_analyses.sql: analyses made against a
-- day other than the article's own date, by that day, the rules and the
-- text and language they were made from.
CREATE TABLE dated_analyses (
	article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	ref        TEXT NOT NULL,
	version    TEXT NOT NULL,
	made_from  BYTEA NOT NULL,
	doc        BYTEA NOT NULL,
	PRIMARY KEY (article_id, ref)
);
