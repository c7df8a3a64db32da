package nlp

import (
	"crosscheck/internal/lang"
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/gazetteer.txt
var gazetteerText string

// gazEntry is what the gazetteer knows about a name.
type gazEntry struct {
	name    string // canonical name
	kind    string
	country string // for demonyms, capitals, seats and leaders
	role    string // a leader's role key
	demonym bool   // the name is a demonym ("Russian"): a mention of country
	seat    bool   // a seat of power used for its government ("the Kremlin boss")
	news    bool   // a news organisation
}

type gazetteer struct {
	names map[string][]gazEntry // nameKey → entries
	// exact holds names without lower-case letters ("US", "WHO", "KJU"),
	// matched only as written so that "Us" or "who" are not taken for them.
	exact  map[string][]gazEntry
	maxLen int // longest name in tokens
	// capitals maps a country's name to its capital's.
	capitals map[string]string
}

var (
	gazOnce sync.Once
	gaz     gazetteer
)

func loadGazetteer() *gazetteer {
	gazOnce.Do(func() {
		gaz = parseGazetteer(gazetteerText)
	})
	return &gaz
}

func parseGazetteer(text string) gazetteer {
	g := gazetteer{names: map[string][]gazEntry{}, exact: map[string][]gazEntry{}, capitals: map[string]string{}}
	add := func(surface string, e gazEntry) {
		surface = strings.TrimSpace(surface)
		if surface == "" {
			return
		}
		k := nameKey(surface)
		if strings.ToUpper(surface) == surface && len(surface) <= 5 {
			g.exact[surface] = append(g.exact[surface], e)
			return
		}
		g.names[k] = append(g.names[k], e)
		g.maxLen = max(g.maxLen, strings.Count(k, " ")+1)
	}
	list := func(s string) []string {
		if s == "" {
			return nil
		}
		return strings.Split(s, ",")
	}
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "|")
		for len(f) < 5 {
			f = append(f, "")
		}
		switch f[0] {
		case "country":
			e := gazEntry{name: f[1], kind: KindPlace, country: f[1]}
			add(f[1], e)
			for _, a := range list(f[4]) {
				add(a, e)
			}
			for _, dn := range list(f[2]) {
				add(dn, gazEntry{name: f[1], kind: KindPlace, country: f[1], demonym: true})
			}
			if f[3] != "" {
				add(f[3], gazEntry{name: f[3], kind: KindPlace, country: f[1]})
				g.capitals[f[1]] = f[3]
			}
		case "place", "org", "news", "event":
			kind := map[string]string{"place": KindPlace, "org": KindOrg, "news": KindOrg, "event": KindEvent}[f[0]]
			e := gazEntry{name: f[1], kind: kind, news: f[0] == "news"}
			add(f[1], e)
			for _, a := range list(f[2]) {
				add(a, e)
			}
		case "leader":
			e := gazEntry{name: f[1], kind: KindPerson, country: f[2], role: roleKey(nameKey(f[2]), f[3])}
			add(f[1], e)
			for _, a := range list(f[4]) {
				add(a, e)
			}
		case "seat":
			k := nameKey(f[1])
			if len(g.names[k]) == 0 {
				add(f[1], gazEntry{name: f[1], kind: KindOrg, country: f[2], seat: true})
			}
			for i, e := range g.names[k] {
				if e.kind != KindPerson {
					g.names[k][i].country = f[2]
					g.names[k][i].seat = true
				}
			}
		}
	}
	return g
}

// lookup returns the gazetteer entry for a name as written, preferring a
// non-demonym entry; ok is false if the name is unknown.
func (g *gazetteer) lookup(surface string) (gazEntry, bool) {
	es := g.exact[surface]
	if len(es) == 0 {
		es = g.names[nameKey(surface)]
	}
	if len(es) == 0 {
		return gazEntry{}, false
	}
	for _, e := range es {
		if !e.demonym {
			return e, true
		}
	}
	return es[0], true
}

// roleClass groups role heads that name the same position: a country's
// "leader", "president", "dictator" and "boss" are one person.
func roleClass(head string) string {
	if c, ok := roleClasses[head]; ok {
		return c
	}
	return head
}

var roleClasses = en.Map(lang.RoleClasses)

// roleKey is the key matching role descriptions: the country or body and
// the role's class ("russia|leader").
func roleKey(anchor, head string) string {
	return anchor + "|" + roleClass(strings.ToLower(head))
}
