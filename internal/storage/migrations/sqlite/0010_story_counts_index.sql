-- What Store.Story counts for every story page and API answer (articles,
-- outlets, copies) read from an index instead of the table: duplicate_of
-- comes after body in the table's rows, so counting it read each
-- article's text through its overflow pages — for a story of a thousand
-- articles, most of a story page's CPU (BENCHMARKS.md, issue 15, session 5).
CREATE INDEX articles_story_counts ON articles(story_id, outlet, duplicate_of);
