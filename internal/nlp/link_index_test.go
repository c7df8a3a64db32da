package nlp

import (
	"bufio"
	"encoding/json"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/sharedtest"
)

// TestLinkEntitiesIsScan: LinkEntities, which asks a one-word name only
// of the persons listed under it, links as the scan of every person does
// (linkEntitiesScan, the code before the index), on ECB+ articles taken
// as one story and as a story per topic.
func TestLinkEntitiesIsScan(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 300 ECB+ articles")
	}
	f, err := os.Open(sharedtest.Path(t, "data", "clustering", "ecbplus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []Doc
	topics := map[string][]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() && len(docs) < 300 {
		var d struct {
			Topic, Text string
			Published   time.Time
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		topics[d.Topic] = append(topics[d.Topic], len(docs))
		docs = append(docs, Analyze(d.Text, d.Published))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	stories := [][]Doc{docs}
	for _, k := range slices.Sorted(maps.Keys(topics)) {
		var story []Doc
		for _, i := range topics[k] {
			story = append(story, docs[i])
		}
		stories = append(stories, story)
	}
	oneWord := 0
	for _, story := range stories {
		want := linkEntitiesScan(cloneDocs(story))
		got := LinkEntities(cloneDocs(story))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("story of %d articles: linked (-scan +index):\n%s", len(story), diff)
		}
		for _, e := range got.Entities {
			if e.Kind == KindPerson && len(e.Members) > 1 {
				for _, m := range e.Members {
					if !strings.Contains(nameKey(story[m.Doc].Entities[m.Entity].Name), " ") {
						oneWord++
					}
				}
			}
		}
	}
	if oneWord < 50 {
		t.Fatalf("%d one-word mentions joined a person: too few to tell", oneWord)
	}
}

// cloneDocs copies what LinkEntities may change of docs: nothing, as it
// is written, but a test must not tell two runs apart by a shared slice.
func cloneDocs(docs []Doc) []Doc {
	out := make([]Doc, len(docs))
	for i, d := range docs {
		out[i] = d
		out[i].Entities = slices.Clone(d.Entities)
	}
	return out
}

// linkEntitiesScan is LinkEntities as it was before the persons were
// listed by name word: every pending one-word name held against every
// person of the story.
func linkEntitiesScan(docs []Doc) StoryEntities {
	var s StoryEntities
	byKey := map[string]int{}
	s.Of = make([][]int, len(docs))
	type pending struct{ doc, ent int }
	var later []pending
	add := func(di, ei, id int) {
		e := &docs[di].Entities[ei]
		se := &s.Entities[id]
		if betterSpelling(se.Name, e.Name) {
			se.Aliases = append(se.Aliases, se.Name)
			se.Name = e.Name
		}
		se.Members = append(se.Members, EntityRef{Doc: di, Entity: ei})
		s.Of[di][ei] = id
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if a != se.Name && !slices.Contains(se.Aliases, a) {
				se.Aliases = append(se.Aliases, a)
			}
		}
		for _, r := range e.Roles {
			if !slices.Contains(se.Roles, r) {
				se.Roles = append(se.Roles, r)
			}
		}
		if se.Country == "" {
			se.Country = e.Country
		}
		if se.Kind == KindOther && e.Kind != KindOther && !(e.KindGuessed && !se.KindGuessed) {
			se.Kind, se.KindGuessed = e.Kind, e.KindGuessed
		} else {
			se.Kind, se.KindGuessed = mergeKind(se.Kind, se.KindGuessed, e.Kind, e.KindGuessed)
		}
	}
	create := func(di, ei int) int {
		e := &docs[di].Entities[ei]
		id := len(s.Entities)
		s.Entities = append(s.Entities, StoryEntity{ID: id, Name: e.Name, Kind: e.Kind, KindGuessed: e.KindGuessed})
		if !e.Descriptive {
			byKey[nameKey(e.Name)] = id
		}
		add(di, ei, id)
		return id
	}
	for di, d := range docs {
		s.Of[di] = make([]int, len(d.Entities))
		for ei, e := range d.Entities {
			s.Of[di][ei] = -1
			key := nameKey(e.Name)
			switch {
			case e.Descriptive || !strings.Contains(key, " "):
				if id, ok := byKey[key]; ok && !e.Descriptive {
					add(di, ei, id)
				} else {
					later = append(later, pending{di, ei})
				}
			default:
				if id, ok := byKey[key]; ok {
					add(di, ei, id)
				} else {
					create(di, ei)
				}
			}
		}
	}
	parts := map[string]nameWords{}
	for _, p := range later {
		e := &docs[p.doc].Entities[p.ent]
		key := nameKey(e.Name)
		if id, ok := byKey[key]; ok && !e.Descriptive {
			add(p.doc, p.ent, id)
			continue
		}
		match := -1
		for id, se := range s.Entities {
			if se.Kind != KindPerson {
				continue
			}
			fits := false
			if e.Descriptive {
				fits = rolesMatch(se.Roles, e.Roles)
			} else {
				// Every pending name is held against every person:
				// the parts of a name are worked out once.
				ps, ok := parts[se.Name]
				if !ok {
					ps = partsOf(se.Name)
					parts[se.Name] = ps
				}
				fits = ps.has(key) && !officeWord(ps, key, se.Name) && !keptApart(&docs[p.doc], key)
			}
			if fits {
				if match >= 0 {
					match = -2 // ambiguous
					break
				}
				match = id
			}
		}
		if match >= 0 {
			add(p.doc, p.ent, match)
			continue
		}
		if e.Descriptive {
			if id, ok := byKey["R:"+strings.Join(e.Roles, ",")]; ok {
				add(p.doc, p.ent, id)
				continue
			}
			id := create(p.doc, p.ent)
			byKey["R:"+strings.Join(e.Roles, ",")] = id
			continue
		}
		create(p.doc, p.ent)
	}
	return s
}
