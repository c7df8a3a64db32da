package brief

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/align"
	"crosscheck/internal/article"
)

// TestStatedDaysKeptWithTheAlignment: a build with no Words held (a
// process that started) takes the days undated texts state from the
// assembly the last build kept with the alignment, through its encoding:
// the briefing is the one built without; a day kept wrong on purpose
// shows in the briefing (else this proves nothing); an article whose
// text changed under its id has its day read again.
func TestStatedDaysKeptWithTheAlignment(t *testing.T) {
	day := time.Date(2024, 6, 2, 6, 0, 0, 0, time.UTC)
	alpha := article.Article{ID: 1, Site: "Alpha", Published: day, Text: "Rescuers pulled 14 people from the flooded metro station in Valdoria overnight, the fire service said."}
	gamma := article.Article{ID: 3, Site: "Gamma", Published: day.Add(2 * time.Hour), Text: "Valdoria's mayor called for an inquiry into the city's flood defences on Sunday."}
	eta := article.Article{ID: 6, Site: "Eta", Text: "The operator reopened its Valdoria metro line today (June 3) after the flood.\n\nWorkers at the station on June 3, 2024 cheered."}
	etaChanged := eta
	etaChanged.Text = "The operator reopened its Valdoria metro line today (June 4) after the flood.\n\nWorkers at the station on June 4, 2024 cheered."
	arts := []article.Article{alpha, gamma, eta}

	ctx := context.Background()
	_, kept, err := BuildKept(ctx, Story{}, arts, nil, nil, nil, new(Words))
	if err != nil {
		t.Fatal(err)
	}
	// decoded is a kept Kept as a process that starts reads it.
	decoded := func(stated func(map[int64]statedText)) *align.Kept {
		enc, err := kept.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var k align.Kept
		if err := k.UnmarshalBinary(enc); err != nil {
			t.Fatal(err)
		}
		reuses, days := decodeAssembly(k.Assembly())
		if !days[eta.ID].ok || len(days) != 1 {
			t.Fatalf("days kept %v, want eta's alone", days)
		}
		if stated != nil {
			stated(days)
			k.SetAssembly(encodeAssembly(reuses, days))
		}
		return &k
	}
	wrong := func(days map[int64]statedText) {
		st := days[eta.ID]
		st.at = time.Date(2024, 5, 30, 0, 0, 0, 0, time.UTC)
		days[eta.ID] = st
	}
	for _, c := range []struct {
		name string
		arts []article.Article
		kept *align.Kept
		date string // the briefing's, when not the one built without
	}{
		{"as kept", arts, decoded(nil), ""},
		{"kept wrong", arts, decoded(wrong), "2024-05-30"},
		{"kept wrong, its text changed", []article.Article{alpha, gamma, etaChanged}, decoded(wrong), ""},
	} {
		want, err := BuildFrom(ctx, Story{}, c.arts, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, _, err := BuildKept(ctx, Story{}, c.arts, nil, nil, c.kept, new(Words))
		if err != nil {
			t.Fatal(err)
		}
		if c.date != "" {
			if d := got.Date.Format(time.DateOnly); d != c.date {
				t.Errorf("%s: briefing dated %s, want %s: the day kept was not taken", c.name, d, c.date)
			}
			continue
		}
		if diff := cmp.Diff(briefingJSON(t, want), briefingJSON(t, got)); diff != "" {
			t.Errorf("%s: briefing built with the days kept differs (-without +with):\n%s", c.name, diff)
		}
	}
}

// TestAssemblyDecodeRefusesGarbage: an assembly cut short or with a byte
// more decodes to nothing kept.
func TestAssemblyDecodeRefusesGarbage(t *testing.T) {
	sum := [32]byte{7}
	enc := encodeAssembly(map[int64]keptReuse{3: {key: 9, paras: []keptPara{{para: 1, sents: []int{0, 2}, of: 2, overlap: 0.5}}}},
		map[int64]statedText{6: {sum: &sum, at: time.Date(2013, 7, 22, 0, 0, 0, 0, time.UTC), ok: true}, 8: {sum: &sum}})
	reuses, stated := decodeAssembly(enc)
	if len(reuses) != 1 || len(stated) != 2 || !stated[6].ok || stated[6].at.Format(time.DateOnly) != "2013-07-22" || stated[8].ok || *stated[8].sum != sum {
		t.Fatalf("decoded %v, %v", reuses, stated)
	}
	for n := range len(enc) {
		if r, s := decodeAssembly(enc[:n]); r != nil || s != nil {
			t.Errorf("%d of %d bytes decoded", n, len(enc))
		}
	}
	if r, s := decodeAssembly(append(enc, 0)); r != nil || s != nil {
		t.Error("a trailing byte decoded")
	}
}
