package web

import (
	"strconv"
	"testing"

	"crosscheck/internal/storage"
)

func itoa(id int64) string { return strconv.FormatInt(id, 10) }

// testIngester is the pipeline the browser tests ingest through.
func testIngester(t testing.TB, st *storage.Store) IngestFunc { return lineIngester(st) }
