package align

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The claims do not depend on the order the articles come in: grouping
// links the most similar pairs first whatever the order.
func TestAlignOrderIndependent(t *testing.T) {
	_, inputs, res, _ := loadSeeds(t)
	reversed := slices.Clone(inputs)
	slices.Reverse(reversed)
	if diff := cmp.Diff(claimSets(res), claimSets(Align(reversed, Options{}))); diff != "" {
		t.Errorf("claims differ with the articles reversed (-in order +reversed):\n%s", diff)
	}
}

// claimSets names each claim by its sorted outlet/sentence/clause members.
func claimSets(res Result) []string {
	var out []string
	for _, c := range res.Claims {
		var ms []string
		for _, r := range c.Sentences {
			ms = append(ms, fmt.Sprintf("%s/%d:%q", r.Outlet, r.Sentence, r.ClauseText()))
		}
		slices.Sort(ms)
		out = append(out, strings.Join(ms, " | "))
	}
	slices.Sort(out)
	return out
}
