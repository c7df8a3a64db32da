package nlp

import (
	"regexp"
	"strings"
)

// AttrReported is "X reported" where X is a news organisation.
const AttrReported = "reported"

// A name as written: capitalised words, possibly with "the", "of", "and",
// apostrophes and dots ("The New York Times", "U.S. officials").
// Words are joined by spaces or tabs only and may hold inner dots ("U.S")
// but not end in one, so that a name never runs over a full stop or a
// line break into the next sentence.
const citedRe = `((?:[Tt]he[ \t]+)?(?:[A-Z][\w'’&-]*(?:\.\w+)*|[a-z]+)(?:[ \t]+(?:of[ \t]+|and[ \t]+|for[ \t]+)?[\w'’&-]+(?:\.\w+)*){0,5}?)`

var attributionPatterns = []struct {
	kind string
	// literal must occur in the text for the pattern to match (a cheap
	// filter before the regular expression).
	literal string
	re      *regexp.Regexp
	// cited and via are submatch indexes; via 0 means none.
	cited, via int
}{
	{AttrSourceLine, "ource", regexp.MustCompile(`(?m)^\s*(?:Source|Sources|Via|Credit)\s*:\s*([^\n]+?)\s*$`), 1, 0},
	{AttrContributed, "contributed", regexp.MustCompile(`([A-Z][^.\n]*?)[ \t]+contributed[ \t]+(?:to[ \t]+)?(?:this|the)[ \t]+(?:report|story|article)`), 1, 0},
	{AttrContributed, "eporting by", regexp.MustCompile(`(?i:additional[ \t]+reporting[ \t]+by)[ \t]+([A-Z][^.;\n)]*)`), 1, 0},
	{AttrContributed, "With ", regexp.MustCompile(`(?m)(?:^|[.!?»”"][ \t]+)With[ \t]+([A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3}?)\.?[ \t]*$`), 1, 0},
	{AttrReadMore, "ead ", regexp.MustCompile(`(?i:read[ \t]+(?:more|the[ \t]+full[ \t]+story)[ \t]+(?:at|on|in))[ \t]+([^.\n]+)`), 1, 0},
	{AttrCiting, "citing", regexp.MustCompile(`([A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,4}?),?[ \t]+citing[ \t]+((?:[\w'’-]+[ \t]*){1,5}?)(?:,|\.|[ \t]+said|[ \t]+reported|$)`), 1, 2},
	{AttrToldBy, "told", regexp.MustCompile(`\b((?:[Aa][ \t]+|[Tt]he[ \t]+)?(?:[\w'’-]+[ \t]+){0,2}?(?:sources?|officials?|aides?|people|rep|spokesman|spokeswoman|spokesperson))[ \t]+(?:told|confirmed[ \t]+to)[ \t]+` + citedRe + `(?:[ \t]|,|\.|$)`), 2, 1},
	{AttrToldBy, "sources", regexp.MustCompile(`\b((?:[Tt]he[ \t]+)?[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,3})(?:'s|’s)[ \t]+((?:[a-z]+[ \t]+)?sources)[ \t]+(?:said|say|reported|report|told|claimed)`), 1, 2},
	{AttrAccordingTo, "ccording", regexp.MustCompile(`(?i:according\s+to)\s+` + citedRe + `(?:,|\.|;|\s+(?:who|which|that|as|on|in|the|seen|obtained|reviewed)\b|$)`), 1, 0},
}

// FindAttributions returns who the article says its information comes
// from. d.Sentences and d.Entities must be set.
func FindAttributions(doc *Doc) []Attribution {
	d := NewIndex(doc)
	var out []Attribution
	used := make([]bool, len(d.Text))
	for _, p := range attributionPatterns {
		if !strings.Contains(d.Text, p.literal) && !strings.Contains(d.Text, strings.ToUpper(p.literal[:1])+p.literal[1:]) {
			continue
		}
		for _, m := range p.re.FindAllStringSubmatchIndex(d.Text, -1) {
			cs, ce := m[2*p.cited], m[2*p.cited+1]
			if cs < 0 || used[cs] {
				continue
			}
			// The lazy pattern may stop inside a name: extend the cited
			// text to the end of the entity mention starting in it.
			if ms := d.MentionsIn(cs, len(d.Text)); len(ms) > 0 && ms[0].Start < ce && ms[0].End > ce {
				ce = ms[0].End
			}
			cited := strings.TrimSpace(strings.Trim(d.Text[cs:ce], " .,:;"))
			cited = TrimPossessive(cited)
			if cited == "" {
				continue
			}
			a := Attribution{Cited: cited, CitedEntity: d.entityIn(cs, ce), Kind: p.kind, Sentence: d.SentenceAt(cs), Span: Span{m[0], m[1]}}
			if p.via > 0 && m[2*p.via] >= 0 {
				a.Via = trimLeadingStopwords(strings.TrimSpace(d.Text[m[2*p.via]:m[2*p.via+1]]))
			}
			if p.kind == AttrContributed {
				for _, part := range splitList(cited) {
					b := a
					b.Cited = part
					b.CitedEntity = d.entityNamed(part)
					out = append(out, b)
				}
			} else {
				out = append(out, a)
			}
			for i := cs; i < ce; i++ {
				used[i] = true
			}
		}
	}
	// "X reported that …" where X is a news organisation the gazetteer knows.
	g := loadGazetteer()
	for ei, e := range d.Entities {
		if e.Kind != KindOrg {
			continue
		}
		if ge, ok := g.lookup(e.Name); !ok || !isNewsOrg(ge) {
			continue
		}
		for _, m := range e.Mentions {
			if used[m.Start] {
				continue
			}
			after := strings.TrimLeft(d.Text[m.End:min(len(d.Text), m.End+20)], " ")
			if sourceReportVerbs.PrefixOf(after) {
				out = append(out, Attribution{Cited: e.Name, CitedEntity: ei, Kind: AttrReported, Sentence: d.SentenceAt(m.Start), Span: m})
			}
		}
	}
	sortAttributions(out)
	return out
}

func isNewsOrg(e gazEntry) bool { return e.news }

func sortAttributions(a []Attribution) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j].Span.Start < a[j-1].Span.Start; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// trimLeadingStopwords drops words such as "although" or "and" that a
// pattern took in before a noun phrase, keeping a leading article.
func trimLeadingStopwords(s string) string {
	words := strings.Fields(s)
	for len(words) > 1 {
		w := strings.ToLower(words[0])
		if namePhraseOpeners[w] || !IsStopword(w) && !connectives[w] {
			break
		}
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// splitList splits "Reuters and the Associated Press" into its names.
func splitList(s string) []string {
	for w := range additiveConjunctions {
		s = strings.ReplaceAll(s, " "+w+" ", ",")
	}
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// entityNamed returns the entity whose name or alias is name, or -1.
func (d *Doc) entityNamed(name string) int {
	k := nameKey(trimArticle(name))
	for ei, e := range d.Entities {
		if nameKey(trimCapitalArticle(e.Name)) == k {
			return ei
		}
		for _, a := range e.Aliases {
			if nameKey(trimCapitalArticle(a)) == k {
				return ei
			}
		}
	}
	return -1
}
