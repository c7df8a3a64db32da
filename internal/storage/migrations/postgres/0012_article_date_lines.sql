-- As migrations/sqlite/0013_article_date_lines.sql: the dated lines the
-- extractor kept out of each article's body, a JSON array.
ALTER TABLE articles ADD COLUMN date_lines TEXT NOT NULL DEFAULT '[]';
