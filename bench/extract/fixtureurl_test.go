package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFixtureURLs reads the addresses go-htmldate and go-trafilatura keep
// for their test pages, in each of the three forms their files use.
func TestFixtureURLs(t *testing.T) {
	for _, tc := range []struct {
		module, source string
		want           map[string]string
	}{
		{"github.com/markusmobius/go-htmldate", "htmldate-mock", map[string]string{
			"bayern.de.html": "https://bayern.de/", "stuttgart.de.html": "http://www.stuttgart.de/"}},
		{"github.com/markusmobius/go-htmldate", "mediacloud", map[string]string{
			"1484494308.html": "https://sn.dk/Erhverv/Forstaerket-haab-om-737-MAX-erstatning-loefter-Norwegian-aktie/artikel/900368?rss"}},
		{"github.com/markusmobius/go-trafilatura", "trafilatura-mock", map[string]string{
			"die-partei.net.luebeck.html": "https://die-partei.net/luebeck/2012/05/31/das-ministerium-fur-club-kultur-informiert/"}},
		{"github.com/markusmobius/go-trafilatura", "trafilatura-comparison", map[string]string{
			"prof-pc.de.html": "https://prof-pc.de/"}},
	} {
		t.Run(tc.source, func(t *testing.T) {
			dir, err := moduleDir(tc.module)
			if err != nil {
				t.Fatal(err)
			}
			all, err := fixtureURLs(dir, fixtureURLFiles[tc.source])
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for file := range tc.want {
				got[file] = all[file]
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("addresses (-want +got):\n%s", diff)
			}
		})
	}
}
