package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

// Site-held-out checks of hand-written extraction rules: a rule read off
// a few develop pages is worth keeping only if it gains on sites it was
// not read off. The extractors' develop tests (TestSiteCV in extract and
// textdump, run by the package sitecv) share what is here.

// ReadJSONLines reads one T from each line of the file at path. Blank
// lines are skipped: judges and hand edits leave them, and they hold no
// record.
func ReadJSONLines[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return out, nil
}

// MeanWhere is the benchmark's mean score of the pages keep accepts.
func MeanWhere(scores []ShingleScore, keep func(i int) bool) (p, r, f float64) {
	var in []ShingleScore
	for i, s := range scores {
		if keep(i) {
			in = append(in, s)
		}
	}
	return MeanShingleScore(in)
}

// PageF1 is one page's F1.
func PageF1(s ShingleScore) float64 { return F1(s.Precision(), s.Recall()) }

// SiteGains tells how a rule's gain spreads over sites: pages i of
// sites[i] scored with the rule (with) and without it. It counts the
// sites the rule helps and hurts, sums the page-F1 change, and sums it
// again without the site it helps most ("others"): a gain that is all
// one site's is the rule fitting that site.
func SiteGains(sites []string, with, without []ShingleScore) string {
	site := map[string]float64{}
	for i, s := range sites {
		site[s] += PageF1(with[i]) - PageF1(without[i])
	}
	type siteGain struct {
		site string
		gain float64
	}
	var gains []siteGain
	total := 0.0
	helps, hurts := 0, 0
	for s, g := range site {
		total += g
		switch {
		case g > 1e-9:
			helps++
		case g < -1e-9:
			hurts++
		default:
			continue
		}
		gains = append(gains, siteGain{s, g})
	}
	sort.Slice(gains, func(i, j int) bool {
		if gains[i].gain != gains[j].gain {
			return gains[i].gain > gains[j].gain
		}
		return gains[i].site < gains[j].site
	})
	others := total
	if len(gains) > 0 && gains[0].gain > 0 {
		others -= gains[0].gain
	}
	var b strings.Builder
	fmt.Fprintf(&b, " | sites +%d -%d | page-F1 sum %+.3f, others %+.3f |", helps, hurts, total, others)
	for _, g := range gains {
		fmt.Fprintf(&b, " %s %+.2f", g.site, g.gain)
	}
	return b.String()
}
