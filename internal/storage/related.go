package storage

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"
)

// RelatedStory is a story about some of the same people and places as
// another: an earlier or later event of a storyline the clusterer kept
// apart, or a parallel one.
type RelatedStory struct {
	Story
	// Shared are the names both stories' articles mention.
	Shared []string `json:"shared"`
	// Relation places it in time against the other story: "earlier" (it
	// ended before the other began), "later", or "overlapping"; empty when
	// either has no dates.
	Relation string `json:"relation,omitempty"`
}

// maxNameArticles bounds the articles read for one name. A name more
// articles mention (the standing names of a beat) says too little about
// which stories belong together to be worth reading them all.
const maxNameArticles = 500

// minSharedNames is how many names two stories must share to be related:
// one name alone links every story about a head of state.
const minSharedNames = 2

// RelatedStories returns at most limit live stories other than story
// whose articles mention at least two of names — the names story's own
// articles share most, as cluster.Names finds them. Stories sharing rarer
// names (found in fewer stories) and more of them come first. Finding
// them costs one full-text query per name, each reading at most
// maxNameArticles rows, and the stories' rows: three quarters of a story
// page's CPU. So the list found is stored, under the names and the
// store's newest article id, and read as stored until an article is
// stored (which is what can change it: new names, merges, counts).
func (s *Store) RelatedStories(ctx context.Context, story int64, names []string, limit int) ([]RelatedStory, error) {
	var newest int64
	if err := s.queryRow(ctx, `SELECT COALESCE(MAX(id), 0) FROM articles`).Scan(&newest); err != nil {
		return nil, fmt.Errorf("finding stories related to %d: %w", story, err)
	}
	key := relatedKey(newest, names, limit)
	var storedKey string
	var enc []byte
	err := s.queryRow(ctx, `SELECT lookup, related FROM related_stories WHERE story_id = $1`, story).Scan(&storedKey, &enc)
	if err == nil && storedKey == key {
		var related []RelatedStory
		if json.Unmarshal(enc, &related) == nil {
			return related, nil
		}
	}
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("finding stories related to %d: %w", story, err)
	}
	related, err := s.findRelated(ctx, story, names, limit)
	if err != nil {
		return nil, err
	}
	if enc, err := json.Marshal(related); err == nil {
		// Best effort, and not waited for: a reader must not queue
		// behind an ingest's write transaction for it.
		go s.putRelated(story, key, enc)
	}
	return related, nil
}

// relatedKey names what a story's related list was found from.
func relatedKey(newest int64, names []string, limit int) string {
	h := sha256.New()
	fmt.Fprintf(h, "%d\x00%d", newest, limit)
	for _, n := range names {
		h.Write([]byte{0})
		h.Write([]byte(n))
	}
	return hex.EncodeToString(h.Sum(nil))[:24]
}

// putRelated stores a story's related list found under key.
func (s *Store) putRelated(story int64, key string, related []byte) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = s.inWriteTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO related_stories (story_id, lookup, related) VALUES ($1, $2, $3)
			ON CONFLICT (story_id) DO UPDATE SET lookup = excluded.lookup, related = excluded.related`, story, key, related)
		return err
	})
}

// findRelated is RelatedStories found now.
func (s *Store) findRelated(ctx context.Context, story int64, names []string, limit int) ([]RelatedStory, error) {
	base, err := s.Story(ctx, story)
	if err != nil {
		return nil, err
	}
	query := `SELECT story_id FROM articles WHERE id IN (` + s.dialect.matchArticles("$1") + `)
		AND story_id IS NOT NULL AND story_id <> $2 LIMIT $3`
	shared := make(map[int64][]string)
	score := make(map[int64]float64)
	for _, name := range names {
		q := s.dialect.textQuery(name)
		if len(queryWords(name)) == 0 {
			continue
		}
		rows, err := s.query(ctx, query, q, base.ID, maxNameArticles+1)
		if err != nil {
			return nil, fmt.Errorf("finding stories related to %d: %w", story, err)
		}
		found := make(map[int64]bool)
		n := 0
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("finding stories related to %d: %w", story, err)
			}
			found[id] = true
			n++
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("finding stories related to %d: %w", story, err)
		}
		if n > maxNameArticles {
			continue
		}
		// A name found in few stories says more than one found in many.
		w := 1 / math.Log(math.E+float64(len(found)))
		for id := range found {
			shared[id] = append(shared[id], name)
			score[id] += w
		}
	}
	var ids []int64
	for id, names := range shared {
		if len(names) >= minSharedNames {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, func(a, b int64) int {
		if c := cmp.Compare(score[b], score[a]); c != 0 {
			return c
		}
		return cmp.Compare(b, a)
	})
	var out []RelatedStory
	for _, id := range ids {
		if len(out) == limit {
			break
		}
		st, err := s.Story(ctx, id)
		if err != nil {
			return nil, err
		}
		if st.ID == base.ID || slices.ContainsFunc(out, func(r RelatedStory) bool { return r.ID == st.ID }) {
			continue // merged into the story itself or into one already listed
		}
		out = append(out, RelatedStory{Story: st, Shared: shared[id], Relation: relation(base, st)})
	}
	return out, nil
}

// relation places story o in time against story s.
func relation(s, o Story) string {
	switch {
	case s.First.IsZero() || o.First.IsZero():
		return ""
	case o.Last.Before(s.First):
		return "earlier"
	case o.First.After(s.Last):
		return "later"
	}
	return "overlapping"
}
