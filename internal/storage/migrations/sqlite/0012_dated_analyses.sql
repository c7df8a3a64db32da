-- Analyses of articles made against a day other than their own
-- publication date: an undated article of a dated story resolves its
-- relative dates ("on Tuesday") against the story's day, so the analysis
-- stored at ingest (made against no date) does not serve it. Kept here
-- by the day (ref, RFC 3339 in UTC) with the rules (version) and a sum of
-- the text and language (made_from) they were made from, so that the
-- first update after a process starts decodes them rather than analysing
-- every such article again (package briefings).
CREATE TABLE dated_analyses (
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	ref        TEXT NOT NULL,
	version    TEXT NOT NULL,
	made_from  BLOB NOT NULL,
	doc        BLOB NOT NULL,
	PRIMARY KEY (article_id, ref)
);
