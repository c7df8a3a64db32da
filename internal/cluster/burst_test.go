package cluster

import (
	"testing"
	"time"
)

// TestBurstBoost checks that a term filling this week's articles, and rare
// before, is weighted up, while a term as common now as ever, and one seen
// once, are not.
func TestBurstBoost(t *testing.T) {
	cfg := DefaultConfig()
	v := newVocabulary(cfg)
	day := time.Date(2016, 7, 1, 12, 0, 0, 0, time.UTC)
	add := func(text string, at time.Time) {
		counts, _ := termCounts(Doc{Text: text}, cfg)
		v.docVector(v.lookup(counts), cfg.DocTerms, at)
	}
	for i := range 60 {
		add("campaign rally speech", day.Add(time.Duration(i)*12*time.Hour))
	}
	now := day.Add(31 * 24 * time.Hour)
	for i := range 8 {
		add("campaign convention delegates", now.Add(time.Duration(i)*time.Hour))
	}
	add("campaign oddity", now.Add(9*time.Hour))
	boost := func(term string) float32 {
		id := v.ids[term]
		return v.burst.boost(id, v.df[id], v.docs)
	}
	if b := boost("convention"); b <= 1.5 {
		t.Errorf("a term in every article of the week and never before: boost %.2f, want well above 1", b)
	}
	if b := boost("campaign"); b != 1 {
		t.Errorf("a term in every article ever: boost %.2f, want 1", b)
	}
	if b := boost("oddity"); b != 1 {
		t.Errorf("a term seen once: boost %.2f, want 1", b)
	}
	if b := boost("convention"); b > float32(cfg.BurstMax) {
		t.Errorf("boost %.2f above BurstMax %.1f", b, cfg.BurstMax)
	}
}

// TestBurstNeedsDates checks that undated articles leave the weights alone.
func TestBurstNeedsDates(t *testing.T) {
	cfg := DefaultConfig()
	v := newVocabulary(cfg)
	for range 10 {
		counts, _ := termCounts(Doc{Text: "convention delegates"}, cfg)
		v.docVector(v.lookup(counts), cfg.DocTerms, time.Time{})
	}
	if w, idf := v.weight(v.ids["convention"]), v.idf(v.ids["convention"]); w != idf {
		t.Errorf("weight %.3f, want the idf %.3f without dates", w, idf)
	}
}
