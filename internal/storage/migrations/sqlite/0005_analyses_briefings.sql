-- Each article's analysis (nlp.Doc as JSON), made once at ingest, with
-- the version of the rules that made it (nlp.Version): "crosscheck
-- reanalyze" brings those of another version up to date. An article
-- without a row, or with a row of another version, is analysed again
-- wherever it is needed, so a failed analysis never costs the article.
CREATE TABLE analyses (
	article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
	version     TEXT NOT NULL,
	doc         BLOB NOT NULL,
	analyzed_at TIMESTAMP NOT NULL
);

-- revision counts the placements that changed a story's articles; a
-- stored briefing is current while its revision and version are the
-- story's and the binary's.
ALTER TABLE stories ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

-- The briefing of each story (brief.Briefing as JSON), kept current as
-- articles join, so that a briefing request is a read.
CREATE TABLE briefings (
	story_id INTEGER PRIMARY KEY REFERENCES stories(id),
	version  TEXT NOT NULL,
	revision INTEGER NOT NULL,
	briefing BLOB NOT NULL,
	built_at TIMESTAMP NOT NULL
);
