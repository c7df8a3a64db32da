package nlp

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"crosscheck/internal/sharedtest"
)

// TestStatedDayFilterIsWhole: StatedDay, which reads only the texts
// holding a word dayWordOffset takes before a bracket or a comma, states the
// day statedDay (reading every text) does, on every ECB+ article, on
// those with "today" glossed in, and on glosses in capitals, across a
// line and after a "today" not glossed.
func TestStatedDayFilterIsWhole(t *testing.T) {
	if !slices.Contains(ownDayWords, "today") || !slices.Contains(ownDayWords, "tonight") {
		t.Fatalf("own day words %q, want today and tonight among them", ownDayWords)
	}
	texts := []string{
		"THE GROUP OPENED ITS NEW PLANT TODAY (MARCH 4) IN DUNMORE.\n\nWORKERS AT THE PLANT ON MARCH 4, 2021 CHEERED.",
		"The choir sings Tonight, June 2, at the hall. A poster reads: concert on 2 June 2018.",
		"The plant opened yesterday (March 4). It had been announced on March 4, 2021.",
		"Today the plant opened. The council voted today\n\t(Nov. 9) to close the bridge. Crews began work on Nov. 9, 2019.",
		"The council voted today , Nov. 9, to close the bridge. Crews began work on Nov. 9, 2019.",
	}
	if !testing.Short() {
		f, err := os.Open(sharedtest.Path(t, "data", "clustering", "ecbplus.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var d struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatal(err)
			}
			texts = append(texts, d.Text)
			// The same text with its first sentence's end glossed as
			// the writer's day, and a whole date of that day.
			if i := strings.Index(d.Text, ". "); i > 0 {
				texts = append(texts, d.Text[:i]+" today (Sept. 12). "+d.Text[i+2:]+"\n\nOn Sept. 12, 2017 it was so.")
			}
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	stated, read := 0, 0
	for _, text := range texts {
		want, wantOK := statedDay(text)
		got, ok := StatedDay(text)
		if ok != wantOK || !got.Equal(want) {
			t.Errorf("StatedDay = %v %v, reading the whole text %v %v: %.80q", got, ok, want, wantOK, text)
		}
		if ok {
			stated++
		}
		if mentionsOwnDay(text) {
			read++
		}
	}
	t.Logf("%d texts, %d read whole, %d with a day stated", len(texts), read, stated)
	if stated == 0 {
		t.Error("no day stated: the comparison says nothing")
	}
}
