package nlp

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// AttrReported is "X reported" where X is a news organisation.
const AttrReported = "reported"

// A name as written: capitalised words, possibly with "the", "of", "and",
// apostrophes and dots ("The New York Times", "U.S. officials").
// Words are joined by spaces or tabs only and may hold inner dots ("U.S")
// but not end in one, so that a name never runs over a full stop or a
// line break into the next sentence.
var citedRe = `((?:` + eitherCases(definiteArticles) + `[ \t]+)?(?:[A-Z][\w'’&-]*(?:\.\w+)*|[a-z]+)(?:[ \t]+(?:` + wordsRe(en.Set(lang.CitedNameJoiners), `[ \t]+`) + `[ \t]+)?[\w'’&-]+(?:\.\w+)*){0,5}?)`

// attributionPattern is one way an article names its source.
type attributionPattern struct {
	kind string
	// cues are words of which the text must hold one for the pattern to
	// match (a cheap filter before the regular expression): the first
	// word of each of the pattern's cues, as the pattern matches it, or
	// in lower case when it ignores case.
	cues      []string
	foldsCase bool
	re        *regexp.Regexp
	// cited and via are submatch indexes; via 0 means none.
	cited, via int
}

// mayMatch reports whether text, or lower, the text lower-cased, holds
// one of the pattern's cue words.
func (p attributionPattern) mayMatch(text, lower string) bool {
	if p.foldsCase {
		text = lower
	}
	for _, c := range p.cues {
		if strings.Contains(text, c) {
			return true
		}
	}
	return false
}

// firstWords returns the first word of each phrase of the sets, with its
// first letter in upper case when capital is set.
func firstWords(capital bool, sets ...lang.Set) []string {
	var out []string
	for _, s := range sets {
		for w := range s {
			f := strings.Fields(w)
			if len(f) == 0 {
				continue
			}
			if capital {
				r, n := utf8.DecodeRuneInString(f[0])
				f[0] = string(unicode.ToUpper(r)) + f[0][n:]
			}
			if !slices.Contains(out, f[0]) {
				out = append(out, f[0])
			}
		}
	}
	slices.Sort(out)
	return out
}

var (
	sourceLineLabels  = en.Set(lang.SourceLineLabels)
	contributionVerbs = en.Set(lang.ContributionVerbs)
	additionalCues    = en.Set(lang.AdditionalReportingCues)
	creditWithWords   = en.Set(lang.CreditWithWords)
	readMoreCues      = en.Set(lang.ReadMoreCues)
	toldCues          = en.Set(lang.ToldCues)
	outletSources     = en.Set(lang.OutletSourceNouns)
)

var attributionPatterns = []attributionPattern{
	{AttrSourceLine, firstWords(true, sourceLineLabels), false, regexp.MustCompile(`(?m)^\s*` + capitalsRe(sourceLineLabels) + `\s*:\s*([^\n]+?)\s*$`), 1, 0},
	{AttrContributed, firstWords(false, contributionVerbs), false, regexp.MustCompile(`([A-Z][^.\n]*?)[ \t]+` + wordsRe(contributionVerbs, `[ \t]+`) + `[ \t]+(?:` + wordsRe(en.Set(lang.ContributionPrepositions), `[ \t]+`) + `[ \t]+)?` +
		wordsRe(en.Set(lang.ContributionDeterminers), `[ \t]+`) + `[ \t]+` + wordsRe(en.Set(lang.ContributionObjects), `[ \t]+`)), 1, 0},
	{AttrContributed, firstWords(false, additionalCues), true, regexp.MustCompile(`(?i:` + wordsRe(additionalCues, `[ \t]+`) + `)[ \t]+([A-Z][^.;\n)]*)`), 1, 0},
	{AttrContributed, firstWords(true, creditWithWords), false, regexp.MustCompile(`(?m)(?:^|[.!?»”"][ \t]+)` + capitalsRe(creditWithWords) + `[ \t]+([A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3}?)\.?[ \t]*$`), 1, 0},
	{AttrReadMore, firstWords(false, readMoreCues), true, regexp.MustCompile(`(?i:` + wordsRe(readMoreCues, `[ \t]+`) + `)[ \t]+([^.\n]+)`), 1, 0},
	{AttrCiting, firstWords(false, citingCues), false, regexp.MustCompile(`([A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,4}?),?[ \t]+` + wordsRe(citingCues, `[ \t]+`) + `[ \t]+((?:[\w'’-]+[ \t]*){1,5}?)(?:,|\.|[ \t]+` + wordsRe(en.Set(lang.CitationEndVerbs), `[ \t]+`) + `|$)`), 1, 2},
	{AttrToldBy, firstWords(false, toldCues), false, regexp.MustCompile(`\b((?:` + eitherCases(en.Set(lang.ToldSourceDeterminers)) + `[ \t]+)?(?:[\w'’-]+[ \t]+){0,2}?` + wordsRe(en.Set(lang.ToldSourceNouns), `[ \t]+`) + `)[ \t]+` + wordsRe(toldCues, `[ \t]+`) + `[ \t]+` + citedRe + `(?:[ \t]|,|\.|$)`), 2, 1},
	{AttrToldBy, firstWords(false, outletSources), false, regexp.MustCompile(`\b((?:` + eitherCases(definiteArticles) + `[ \t]+)?[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,3})` + wordsRe(en.Set(lang.PossessiveEndings), " ") + `[ \t]+((?:[a-z]+[ \t]+)?` + wordsRe(outletSources, `[ \t]+`) + `)[ \t]+` + wordsRe(en.Set(lang.OutletSourceVerbs), `[ \t]+`)), 1, 2},
	{AttrAccordingTo, firstWords(false, sourcePhrases), true, regexp.MustCompile(`(?i:` + wordsRe(sourcePhrases, `\s+`) + `)\s+` + citedRe + `(?:,|\.|;|:|\s+` + wordsRe(en.Set(lang.CitedNameEnders), `\s+`) + `\b|$)`), 1, 0},
}

// FindAttributions returns who the article says its information comes
// from. d.Sentences and d.Entities must be set.
func FindAttributions(doc *Doc) []Attribution {
	d := NewIndex(doc)
	var out []Attribution
	used := make([]bool, len(d.Text))
	lower := strings.ToLower(d.Text)
	for _, p := range attributionPatterns {
		if !p.mayMatch(d.Text, lower) {
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
