package briefings

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"crosscheck/internal/brief"
)

// upper marshals as its text in capitals, through its pointer only.
type upper struct{ S string }

func (u *upper) MarshalJSON() ([]byte, error) { return []byte(`"` + strings.ToUpper(u.S) + `"`), nil }

type inner struct{ A int }

// TestEncodeWholeIsEncoder: encodeWhole writes what json.Encoder writes,
// byte for byte, for briefings (the seeds' story, an empty one, one with
// a date and markup in its text) and for structs with each kind of field
// the encoder treats apart: nil and empty slices, omitempty and omitzero,
// "-", unexported, bytes, a marshaller of the pointer, names json does
// not take, an embedded struct (encoded whole).
func TestEncodeWholeIsEncoder(t *testing.T) {
	seeds := seedArticles(t)
	built, err := brief.Build(context.Background(), brief.Story{ID: 1, Title: "seeds <&>"}, seeds, nil)
	if err != nil {
		t.Fatal(err)
	}
	dated := *built
	dated.Date = time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)
	dated.Headline = "A <b>headline</b> & more\u2028"
	type fields struct {
		Nil     []int     `json:"nil"`
		Empty   []string  `json:"empty"`
		Omit    []int     `json:"omit,omitempty"`
		OmitSet []int     `json:"omit_set,omitempty"`
		Zero    time.Time `json:"zero,omitzero"`
		Skip    []int     `json:"-"`
		hidden  []int
		Bytes   []byte  `json:"bytes"`
		Upper   []upper `json:"upper"`
		Odd     []int   `json:"odd name"`
		NoTag   []string
		Ptr     *inner         `json:"ptr"`
		Map     map[string]int `json:"map"`
	}
	type embedding struct {
		inner
		List []int `json:"list"`
	}
	for _, tc := range []struct {
		name string
		v    any
	}{
		{"seeds", built},
		{"empty briefing", &brief.Briefing{}},
		{"dated briefing", &dated},
		{"fields", &fields{Empty: []string{}, OmitSet: []int{1}, Skip: []int{2}, hidden: []int{3}, Bytes: []byte("xy"), Upper: []upper{{"a"}, {"b<"}}, Odd: []int{4}, NoTag: []string{"<>"}, Ptr: &inner{5}, Map: map[string]int{"b": 1, "a": 2}}},
		{"zero fields", &fields{}},
		{"embedding", &embedding{inner{1}, []int{2}}},
	} {
		want, err := encodeJSON(tc.v)
		if err != nil {
			t.Fatal(err)
		}
		for _, size := range []int{0, len(want)} {
			got, err := encodeWhole(tc.v, size)
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("%s, room %d: encodeWhole =\n%.300s\n(%v), want\n%.300s", tc.name, size, got, err, want)
			}
		}
	}
	if len(built.Single)+len(built.Partial) == 0 {
		t.Error("the seeds' briefing has no facts: the test reads nothing")
	}
}
