package briefings

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
	"crosscheck/internal/cluster"
	"crosscheck/internal/storage"
)

// storyNames are the names a story's articles share most, read from
// every text: what namesKept.of must give.
func storyNames(stored []storage.StoredArticle) []string {
	texts := make([]string, 0, len(stored))
	for _, a := range stored {
		if a.DuplicateOf == 0 {
			texts = append(texts, a.Text)
		}
	}
	return cluster.Names(RelatedNames, texts...)
}

// TestNamesKeptAreRead counts a story's names step by step with what
// the Keeper kept of the steps before, and fails when a name of a text
// no longer stored is counted: an article whose text changed under the
// same id, one that became a copy, one that left.
func TestNamesKeptAreRead(t *testing.T) {
	text := func(id int64, s string) storage.StoredArticle {
		return storage.StoredArticle{Article: article.Article{ID: id, Text: s}}
	}
	copyOf := func(a storage.StoredArticle, of int64) storage.StoredArticle {
		a.DuplicateOf = of
		return a
	}
	const (
		paris  = "Officials said on Monday that talks in Paris went on. Then the French team met Ana Diaz there."
		berlin = "Officials said on Monday that talks in Berlin went on. Then the German team met Bo Lind there."
		rome   = "Officials said that talks in Rome went on. Then the Italian team met Cy Rossi there."
	)
	steps := []struct {
		name   string
		story  int64
		stored []storage.StoredArticle
	}{
		{"first build", 1, []storage.StoredArticle{text(1, paris), text(2, paris), text(3, berlin)}},
		{"another story between", 2, []storage.StoredArticle{text(7, rome)}},
		{"an article's text changes under its id", 1, []storage.StoredArticle{text(1, berlin), text(2, paris), text(3, berlin)}},
		{"one more article", 1, []storage.StoredArticle{text(1, berlin), text(2, paris), text(3, berlin), text(4, rome)}},
		{"an article becomes a copy", 1, []storage.StoredArticle{copyOf(text(1, berlin), 3), text(2, paris), text(3, berlin), text(4, rome)}},
		{"the copy is an original again with a new text", 1, []storage.StoredArticle{text(1, rome), text(2, paris), text(3, berlin), text(4, rome)}},
		{"articles leave", 1, []storage.StoredArticle{text(4, rome)}},
		{"the other story again", 2, []storage.StoredArticle{text(7, paris), text(8, paris)}},
	}
	var k Keeper
	for _, s := range steps {
		want := storyNames(s.stored)
		if len(want) == 0 {
			t.Fatalf("%s: no names to count", s.name)
		}
		if diff := cmp.Diff(want, k.names.of(s.story, s.stored)); diff != "" {
			t.Errorf("%s: names differ from those read from every text (-read +kept):\n%s", s.name, diff)
		}
	}
}
