package cluster

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNameRuns(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Obama spoke at the Democratic National Convention in Philadelphia.", []string{"democratic national convention"}},
		// A stop word or a comma between capitals ends a run; pairs are
		// terms already.
		{"The Bank of America said so, Hillary Clinton agreed, Democratic National, Committee.", nil},
		{"Democratic National Convention opened.", []string{"democratic national convention"}},
		{"He met Kim Jong Un. Then Kim Jong Un's train left.", []string{"kim jong un", "kim jong un"}},
	} {
		got := nameRuns(tt.text, words(tt.text))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("nameRuns(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}
