-- Pages are kept as read, so an article can always be re-extracted and a
-- reader can check it against the original.
CREATE TABLE pages (
	id          INTEGER PRIMARY KEY,
	sha256      TEXT NOT NULL UNIQUE,
	origin      TEXT NOT NULL,
	url         TEXT NOT NULL DEFAULT '',
	kind        TEXT NOT NULL,
	charset     TEXT NOT NULL DEFAULT '',
	fetched_at  TIMESTAMP,
	ingested_at TIMESTAMP NOT NULL,
	raw         BLOB NOT NULL
);

CREATE TABLE stories (
	id         INTEGER PRIMARY KEY,
	title      TEXT NOT NULL DEFAULT '',
	created_at TIMESTAMP NOT NULL,
	updated_at TIMESTAMP NOT NULL,
	-- merged_into points at the story that absorbed this one.
	merged_into INTEGER REFERENCES stories(id)
);

CREATE TABLE articles (
	id             INTEGER PRIMARY KEY,
	page_id        INTEGER NOT NULL UNIQUE REFERENCES pages(id),
	origin         TEXT NOT NULL,
	url            TEXT NOT NULL DEFAULT '',
	title          TEXT NOT NULL DEFAULT '',
	description    TEXT NOT NULL DEFAULT '',
	authors        TEXT NOT NULL DEFAULT '[]',
	site           TEXT NOT NULL DEFAULT '',
	-- outlet is who published it (article.Outlet), kept for counting.
	outlet         TEXT NOT NULL DEFAULT '',
	language       TEXT NOT NULL DEFAULT '',
	image          TEXT NOT NULL DEFAULT '',
	published      TIMESTAMP,
	published_from TEXT NOT NULL DEFAULT '',
	modified       TIMESTAMP,
	fetched_at     TIMESTAMP,
	body           TEXT NOT NULL,
	body_hash      TEXT NOT NULL,
	story_id       INTEGER REFERENCES stories(id),
	duplicate_of   INTEGER REFERENCES articles(id),
	duplicate_kind TEXT NOT NULL DEFAULT '',
	similarity     REAL NOT NULL DEFAULT 0,
	created_at     TIMESTAMP NOT NULL
);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_body_hash ON articles(body_hash);
CREATE INDEX articles_published ON articles(story_id, published);

CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, body, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
	INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
