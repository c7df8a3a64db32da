-- The lines of each page the extractor kept out of the body that write a
-- full date (captions, update stamps, embedded posts' signatures; article
-- DateLines), a JSON array: a page of unknown date often prints its own
-- day there, and the briefing reads them for it (nlp.PageDay). Articles
-- stored before this column have none.
ALTER TABLE articles ADD COLUMN date_lines TEXT NOT NULL DEFAULT '[]';
