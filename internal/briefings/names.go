package briefings

import (
	"sync"

	"crosscheck/internal/cluster"
	"crosscheck/internal/storage"
)

// namesKeptBytes bounds the article texts a Keeper holds to tell which
// articles' names it may count again: a 1,000-article story holds 5 MB.
const namesKeptBytes = 64 << 20

// namesKept keeps, for the stories a Keeper built last, each article's
// names (cluster.TextNames) with the text they were read from, so that
// an update reads the names of the articles whose text is new and counts
// the others' again (storyNames read every text: 0.05 s of each update
// of a 1,000-article story). An article's names depend on its text
// alone, and a text is taken as kept only when it is equal, byte for
// byte, to the kept one.
type namesKept struct {
	mu      sync.Mutex
	stories map[int64]*storyTexts
	bytes   int // of the texts held
	tick    uint64
}

type storyTexts struct {
	used     uint64
	bytes    int
	articles map[int64]textNames
}

type textNames struct {
	text  string
	names []string
}

// of is storyNames(stored) of story, reading only the texts it does not
// hold as they are.
func (nk *namesKept) of(story int64, stored []storage.StoredArticle) []string {
	nk.mu.Lock()
	var old map[int64]textNames
	if st := nk.stories[story]; st != nil {
		old = st.articles
	}
	nk.mu.Unlock()

	now := &storyTexts{articles: make(map[int64]textNames, len(stored))}
	each := make([][]string, 0, len(stored))
	for _, a := range stored {
		if a.DuplicateOf != 0 {
			continue
		}
		tn, ok := old[a.ID]
		if !ok || tn.text != a.Text {
			tn = textNames{text: a.Text, names: cluster.TextNames(a.Text)}
		}
		now.articles[a.ID] = tn
		now.bytes += len(tn.text)
		each = append(each, tn.names)
	}
	names := cluster.TopNames(RelatedNames, each)

	nk.mu.Lock()
	defer nk.mu.Unlock()
	if nk.stories == nil {
		nk.stories = make(map[int64]*storyTexts)
	}
	if st := nk.stories[story]; st != nil {
		nk.bytes -= st.bytes
	}
	nk.tick++
	now.used = nk.tick
	nk.stories[story] = now
	// The one just counted stays even alone over the bound.
	nk.bytes = letGoOldest(nk.stories, story, nk.bytes+now.bytes, namesKeptBytes)
	return names
}

func (st *storyTexts) heldBytes() int   { return st.bytes }
func (st *storyTexts) lastUsed() uint64 { return st.used }
